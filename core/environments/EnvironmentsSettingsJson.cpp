// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/EnvironmentsSettingsJson.h"

#include "io/SettingsJson.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

namespace lev::core {

namespace {

struct NumberField
{
    const char* key;
    double EnvironmentsSettings::*top = nullptr;
    double ShiftedSettings::*model = nullptr;
};

const NumberField kNumbers[] = {
    {"shift", nullptr, &ShiftedSettings::shift},
    {"child_shift", nullptr, &ShiftedSettings::childShift},
    {"confounding", nullptr, &ShiftedSettings::confounding},
    {"effect", nullptr, &ShiftedSettings::effect},
    {"child_weight", nullptr, &ShiftedSettings::childWeight},
    {"noise", nullptr, &ShiftedSettings::noise},
    {"child_noise", nullptr, &ShiftedSettings::childNoise},
    {"alpha", &EnvironmentsSettings::alpha, nullptr},
    {"risk_strength", &EnvironmentsSettings::riskStrength, nullptr},
};

double& field(EnvironmentsSettings& settings, const NumberField& f)
{
    return f.top ? settings.*(f.top) : settings.model.*(f.model);
}

} // namespace

QJsonObject EnvironmentsSettingsJson::toJson(const EnvironmentsSettings& settings)
{
    QJsonObject o;
    EnvironmentsSettings copy = settings;
    for (const NumberField& f : kNumbers)
        o[QLatin1String(f.key)] = field(copy, f);
    o["child_feature"] = settings.model.childFeature;
    o["environments"] = settings.model.environments;
    o["n"] = settings.n;
    if (std::isinf(settings.gamma))
        o["gamma"] = QStringLiteral("inf");
    else
        o["gamma"] = settings.gamma;
    if (settings.seed <= SettingsJson::kMaxExactDoubleSeed)
        o["seed"] = double(settings.seed);
    else
        o["seed"] = QString::number(settings.seed);
    return o;
}

bool EnvironmentsSettingsJson::fromJson(const QJsonObject& object, const QString& path,
                                        EnvironmentsSettings* settings, QString* error)
{
    auto fail = [&](const QString& key, const QString& problem) {
        *error = QStringLiteral("%1.%2: %3").arg(path, SettingsJson::printable(key), problem);
        return false;
    };
    EnvironmentsSettings read;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        const auto number = std::find_if(std::begin(kNumbers), std::end(kNumbers),
                                         [&key](const NumberField& f) { return key == f.key; });
        if (number != std::end(kNumbers)) {
            if (!value.isDouble())
                return fail(key, QStringLiteral("must be a number"));
            field(read, *number) = value.toDouble();
        } else if (key == QLatin1String("child_feature")) {
            if (!value.isBool())
                return fail(key, QStringLiteral("must be true or false"));
            read.model.childFeature = value.toBool();
        } else if (key == QLatin1String("environments") || key == QLatin1String("n")) {
            const double v = value.toDouble(std::numeric_limits<double>::quiet_NaN());
            if (!value.isDouble() || v != std::floor(v) || std::abs(v) > 1e9)
                return fail(key, QStringLiteral("must be a whole number"));
            (key == QLatin1String("n") ? read.n : read.model.environments) = int(v);
        } else if (key == QLatin1String("gamma")) {
            if (value.isString() && value.toString().trimmed().toLower() == QLatin1String("inf"))
                read.gamma = std::numeric_limits<double>::infinity();
            else if (value.isDouble())
                read.gamma = value.toDouble();
            else
                return fail(key, QStringLiteral("must be a number >= 0 or \"inf\""));
        } else if (key == QLatin1String("seed")) {
            std::optional<std::uint64_t> seed;
            if (value.isString())
                seed = SettingsJson::parseSeed(value.toString());
            else if (value.isDouble() && value.toDouble() >= 0 &&
                     value.toDouble() <= double(SettingsJson::kMaxExactDoubleSeed) &&
                     value.toDouble() == std::floor(value.toDouble()))
                seed = std::uint64_t(value.toDouble());
            if (!seed)
                return fail(key, SettingsJson::seedRangeProblem());
            read.seed = *seed;
        } else {
            return fail(key, QStringLiteral("unknown field"));
        }
    }
    if (const std::string problem = read.validate(); !problem.empty()) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(problem));
        return false;
    }
    *settings = read;
    return true;
}

} // namespace lev::core
