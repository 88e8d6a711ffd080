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
    /// A number for prose: 2 decimals, or 3 significant digits when large or small.
    static QString number(double value);
};

} // namespace lev::ui
