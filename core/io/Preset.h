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
    /// The mode the preset belongs to: JSON "mode", "simulation" (the default), "design" or
    /// "blackbox". Its generator is `settings.model`; a mode's own settings are in modeSettings.
    QString mode = QStringLiteral("simulation");
    /// The mode's own settings, the JSON object named after the mode (e.g. "design": {...});
    /// empty for the simulation. The mode reads and checks them.
    QJsonObject modeSettings;
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

    /// The modes a preset may name in "mode".
    static const QStringList& modeNames();

    /// Every bundled simulation preset in order; false and `error` if a preset is malformed.
    static bool loadAll(std::vector<Preset>* presets, QString* error);
    /// The same for the presets of `mode` whose settings hold a generator (the simulation's and
    /// the designer's).
    static bool loadAll(const QString& mode, std::vector<Preset>* presets, QString* error);
    /// The bundled presets' JSON objects of `mode`, in order, with their file names, for a mode
    /// whose page reads and checks the settings itself (the black box).
    static bool documentsOf(const QString& mode, std::vector<std::pair<QString, QJsonObject>>* out,
                            QString* error);
    /// The bundled presets' JSON of every mode, as an array (for `leverscope presets`).
    static bool allAsJson(QJsonArray* array, QString* error);
};

} // namespace lev::core
