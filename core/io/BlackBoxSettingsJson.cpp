// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/BlackBoxSettingsJson.h"

#include "io/JsonFieldReader.h"
#include "io/SettingsJson.h"

#include <QJsonValue>

namespace lev::core {

namespace {

const char* const kCurved = "curved";
const char* const kKnownKeys[] = {
    // the generator and its knobs, the rows and the seed
    "generator", "collinearity", "noise", "effect", "confounding", "n", "p", "k", "levers", "reps",
    "seed",
    // the learner and the linear estimator beside it
    "trees", "depth", "learning_rate", "estimator", "lambda", "components",
    // what the plots probe
    "pdp_feature", "slice_x", "slice_y"};

} // namespace

QJsonObject BlackBoxSettingsJson::toJson(const BlackBoxSettings& s)
{
    QJsonObject o;
    o["generator"] = s.curvedManifold ? QString::fromLatin1(kCurved)
                                      : QString::fromStdString(generatorName(s.model.generator));
    o["collinearity"] = s.model.collinearity;
    o["noise"] = s.model.noise;
    o["effect"] = s.model.effect;
    o["confounding"] = s.model.confounding;
    o["n"] = s.n;
    o["p"] = s.model.features;
    o["k"] = s.model.latentDimension;
    o["levers"] = s.model.levers;
    o["reps"] = s.replications;
    if (s.seed <= SettingsJson::kMaxExactDoubleSeed)
        o["seed"] = static_cast<qint64>(s.seed);
    else
        o["seed"] = QString::number(static_cast<qulonglong>(s.seed));
    o["trees"] = s.learner.trees;
    o["depth"] = s.learner.depth;
    o["learning_rate"] = s.learner.learningRate;
    o["estimator"] = QString::fromStdString(estimatorName(s.linear.kind));
    o["lambda"] = s.linear.lambda;
    o["components"] = s.linear.components;
    o["pdp_feature"] = s.pdpFeature + 1;
    o["slice_x"] = s.sliceFirst + 1;
    o["slice_y"] = s.sliceSecond + 1;
    return o;
}

bool BlackBoxSettingsJson::fromJson(const QJsonObject& object, const QString& path,
                                    BlackBoxSettings* settings, QString* error)
{
    JsonFieldReader read(object, path);
    if (!read.onlyKnownKeys(kKnownKeys)) {
        *error = read.error();
        return false;
    }
    const QJsonValue generatorValue = object.value("generator");
    const QString generator =
        generatorValue.isUndefined() ? QStringLiteral("proxy") : generatorValue.toString();
    const auto kind = generatorFromName(generator.toStdString());
    if (!generatorValue.isUndefined() && !generatorValue.isString()) {
        read.fail("generator", QStringLiteral("must be a string"));
        *error = read.error();
        return false;
    }
    if (!kind && generator != QLatin1String(kCurved)) {
        read.fail("generator", QStringLiteral("unknown generator '%1' (proxy, confounder, latent, "
                                              "chain, collider, curved)")
                                   .arg(SettingsJson::printable(generator)));
        *error = read.error();
        return false;
    }
    BlackBoxSettings s =
        kind ? BlackBoxSettings::defaultsFor(*kind) : BlackBoxSettings::curvedDefaults();
    int pdpFeature = s.pdpFeature + 1;
    int sliceFirst = s.sliceFirst + 1;
    int sliceSecond = s.sliceSecond + 1;
    const bool fieldsOk =
        read.number("collinearity", &s.model.collinearity) &&
        read.number("noise", &s.model.noise) && read.number("effect", &s.model.effect) &&
        read.number("confounding", &s.model.confounding) && read.integer("n", &s.n, 10, 1000000) &&
        read.integer("p", &s.model.features, 1, 1000) &&
        read.integer("k", &s.model.latentDimension, 1, 1000) &&
        read.integer("levers", &s.model.levers, 1, 1000) &&
        read.integer("reps", &s.replications, 1, 1000) && read.seed("seed", &s.seed) &&
        read.integer("trees", &s.learner.trees, 1, 100000) &&
        read.integer("depth", &s.learner.depth, 1, 100) &&
        read.number("learning_rate", &s.learner.learningRate) &&
        read.estimator("estimator", &s.linear.kind) && read.number("lambda", &s.linear.lambda) &&
        read.integer("components", &s.linear.components, 1, 1000) &&
        read.integer("pdp_feature", &pdpFeature, 1, 1000) &&
        read.integer("slice_x", &sliceFirst, 1, 1000) &&
        read.integer("slice_y", &sliceSecond, 1, 1000);
    if (!fieldsOk) {
        *error = read.error();
        return false;
    }
    s.pdpFeature = pdpFeature - 1;
    s.sliceFirst = sliceFirst - 1;
    s.sliceSecond = sliceSecond - 1;
    s.model.loadingSeed = s.seed;
    s.learner.seed = s.seed;
    if (const std::string problem = s.validate(); !problem.empty()) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(problem));
        return false;
    }
    *settings = s;
    return true;
}

} // namespace lev::core
