// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A named starting state: a generator's teaching defaults or a parable from the forward/inverse
// story, with three to five honest sentences (they are toy parables, not models of real data).
// The presets are JSON files in resources/presets, compiled into the program.

#include "simulation/RecomputeSettings.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace lev::core {

struct Preset
{
    QString id;
    QString title;
    RecomputeSettings settings;
    QStringList story;

    /// Every bundled preset in order; false and `error` if one is malformed.
    static bool loadAll(std::vector<Preset>* presets, QString* error);
    /// The bundled presets' JSON, as an array (for `leverscope presets`).
    static bool allAsJson(QJsonArray* array, QString* error);
};

} // namespace lev::core
