// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// `leverscope design`: the experiment designer headless (docs/math.md §6, §8): the exact limits,
// the Monte-Carlo spread of the four strategies, the power curve and the allocation as JSON.

#include <QStringList>

namespace lev::app {

class DesignCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
