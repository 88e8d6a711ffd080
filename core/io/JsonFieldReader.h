// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Reads the fields of one settings object (session files, presets) one at a time: an absent
// field leaves its target alone, a bad one keeps the first problem as "path.key: problem".

#include "estimators/EstimatorSettings.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace lev::core {

class JsonFieldReader
{
public:
    JsonFieldReader(const QJsonObject& object, const QString& path);

    /// False at the first key not among the `count` names of `known` ("unknown field").
    bool onlyKnownKeys(const char* const* known, std::size_t count);
    template <std::size_t N> bool onlyKnownKeys(const char* const (&known)[N])
    {
        return onlyKnownKeys(known, N);
    }
    bool number(const char* key, double* target);
    bool integer(const char* key, int* target, int lowest, int highest);
    /// A seed: a JSON number up to 2^53 (exact in a double) or a string of decimal digits.
    bool seed(const char* key, std::uint64_t* target);
    bool boolean(const char* key, bool* target);
    bool text(const char* key, QString* target);
    /// An estimator's name as the command line spells it: ols, ridge, lasso or pcr.
    bool estimator(const char* key, EstimatorKind* target);

    /// Records `problem` for `key` and returns false.
    bool fail(const QString& key, const QString& problem);
    const QString& error() const { return m_error; }

private:
    const QJsonObject& m_object;
    QString m_path;
    QString m_error;
};

} // namespace lev::core
