// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "controls/ExactDoubleSpinBox.h"

#include <QRegularExpression>
#include <algorithm>
#include <cfloat>
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
    // The fewest significant digits that read back as the same double.
    int digits = 1;
    while (digits < 17 && QString::number(value, 'g', digits).toDouble() != value)
        ++digits;
    const QString general = QString::number(value, 'g', digits);
    if (!general.contains(QLatin1Char('e')))
        return general;
    // Written out: a spin box shows 0.000001 and 2500000, not 1e-06 and 2.5e+06.
    const int exponent = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::max(0, digits - 1 - exponent);
    QString fixed = QString::number(value, 'f', decimals);
    if (fixed.contains(QLatin1Char('.'))) {
        while (fixed.endsWith(QLatin1Char('0')))
            fixed.chop(1);
        if (fixed.endsWith(QLatin1Char('.')))
            fixed.chop(1);
    }
    return fixed;
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
