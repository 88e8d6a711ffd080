// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/NumberText.h"

#include <QChar>

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
QString superscript(int exponent)
{
    static const QChar kDigits[10] = {QChar(0x2070), QChar(0x00B9), QChar(0x00B2), QChar(0x00B3),
                                      QChar(0x2074), QChar(0x2075), QChar(0x2076), QChar(0x2077),
                                      QChar(0x2078), QChar(0x2079)};
    QString text = exponent < 0 ? QString(QChar(0x207B)) : QString(); // ⁻
    for (const QChar digit : QString::number(std::abs(exponent)))
        text += kDigits[digit.digitValue()];
    return text;
}
} // namespace

QString NumberText::of(double value, int significant)
{
    Q_ASSERT(std::isfinite(value));
    significant = std::max(significant, 1);
    QString text;
    if (value == 0.0) {
        text = QStringLiteral("0");
    } else {
        int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
        if (exponent >= 6 || exponent <= -5) {
            double mantissa = value / std::pow(10.0, exponent);
            // Rounding may carry into the next power of ten (9.96 -> 10.0).
            const double scale = std::pow(10.0, significant - 1);
            if (std::abs(std::round(mantissa * scale) / scale) >= 10.0) {
                mantissa /= 10.0;
                ++exponent;
            }
            const QString digits =
                std::abs(std::round(mantissa * scale) / scale - 1.0) < 1e-12 && mantissa > 0.0
                    ? QString()
                    : QString::number(mantissa, 'f', significant - 1) + QStringLiteral(" × ");
            text = digits + QStringLiteral("10") + superscript(exponent);
        } else {
            const int decimals = std::max(0, significant - 1 - exponent);
            text = QString::number(value, 'f', decimals);
        }
    }
    text.replace(QLatin1Char('-'), QChar(0x2212)); // −
    return text;
}

} // namespace lev::ui
