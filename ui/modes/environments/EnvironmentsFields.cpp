// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsFields.h"

#include "shell/ChangedField.h"

#include <QObject>
#include <utility>

namespace lev::core {

int changedField(const EnvironmentsSettings& a, const EnvironmentsSettings& b, QString* name)
{
    const ShiftedSettings& m = a.model;
    const ShiftedSettings& o = b.model;
    const std::pair<bool, const char*> fields[] = {
        {m.shift != o.shift, QT_TR_NOOP("shift on X1")},
        {m.childShift != o.childShift, QT_TR_NOOP("shift on X2")},
        {m.confounding != o.confounding, QT_TR_NOOP("hidden confounding")},
        {m.effect != o.effect, QT_TR_NOOP("effect b")},
        {m.childWeight != o.childWeight, QT_TR_NOOP("Y's weight on X2")},
        {m.noise != o.noise, QT_TR_NOOP("noise")},
        {m.childNoise != o.childNoise, QT_TR_NOOP("X2's noise")},
        {m.childFeature != o.childFeature, QT_TR_NOOP("X2 offered")},
        {m.environments != o.environments, QT_TR_NOOP("environments")},
        {a.n != b.n, QT_TR_NOOP("sample size n")},
        {a.gamma != b.gamma, QT_TR_NOOP("γ")},
        {a.alpha != b.alpha, QT_TR_NOOP("α")},
        {a.riskStrength != b.riskStrength, QT_TR_NOOP("shift strength of the risk")},
        {a.seed != b.seed, QT_TR_NOOP("seed")},
    };
    return lev::ui::oneChangedField(fields, name);
}

} // namespace lev::core
