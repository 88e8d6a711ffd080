// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once

#include <QStringList>

namespace lev::app {

/// `leverscope presets`: prints every bundled preset as one JSON array.
class PresetsCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
