// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataNarrative.h"

#include "modes/simulation/Narrative.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lev::ui {

namespace {

/// Common rule of thumb (e.g. Kutner et al.): a VIF above 10 signals serious collinearity.
constexpr double kSeriousVif = 10.0;
/// An eigenvalue of the correlation matrix below this inflates the variance of the weights along
/// its direction more than tenfold: the same line as a VIF of 10.
constexpr double kNearlyRedundant = 0.1;

QString feature(const core::DataExploration& e, Eigen::Index j)
{
    return QString::fromStdString(e.fit.features[static_cast<std::size_t>(j)]);
}

QString estimator(core::EstimatorKind kind)
{
    return QString::fromStdString(core::estimatorName(kind));
}

QString number(double value)
{
    return Narrative::number(value);
}

QString conditioning(const core::DataExploration& e)
{
    const core::Spectrum& s = e.fit.correlationSpectrum;
    const auto p = static_cast<int>(s.eigenvalues.size());
    if (p == 0)
        return {};
    if (s.singular())
        return DataNarrative::tr("The features' correlation matrix is singular (rank %1 of %2): "
                                 "some combination of features is exactly redundant, so no "
                                 "amount of these data can separate their weights.")
            .arg(QString::number(s.effectiveRank), QString::number(p));
    if (p == 1)
        return DataNarrative::tr("With one feature there is no collinearity: its weight is as "
                                 "stable as the noise and n allow.");
    const double smallest = s.eigenvalues[p - 1];
    QString text = DataNarrative::tr("The correlation matrix has condition number %1; its "
                                     "smallest eigenvalue %2 means noise along that direction is "
                                     "multiplied by 1/λ = %3.")
                       .arg(number(*s.conditionNumber), number(smallest), number(1.0 / smallest));
    if (smallest < kNearlyRedundant)
        text += QLatin1Char(' ') + DataNarrative::tr("The weights are ill-determined along it, "
                                                     "however well the model predicts.");
    else
        text += QLatin1Char(' ') + DataNarrative::tr("No direction is close to redundant: "
                                                     "collinearity inflates no weight's variance "
                                                     "more than %1×.")
                                       .arg(number(1.0 / smallest));
    return text;
}

QString inflation(const core::DataExploration& e)
{
    const Eigen::VectorXd& vif = e.fit.correlationSpectrum.vif;
    if (vif.size() < 2)
        return {};
    Eigen::Index worst = 0;
    vif.maxCoeff(&worst);
    const auto serious = (vif.array() > kSeriousVif).count();
    if (serious == 1)
        return DataNarrative::tr("Largest VIF: %1 at %2 (its weight's variance is that many times "
                                 "what it would be with uncorrelated features); 1 of %3 "
                                 "features exceeds 10.")
            .arg(feature(e, worst), number(vif[worst]), QString::number(vif.size()));
    if (serious > 1)
        return DataNarrative::tr("Largest VIF: %1 at %2 (its weight's variance is that many times "
                                 "what it would be with uncorrelated features); %3 of %4 "
                                 "features exceed 10.")
            .arg(feature(e, worst), number(vif[worst]), QString::number(serious),
                 QString::number(vif.size()));
    return DataNarrative::tr("Largest VIF: %1 at %2 (its weight's variance is that many times "
                             "what it would be with uncorrelated features).")
        .arg(feature(e, worst), number(vif[worst]));
}

QString prediction(const core::DataExploration& e)
{
    const core::CrossValidationScore* best = nullptr;
    for (const core::CrossValidationScore& score : e.crossValidation)
        if (score.r2 && (!best || *score.r2 > *best->r2))
            best = &score;
    if (!best)
        return e.fit.r2 ? DataNarrative::tr("In-sample R² is %1; cross-validation was not "
                                            "possible, so how well this predicts new rows is "
                                            "unknown.")
                              .arg(number(*e.fit.r2))
                        : QString();
    if (e.fit.r2)
        return DataNarrative::tr("%1-fold cross-validated R² is %2 at best (%3), in-sample %4. "
                                 "That is the forward problem, and these data can judge it.")
            .arg(QString::number(e.settings.folds), number(*best->r2),
                 estimator(best->estimator.kind), number(*e.fit.r2));
    return DataNarrative::tr("%1-fold cross-validated R² is %2 at best (%3). That is the forward "
                             "problem, and these data can judge it.")
        .arg(QString::number(e.settings.folds), number(*best->r2), estimator(best->estimator.kind));
}

QString stability(const core::DataExploration& e)
{
    if (!e.bootstrap || e.bootstrap->weightSd.size() == 0 || e.fit.coefficients.size() == 0)
        return {};
    const core::BootstrapSummary& b = *e.bootstrap;
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
    QString text = DataNarrative::tr("Resampling the rows %1 times moves the %2 weight by ±%3 "
                                     "around %4.")
                       .arg(QString::number(b.replications), feature(e, loosest),
                            number(b.weightSd[loosest]), number(w[loosest]));
    if (straddle == 1)
        text += QLatin1Char(' ') +
                DataNarrative::tr("1 of %1 weights has a bootstrap 95 % interval that includes "
                                  "0: even its sign is not settled by these data.")
                    .arg(QString::number(w.size()));
    else if (straddle > 1)
        text += QLatin1Char(' ') +
                DataNarrative::tr("%1 of %2 weights have a bootstrap 95 % interval that includes "
                                  "0: even their sign is not settled by these data.")
                    .arg(QString::number(straddle), QString::number(w.size()));
    return text;
}

QString pair(const core::DataExploration& e)
{
    if (e.mostCorrelatedFirst < 0 || std::abs(e.mostCorrelatedR) < 0.8)
        return {};
    return DataNarrative::tr("%1 and %2 move together (r = %3): the data hardly ever show one "
                             "changing without the other, which is exactly what an intervention "
                             "on one of them would do.")
        .arg(feature(e, e.mostCorrelatedFirst), feature(e, e.mostCorrelatedSecond),
             Narrative::correlation(e.mostCorrelatedR)); // 0.9996 is not 1
}

QString percent(double fraction)
{
    return Narrative::number(100.0 * fraction) + QStringLiteral(" %");
}

/// "a", "a and b", "a, b and c".
QString listed(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return DataNarrative::tr("%1 and %2")
        .arg(QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")), items.last());
}

/// "2× and 3×" of `bounds`' multiples.
QString multiples(const std::vector<core::SensitivityBound>& bounds)
{
    QStringList texts;
    for (const core::SensitivityBound& b : bounds)
        texts << DataNarrative::tr("%1×").arg(QString::number(b.kd, 'g', 3));
    return listed(texts);
}

} // namespace

QStringList DataNarrative::sensitivity(const core::SensitivityReport& r, const QString& outcome)
{
    if (!r.ok) {
        // The core's messages name the command-line option; here the control has that name.
        QString message = QString::fromStdString(r.message);
        if (message.startsWith(QLatin1String("--")))
            message.remove(0, 2);
        return {tr("No sensitivity analysis: %1.").arg(message)};
    }
    const QString d = QString::fromStdString(r.treatment);
    const QString y = outcome.isEmpty() ? tr("the outcome") : outcome;
    const QString share = r.q == 1.0 ? tr("explain the weight away")
                                     : tr("reduce the weight by %1").arg(percent(r.q));
    QStringList sentences;
    sentences << tr("%1 explains %2 of the residual variance of %3 (partial R²; weight %4, "
                    "SE %5, t = %6 on %7 degrees of freedom).")
                     .arg(d, percent(r.partialR2), y, number(r.estimate), number(r.se), number(r.t),
                          QString::number(r.dof, 'f', 0));
    sentences << tr("Robustness value RV = %1: a confounder explaining %1 of the residual "
                    "variance of both %2 and %3 would %4.")
                     .arg(percent(r.robustnessValue), d, y, share);
    sentences << tr("RV at α = %1: %2; one explaining %2 of both would leave the weight no "
                    "longer significant at that level.")
                     .arg(QString::number(r.alpha, 'g', 3), percent(r.robustnessValueAlpha));
    if (!r.bounds.empty()) {
        QStringList bounds;
        for (const core::SensitivityBound& b : r.bounds)
            bounds << tr("%1× (R²_D %2, R²_Y %3): %4")
                          .arg(QString::number(b.kd, 'g', 3), percent(b.r2dzX), percent(b.r2yzDx),
                               number(b.adjustedEstimate));
        sentences << tr("A confounder k times as strong as %1 would leave the weight at: %2.")
                         .arg(QString::fromStdString(r.benchmark),
                              bounds.join(QStringLiteral("; ")));
    }
    return sentences; // the contour plot says what boundProblems() says
}

QString DataNarrative::boundProblems(const core::SensitivityReport& r, const QString& outcome)
{
    const QString benchmark = QString::fromStdString(r.benchmark);
    QStringList sentences;
    if (!r.impossibleBounds.empty()) {
        QStringList shares;
        for (const core::SensitivityBound& b : r.impossibleBounds)
            shares << percent(b.r2dzX);
        sentences << tr("%1 %2 cannot be marked: a confounder that strong would need a partial R² "
                        "with %3 of %4, more than all of its residual variance.")
                         .arg(multiples(r.impossibleBounds), benchmark,
                              QString::fromStdString(r.treatment), listed(shares));
    }
    std::vector<core::SensitivityBound> capped;
    std::copy_if(r.bounds.begin(), r.bounds.end(), std::back_inserter(capped),
                 [](const core::SensitivityBound& b) { return b.outcomeCapped; });
    if (!capped.empty())
        sentences << tr("%1 %2 would explain more than all of the residual variance of %3: "
                        "its partial R² with %3 is taken as 100 %, where the adjusted t-value is "
                        "undefined.")
                         .arg(multiples(capped), benchmark,
                              outcome.isEmpty() ? tr("the outcome") : outcome);
    return sentences.join(QLatin1Char(' '));
}

QString DataNarrative::estimatorTitle(const core::EstimatorSettings& estimator)
{
    switch (estimator.kind) {
    case core::EstimatorKind::Ols:
        return tr("OLS");
    case core::EstimatorKind::Ridge:
        return tr("ridge λ = %1").arg(estimator.lambda);
    case core::EstimatorKind::Lasso:
        return tr("lasso λ = %1").arg(estimator.lambda);
    case core::EstimatorKind::Pcr:
        return tr("PCR k = %1").arg(estimator.components);
    }
    return {};
}

QString DataNarrative::dependencies(const core::BelsleyReport& report)
{
    QStringList groups;
    for (const core::NearDependency& dependency : report.nearDependencies) {
        QStringList columns;
        for (const std::string& column : dependency.columns)
            columns << QString::fromStdString(column);
        groups << tr("%1 (condition index %2)")
                      .arg(columns.join(QStringLiteral(", ")), number(dependency.conditionIndex));
    }
    if (groups.isEmpty())
        return {};
    const QString count = groups.size() == 1 ? tr("one near-dependency")
                                             : tr("%1 near-dependencies").arg(groups.size());
    return tr("The Belsley table finds %1: %2. Their weights share a tiny singular value of the "
              "design, so the data cannot say how to split the effect among them.")
        .arg(count, groups.join(QStringLiteral("; ")));
}

QStringList DataNarrative::describe(const core::DataExploration& e,
                                    const core::DataDiagnosticsReport* diagnostics)
{
    QStringList sentences = describe(e);
    if (!diagnostics)
        return sentences;
    // Before the closing "what these data cannot tell".
    const int at = std::max(0, int(sentences.size()) - 1);
    QStringList extra;
    if (const QString text = dependencies(diagnostics->belsley); !text.isEmpty())
        extra << text;
    if (diagnostics->sensitivity && diagnostics->sensitivity->ok) {
        const core::SensitivityReport& r = *diagnostics->sensitivity;
        extra << tr("How strong would a hidden confounder have to be? One explaining %1 of the "
                    "residual variance of both %2 and %3 would %4 (robustness value).")
                     .arg(percent(r.robustnessValue), QString::fromStdString(r.treatment),
                          QString::fromStdString(e.fit.target),
                          r.q == 1.0 ? tr("explain its weight away")
                                     : tr("reduce its weight by %1").arg(percent(r.q)));
    }
    if (diagnostics->robust && diagnostics->robust->ok && e.fit.standardErrors.size() > 0)
        extra << tr("The analytic intervals use HC3 standard errors, which stay valid when the "
                    "noise is larger for some rows than for others.");
    for (int i = 0; i < extra.size(); ++i)
        sentences.insert(at + i, extra[i]);
    return sentences;
}

QStringList DataNarrative::describe(const core::DataExploration& e)
{
    QStringList sentences;
    if (e.fit.status != core::FitStatus::Ok && !e.fit.message.empty())
        sentences << tr("No weights for %1: %2.")
                         .arg(estimator(e.settings.estimator.kind),
                              QString::fromStdString(e.fit.message));
    for (const QString& sentence :
         {prediction(e), conditioning(e), inflation(e), stability(e), pair(e)})
        if (!sentence.isEmpty())
            sentences << sentence;
    sentences << tr("What these data cannot tell: whether any weight is a lever. A weight is how "
                    "the prediction changes with one feature while the others stay fixed in "
                    "these data; with an unmeasured confounder, or a feature that is a proxy, a "
                    "consequence or a collider, it is not what setting that feature would do. "
                    "Only an experiment, or a causal model brought from outside the data, turns "
                    "a weight into a lever.");
    return sentences;
}

} // namespace lev::ui
