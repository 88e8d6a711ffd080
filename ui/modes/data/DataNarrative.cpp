// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataNarrative.h"

#include "modes/simulation/Narrative.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lev::core {

namespace {

/// Common rule of thumb (e.g. Kutner et al.): a VIF above 10 signals serious collinearity.
constexpr double kSeriousVif = 10.0;
/// An eigenvalue of the correlation matrix below this inflates the variance of the weights along
/// its direction more than tenfold: the same line as a VIF of 10.
constexpr double kNearlyRedundant = 0.1;

const std::string& feature(const DataExploration& e, Eigen::Index j)
{
    return e.fit.features[static_cast<std::size_t>(j)];
}

/// A correlation to 3 decimals, so 0.995 does not read as 1.
std::string correlationText(double r)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.3f", r);
    return buffer;
}

std::string conditioning(const DataExploration& e)
{
    const Spectrum& s = e.fit.correlationSpectrum;
    const auto p = static_cast<int>(s.eigenvalues.size());
    if (p == 0)
        return {};
    if (s.singular())
        return "The features' correlation matrix is singular (rank " +
               std::to_string(s.effectiveRank) + " of " + std::to_string(p) +
               "): some combination of features is exactly redundant, so no amount of these "
               "data can separate their weights.";
    if (p == 1)
        return "With one feature there is no collinearity: its weight is as stable as the "
               "noise and n allow.";
    const double smallest = s.eigenvalues[p - 1];
    std::string text = "The correlation matrix has condition number " +
                       Narrative::number(*s.conditionNumber) + "; its smallest eigenvalue " +
                       Narrative::number(smallest) +
                       " means noise along that direction is "
                       "multiplied by 1/\u03bb = " +
                       Narrative::number(1.0 / smallest) + ".";
    if (smallest < kNearlyRedundant)
        text += " The weights are ill-determined along it, however well the model predicts.";
    else
        text += " No direction is close to redundant: collinearity inflates no weight's variance "
                "more than " +
                Narrative::number(1.0 / smallest) + "\u00d7.";
    return text;
}

std::string inflation(const DataExploration& e)
{
    const Eigen::VectorXd& vif = e.fit.correlationSpectrum.vif;
    if (vif.size() < 2)
        return {};
    Eigen::Index worst = 0;
    vif.maxCoeff(&worst);
    const auto serious = (vif.array() > kSeriousVif).count();
    std::string text = "Largest VIF: " + feature(e, worst) + " at " +
                       Narrative::number(vif[worst]) +
                       " (its weight's variance is that many times what it would be with "
                       "uncorrelated features)";
    if (serious > 0)
        text += "; " + std::to_string(serious) + " of " + std::to_string(vif.size()) +
                " features exceed 10";
    return text + ".";
}

std::string prediction(const DataExploration& e)
{
    const CrossValidationScore* best = nullptr;
    for (const CrossValidationScore& score : e.crossValidation)
        if (score.r2 && (!best || *score.r2 > *best->r2))
            best = &score;
    if (!best)
        return e.fit.r2 ? "In-sample R\u00b2 is " + Narrative::number(*e.fit.r2) +
                              "; cross-validation was not possible, so how well this predicts "
                              "new rows is unknown."
                        : std::string();
    std::string text = std::to_string(e.settings.folds) + "-fold cross-validated R\u00b2 is " +
                       Narrative::number(*best->r2) + " at best (" +
                       estimatorName(best->estimator.kind) + ")";
    if (e.fit.r2)
        text += ", in-sample " + Narrative::number(*e.fit.r2);
    return text + ". That is the forward problem, and these data can judge it.";
}

std::string stability(const DataExploration& e)
{
    if (!e.bootstrap || e.bootstrap->weightSd.size() == 0 || e.fit.coefficients.size() == 0)
        return {};
    const BootstrapSummary& b = *e.bootstrap;
    const Eigen::VectorXd& w = e.fit.coefficients;
    int straddle = 0;
    for (Eigen::Index j = 0; j < b.weightQuantiles.rows(); ++j)
        if (b.weightQuantiles(j, 0) < 0.0 && b.weightQuantiles(j, 2) > 0.0)
            ++straddle;
    // The weight whose spread is largest relative to its size.
    Eigen::Index loosest = 0;
    double worst = -1.0;
    for (Eigen::Index j = 0; j < w.size(); ++j) {
        const double relative = b.weightSd[j] / std::max(std::abs(w[j]), 1e-300);
        if (relative > worst) {
            worst = relative;
            loosest = j;
        }
    }
    std::string text = "Resampling the rows " + std::to_string(b.replications) +
                       " times moves the " + feature(e, loosest) + " weight by \u00b1" +
                       Narrative::number(b.weightSd[loosest]) + " around " +
                       Narrative::number(w[loosest]) + ".";
    if (straddle > 0)
        text += " " + std::to_string(straddle) + " of " + std::to_string(w.size()) +
                " weights have a bootstrap 95 % interval that includes 0: even their sign is "
                "not settled by these data.";
    return text;
}

std::string pair(const DataExploration& e)
{
    if (e.mostCorrelatedFirst < 0 || std::abs(e.mostCorrelatedR) < 0.8)
        return {};
    return feature(e, e.mostCorrelatedFirst) + " and " + feature(e, e.mostCorrelatedSecond) +
           " move together (r = " + correlationText(e.mostCorrelatedR) +
           "): the data hardly ever show one changing without the other, which is exactly "
           "what an intervention on one of them would do.";
}

} // namespace

std::vector<std::string> DataNarrative::describe(const DataExploration& e)
{
    std::vector<std::string> sentences;
    if (e.fit.status != FitStatus::Ok && !e.fit.message.empty())
        sentences.push_back("No weights for " + estimatorName(e.settings.estimator.kind) + ": " +
                            e.fit.message + ".");
    for (std::string sentence :
         {prediction(e), conditioning(e), inflation(e), stability(e), pair(e)})
        if (!sentence.empty())
            sentences.push_back(std::move(sentence));
    sentences.push_back(
        "What these data cannot tell: whether any weight is a lever. A weight is how the "
        "prediction changes with one feature while the others stay fixed in these data; with an "
        "unmeasured confounder, or a feature that is a proxy, a consequence or a collider, it is "
        "not what setting that feature would do. Only an experiment, or a causal model brought "
        "from outside the data, turns a weight into a lever.");
    return sentences;
}

} // namespace lev::core
