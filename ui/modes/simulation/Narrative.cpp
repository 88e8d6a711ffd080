// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/Narrative.h"

#include <cmath>

namespace lev::ui {

QString Narrative::number(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude != 0.0 && (magnitude >= 1000.0 || magnitude < 0.01))
        return QString::number(value, 'g', 3);
    return QString::number(value, 'f', 2);
}

namespace {

const core::SweepPoint* baseline(const std::vector<core::SweepPoint>& sweep, double collinearity)
{
    const core::SweepPoint* best = nullptr;
    for (const core::SweepPoint& point : sweep) {
        if (!point.r2ObservationalMean || !point.firstWeightSd)
            continue;
        if (point.collinearity <= collinearity - 0.05 &&
            (!best || point.collinearity < best->collinearity))
            best = &point;
    }
    return best;
}

QString forwardVersusInverse(const core::RecomputeResult& r,
                             const std::vector<core::SweepPoint>& sweep)
{
    const core::MonteCarloSummary& m = r.monteCarlo;
    const QString first = QString::fromStdString(r.truth.features.front());
    const double c = r.settings.model.collinearity;
    if (!m.r2ObservationalMean || m.weightSd.size() == 0)
        return {};
    if (const core::SweepPoint* base = baseline(sweep, c); base && *base->firstWeightSd > 0.0) {
        const double growth = m.weightSd[0] / *base->firstWeightSd;
        QString change;
        if (growth >= 1.15)
            change = Narrative::tr("grew %1×").arg(Narrative::number(growth));
        else if (growth <= 1.0 / 1.15)
            change = Narrative::tr("shrank to %1× its size").arg(Narrative::number(growth));
        else
            change = Narrative::tr("stayed about the same (%1×)").arg(Narrative::number(growth));
        return Narrative::tr("Held-out R² %1 → %2 from c = %3 to c = %4, while the spread of the "
                             "%5 weight %6.")
            .arg(Narrative::number(*base->r2ObservationalMean),
                 Narrative::number(*m.r2ObservationalMean), Narrative::number(base->collinearity),
                 Narrative::number(c), first, change);
    }
    return Narrative::tr("Held-out R² is %1; the %2 weight varies by ±%3 (SD over %4 runs).")
        .arg(Narrative::number(*m.r2ObservationalMean), first, Narrative::number(m.weightSd[0]),
             QString::number(m.fitted));
}

QString spectrumSentence(const core::RecomputeResult& r)
{
    const core::Spectrum& s = r.populationSpectrum;
    if (s.singular() || s.eigenvalues.size() < 2)
        return {};
    const double smallest = s.eigenvalues[s.eigenvalues.size() - 1];
    return Narrative::tr("The smallest eigenvalue of Σ is %1: Θ = Σ⁻¹ multiplies noise along its "
                         "direction by 1/λ = %2. That is where the weights get their variance; "
                         "predictions barely use it.")
        .arg(Narrative::number(smallest), Narrative::number(1.0 / smallest));
}

QString lessonSentence(const core::RecomputeResult& r)
{
    const core::PopulationTruth& t = r.truth;
    const core::ModelSettings& model = r.settings.model;
    switch (model.generator) {
    case core::GeneratorKind::Proxy:
        return Narrative::tr("X2 has no effect on Y (causal weight 0), but it shadows the lever "
                             "X1: the weights' variance grows as 1/(1 − c²) = %1.")
            .arg(Narrative::number(1.0 / (1.0 - model.collinearity * model.collinearity)));
    case core::GeneratorKind::Confounder:
        return Narrative::tr("With infinite data the X1 weight converges to %1, not the causal "
                             "%2: conditioning is not intervening. More data cannot fix this; "
                             "only an experiment finds the lever.")
            .arg(Narrative::number(t.populationWeights[0]), Narrative::number(t.causalWeights[0]));
    case core::GeneratorKind::Latent:
        return Narrative::tr("%1 large eigenvalues carry the data; the other %2 equal 1 − c = %3. "
                             "Prediction needs the big directions, the weights need the small "
                             "ones.")
            .arg(QString::number(model.latentDimension),
                 QString::number(model.features - model.latentDimension),
                 Narrative::number(1.0 - model.collinearity));
    case core::GeneratorKind::Chain:
        return Narrative::tr("Regression gives X1 weight %1, yet setting X1 moves Y by %2 per unit "
                             "through X2: a zero direct effect is not a zero total effect.")
            .arg(Narrative::number(t.populationWeights[0]), Narrative::number(t.totalEffects[0]));
    case core::GeneratorKind::Collider:
        return Narrative::tr("Offering the collider C lifts R² to %1 but pulls the X1 weight to %2 "
                             "instead of the causal %3.")
            .arg(t.r2 ? Narrative::number(*t.r2) : QStringLiteral("?"),
                 Narrative::number(t.populationWeights[0]), Narrative::number(t.causalWeights[0]));
    }
    return {};
}

QString interventionSentence(const core::RecomputeResult& r)
{
    const core::MonteCarloSummary& m = r.monteCarlo;
    if (!m.r2ObservationalMean || !m.r2InterventionalMean)
        return {};
    if (*m.r2InterventionalMean < *m.r2ObservationalMean - 0.05)
        return Narrative::tr("Under do(X) the model's R² falls to %1 from %2: it predicts well "
                             "where the data live, not what happens when you set X.")
            .arg(Narrative::number(*m.r2InterventionalMean),
                 Narrative::number(*m.r2ObservationalMean));
    return Narrative::tr("Under do(X) the model's R² is %1, close to the held-out %2.")
        .arg(Narrative::number(*m.r2InterventionalMean), Narrative::number(*m.r2ObservationalMean));
}

} // namespace

QStringList Narrative::describe(const core::RecomputeResult& result,
                                const std::vector<core::SweepPoint>& sweep)
{
    QStringList sentences;
    auto add = [&sentences](const QString& sentence) {
        if (!sentence.isEmpty())
            sentences << sentence;
    };
    switch (result.status) {
    case core::RecomputeStatus::InvalidSettings:
        add(tr("These settings cannot be computed: %1.")
                .arg(QString::fromStdString(result.message)));
        return sentences;
    case core::RecomputeStatus::Cancelled:
        return sentences;
    case core::RecomputeStatus::NotIdentifiable:
        add(tr("%1: many weight vectors fit the data equally well, so no weight can be read as a "
               "lever. Raise n above p = %2, or use ridge, lasso or PCR.")
                .arg(QString::fromStdString(result.message),
                     QString::number(result.settings.model.features)));
        add(spectrumSentence(result));
        add(lessonSentence(result));
        return sentences;
    case core::RecomputeStatus::Ok:
        break;
    }
    add(forwardVersusInverse(result, sweep));
    add(interventionSentence(result));
    add(spectrumSentence(result));
    add(lessonSentence(result));
    return sentences;
}

} // namespace lev::ui
