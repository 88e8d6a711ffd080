// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

#include <QStringList>

namespace lev::app {

/// `leverscope simulate`: one recompute of a generator, printed as JSON (docs/math.md §6).
class SimulateCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
