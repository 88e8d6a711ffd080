// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

#include <QStringList>

namespace lev::app {

/// `leverscope fit`: fits an estimator to a CSV file and prints JSON (docs/math.md §6).
class FitCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
