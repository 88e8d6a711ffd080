// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A spin box for a real number that keeps and shows the value exactly as it is in use (0.3, 1e-9,
// 2.5e6 alike: the shortest C-locale text that reads back as the same double), never rounded to
// a fixed number of decimals.

#include <QDoubleSpinBox>

namespace lev::ui {

class ExactDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit ExactDoubleSpinBox(QWidget* parent = nullptr);

    /// Steps of a tenth of the value's decade (λ: 0.01, 0.1, 1, ...) instead of singleStep();
    /// from 0 the first step is singleStep().
    void setAdaptiveSteps(bool adaptive) { m_adaptive = adaptive; }

    /// The shortest plain (no exponent) C-locale text that reads back as `value`.
    static QString exactText(double value);

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;
    void fixup(QString& text) const override;
    /// One step lands on a round number (0.3 + 0.1 is 0.4, not 0.40000000000000002).
    void stepBy(int steps) override;

private:
    bool m_adaptive = false;
};

} // namespace lev::ui
