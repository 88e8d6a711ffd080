// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignNarrative.h"

#include "design/DesignResult.h"
#include "modes/design/StrategyStyle.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {

/// A limit this close to the causal weight (relative to the weights' scale) counts as equal.
constexpr double kSameWeight = 1e-6;

QString number(double value)
{
    return NumberText::of(value, 2);
}

} // namespace

QStringList DesignNarrative::describe(const core::DesignResult& result)
{
    using core::DesignStrategy;
    if (!result.ok())
        return {QString::fromStdString(result.message)};
    QStringList sentences;
    const Eigen::VectorXd& beta = result.truth.causalWeights;
    const double scale = std::max(1.0, beta.size() > 0 ? beta.cwiseAbs().maxCoeff() : 0.0);
    auto feature = [&](int j) {
        return PlotStyle::featureLabel(std::size_t(j) < result.features.size()
                                           ? result.features[std::size_t(j)]
                                           : "X" + std::to_string(j + 1));
    };

    // The closest strategy at this budget.
    int best = -1;
    double bestError = 0.0;
    for (DesignStrategy strategy : core::allDesignStrategies()) {
        const auto& error = result.strategy(strategy).error;
        if (error && (best < 0 || error->meanSquaredError() < bestError)) {
            best = static_cast<int>(strategy);
            bestError = error->meanSquaredError();
        }
    }
    if (best >= 0)
        sentences << tr("At n = %1 and π = %2, the %3 fit comes closest to the causal weights: "
                        "weight error %4.")
                         .arg(result.settings.n)
                         .arg(result.settings.fraction, 0, 'f', 2)
                         .arg(StrategyStyle::name(static_cast<DesignStrategy>(best)))
                         .arg(number(std::sqrt(bestError)));

    // What more observational rows cannot remove.
    const core::StrategyOutcome& observational = result.strategy(DesignStrategy::Observational);
    if (observational.limit.size() == beta.size() && beta.size() > 0) {
        const double bias = (observational.limit - beta).norm();
        if (bias > kSameWeight * scale)
            sentences << tr("Observational rows alone converge to the wrong weights: even with "
                            "infinitely many, the error stays at %1 (the bias). More data shrinks "
                            "only the variance.")
                             .arg(number(bias));
    }

    // A non-lever that randomizing the others never clears.
    const core::StrategyOutcome& experimental = result.strategy(DesignStrategy::Experimental);
    QStringList randomized;
    for (std::size_t j = 0; j < result.randomized.size(); ++j)
        if (result.randomized[j])
            randomized << feature(int(j));
    if (experimental.limit.size() == beta.size()) {
        for (int j = 0; j < beta.size(); ++j) {
            const bool isRandomized =
                std::size_t(j) < result.randomized.size() && result.randomized[std::size_t(j)];
            if (isRandomized || std::abs(experimental.limit[j] - beta[j]) <= kSameWeight * scale)
                continue;
            sentences << (randomized.isEmpty()
                              ? tr("Nothing is randomized: the experiment's rows are "
                                   "observational too, and %1 stays biased.")
                                    .arg(feature(j))
                              : tr("Randomizing %1 never clears %2: its weight in the experiment "
                                   "tends to %3, not %4, so with enough rows its interval "
                                   "never covers the truth. Randomize %2 too.")
                                    .arg(randomized.join(QStringLiteral(", ")), feature(j),
                                         number(experimental.limit[j]), number(beta[j])));
            break; // one is enough to make the point
        }
    }

    // How many randomized rows find the levers.
    const core::PowerCurve& power = result.experimentalPower;
    if (power.randomizedRowsFor80Percent)
        sentences << tr("The experiment alone finds the levers (and clears the rest) in 80 % of "
                        "studies from %1 randomized rows on.")
                         .arg(*power.randomizedRowsFor80Percent);
    else if (!power.points.empty())
        sentences << tr("No number of randomized rows up to %1 finds the levers 80 % of the "
                        "time: %2")
                         .arg(result.settings.n)
                         .arg(QString::fromStdString(power.whyNotReached));
    if (result.powerComputed && !power.points.empty())
        sentences << tr("The power curves are the joint probability of all the t statistics "
                        "(shared s, correlated weights), integrated to within %1; the design's "
                        "random correlation is taken at its limit, so the circles (Monte Carlo) "
                        "are the check.")
                         .arg(std::max(power.exactError, result.pooledPower.exactError), 0, 'f', 3);
    else if (result.ok() && !result.powerComputed)
        sentences << tr("The power curves are being computed…");

    // What a good allocation saves.
    const core::Allocation& allocation = result.allocation;
    if (allocation.uniformTraceInverse > 0.0 && allocation.traceInverse > 0.0 &&
        allocation.traceInverse < allocation.uniformTraceInverse)
        sentences << tr("Spending the randomization budget A-optimally lowers tr M⁻¹ from %1 "
                        "(uniform) to %2; along the eigen-directions it goes to the bottom of "
                        "the spectrum, where observational rows say least.")
                         .arg(number(allocation.uniformTraceInverse))
                         .arg(number(allocation.traceInverse));
    return sentences;
}

} // namespace lev::ui
