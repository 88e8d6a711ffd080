// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/Narrative.h"

#include <cmath>
#include <cstdio>

namespace lev::core {

std::string Narrative::number(double value)
{
    char buffer[32];
    const double magnitude = std::abs(value);
    if (magnitude != 0.0 && (magnitude >= 1000.0 || magnitude < 0.01))
        std::snprintf(buffer, sizeof buffer, "%.3g", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

namespace {

const SweepPoint* baseline(const std::vector<SweepPoint>& sweep, double collinearity)
{
    const SweepPoint* best = nullptr;
    for (const SweepPoint& point : sweep) {
        if (!point.r2ObservationalMean || !point.firstWeightSd)
            continue;
        if (point.collinearity <= collinearity - 0.05 &&
            (!best || point.collinearity < best->collinearity))
            best = &point;
    }
    return best;
}

std::string forwardVersusInverse(const RecomputeResult& r, const std::vector<SweepPoint>& sweep)
{
    const MonteCarloSummary& m = r.monteCarlo;
    const std::string& first = r.truth.features.front();
    const double c = r.settings.model.collinearity;
    if (!m.r2ObservationalMean || m.weightSd.size() == 0)
        return {};
    if (const SweepPoint* base = baseline(sweep, c); base && *base->firstWeightSd > 0.0) {
        const double growth = m.weightSd[0] / *base->firstWeightSd;
        std::string change;
        if (growth >= 1.15)
            change = "grew " + Narrative::number(growth) + "\u00d7";
        else if (growth <= 1.0 / 1.15)
            change = "shrank to " + Narrative::number(growth) + "\u00d7 its size";
        else
            change = "stayed about the same (" + Narrative::number(growth) + "\u00d7)";
        return "Held-out R\u00b2 " + Narrative::number(*base->r2ObservationalMean) + " \u2192 " +
               Narrative::number(*m.r2ObservationalMean) +
               " from c = " + Narrative::number(base->collinearity) +
               " to c = " + Narrative::number(c) + ", while the spread of the " + first +
               " weight " + change + ".";
    }
    return "Held-out R\u00b2 is " + Narrative::number(*m.r2ObservationalMean) + "; the " + first +
           " weight varies by \u00b1" + Narrative::number(m.weightSd[0]) + " (SD over " +
           std::to_string(m.fitted) + " runs).";
}

std::string spectrumSentence(const RecomputeResult& r)
{
    const Spectrum& s = r.populationSpectrum;
    if (s.singular() || s.eigenvalues.size() < 2)
        return {};
    const double smallest = s.eigenvalues[s.eigenvalues.size() - 1];
    return "The smallest eigenvalue of \u03a3 is " + Narrative::number(smallest) +
           ": \u0398 = \u03a3\u207b\u00b9 multiplies noise along its direction by 1/\u03bb = " +
           Narrative::number(1.0 / smallest) +
           ". That is where the weights get their variance; predictions barely use it.";
}

std::string lessonSentence(const RecomputeResult& r)
{
    const PopulationTruth& t = r.truth;
    const ModelSettings& model = r.settings.model;
    switch (model.generator) {
    case GeneratorKind::Proxy:
        return "X2 has no effect on Y (causal weight 0), but it shadows the lever X1: the "
               "weights' variance grows as 1/(1 \u2212 c\u00b2) = " +
               Narrative::number(1.0 / (1.0 - model.collinearity * model.collinearity)) + ".";
    case GeneratorKind::Confounder:
        return "With infinite data the X1 weight converges to " +
               Narrative::number(t.populationWeights[0]) + ", not the causal " +
               Narrative::number(t.causalWeights[0]) +
               ": conditioning is not intervening. More data cannot fix this; only an "
               "experiment finds the lever.";
    case GeneratorKind::Latent: {
        const int k = model.latentDimension;
        return std::to_string(k) + " large eigenvalues carry the data; the other " +
               std::to_string(model.features - k) +
               " equal 1 \u2212 c = " + Narrative::number(1.0 - model.collinearity) +
               ". Prediction needs the big directions, the weights need the small ones.";
    }
    case GeneratorKind::Chain:
        return "Regression gives X1 weight " + Narrative::number(t.populationWeights[0]) +
               ", yet setting X1 moves Y by " + Narrative::number(t.totalEffects[0]) +
               " per unit through X2: a zero direct effect is not a zero total effect.";
    case GeneratorKind::Collider:
        return "Offering the collider C lifts R\u00b2 to " +
               (t.r2 ? Narrative::number(*t.r2) : std::string("?")) +
               " but pulls the X1 weight to " + Narrative::number(t.populationWeights[0]) +
               " instead of the causal " + Narrative::number(t.causalWeights[0]) + ".";
    }
    return {};
}

std::string interventionSentence(const RecomputeResult& r)
{
    const MonteCarloSummary& m = r.monteCarlo;
    if (!m.r2ObservationalMean || !m.r2InterventionalMean)
        return {};
    if (*m.r2InterventionalMean < *m.r2ObservationalMean - 0.05)
        return "Under do(X) the model's R\u00b2 falls to " +
               Narrative::number(*m.r2InterventionalMean) + " from " +
               Narrative::number(*m.r2ObservationalMean) +
               ": it predicts well where the data live, not what happens when you set X.";
    return "Under do(X) the model's R\u00b2 is " + Narrative::number(*m.r2InterventionalMean) +
           ", close to the held-out " + Narrative::number(*m.r2ObservationalMean) + ".";
}

} // namespace

std::vector<std::string> Narrative::describe(const RecomputeResult& result,
                                             const std::vector<SweepPoint>& sweep)
{
    std::vector<std::string> sentences;
    auto add = [&sentences](std::string sentence) {
        if (!sentence.empty())
            sentences.push_back(std::move(sentence));
    };
    switch (result.status) {
    case RecomputeStatus::InvalidSettings:
        add("These settings cannot be computed: " + result.message + ".");
        return sentences;
    case RecomputeStatus::Cancelled:
        return sentences;
    case RecomputeStatus::NotIdentifiable:
        add(result.message +
            ": many weight vectors fit the data equally well, so no weight "
            "can be read as a lever. Raise n above p = " +
            std::to_string(result.settings.model.features) + ", or use ridge, lasso or PCR.");
        add(spectrumSentence(result));
        add(lessonSentence(result));
        return sentences;
    case RecomputeStatus::Ok:
        break;
    }
    add(forwardVersusInverse(result, sweep));
    add(interventionSentence(result));
    add(spectrumSentence(result));
    add(lessonSentence(result));
    return sentences;
}

} // namespace lev::core
