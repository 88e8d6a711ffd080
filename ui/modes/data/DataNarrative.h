// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plain, translatable sentences for data mode: what can be concluded from a user's own data (how
// well the features predict, how well conditioned they are, how much the weights move under
// resampling) and what cannot (whether any weight is a lever: that needs an experiment or a
// causal model brought from outside the data).

#include "diagnostics/DataDiagnostics.h"
#include "exploration/DataExploration.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lev::ui {

class DataNarrative
{
    Q_DECLARE_TR_FUNCTIONS(DataNarrative)

public:
    static QStringList describe(const core::DataExploration& exploration);
    /// The same, with the diagnostics' near-dependencies and robustness value where they are on.
    static QStringList describe(const core::DataExploration& exploration,
                                const core::DataDiagnosticsReport* diagnostics);
    /// The sensitivity analysis in words: partial R², RV_q and RV_q,α ("a confounder explaining
    /// 13.9 % of the residual variance of both D and Y would explain the weight away"), the
    /// bounds from the benchmark; `outcome` names Y. A failed analysis: its one line.
    static QStringList sensitivity(const core::SensitivityReport& report, const QString& outcome);
    /// The benchmark multiples that cannot be marked (a confounder that strong would explain
    /// more than all of D) and those marked at R²_Y = 1 (more than all of Y), in words; empty
    /// when there are none.
    static QString boundProblems(const core::SensitivityReport& report, const QString& outcome);
    /// The estimator as the page names it: "OLS", "ridge λ = 1", "lasso λ = 0.5", "PCR k = 2".
    static QString estimatorTitle(const core::EstimatorSettings& estimator);
    /// The Belsley table's near-dependencies in one sentence (empty when there are none).
    static QString dependencies(const core::BelsleyReport& report);
};

} // namespace lev::ui
