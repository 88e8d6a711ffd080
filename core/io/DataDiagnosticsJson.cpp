// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/DataDiagnosticsJson.h"

#include "io/SettingsJson.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace lev::core {

namespace {

const char* const kScaled = "scaled";
const char* const kCentred = "centred";
const char* const kClassical = "classical";
const char* const kHc3 = "hc3";

} // namespace

QJsonObject DataDiagnosticsJson::toJson(const DataDiagnosticsSettings& settings)
{
    QJsonObject o;
    o["belsley"] = QLatin1String(settings.belsley == BelsleyVariant::Centred ? kCentred : kScaled);
    o["standard_errors"] =
        QLatin1String(settings.standardErrors == StandardErrorKind::Hc3 ? kHc3 : kClassical);
    if (settings.hasSensitivity()) {
        const SensitivitySettings& s = settings.sensitivity;
        QJsonObject sensitivity;
        sensitivity["treatment"] = QString::fromStdString(s.treatment);
        sensitivity["q"] = s.q;
        sensitivity["alpha"] = s.alpha;
        if (!s.benchmark.empty())
            sensitivity["benchmark"] = QString::fromStdString(s.benchmark);
        QJsonArray kd;
        for (double k : s.kd)
            kd.append(k);
        sensitivity["kd"] = kd;
        o["sensitivity"] = sensitivity;
    }
    return o;
}

bool DataDiagnosticsJson::fromJson(const QJsonObject& object, const QString& path,
                                   DataDiagnosticsSettings* settings, QString* error)
{
    QString where = path;
    auto fail = [&](const QString& key, const QString& problem) {
        *error = QStringLiteral("%1.%2: %3").arg(where, SettingsJson::printable(key), problem);
        return false;
    };
    auto known = [&](const QJsonObject& o, const QStringList& keys) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!keys.contains(it.key()))
                return fail(it.key(), QStringLiteral("unknown field"));
        return true;
    };
    // A string field with two spellings: false (and `error`) for anything else.
    auto choice = [&](const QJsonObject& o, const QString& key, const char* first,
                      const char* second, bool* isSecond) {
        if (!o.contains(key))
            return true;
        const QString text = o.value(key).toString();
        if (!o.value(key).isString() ||
            (text != QLatin1String(first) && text != QLatin1String(second)))
            return fail(key, QStringLiteral("must be \"%1\" or \"%2\"")
                                 .arg(QLatin1String(first), QLatin1String(second)));
        *isSecond = text == QLatin1String(second);
        return true;
    };

    if (!known(object, {QStringLiteral("belsley"), QStringLiteral("standard_errors"),
                        QStringLiteral("sensitivity")}))
        return false;
    DataDiagnosticsSettings s;
    bool centred = false;
    bool hc3 = false;
    if (!choice(object, QStringLiteral("belsley"), kScaled, kCentred, &centred) ||
        !choice(object, QStringLiteral("standard_errors"), kClassical, kHc3, &hc3))
        return false;
    s.belsley = centred ? BelsleyVariant::Centred : BelsleyVariant::ScaledUncentred;
    s.standardErrors = hc3 ? StandardErrorKind::Hc3 : StandardErrorKind::Classical;

    if (object.contains("sensitivity")) {
        if (!object.value("sensitivity").isObject())
            return fail(QStringLiteral("sensitivity"), QStringLiteral("must be an object"));
        const QJsonObject o = object.value("sensitivity").toObject();
        where = path + QStringLiteral(".sensitivity");
        if (!known(o, {QStringLiteral("treatment"), QStringLiteral("q"), QStringLiteral("alpha"),
                       QStringLiteral("benchmark"), QStringLiteral("kd")}))
            return false;
        const QJsonValue treatment = o.value("treatment");
        if (!treatment.isString() || treatment.toString().isEmpty())
            return fail(QStringLiteral("treatment"), QStringLiteral("must name a column"));
        s.sensitivity.treatment = treatment.toString().toStdString();
        auto number = [&](const QString& key, double* value) {
            if (!o.contains(key))
                return true;
            if (!o.value(key).isDouble())
                return fail(key, QStringLiteral("must be a number"));
            *value = o.value(key).toDouble();
            return true;
        };
        if (!number(QStringLiteral("q"), &s.sensitivity.q) ||
            !number(QStringLiteral("alpha"), &s.sensitivity.alpha))
            return false;
        if (o.contains("benchmark")) {
            if (!o.value("benchmark").isString())
                return fail(QStringLiteral("benchmark"), QStringLiteral("must name a column"));
            s.sensitivity.benchmark = o.value("benchmark").toString().toStdString();
        }
        if (o.contains("kd")) {
            if (!o.value("kd").isArray())
                return fail(QStringLiteral("kd"), QStringLiteral("must be a list of numbers > 0"));
            s.sensitivity.kd.clear();
            for (const QJsonValue& value : o.value("kd").toArray()) {
                if (!value.isDouble())
                    return fail(QStringLiteral("kd"),
                                QStringLiteral("must be a list of numbers > 0"));
                s.sensitivity.kd.push_back(value.toDouble());
            }
        }
        if (const std::string problem = s.validate(); !problem.empty()) {
            *error = QStringLiteral("%1: %2").arg(where, QString::fromStdString(problem));
            return false;
        }
    }
    *settings = s;
    return true;
}

} // namespace lev::core
