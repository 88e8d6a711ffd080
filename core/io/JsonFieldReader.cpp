// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "io/JsonFieldReader.h"

#include "io/SettingsJson.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace lev::core {

JsonFieldReader::JsonFieldReader(const QJsonObject& object, const QString& path)
    : m_object(object), m_path(path)
{
}

bool JsonFieldReader::onlyKnownKeys(const char* const* known, std::size_t count)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (std::none_of(known, known + count,
                         [&](const char* name) { return it.key() == QLatin1String(name); }))
            return fail(it.key(), QStringLiteral("unknown field"));
    return true;
}

bool JsonFieldReader::number(const char* key, double* target)
{
    if (!m_object.contains(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fail(key, QStringLiteral("must be a number"));
    *target = value.toDouble();
    return true;
}

bool JsonFieldReader::integer(const char* key, int* target, int lowest, int highest)
{
    if (!m_object.contains(key))
        return true;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < lowest || number > highest)
        return fail(
            key, QStringLiteral("must be a whole number from %1 to %2").arg(lowest).arg(highest));
    *target = static_cast<int>(number);
    return true;
}

bool JsonFieldReader::seed(const char* key, std::uint64_t* target)
{
    if (!m_object.contains(key))
        return true;
    const QJsonValue value = m_object.value(key);
    if (value.isString()) {
        if (const auto parsed = SettingsJson::parseSeed(value.toString())) {
            *target = *parsed;
            return true;
        }
    } else if (value.isDouble()) {
        // toInteger() is exact for a whole number (Qt keeps JSON integers as 64-bit ones);
        // -1 stands for "not a whole number" here, and negative seeds fail anyway.
        const qint64 whole = value.toInteger(-1);
        if (whole >= 0 && static_cast<quint64>(whole) <= SettingsJson::kMaxExactDoubleSeed) {
            *target = static_cast<std::uint64_t>(whole);
            return true;
        }
        // Past 2^53 other JSON readers (and writers) may already have changed the number.
        if (whole > 0)
            return fail(key, QStringLiteral("a seed above %1 must be a string of decimal "
                                            "digits (a JSON number cannot hold it exactly)")
                                 .arg(qulonglong{SettingsJson::kMaxExactDoubleSeed}));
    }
    return fail(key, SettingsJson::seedRangeProblem());
}

bool JsonFieldReader::boolean(const char* key, bool* target)
{
    if (!m_object.contains(key))
        return true;
    if (!m_object.value(key).isBool())
        return fail(key, QStringLiteral("must be true or false"));
    *target = m_object.value(key).toBool();
    return true;
}

bool JsonFieldReader::text(const char* key, QString* target)
{
    if (!m_object.contains(key))
        return true;
    if (!m_object.value(key).isString())
        return fail(key, QStringLiteral("must be a string"));
    *target = m_object.value(key).toString();
    return true;
}

bool JsonFieldReader::estimator(const char* key, EstimatorKind* target)
{
    QString name = QString::fromStdString(estimatorName(*target));
    if (!text(key, &name))
        return false;
    const auto kind = estimatorFromName(name.toStdString());
    if (!kind)
        return fail(key, QStringLiteral("unknown estimator '%1' (ols, ridge, lasso, pcr)")
                             .arg(SettingsJson::printable(name)));
    *target = *kind;
    return true;
}

bool JsonFieldReader::fail(const QString& key, const QString& problem)
{
    m_error = QStringLiteral("%1.%2: %3").arg(m_path, SettingsJson::printable(key), problem);
    return false;
}

} // namespace lev::core
