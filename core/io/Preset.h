// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A named starting state: a generator's teaching defaults or a parable from the forward/inverse
// story, with three to five honest sentences (they are toy parables, not models of real data).
// The presets are JSON files in resources/presets, compiled into the program.

#include "simulation/RecomputeSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace lev::core {

struct Preset
{
    QString id;
    QString title;
    /// The mode the preset belongs to: JSON "mode", "simulation" (the default) or another mode's
    /// name ("design", "blackbox"), whose page reads the preset's settings itself.
    QString mode = QStringLiteral("simulation");
    RecomputeSettings settings;
    QStringList story;
    /// The plots that carry the story, by name (kPlotNames), shown in presentation mode in this
    /// order; JSON "presentation", default weights, scoreboard, sweep.
    QStringList presentation;
    /// The feature whose conditional and interventional lines the effect plot shows (0-based;
    /// JSON "conditioning_feature" counts from 1, as the plots label X1, X2, ...).
    int conditioningFeature = 0;

    /// The names a preset may give in "presentation", one per simulation plot.
    static const QStringList& plotNames();

    /// Every bundled preset of the simulation in order; false and `error` if one is malformed.
    static bool loadAll(std::vector<Preset>* presets, QString* error);
    /// The bundled presets' JSON objects of `mode`, in order, with their file names; the mode's
    /// page reads and checks their settings.
    static bool documentsOf(const QString& mode, std::vector<std::pair<QString, QJsonObject>>* out,
                            QString* error);
    /// The bundled presets' JSON of every mode, as an array (for `leverscope presets`).
    static bool allAsJson(QJsonArray* array, QString* error);
};

} // namespace lev::core
