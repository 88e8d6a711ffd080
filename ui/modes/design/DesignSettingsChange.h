// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Which one field of the experiment designer's settings an edit changed, so that the undo stack
// merges a drag of the π slider (or steps of one spin box) into one step.

#include "design/DesignSettings.h"

#include <QString>

namespace lev::ui {

/// The one field that differs (an index >= 0 with its name in `name`), or -1 when none or
/// several differ.
int changedField(const core::DesignSettings& a, const core::DesignSettings& b,
                 QString* name = nullptr);

} // namespace lev::ui
