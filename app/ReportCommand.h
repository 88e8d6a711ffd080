// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

namespace lev::app {

/// `leverscope report --csv FILE --target COLUMN [--features A,B,...] [diagnostic options]
/// --out REPORT.pdf|REPORT.html`: explores the data as data mode does and writes the report of
/// File ▸ Export Report without a display.
class ReportCommand
{
public:
    /// Reads the options from argv, then creates its own QApplication for the plots, on the
    /// offscreen platform unless QT_QPA_PLATFORM is set.
    static int run(int argc, char* argv[]);
};

} // namespace lev::app
