// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box's scoreboard: the learner's held-out R² (on the data surface) beside its R² under
// intervention (every feature randomized with its marginal), means over the refits done so far
// with each refit as a dot, the best possible R² marked where the generator has one.

#include "modes/blackbox/BlackBoxPlot.h"

namespace lev::ui {

class BlackBoxScoreboardPlot : public BlackBoxPlot
{
    Q_OBJECT

public:
    /// The R² axis shows [kLowestR2, 1]; a lower value is drawn at the edge and labelled.
    static constexpr double kLowestR2 = -1.0;

    explicit BlackBoxScoreboardPlot(QWidget* parent = nullptr);

    void showResult(const core::BlackBoxResult& result) override;
    void applyStyle() override;
    int pointCount() const override;
    /// The caption under the bars: "k of R fits".
    QString caption() const;
    /// Replaces the caption (a provisional result says what it is).
    void setCaption(const QString& text);

private:
    /// Bars in axis order: the learner held-out, the linear estimator held-out, the learner
    /// under do(X), the linear estimator under do(X).
    static constexpr int kBars = 4;
    QCPBars* m_bars[kBars] = {};
    QCPGraph* m_fits = nullptr;
    QCPGraph* m_population = nullptr;
    QCPItemText* m_labels[kBars] = {};
    QSharedPointer<QCPAxisTickerText> m_groups; ///< under each bar: the trees or the linear fit
    QCPItemText* m_groupNames[2] = {};          ///< above each pair: held-out rows, under do(X)
    QCPTextElement* m_caption = nullptr;
};

} // namespace lev::ui
