// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

#include <QStringList>

namespace lev::app {

/// `leverscope bench`: times the core recompute of the benchmark workload of docs/math.md §7 (or
/// any generator options) and prints the performance peer's JSON keys with the Monte-Carlo SDs
/// behind them.
class BenchCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
