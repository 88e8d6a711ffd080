// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box's command-line options (docs/math.md §6, §9): --learner xgboost with --trees,
// --depth and --learning-rate, --pdp, and the curved generator's name, shared by simulate and
// fit. Bad input becomes one line naming the problem; nothing here exits.

#include "blackbox/LearnerSettings.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace lev::app {

class LearnerOptions
{
public:
    /// Adds --learner, --trees, --depth, --learning-rate and --pdp; `pdpHelp` describes --pdp.
    static void addTo(QCommandLineParser& parser, const QString& pdpHelp);
    /// Whether --learner was given (its value is checked by read()).
    static bool requested(const QCommandLineParser& parser);
    /// The learner's settings; std::nullopt and `error` set on a bad value.
    static std::optional<core::LearnerSettings> read(const QCommandLineParser& parser,
                                                     QString* error);
    /// The first option given that does not apply: a learner option without --learner, or one
    /// of `linearOnly` with it. Empty when there is none.
    static QString inapplicable(const QCommandLineParser& parser, const QStringList& linearOnly);
    /// `arguments` with "--generator curved" read as the latent generator's options (p, k,
    /// levers); `curved` says whether it was named.
    static QStringList curvedAsLatent(const QStringList& arguments, bool* curved);
};

} // namespace lev::app
