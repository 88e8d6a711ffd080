// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A spin box for a random seed: every whole number from 0 to SettingsJson::kMaxSeed that the
// command line and session files accept, shown as is (a QSpinBox stops at 2^31 - 1).

#include <QAbstractSpinBox>
#include <cstdint>

namespace lev::ui {

class SeedSpinBox : public QAbstractSpinBox
{
    Q_OBJECT

public:
    explicit SeedSpinBox(QWidget* parent = nullptr);

    std::uint64_t value() const { return m_value; }
    /// Clamped to [0, maximum()]; emits valueChanged when it changes.
    void setValue(std::uint64_t value);
    static std::uint64_t maximum();

    void stepBy(int steps) override;
    QValidator::State validate(QString& text, int& position) const override;
    void fixup(QString& text) const override;

signals:
    void valueChanged(std::uint64_t value);

protected:
    StepEnabled stepEnabled() const override;

private:
    void commitText();

    std::uint64_t m_value = 0;
};

} // namespace lev::ui
