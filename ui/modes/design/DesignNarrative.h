// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer's "what to notice": a few sentences read off a design result (which
// strategy is closest to the causal weights, what bias more observational rows leave, which
// non-lever no randomization of the others clears, how many randomized rows find the levers,
// what the allocation saves). Reads numbers; computes none.

#include <QCoreApplication>
#include <QStringList>

namespace lev::core {
struct DesignResult;
}

namespace lev::ui {

class DesignNarrative
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::DesignNarrative)

public:
    static QStringList describe(const core::DesignResult& result);
};

} // namespace lev::ui
