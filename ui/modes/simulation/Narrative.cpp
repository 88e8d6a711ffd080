// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/Narrative.h"

#include "controls/ExactDoubleSpinBox.h"
#include "exploration/WeightSpread.h"
#include "plots/NumberText.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lev::ui {

QString Narrative::number(double value, int digits)
{
    Q_ASSERT(digits >= 1 && digits <= 15);
    if (!std::isfinite(value))
        return tr("undefined");
    return NumberText::of(value, digits, NumberText::Rounding::AllDigits);
}

QString Narrative::setting(double value)
{
    return ExactDoubleSpinBox::exactText(value);
}

QString Narrative::correlation(double r)
{
    int decimals = 3;
    QString text = QString::number(r, 'f', decimals);
    while (std::abs(r) < 1.0 && std::abs(text.toDouble()) >= 1.0 && decimals < 15)
        text = QString::number(r, 'f', ++decimals);
    return text;
}

QString Narrative::counted(int count, const QString& singular, const QString& plural)
{
    return count == 1 ? singular : plural;
}

namespace {

/// A mean R² below this is far outside [0, 1]: a few replications dominate it.
constexpr double kDominatedMean = -1.0;
/// A held-out R² from which on the prose says the model predicts well.
constexpr double kPredictsWell = 0.5;

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

/// Whether the first feature's weight converges to something else than its causal weight (a
/// confounder, a collider): then its spread is not the story, its bias is.
bool firstWeightIsBiased(const core::PopulationTruth& t)
{
    if (t.populationWeights.size() == 0 || t.causalWeights.size() == 0)
        return false;
    const double causal = t.causalWeights[0];
    return std::abs(t.populationWeights[0] - causal) > 0.05 * std::max(1.0, std::abs(causal));
}

QString forwardVersusInverse(const core::RecomputeResult& r,
                             const std::vector<core::SweepPoint>& sweep)
{
    const core::MonteCarloSummary& m = r.monteCarlo;
    const QString first = QString::fromStdString(r.truth.features.front());
    const double c = r.settings.model.collinearity;
    if (!m.r2ObservationalMean || m.weightSd.size() == 0)
        return {};
    if (firstWeightIsBiased(r.truth))
        return Narrative::tr("Held-out R² is %1, yet the %2 weight averages %3 (±%4 over %5 runs) "
                             "where setting %2 moves Y by %6: the weight is biased, and more "
                             "data only make it more precisely wrong.")
            .arg(Narrative::number(*m.r2ObservationalMean), first,
                 Narrative::number(m.weightMean[0]), Narrative::number(m.weightSd[0]),
                 QString::number(m.fitted), Narrative::number(r.truth.causalWeights[0]));
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
                 Narrative::number(*m.r2ObservationalMean), Narrative::setting(base->collinearity),
                 Narrative::setting(c), first, change);
    }
    return Narrative::tr("Held-out R² is %1; the %2 weight varies by ±%3 (SD over %4 runs).")
        .arg(Narrative::number(*m.r2ObservationalMean), first, Narrative::number(m.weightSd[0]),
             QString::number(m.fitted));
}

/// The median of the replications' values (the core's quantile rule), if there are any.
std::optional<double> median(const std::vector<double>& values)
{
    if (values.empty())
        return std::nullopt;
    const double half = 0.5;
    const Eigen::MatrixXd column =
        Eigen::Map<const Eigen::VectorXd>(values.data(), Eigen::Index(values.size()));
    return core::WeightSpread::quantiles(column, &half, 1)(0, 0);
}

/// Why a mean R² is far below 0: a handful of near-singular replications, not the typical one.
QString dominatedMeanSentence(const core::RecomputeResult& r)
{
    const core::MonteCarloSummary& m = r.monteCarlo;
    const std::optional<double> heldOutMedian = median(m.r2Observational);
    const std::optional<double> underDoMedian = median(m.r2Interventional);
    const bool heldOut =
        m.r2ObservationalMean && *m.r2ObservationalMean < kDominatedMean && heldOutMedian;
    const bool underDo =
        m.r2InterventionalMean && *m.r2InterventionalMean < kDominatedMean && underDoMedian;
    if (!heldOut && !underDo)
        return {};
    const QString rows =
        Narrative::tr("n = %1 rows for p = %2 features")
            .arg(QString::number(r.settings.n), QString::number(r.settings.model.features));
    if (heldOut && underDo)
        return Narrative::tr("The mean R² (held-out %1, under do(X) %2) is dominated by a few "
                             "near-singular replications: with %3, now and then a draw barely "
                             "pins the weights down and they come out huge. The median "
                             "replication reaches %4 held-out and %5 under do(X).")
            .arg(Narrative::number(*m.r2ObservationalMean),
                 Narrative::number(*m.r2InterventionalMean), rows,
                 Narrative::number(*heldOutMedian), Narrative::number(*underDoMedian));
    const double mean = heldOut ? *m.r2ObservationalMean : *m.r2InterventionalMean;
    const double middle = heldOut ? *heldOutMedian : *underDoMedian;
    return (heldOut ? Narrative::tr("The mean held-out R² of %1 is dominated by a few "
                                    "near-singular replications: with %2, now and then a draw "
                                    "barely pins the weights down and they come out huge. The "
                                    "median replication reaches %3.")
                    : Narrative::tr("The mean R² under do(X) of %1 is dominated by a few "
                                    "near-singular replications: with %2, now and then a draw "
                                    "barely pins the weights down and they come out huge. The "
                                    "median replication reaches %3."))
        .arg(Narrative::number(mean), rows, Narrative::number(middle));
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

QString latentSentence(const core::ModelSettings& model)
{
    const int k = model.latentDimension;
    const int rest = model.features - k;
    const QString big =
        Narrative::counted(k, Narrative::tr("1 large eigenvalue carries the data"),
                           Narrative::tr("%1 large eigenvalues carry the data").arg(k));
    if (rest <= 0)
        return Narrative::tr("%1: with k = p no direction is left for the weights to wobble in.")
            .arg(big);
    const QString value = Narrative::number(1.0 - model.collinearity);
    const QString small =
        Narrative::counted(rest, Narrative::tr("the other one equals 1 − c = %1").arg(value),
                           Narrative::tr("the other %1 equal 1 − c = %2").arg(rest).arg(value));
    return Narrative::tr("%1; %2. Prediction needs the big directions, the weights need the "
                         "small ones.")
        .arg(big, small);
}

QString lessonSentence(const core::RecomputeResult& r)
{
    const core::PopulationTruth& t = r.truth;
    const core::ModelSettings& model = r.settings.model;
    const double c = model.collinearity;
    switch (model.generator) {
    case core::GeneratorKind::Proxy:
        return Narrative::tr("X2 has no effect on Y (causal weight 0), but it shadows the lever "
                             "X1: the weights' variance grows as 1/(1 − c²) = %1, their spread "
                             "(SD) as 1/√(1 − c²) = %2.")
            .arg(Narrative::number(1.0 / (1.0 - c * c)),
                 Narrative::number(1.0 / std::sqrt(1.0 - c * c)));
    case core::GeneratorKind::Confounder:
        return Narrative::tr("With infinite data the X1 weight converges to %1, not the causal "
                             "%2: conditioning is not intervening. More data cannot fix this; "
                             "only an experiment finds the lever.")
            .arg(Narrative::number(t.populationWeights[0]), Narrative::number(t.causalWeights[0]));
    case core::GeneratorKind::Latent:
        return latentSentence(model);
    case core::GeneratorKind::Chain:
        return Narrative::tr("Regression gives X1 weight %1, yet setting X1 moves Y by %2 per unit "
                             "through X2: a zero direct effect is not a zero total effect.")
            .arg(Narrative::number(t.populationWeights[0]), Narrative::number(t.totalEffects[0]));
    case core::GeneratorKind::Collider:
        if (!t.r2)
            return Narrative::tr("Offering the collider C pulls the X1 weight to %1 instead of "
                                 "the causal %2.")
                .arg(Narrative::number(t.populationWeights[0]),
                     Narrative::number(t.causalWeights[0]));
        return Narrative::tr("Offering the collider C lifts R² to %1 but pulls the X1 weight to %2 "
                             "instead of the causal %3.")
            .arg(Narrative::number(*t.r2), Narrative::number(t.populationWeights[0]),
                 Narrative::number(t.causalWeights[0]));
    }
    return {};
}

QString interventionSentence(const core::RecomputeResult& r)
{
    const core::MonteCarloSummary& m = r.monteCarlo;
    if (!m.r2ObservationalMean || !m.r2InterventionalMean)
        return {};
    // Means dominated by a few replications are told (with their medians) on their own.
    if (*m.r2ObservationalMean < kDominatedMean || *m.r2InterventionalMean < kDominatedMean)
        return {};
    if (*m.r2InterventionalMean < *m.r2ObservationalMean - 0.05) {
        // "It predicts well" only where it does.
        if (*m.r2ObservationalMean >= kPredictsWell)
            return Narrative::tr("Under do(X) the model's R² falls to %1 from %2: it predicts "
                                 "well where the data live, not what happens when you set X.")
                .arg(Narrative::number(*m.r2InterventionalMean),
                     Narrative::number(*m.r2ObservationalMean));
        return Narrative::tr("Under do(X) the model's R² falls to %1 from %2: what it learned "
                             "from the data does not carry over to setting X.")
            .arg(Narrative::number(*m.r2InterventionalMean),
                 Narrative::number(*m.r2ObservationalMean));
    }
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
    add(dominatedMeanSentence(result));
    add(interventionSentence(result));
    add(spectrumSentence(result));
    add(lessonSentence(result));
    return sentences;
}

} // namespace lev::ui
