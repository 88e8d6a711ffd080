// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignSettingsChange.h"

#include "shell/ChangedField.h"

#include <QObject>
#include <utility>

namespace lev::ui {

namespace {

bool sameLoadings(const core::ModelSettings& a, const core::ModelSettings& b)
{
    if (!a.loadings || !b.loadings)
        return !a.loadings && !b.loadings;
    return a.loadings->rows() == b.loadings->rows() && a.loadings->cols() == b.loadings->cols() &&
           *a.loadings == *b.loadings;
}

} // namespace

int changedField(const core::DesignSettings& a, const core::DesignSettings& b, QString* name)
{
    const core::ModelSettings& m = a.model;
    const core::ModelSettings& o = b.model;
    const std::pair<bool, const char*> fields[] = {
        {m.generator != o.generator, QT_TR_NOOP("generator")},
        {m.collinearity != o.collinearity, QT_TR_NOOP("collinearity")},
        {m.noise != o.noise, QT_TR_NOOP("noise")},
        {m.effect != o.effect, QT_TR_NOOP("effect b")},
        {m.confounding != o.confounding, QT_TR_NOOP("confounding g")},
        {m.features != o.features, QT_TR_NOOP("features p")},
        {m.latentDimension != o.latentDimension, QT_TR_NOOP("latent k")},
        {m.levers != o.levers, QT_TR_NOOP("levers")},
        {m.loadingSeed != o.loadingSeed || !sameLoadings(m, o), QT_TR_NOOP("loadings")},
        {a.n != b.n, QT_TR_NOOP("sample size n")},
        {a.fraction != b.fraction, QT_TR_NOOP("randomized fraction π")},
        {a.randomized != b.randomized, QT_TR_NOOP("randomized features")},
        {a.variances != b.variances, QT_TR_NOOP("randomization variances")},
        {a.allocate != b.allocate, QT_TR_NOOP("allocate for me")},
        {a.budget != b.budget, QT_TR_NOOP("budget")},
        {a.replications != b.replications, QT_TR_NOOP("replications")},
        {a.seed != b.seed, QT_TR_NOOP("seed")},
        {a.threads != b.threads, QT_TR_NOOP("threads")},
    };
    return lev::ui::oneChangedField(fields, name);
}

} // namespace lev::ui
