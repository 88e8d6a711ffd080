// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Which one field of a mode's settings an edit changed, for merging undo steps: every mode lists
// its fields as (differs, name) pairs and asks here for the single one that differs.

#include <QObject>
#include <QString>
#include <cstddef>
#include <utility>

namespace lev::ui {

/// The index of the one field that differs (its translated name in `name`), or -1 when none or
/// several do.
template <std::size_t N>
int oneChangedField(const std::pair<bool, const char*> (&fields)[N], QString* name)
{
    int changed = -1;
    for (std::size_t i = 0; i < N; ++i) {
        if (!fields[i].first)
            continue;
        if (changed >= 0)
            return -1;
        changed = int(i);
        if (name)
            *name = QObject::tr(fields[i].second);
    }
    return changed;
}

} // namespace lev::ui
