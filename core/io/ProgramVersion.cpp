// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/ProgramVersion.h"

// Defined for this file only (core/CMakeLists.txt), so a new version recompiles one file.
#ifndef LEVERSCOPE_VERSION
#error "LEVERSCOPE_VERSION must be defined by the build (project VERSION)"
#endif

namespace lev::core {

QString ProgramVersion::number()
{
    return QStringLiteral(LEVERSCOPE_VERSION);
}

QString ProgramVersion::writer()
{
    return QStringLiteral("Leverscope ") + number();
}

} // namespace lev::core
