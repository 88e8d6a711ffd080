// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/SettingsChangeCommand.h"

#include "shell/ChangedField.h"

#include <QObject>
#include <utility>

namespace lev::ui {

int changedField(const core::RecomputeSettings& a, const core::RecomputeSettings& b, QString* name)
{
    const std::pair<bool, const char*> fields[] = {
        {a.model.generator != b.model.generator, QT_TR_NOOP("generator")},
        {a.model.collinearity != b.model.collinearity, QT_TR_NOOP("collinearity")},
        {a.model.noise != b.model.noise, QT_TR_NOOP("noise")},
        {a.model.effect != b.model.effect, QT_TR_NOOP("effect b")},
        {a.model.confounding != b.model.confounding, QT_TR_NOOP("confounding g")},
        {a.model.levers != b.model.levers, QT_TR_NOOP("levers")},
        {a.n != b.n, QT_TR_NOOP("n")},
        {a.model.features != b.model.features, QT_TR_NOOP("p")},
        {a.model.latentDimension != b.model.latentDimension, QT_TR_NOOP("k")},
        {a.estimator.kind != b.estimator.kind, QT_TR_NOOP("estimator")},
        {a.estimator.lambda != b.estimator.lambda, QT_TR_NOOP("lambda")},
        {a.estimator.components != b.estimator.components, QT_TR_NOOP("components")},
        {a.replications != b.replications, QT_TR_NOOP("replications")},
        {a.seed != b.seed, QT_TR_NOOP("seed")},
    };
    const int changed = lev::ui::oneChangedField(fields, name);
    // A change no control makes on its own (threads, sampling, ...) is no single field.
    if (changed >= 0) {
        core::RecomputeSettings rest = b;
        rest.model.generator = a.model.generator;
        rest.model.collinearity = a.model.collinearity;
        rest.model.noise = a.model.noise;
        rest.model.effect = a.model.effect;
        rest.model.confounding = a.model.confounding;
        rest.model.levers = a.model.levers;
        rest.n = a.n;
        rest.model.features = a.model.features;
        rest.model.latentDimension = a.model.latentDimension;
        rest.estimator = a.estimator;
        rest.replications = a.replications;
        rest.seed = a.seed;
        rest.model.loadingSeed = a.model.loadingSeed;
        if (!(rest == a))
            return -1;
    }
    return changed;
}

} // namespace lev::ui
