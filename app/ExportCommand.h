// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

namespace lev::app {

/// `leverscope export (--session FILE | generator options) --out DIR [--format png,pdf,svg,csv]
/// [--scale S] [--save-session FILE]`: computes one result with the sweep and writes every plot
/// (and the data and results as CSV) without a display (docs/math.md §6).
class ExportCommand
{
public:
    /// Reads the options from argv, then creates its own QApplication for the plots, on the
    /// offscreen platform unless QT_QPA_PLATFORM is set.
    static int run(int argc, char* argv[]);
};

} // namespace lev::app
