// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/CreditShares.h"

namespace lev::core {

Eigen::VectorXd CreditShares::of(const Eigen::VectorXd& values, bool keepSign)
{
    if (values.size() == 0 || !values.array().isFinite().all())
        return {};
    const double total = values.cwiseAbs().sum();
    if (!(total > 0.0))
        return Eigen::VectorXd::Zero(values.size());
    return 100.0 * (keepSign ? values : values.cwiseAbs()) / total;
}

CreditShares CreditShares::from(const Eigen::VectorXd& permutation, const Eigen::VectorXd& shap,
                                const Eigen::VectorXd& linear, const Eigen::VectorXd& causal)
{
    CreditShares shares;
    shares.permutation = of(permutation, true);
    shares.shap = of(shap);
    shares.linear = of(linear);
    shares.causal = of(causal);
    return shares;
}

} // namespace lev::core
