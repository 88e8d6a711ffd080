// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/BlackBoxSettingsJson.h"

#include "io/SettingsJson.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace lev::core {

namespace {

const char* const kCurved = "curved";
const char* const kKnownKeys[] = {
    "generator",   "collinearity", "noise",  "effect", "confounding", "n",     "p",
    "k",           "levers",       "reps",   "seed",   "trees",       "depth", "learning_rate",
    "pdp_feature", "slice_x",      "slice_y"};

/// Reads one field at a time; the first problem is kept as "path.key: problem".
class Reader
{
public:
    Reader(const QJsonObject& object, const QString& path) : m_object(object), m_path(path) {}

    bool number(const char* key, double* target)
    {
        if (!m_object.contains(key))
            return true;
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(key, QStringLiteral("must be a number"));
        *target = value.toDouble();
        return true;
    }

    bool integer(const char* key, int* target, int lowest, int highest)
    {
        if (!m_object.contains(key))
            return true;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number < lowest ||
            number > highest)
            return fail(
                key,
                QStringLiteral("must be a whole number from %1 to %2").arg(lowest).arg(highest));
        *target = static_cast<int>(number);
        return true;
    }

    bool seed(const char* key, std::uint64_t* target)
    {
        if (!m_object.contains(key))
            return true;
        const QJsonValue value = m_object.value(key);
        std::optional<std::uint64_t> parsed;
        if (value.isString())
            parsed = SettingsJson::parseSeed(value.toString());
        else if (value.isDouble()) {
            const qint64 whole = value.toInteger(-1);
            if (whole >= 0 && quint64(whole) <= SettingsJson::kMaxExactDoubleSeed)
                parsed = std::uint64_t(whole);
        }
        if (!parsed)
            return fail(key, SettingsJson::seedRangeProblem());
        *target = *parsed;
        return true;
    }

    bool fail(const QString& key, const QString& problem)
    {
        m_error = QStringLiteral("%1.%2: %3").arg(m_path, SettingsJson::printable(key), problem);
        return false;
    }

    const QString& error() const { return m_error; }

private:
    const QJsonObject& m_object;
    QString m_path;
    QString m_error;
};

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
    o["pdp_feature"] = s.pdpFeature + 1;
    o["slice_x"] = s.sliceFirst + 1;
    o["slice_y"] = s.sliceSecond + 1;
    return o;
}

bool BlackBoxSettingsJson::fromJson(const QJsonObject& object, const QString& path,
                                    BlackBoxSettings* settings, QString* error)
{
    Reader read(object, path);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (std::none_of(std::begin(kKnownKeys), std::end(kKnownKeys),
                         [&](const char* known) { return key == known; })) {
            read.fail(it.key(), QStringLiteral("unknown field"));
            *error = read.error();
            return false;
        }
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
