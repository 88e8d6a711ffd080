// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Plain, translatable sentences for data mode: what can be concluded from a user's own data (how
// well the features predict, how well conditioned they are, how much the weights move under
// resampling) and what cannot (whether any weight is a lever: that needs an experiment or a
// causal model brought from outside the data).

#include "exploration/DataExploration.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lev::ui {

class DataNarrative
{
    Q_DECLARE_TR_FUNCTIONS(DataNarrative)

public:
    static QStringList describe(const core::DataExploration& exploration);
};

} // namespace lev::ui
