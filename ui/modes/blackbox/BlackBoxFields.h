// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Which one control of the black box changed its settings, for the undo stack: consecutive
// edits of the same field merge into one step (SettingsChangeCommand).

#include "blackbox/BlackBoxSettings.h"

#include <QString>

// In lev::core, beside BlackBoxSettings, so that SettingsChangeCommand finds it by the
// argument's namespace wherever the command is made.
namespace lev::core {

/// The one field that differs (an index >= 0 with its name in `name`), or -1 when none or
/// several differ, or something no control sets on its own.
int changedField(const BlackBoxSettings& a, const BlackBoxSettings& b, QString* name = nullptr);

} // namespace lev::core
