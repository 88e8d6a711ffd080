// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A named starting state of the black box: a preset file of resources/presets with
// "mode": "blackbox", its settings in BlackBoxSettingsJson's form, three to five sentences of
// story and the plots presentation mode shows.

#include "blackbox/BlackBoxSettings.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lev::ui {

struct BlackBoxPreset
{
    QString id;
    QString title;
    core::BlackBoxSettings settings;
    QStringList story;
    QStringList presentation; ///< names of BlackBoxPlots::names(), one to four

    /// Every bundled black-box preset in order; false and `error` if one is malformed.
    static bool loadAll(std::vector<BlackBoxPreset>* presets, QString* error);
};

} // namespace lev::ui
