// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "environments/AnchorRegression.h"

#include "estimators/PreciseLeastSquares.h"

#include <algorithm>
#include <cassert>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <map>

namespace lev::core {

AnchorRegression::AnchorRegression(const Eigen::MatrixXd& features, const Eigen::VectorXd& target,
                                   const Eigen::MatrixXd& anchors,
                                   const std::vector<std::string>& anchorNames)
{
    assert(features.rows() == target.size() && anchors.rows() == target.size());
    assert(anchors.cols() >= 1 && static_cast<Eigen::Index>(anchorNames.size()) == anchors.cols());
    const Eigen::Index n = target.size();
    m_featureMeans = features.colwise().mean();
    m_targetMean = target.mean();
    m_centredFeatures = features.rowwise() - m_featureMeans;
    m_centredTarget = target.array() - m_targetMean;
    Eigen::MatrixXd a = anchors.rowwise() - anchors.colwise().mean();
    for (Eigen::Index j = 0; j < a.cols(); ++j) {
        const double norm = a.col(j).norm();
        if (!(norm > 0.0)) {
            m_problem = "anchor '" + anchorNames[j] + "' is constant, so it shifts nothing";
            return;
        }
        a.col(j) /= norm; // unit columns: the rank tolerance is relative
    }
    if (n <= a.cols()) {
        m_problem = "there are " + std::to_string(n) + " rows for " + std::to_string(a.cols()) +
                    " anchors; anchor regression needs more rows than anchors";
        return;
    }
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(a);
    qr.setThreshold(static_cast<double>(std::max(n, a.cols())) * DBL_EPSILON);
    m_anchorRank = static_cast<int>(qr.rank());
    if (m_anchorRank < a.cols()) {
        m_problem = "the anchors are collinear (rank " + std::to_string(m_anchorRank) + " for " +
                    std::to_string(a.cols()) + " columns); drop the redundant ones";
        return;
    }
    const Eigen::MatrixXd q =
        qr.householderQ() * Eigen::MatrixXd::Identity(n, m_anchorRank); // thin Q: n x q
    m_projectedFeatures = q * (q.transpose() * m_centredFeatures);
    m_projectedTarget = q * (q.transpose() * m_centredTarget);
}

AnchorRegressionResult AnchorRegression::fit(double gamma) const
{
    assert(m_problem.empty());
    assert(gamma >= 0.0); // and not NaN
    AnchorRegressionResult result;
    result.gamma = gamma;
    const Eigen::Index p = m_centredFeatures.cols();
    LeastSquaresReport fit;
    if (std::isinf(gamma)) {
        if (m_anchorRank < p) {
            result.message = "gamma = inf (two-stage least squares) needs at least as many "
                             "anchors as features: " +
                             std::to_string(m_anchorRank) + " anchor(s) for " + std::to_string(p) +
                             " feature(s); choose a finite gamma";
            return result;
        }
        fit = PreciseLeastSquares::fit(m_projectedFeatures, m_projectedTarget, false);
        if (!fit.identifiable) {
            result.message = "gamma = inf (two-stage least squares) is not identified: the "
                             "anchors do not move the features in " +
                             std::to_string(p) + " independent directions";
            return result;
        }
    } else {
        // W^{1/2} v = v + (sqrt(gamma) - 1) P_A v.
        const double factor = std::sqrt(gamma) - 1.0;
        const Eigen::MatrixXd x = m_centredFeatures + factor * m_projectedFeatures;
        const Eigen::VectorXd y = m_centredTarget + factor * m_projectedTarget;
        fit = PreciseLeastSquares::fit(x, y, false);
        if (!fit.identifiable) {
            result.message =
                gamma == 0.0
                    ? "gamma = 0 is not identified: with the anchors partialled out, the "
                      "features are collinear (or there are too few rows)"
                    : "the features are collinear (or there are too few rows); no weights exist";
            return result;
        }
    }
    result.identifiable = true;
    result.coefficients = fit.coefficients;
    result.intercept = m_targetMean - m_featureMeans.dot(fit.coefficients);
    return result;
}

Eigen::MatrixXd AnchorRegression::indicators(const Eigen::VectorXd& labels,
                                             std::vector<std::string>* names)
{
    std::map<double, int> levels;
    for (Eigen::Index i = 0; i < labels.size(); ++i)
        levels.emplace(labels[i], 0);
    int column = -1; // the first level has no column
    for (auto& [value, index] : levels)
        index = column++;
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(labels.size(), std::max(column, 0));
    for (Eigen::Index i = 0; i < labels.size(); ++i)
        if (const int j = levels[labels[i]]; j >= 0)
            a(i, j) = 1.0;
    if (names) {
        names->clear();
        for (const auto& [value, index] : levels)
            if (index >= 0) {
                char text[64];
                std::snprintf(text, sizeof text, "environment %g", value);
                names->push_back(text);
            }
    }
    return a;
}

} // namespace lev::core
