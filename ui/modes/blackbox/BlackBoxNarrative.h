// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What to notice in a black-box result, in a few plain sentences: how far the refits have come,
// held-out against interventional R², the credit the tools give a feature with no causal effect,
// the linear estimator on the same rows, the probes that left the data, and SHAP's additivity.
// Reads the result; computes nothing.

#include <QCoreApplication>
#include <QStringList>
#include <string>

namespace lev::core {
struct BlackBoxResult;
}

namespace lev::ui {

class BlackBoxNarrative
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::BlackBoxNarrative)

public:
    static QStringList describe(const core::BlackBoxResult& result);
    /// The linear estimator's short name as the plots show it ("OLS", "ridge", "lasso", "PCR").
    static QString estimatorLabel(const std::string& estimator);
};

} // namespace lev::ui
