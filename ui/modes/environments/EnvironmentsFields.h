// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Which one control of the environments mode changed its settings, for the undo stack:
// consecutive edits of the same field (a slider drag) merge into one step.

#include "environments/EnvironmentsSettings.h"

#include <QString>

// In lev::core, beside EnvironmentsSettings, so that SettingsChangeCommand finds it by the
// argument's namespace.
namespace lev::core {

/// The one field that differs (an index >= 0 with its name in `name`), or -1 when none or
/// several differ.
int changedField(const EnvironmentsSettings& a, const EnvironmentsSettings& b,
                 QString* name = nullptr);

} // namespace lev::core
