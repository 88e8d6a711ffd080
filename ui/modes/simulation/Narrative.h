// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plain, translatable sentences that say, for the current state, what a student should notice:
// the forward problem (held-out R²) against the inverse one (the weights' spread and bias),
// where the spread comes from (the smallest eigenvalue), and the generator's own lesson.

#include "simulation/RecomputeResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace lev::ui {

class Narrative
{
    Q_DECLARE_TR_FUNCTIONS(Narrative)

public:
    /// `sweep` may be partial; its point of lowest collinearity serves as the baseline.
    static QStringList describe(const core::RecomputeResult& result,
                                const std::vector<core::SweepPoint>& sweep);
    /// A computed number for prose, C locale: `digits` significant digits, written out from
    /// 0.001 to below 10⁶ (0.493, 20.0, −4280) and as "1.23 × 10⁶" beyond, never "1e+03"
    /// (NumberText, as the plots write numbers).
    static QString number(double value, int digits = 3);
    /// A setting (c, b, g, σ) as it is in use: the shortest text that reads back as the same
    /// number (0.999 stays 0.999, never "1.00").
    static QString setting(double value);
    /// A correlation with 3 decimals, more when 3 would round a value below 1 in size to ±1.
    static QString correlation(double r);
    /// "1 large eigenvalue" or "3 large eigenvalues": `singular` when count is 1.
    static QString counted(int count, const QString& singular, const QString& plural);
};

} // namespace lev::ui
