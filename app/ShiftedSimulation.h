// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// `leverscope simulate --generator shifted`: the shifted generator's exact truth (docs/math.md
// §10) and, with --n, anchor regression and ICP on one sample. A subcommand of its own behind
// simulate's name: the anchor, the hidden confounder and gamma are no settings of a recompute.

#include <QStringList>

namespace lev::app {

class ShiftedSimulation
{
public:
    /// Whether `arguments` (program name, "simulate", options) ask for --generator shifted.
    static bool isRequested(const QStringList& arguments);
    static int run(const QStringList& arguments);
};

} // namespace lev::app
