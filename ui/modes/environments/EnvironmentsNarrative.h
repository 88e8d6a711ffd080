// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The environments mode's "what to notice": a few sentences read off a result (what ICP found
// and why, whom OLS leans on, which weights predict best at no shift and at the compared shift
// strength, whether IV recovers the cause). Reads numbers; computes none.

#include <QCoreApplication>
#include <QStringList>

namespace lev::core {
struct EnvironmentsResult;
}

namespace lev::ui {

class EnvironmentsNarrative
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::EnvironmentsNarrative)

public:
    static QStringList describe(const core::EnvironmentsResult& result);
    /// The sentence about ICP alone (the first of describe()).
    static QString icpSentence(const core::EnvironmentsResult& result);
};

} // namespace lev::ui
