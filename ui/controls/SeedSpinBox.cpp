// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "controls/SeedSpinBox.h"

#include "io/SettingsJson.h"

#include <QLineEdit>
#include <algorithm>

namespace lev::ui {

SeedSpinBox::SeedSpinBox(QWidget* parent) : QAbstractSpinBox(parent)
{
    setKeyboardTracking(false);
    lineEdit()->setText(QString::number(m_value));
    connect(this, &QAbstractSpinBox::editingFinished, this, &SeedSpinBox::commitText);
}

std::uint64_t SeedSpinBox::maximum()
{
    return core::SettingsJson::kMaxSeed;
}

void SeedSpinBox::setValue(std::uint64_t value)
{
    value = std::min(value, maximum());
    const QString text = QString::number(qulonglong{value});
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
    if (value == m_value)
        return;
    m_value = value;
    emit valueChanged(m_value);
}

void SeedSpinBox::stepBy(int steps)
{
    if (steps < 0)
        setValue(m_value >= std::uint64_t(-steps) ? m_value - std::uint64_t(-steps) : 0);
    else
        setValue(maximum() - m_value >= std::uint64_t(steps) ? m_value + std::uint64_t(steps)
                                                             : maximum());
    selectAll();
}

QAbstractSpinBox::StepEnabled SeedSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (m_value > 0)
        enabled |= StepDownEnabled;
    if (m_value < maximum())
        enabled |= StepUpEnabled;
    return enabled;
}

QValidator::State SeedSpinBox::validate(QString& text, int& position) const
{
    Q_UNUSED(position);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QValidator::Intermediate;
    for (QChar ch : trimmed)
        if (!ch.isDigit() || ch.unicode() > '9')
            return QValidator::Invalid;
    return core::SettingsJson::parseSeed(trimmed) ? QValidator::Acceptable
                                                  : QValidator::Intermediate;
}

void SeedSpinBox::fixup(QString& text) const
{
    const auto parsed = core::SettingsJson::parseSeed(text.trimmed());
    text = QString::number(qulonglong{parsed ? *parsed : m_value});
}

void SeedSpinBox::commitText()
{
    if (const auto parsed = core::SettingsJson::parseSeed(lineEdit()->text().trimmed()))
        setValue(*parsed);
    else
        lineEdit()->setText(QString::number(qulonglong{m_value}));
}

} // namespace lev::ui
