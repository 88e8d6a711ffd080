// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What the user sets in data mode, apart from the columns: the estimator whose weights are
// shown (with its λ or k), the bootstrap resamples R behind the weights' spread, the seed, and
// the diagnostics (Belsley variant, sensitivity analysis, classical or HC3 standard errors).

#include "diagnostics/DataDiagnosticsSettings.h"
#include "estimators/EstimatorSettings.h"
#include "shell/ChangedField.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <utility>

namespace lev::ui {

struct DataSettings
{
    core::EstimatorSettings estimator;
    int bootstrapResamples = 200; ///< 0: no bootstrap
    std::uint64_t seed = 1;
    core::DataDiagnosticsSettings diagnostics;
};

inline bool operator==(const DataSettings& a, const DataSettings& b)
{
    return a.estimator == b.estimator && a.bootstrapResamples == b.bootstrapResamples &&
           a.seed == b.seed && a.diagnostics == b.diagnostics;
}

/// The one field that differs (an index >= 0 with its name), or -1 when none or several do.
inline int changedField(const DataSettings& a, const DataSettings& b, QString* name = nullptr)
{
    const std::pair<bool, const char*> fields[] = {
        {a.estimator.kind != b.estimator.kind, QT_TR_NOOP("estimator")},
        {a.estimator.lambda != b.estimator.lambda, QT_TR_NOOP("lambda")},
        {a.estimator.components != b.estimator.components, QT_TR_NOOP("components")},
        {a.bootstrapResamples != b.bootstrapResamples, QT_TR_NOOP("bootstrap resamples")},
        {a.seed != b.seed, QT_TR_NOOP("seed")},
        {a.diagnostics.belsley != b.diagnostics.belsley, QT_TR_NOOP("Belsley variant")},
        {a.diagnostics.standardErrors != b.diagnostics.standardErrors,
         QT_TR_NOOP("standard errors")},
        {a.diagnostics.sensitivity.treatment != b.diagnostics.sensitivity.treatment,
         QT_TR_NOOP("sensitivity feature")},
        {a.diagnostics.sensitivity.q != b.diagnostics.sensitivity.q, QT_TR_NOOP("q")},
        {a.diagnostics.sensitivity.alpha != b.diagnostics.sensitivity.alpha, QT_TR_NOOP("alpha")},
        {a.diagnostics.sensitivity.benchmark != b.diagnostics.sensitivity.benchmark,
         QT_TR_NOOP("benchmark")},
        {a.diagnostics.sensitivity.kd != b.diagnostics.sensitivity.kd, QT_TR_NOOP("kd")},
    };
    return lev::ui::oneChangedField(fields, name);
}

} // namespace lev::ui
