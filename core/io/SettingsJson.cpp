// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/SettingsJson.h"

#include "io/JsonFieldReader.h"

#include <QJsonValue>

namespace lev::core {

namespace {

const char* const kKnownKeys[] = {
    "generator", "collinearity", "noise",  "effect",     "confounding", "n",    "p",   "k",
    "levers",    "estimator",    "lambda", "components", "standardize", "reps", "seed"};

} // namespace

QString SettingsJson::printable(const QString& text)
{
    constexpr int kMaxLength = 40;
    QString out;
    for (const QChar ch : text) {
        if (out.size() >= kMaxLength) {
            out += QStringLiteral("...");
            break;
        }
        if (ch.isPrint() && ch != QLatin1Char('\\'))
            out += ch;
        else
            out += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
    }
    return out;
}

std::optional<std::uint64_t> SettingsJson::parseSeed(const QString& text)
{
    constexpr int kMaxDigits = 19; // 9223372036854775807
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar ch : text)
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
    qsizetype first = 0;
    while (first + 1 < text.size() && text[first] == QLatin1Char('0'))
        ++first;
    if (text.size() - first > kMaxDigits)
        return std::nullopt;
    bool ok = false;
    const qulonglong value = QStringView(text).mid(first).toULongLong(&ok);
    if (!ok || value > kMaxSeed)
        return std::nullopt;
    return static_cast<std::uint64_t>(value);
}

QString SettingsJson::seedRangeProblem()
{
    return QStringLiteral("must be a whole number from 0 to %1").arg(qulonglong{kMaxSeed});
}

QJsonObject SettingsJson::toJson(const RecomputeSettings& s)
{
    QJsonObject o;
    o["generator"] = QString::fromStdString(generatorName(s.model.generator));
    o["collinearity"] = s.model.collinearity;
    o["noise"] = s.model.noise;
    o["effect"] = s.model.effect;
    o["confounding"] = s.model.confounding;
    o["n"] = s.n;
    o["p"] = s.model.features;
    o["k"] = s.model.latentDimension;
    o["levers"] = s.model.levers;
    o["estimator"] = QString::fromStdString(estimatorName(s.estimator.kind));
    o["lambda"] = s.estimator.lambda;
    o["components"] = s.estimator.components;
    o["standardize"] = s.estimator.standardize;
    o["reps"] = s.replications;
    // A double holds every whole number up to 2^53 exactly; a larger seed is written as a string
    // of its decimal digits so that it reads back as the same 64-bit value.
    if (s.seed <= kMaxExactDoubleSeed)
        o["seed"] = static_cast<qint64>(s.seed);
    else
        o["seed"] = QString::number(static_cast<qulonglong>(s.seed));
    return o;
}

bool SettingsJson::fromJson(const QJsonObject& object, const QString& path,
                            RecomputeSettings* settings, QString* error)
{
    JsonFieldReader read(object, path);
    if (!read.onlyKnownKeys(kKnownKeys)) {
        *error = read.error();
        return false;
    }

    QString generator = QStringLiteral("proxy");
    if (!read.text("generator", &generator)) {
        *error = read.error();
        return false;
    }
    const auto kind = generatorFromName(generator.toStdString());
    if (!kind) {
        read.fail("generator", QStringLiteral("unknown generator '%1' (proxy, confounder, "
                                              "latent, chain, collider)")
                                   .arg(printable(generator)));
        *error = read.error();
        return false;
    }
    RecomputeSettings s = RecomputeSettings::defaultsFor(*kind);
    const bool fieldsOk =
        read.number("collinearity", &s.model.collinearity) &&
        read.number("noise", &s.model.noise) && read.number("effect", &s.model.effect) &&
        read.number("confounding", &s.model.confounding) && read.integer("n", &s.n, 2, 1000000) &&
        read.integer("p", &s.model.features, 1, 1000) &&
        read.integer("k", &s.model.latentDimension, 1, 1000) &&
        read.integer("levers", &s.model.levers, 1, 1000) &&
        read.estimator("estimator", &s.estimator.kind) &&
        read.number("lambda", &s.estimator.lambda) &&
        read.integer("components", &s.estimator.components, 1, 1000) &&
        read.boolean("standardize", &s.estimator.standardize) &&
        read.integer("reps", &s.replications, 1, 100000) && read.seed("seed", &s.seed);
    if (!fieldsOk) {
        *error = read.error();
        return false;
    }
    s.model.loadingSeed = s.seed;
    if (const std::string problem = s.validate(); !problem.empty()) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(problem));
        return false;
    }
    *settings = s;
    return true;
}

} // namespace lev::core
