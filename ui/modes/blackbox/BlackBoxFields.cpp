// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxFields.h"

#include "shell/ChangedField.h"

#include <QObject>
#include <utility>

namespace lev::core {

int changedField(const BlackBoxSettings& a, const BlackBoxSettings& b, QString* name)
{
    const std::pair<bool, const char*> fields[] = {
        {a.model.generator != b.model.generator || a.curvedManifold != b.curvedManifold,
         QT_TR_NOOP("generator")},
        {a.model.collinearity != b.model.collinearity, QT_TR_NOOP("collinearity")},
        {a.model.noise != b.model.noise, QT_TR_NOOP("noise")},
        {a.model.effect != b.model.effect, QT_TR_NOOP("effect b")},
        {a.model.confounding != b.model.confounding, QT_TR_NOOP("confounding g")},
        {a.model.levers != b.model.levers, QT_TR_NOOP("levers")},
        {a.n != b.n, QT_TR_NOOP("n")},
        {a.model.features != b.model.features, QT_TR_NOOP("p")},
        {a.model.latentDimension != b.model.latentDimension, QT_TR_NOOP("k")},
        {a.learner.trees != b.learner.trees, QT_TR_NOOP("trees")},
        {a.learner.depth != b.learner.depth, QT_TR_NOOP("depth")},
        {a.learner.learningRate != b.learner.learningRate, QT_TR_NOOP("learning rate")},
        {a.linear.kind != b.linear.kind, QT_TR_NOOP("linear estimator")},
        {a.linear.lambda != b.linear.lambda, QT_TR_NOOP("lambda")},
        {a.linear.components != b.linear.components, QT_TR_NOOP("components")},
        {a.replications != b.replications, QT_TR_NOOP("replications")},
        {a.seed != b.seed, QT_TR_NOOP("seed")},
        {a.pdpFeature != b.pdpFeature, QT_TR_NOOP("partial dependence feature")},
        {a.sliceFirst != b.sliceFirst || a.sliceSecond != b.sliceSecond, QT_TR_NOOP("slice")},
    };
    const int changed = lev::ui::oneChangedField(fields, name);
    if (changed < 0)
        return -1;
    // A change no control makes on its own (threads, grids, ...) is no single field.
    BlackBoxSettings rest = b;
    rest.model.generator = a.model.generator;
    rest.curvedManifold = a.curvedManifold;
    rest.model.collinearity = a.model.collinearity;
    rest.model.noise = a.model.noise;
    rest.model.effect = a.model.effect;
    rest.model.confounding = a.model.confounding;
    rest.model.levers = a.model.levers;
    rest.n = a.n;
    rest.model.features = a.model.features;
    rest.model.latentDimension = a.model.latentDimension;
    rest.learner.trees = a.learner.trees;
    rest.learner.depth = a.learner.depth;
    rest.learner.learningRate = a.learner.learningRate;
    rest.linear.kind = a.linear.kind;
    rest.linear.lambda = a.linear.lambda;
    rest.linear.components = a.linear.components;
    rest.replications = a.replications;
    rest.seed = a.seed;
    rest.model.loadingSeed = a.model.loadingSeed;
    rest.learner.seed = a.learner.seed;
    rest.pdpFeature = a.pdpFeature;
    rest.sliceFirst = a.sliceFirst;
    rest.sliceSecond = a.sliceSecond;
    return rest == a ? changed : -1;
}

} // namespace lev::core
