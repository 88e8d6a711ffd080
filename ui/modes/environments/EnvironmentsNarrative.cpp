// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsNarrative.h"

#include "environments/EnvironmentsResult.h"
#include "environments/EnvironmentsStudy.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {

QString featureName(const core::EnvironmentsResult& result, int j)
{
    return PlotStyle::featureLabel(result.features[std::size_t(j)]);
}

QString number(double value)
{
    return NumberText::of(value, 2);
}

} // namespace

QString EnvironmentsNarrative::icpSentence(const core::EnvironmentsResult& result)
{
    const QString over = result.groupsAreTerciles
                             ? tr("the anchor's terciles")
                             : tr("the %1 environments").arg(result.groupNames.size());
    switch (result.icpState) {
    case core::IcpState::Pending:
        return tr("ICP is testing every subset of the features over %1…").arg(over);
    case core::IcpState::Cancelled:
        return tr("ICP was cancelled before it tested every subset: it names nothing for these "
                  "settings.");
    case core::IcpState::Impossible:
        return tr("ICP cannot run: %1.").arg(QString::fromStdString(result.icpMessage));
    case core::IcpState::Done:
        break;
    }
    const core::IcpResult& icp = result.icp;
    const QString level = NumberText::of(icp.alpha, 2);
    if (icp.modelRejected) {
        if (result.settings.model.confounding != 0.0)
            return tr("ICP accepts no set at α = %1: the hidden confounder H breaks every set's "
                      "invariance, so ICP names no cause. ICP is honest, not broken.")
                .arg(level);
        return tr("ICP accepts no set at α = %1: how Y depends on the features changes between "
                  "%2, so ICP names no cause.")
            .arg(level, over);
    }
    QStringList found;
    for (int j : icp.causalFeatures)
        found << featureName(result, j);
    if (found.isEmpty())
        return tr("ICP accepts %1 set(s) at α = %2 but they share no feature: the shifts are too "
                  "weak to single out a cause (an empty answer, not a finding of no effect).")
            .arg(std::count_if(icp.subsets.begin(), icp.subsets.end(),
                               [](const core::IcpSubset& s) { return s.accepted; }))
            .arg(level);
    QString sentence = tr("ICP names %1 a cause: every set that keeps Y's relation the same over "
                          "%2 contains it (at α = %3).")
                           .arg(found.join(QStringLiteral(", ")), over, level);
    QStringList wrong; // named, though the truth gives them no effect on Y
    for (int j : icp.causalFeatures)
        if (j < result.causal.size() && result.causal(j) == 0.0)
            wrong << featureName(result, j);
    if (!wrong.isEmpty())
        sentence +=
            result.settings.model.confounding != 0.0
                ? tr(" Wrongly: %1 has no effect on Y. ICP's promise (a wrong name in at most α "
                     "of samples) assumes no hidden confounder, and H confounds here.")
                      .arg(wrong.join(QStringLiteral(", ")))
                : tr(" Wrongly: %1 has no effect on Y; ICP allows this in at most α of samples.")
                      .arg(wrong.join(QStringLiteral(", ")));
    return sentence;
}

QStringList EnvironmentsNarrative::describe(const core::EnvironmentsResult& result)
{
    if (!result.ok())
        return {QString::fromStdString(result.message)};
    QStringList sentences{icpSentence(result)};
    const core::ShiftedSettings& m = result.settings.model;

    // Whom OLS leans on.
    if (result.ols.size() > 1 && m.childWeight != 0.0)
        sentences << tr("OLS leans on X₂, a child of Y (weight %1), and gives the lever X₁ %2 "
                        "though its causal effect is %3: X₂ predicts Y well and moves nothing.")
                         .arg(number(result.ols[1]), number(result.ols[0]),
                              number(result.causal[0]));
    else if (m.confounding != 0.0)
        sentences << tr("OLS gives the lever X₁ %1 though its causal effect is %2: the hidden "
                        "H drives both.")
                         .arg(number(result.ols[0]), number(result.causal[0]));

    // Who predicts best without a shift and at the compared strength.
    const auto best = [&result](bool compared) {
        const core::RiskCurve* winner = nullptr;
        for (const core::RiskCurve& curve : result.risks) {
            const double risk = compared ? curve.atCompared : curve.risks.front();
            if (!winner || risk < (compared ? winner->atCompared : winner->risks.front()))
                winner = &curve;
        }
        return winner;
    };
    if (const core::RiskCurve* calm = best(false); calm && !result.strengths.empty())
        sentences << tr("Without a shift (t = 0) %1 predicts best (risk %2).")
                         .arg(QString::fromStdString(calm->weights.name),
                              number(calm->risks.front()));
    const double t = result.settings.riskStrength;
    if (const core::RiskCurve* shifted = best(true)) {
        QString sentence = tr("At shift strength t = %1 %2 predicts best of these (risk %3)")
                               .arg(number(t), QString::fromStdString(shifted->weights.name),
                                    number(shifted->atCompared));
        if (result.bestRisk)
            sentence += tr("; the best anchor regression there is γ = t² = %1 (risk %2).")
                            .arg(number(result.bestGamma), number(*result.bestRisk));
        else
            sentence += QLatin1Char('.');
        sentences << sentence;
    }

    // IV.
    if (result.iv)
        sentences << tr("IV (γ → ∞) recovers the causal weight %1 from the shift alone%2.")
                         .arg(number((*result.iv)[0]),
                              m.confounding != 0.0 ? tr(", hidden confounder or not") : QString());
    else
        sentences << tr("IV (γ → ∞) is %1.").arg(QString::fromStdString(result.ivMessage));
    return sentences;
}

} // namespace lev::ui
