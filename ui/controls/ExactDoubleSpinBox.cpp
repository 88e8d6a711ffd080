// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "controls/ExactDoubleSpinBox.h"

#include <QRegularExpression>
#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>

namespace lev::ui {

ExactDoubleSpinBox::ExactDoubleSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    // QDoubleSpinBox rounds every value to decimals(); with the most it allows it rounds nothing.
    setDecimals(DBL_MAX_10_EXP + DBL_DIG);
    setKeyboardTracking(false);
}

QString ExactDoubleSpinBox::exactText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0.0)
        return QStringLiteral("0");
    // The shortest text that reads back as the same double, written out (a spin box shows
    // 0.000001 and 2500000, not 1e-06 and 2.5e+06); 400 characters hold any double so.
    char buffer[400];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return QString::fromLatin1(buffer, int(result.ptr - buffer));
}

QString ExactDoubleSpinBox::textFromValue(double value) const
{
    return exactText(value);
}

double ExactDoubleSpinBox::valueFromText(const QString& text) const
{
    return text.trimmed().toDouble(); // QString::toDouble is C-locale
}

QValidator::State ExactDoubleSpinBox::validate(QString& text, int& position) const
{
    Q_UNUSED(position);
    const QString trimmed = text.trimmed();
    const QRegularExpression partial(QStringLiteral("^[-+]?(\\d*\\.?\\d*)([eE][-+]?\\d*)?$"));
    if (!partial.match(trimmed).hasMatch())
        return QValidator::Invalid;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return QValidator::Intermediate; // "", "-", "1e", "1."
    if (value < minimum() || value > maximum())
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

void ExactDoubleSpinBox::fixup(QString& text) const
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    text = exactText(ok && std::isfinite(value) ? std::clamp(value, minimum(), maximum())
                                                : this->value());
}

void ExactDoubleSpinBox::stepBy(int steps)
{
    const double current = value();
    double step = singleStep();
    if (m_adaptive && current != 0.0)
        step = std::pow(10.0, std::floor(std::log10(std::abs(current))) - 1.0);
    if (!(step > 0.0))
        return;
    const int decimals = std::max(0, int(-std::floor(std::log10(step))));
    const double next = std::round(current / step + steps) * step;
    setValue(QString::number(std::clamp(next, minimum(), maximum()), 'f', decimals).toDouble());
    selectAll();
}

} // namespace lev::ui
