// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/blackbox/BlackBoxNarrative.h"

#include "blackbox/BlackBoxResult.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

/// Below this share of the largest causal effect a feature counts as having none.
constexpr double kNoEffect = 1e-9;
/// Held-out R² minus R² under intervention: beyond the first the model fails off the data
/// surface, beyond the second it already predicts worse there.
constexpr double kFailsOffTheSurface = 0.15;
constexpr double kWorseOffTheSurface = 0.08;

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(std::lround(100.0 * share));
}

/// Feature j's share as a fraction (core::CreditShares), or -1 when it cannot be told.
double shareOf(const Eigen::VectorXd& shares, Eigen::Index j)
{
    return j < shares.size() ? shares[j] / 100.0 : -1.0;
}

} // namespace

QString BlackBoxNarrative::estimatorLabel(const std::string& estimator)
{
    if (estimator == "ols" || estimator == "pcr")
        return QString::fromStdString(estimator).toUpper();
    return estimator.empty() ? tr("linear") : QString::fromStdString(estimator);
}

QStringList BlackBoxNarrative::describe(const core::BlackBoxResult& result)
{
    QStringList sentences;
    if (result.status == core::BlackBoxStatus::InvalidSettings ||
        result.status == core::BlackBoxStatus::LearnerFailed) {
        sentences << tr("Nothing to show: %1.").arg(QString::fromStdString(result.message));
        return sentences;
    }
    if (result.replicationsDone == 0) {
        sentences << tr("Fitting the first of %1 models…").arg(result.replicationsRequested);
        return sentences;
    }
    if (result.replicationsDone < result.replicationsRequested)
        sentences << (result.status == core::BlackBoxStatus::Cancelled
                          ? tr("Stopped after %1 of %2 fits: the numbers below are of those.")
                          : tr("%1 of %2 fits so far; the numbers settle as the rest arrive."))
                         .arg(result.replicationsDone)
                         .arg(result.replicationsRequested);

    const double held = result.r2ObservationalMean;
    const double intervened = result.r2InterventionalMean;
    if (std::isfinite(held) && std::isfinite(intervened)) {
        if (held - intervened > kFailsOffTheSurface)
            sentences << tr("Held-out R² is %1, yet under intervention it falls to %2: the model "
                            "predicts on the data surface and fails off it.")
                             .arg(NumberText::of(held, 2), NumberText::of(intervened, 2));
        else if (held - intervened > kWorseOffTheSurface)
            sentences << tr("Held-out R² is %1; under intervention it drops to %2: off the data "
                            "surface the model already predicts worse.")
                             .arg(NumberText::of(held, 2), NumberText::of(intervened, 2));
        else
            sentences << tr("Held-out R² %1 and R² under intervention %2 are close: here "
                            "prediction carries over to do(X).")
                             .arg(NumberText::of(held, 2), NumberText::of(intervened, 2));
    }
    const core::LinearComparison& linear = result.linear;
    const QString linearName = estimatorLabel(linear.estimator);
    const Eigen::Index p = Eigen::Index(result.features.size());
    const double largest =
        result.causalEffect.size() == p && p > 0 ? result.causalEffect.cwiseAbs().maxCoeff() : 0.0;
    int told = 0;
    for (Eigen::Index j = 0; j < p && largest > 0.0 && told < 2; ++j) {
        if (std::abs(result.causalEffect[j]) > kNoEffect * largest)
            continue;
        const double shap = shareOf(result.credit.shap, j);
        const double permutation = shareOf(result.credit.permutation, j);
        if (shap < 0.05)
            continue;
        const QString name = PlotStyle::featureLabel(result.features[std::size_t(j)]);
        sentences << (permutation >= 0.0
                          ? tr("%1 has no causal effect, yet SHAP gives it %2 of the credit "
                               "(mean |SHAP| %3, in units of Y) and permutation importance %4.")
                                .arg(name, percent(shap), NumberText::of(result.meanAbsShap[j], 2),
                                     percent(permutation))
                          : tr("%1 has no causal effect, yet SHAP gives it %2 of the credit "
                               "(mean |SHAP| %3, in units of Y).")
                                .arg(name, percent(shap),
                                     NumberText::of(result.meanAbsShap[j], 2)));
        if (linear.fits > 1 && j < linear.weights.size()) {
            const double se = linear.weightsSd[j] / std::sqrt(double(linear.fits));
            sentences << (std::abs(linear.weights[j]) <= 2.0 * se
                              ? tr("%1's mean weight on %2 is %3 (SD %4 over the fits): noisy, "
                                   "but within 2 SE of the true 0.")
                              : tr("%1's mean weight on %2 is %3 (SD %4 over the fits): more "
                                   "than 2 SE from the true 0, so the linear fit is fooled too."))
                             .arg(linearName, name, NumberText::of(linear.weights[j], 2),
                                  NumberText::of(linear.weightsSd[j], 2));
        }
        ++told;
    }

    if (result.populationR2 && std::isfinite(*result.populationR2))
        sentences << (held >= *result.populationR2 - 0.05
                          ? tr("The best any model can do on held-out rows is %1: the trees "
                               "are not overfitting.")
                          : tr("The best any model can do on held-out rows is %1: the trees "
                               "fall short of it (too few rows or too flexible)."))
                         .arg(NumberText::of(*result.populationR2, 2));
    if (linear.fits > 0 && std::isfinite(linear.r2ObservationalMean) &&
        std::isfinite(linear.r2InterventionalMean))
        sentences << tr("%1 on the same rows: held-out R² %2, under intervention %3.")
                         .arg(linearName, NumberText::of(linear.r2ObservationalMean, 2),
                              NumberText::of(linear.r2InterventionalMean, 2));
    else if (!linear.message.empty())
        sentences << tr("%1 gives no fit here: %2.")
                         .arg(linearName, QString::fromStdString(linear.message));

    const core::PartialDependence& pd = result.partialDependence;
    if (pd.offManifoldFraction.size() > 0 && pd.offManifoldFraction.array().isFinite().all() &&
        pd.feature >= 0 && pd.feature < int(p)) {
        const double most = pd.offManifoldFraction.maxCoeff();
        if (most >= 0.2)
            sentences << tr("Up to %1 of the probes behind the partial dependence of %2 lie off "
                            "the data: there the tool reports the model's guesses about points it "
                            "never saw.")
                             .arg(percent(most), PlotStyle::featureLabel(
                                                     result.features[std::size_t(pd.feature)]));
    }
    if (result.shapPending && result.meanAbsShap.size() == 0)
        sentences << tr("SHAP of the first fit is being computed.");
    else if (result.status == core::BlackBoxStatus::Ok &&
             std::isfinite(result.shapAdditivityMaxError) && result.outcomeSd > 0.0)
        sentences << tr("SHAP adds up: contributions plus bias equal the prediction within %1 "
                        "(Y's SD is %2). Exact about the model, silent about the levers.")
                         .arg(NumberText::of(result.shapAdditivityMaxError, 1),
                              NumberText::of(result.outcomeSd, 2));
    return sentences;
}

} // namespace lev::ui
