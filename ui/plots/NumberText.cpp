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

QString NumberText::of(double value, int significant, Rounding rounding)
{
    Q_ASSERT(std::isfinite(value));
    significant = std::max(significant, 1);
    QString text;
    if (value == 0.0) {
        text = QStringLiteral("0");
    } else {
        // The decimal exponent of the value rounded to `significant` digits (9.996 -> 10.0).
        int exponent = static_cast<int>(std::floor(std::log10(std::abs(value))));
        const auto mantissaAt = [&](int e) {
            return std::round(value / std::pow(10.0, e - significant + 1));
        };
        if (std::abs(mantissaAt(exponent)) >= std::pow(10.0, significant))
            ++exponent;
        const double mantissa = mantissaAt(exponent); // `significant` digits, as an integer
        if (exponent >= 6 || exponent < -3) {
            const double leading = mantissa / std::pow(10.0, significant - 1);
            const QString digits = leading == 1.0 ? QString()
                                                  : QString::number(leading, 'f', significant - 1) +
                                                        QStringLiteral(" × ");
            text = digits + QStringLiteral("10") + superscript(exponent);
        } else if (exponent >= significant - 1) {
            text = rounding == Rounding::KeepWholePart
                       ? QString::number(value, 'f', 0)
                       : QString::number(mantissa * std::pow(10.0, exponent - significant + 1), 'f',
                                         0);
        } else {
            text = QString::number(value, 'f', significant - 1 - exponent);
        }
    }
    text.replace(QLatin1Char('-'), QChar(0x2212)); // −
    return text;
}

} // namespace lev::ui
