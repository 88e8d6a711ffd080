// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/DesignSettingsJson.h"

#include "io/SettingsJson.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace lev::core {

namespace {

/// The keys SettingsJson reads that belong to a design (the estimator's do not: designs fit OLS).
const QStringList& modelKeys()
{
    static const QStringList keys = {
        QStringLiteral("generator"), QStringLiteral("collinearity"), QStringLiteral("noise"),
        QStringLiteral("effect"),    QStringLiteral("confounding"),  QStringLiteral("p"),
        QStringLiteral("k"),         QStringLiteral("levers"),       QStringLiteral("n"),
        QStringLiteral("reps"),      QStringLiteral("seed")};
    return keys;
}

const QStringList& designKeys()
{
    static const QStringList keys = {QStringLiteral("fraction"), QStringLiteral("randomize"),
                                     QStringLiteral("variances"), QStringLiteral("allocate"),
                                     QStringLiteral("budget")};
    return keys;
}

} // namespace

QJsonObject DesignSettingsJson::toJson(const DesignSettings& settings)
{
    RecomputeSettings model = RecomputeSettings::defaultsFor(settings.model.generator);
    model.model = settings.model;
    model.n = settings.n;
    model.replications = settings.replications;
    model.seed = settings.seed;
    const QJsonObject all = SettingsJson::toJson(model);
    QJsonObject o;
    for (const QString& key : modelKeys())
        if (all.contains(key))
            o[key] = all.value(key);
    o["fraction"] = settings.fraction;
    QJsonArray randomize;
    for (int j : settings.randomized)
        randomize.append(j + 1);
    o["randomize"] = randomize;
    if (!settings.variances.empty()) {
        QJsonArray variances;
        for (double v : settings.variances)
            variances.append(v);
        o["variances"] = variances;
    }
    o["allocate"] = settings.allocate;
    if (settings.budget)
        o["budget"] = *settings.budget;
    return o;
}

bool DesignSettingsJson::fromJson(const QJsonObject& object, const QString& path,
                                  DesignSettings* settings, QString* error)
{
    auto fail = [&](const QString& key, const QString& problem) {
        *error = QStringLiteral("%1.%2: %3").arg(path, SettingsJson::printable(key), problem);
        return false;
    };
    QJsonObject model;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (modelKeys().contains(it.key()))
            model[it.key()] = it.value();
        else if (!designKeys().contains(it.key()))
            return fail(it.key(), QStringLiteral("unknown field"));
    }
    RecomputeSettings read;
    if (!SettingsJson::fromJson(model, path, &read, error))
        return false;
    DesignSettings s = DesignSettings::defaultsFor(read.model.generator);
    s.model = read.model;
    if (object.contains("n"))
        s.n = read.n;
    if (object.contains("reps"))
        s.replications = read.replications;
    s.seed = read.seed;

    if (object.contains("fraction")) {
        const QJsonValue value = object.value("fraction");
        if (!value.isDouble() || !(value.toDouble() >= 0.0 && value.toDouble() <= 1.0))
            return fail(QStringLiteral("fraction"), QStringLiteral("must be a number in [0, 1]"));
        s.fraction = value.toDouble();
    }
    if (object.contains("randomize")) {
        if (!object.value("randomize").isArray())
            return fail(QStringLiteral("randomize"),
                        QStringLiteral("must be a list of feature numbers from 1 to p"));
        s.randomized.clear();
        for (const QJsonValue& value : object.value("randomize").toArray()) {
            const double j = value.toDouble(-1.0);
            if (!value.isDouble() || j != std::floor(j) || j < 1.0 || j > s.model.features)
                return fail(
                    QStringLiteral("randomize"),
                    QStringLiteral("must list feature numbers from 1 to %1").arg(s.model.features));
            s.randomized.push_back(int(j) - 1);
        }
    }
    if (object.contains("variances")) {
        if (!object.value("variances").isArray())
            return fail(QStringLiteral("variances"), QStringLiteral("must be a list of numbers"));
        s.variances.clear();
        for (const QJsonValue& value : object.value("variances").toArray()) {
            if (!value.isDouble() || !std::isfinite(value.toDouble()))
                return fail(QStringLiteral("variances"),
                            QStringLiteral("must be a list of numbers"));
            s.variances.push_back(value.toDouble());
        }
    }
    if (object.contains("allocate")) {
        if (!object.value("allocate").isBool())
            return fail(QStringLiteral("allocate"), QStringLiteral("must be true or false"));
        s.allocate = object.value("allocate").toBool();
    }
    if (object.contains("budget")) {
        if (!object.value("budget").isDouble())
            return fail(QStringLiteral("budget"), QStringLiteral("must be a positive number"));
        s.budget = object.value("budget").toDouble();
    }
    if (const std::string problem = s.validate(); !problem.empty()) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(problem));
        return false;
    }
    *settings = s;
    return true;
}

} // namespace lev::core
