// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

namespace lev::app {

/// `leverscope [generator options] [--screenshot FILE]`: the desktop GUI. With --screenshot it
/// renders the real main window to a PNG after the first complete recompute and exits.
class GuiCommand
{
public:
    static int run(int argc, char* argv[]);
};

} // namespace lev::app
