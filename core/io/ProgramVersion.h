// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The program's version, set in one place: project(Leverscope VERSION x.y.z) in the top-level
// CMakeLists.txt. Shown by Help > About and written into saved sessions as their writer.

#include <QString>

namespace lev::core {

class ProgramVersion
{
public:
    /// "x.y.z", as in CMakeLists.txt.
    static QString number();
    /// "Leverscope x.y.z": the program that wrote a file.
    static QString writer();
};

} // namespace lev::core
