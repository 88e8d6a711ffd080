// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "estimators/LassoRegression.h"

#include <cmath>

namespace lev::core {

namespace {

double softThreshold(double value, double threshold)
{
    if (value > threshold)
        return value - threshold;
    if (value < -threshold)
        return value + threshold;
    return 0.0;
}

// The duality gap of 1/2 ||y_c - X_c w||^2 + alpha ||w||_1 (scikit-learn's Gram formulation).
double dualityGap(const SufficientStatistics& s, const Eigen::VectorXd& w,
                  const Eigen::VectorXd& gramTimesW, double alpha)
{
    const double yy = s.targetScatter;
    const double wq = w.dot(s.crossScatter);
    const double residualNorm2 = std::max(yy - 2.0 * wq + w.dot(gramTimesW), 0.0);
    const double dualNorm = (s.crossScatter - gramTimesW).cwiseAbs().maxCoeff();
    double gap;
    double constant;
    if (dualNorm > alpha) {
        constant = alpha / dualNorm;
        gap = 0.5 * residualNorm2 * (1.0 + constant * constant);
    } else {
        constant = 1.0;
        gap = residualNorm2;
    }
    return gap + alpha * w.lpNorm<1>() - constant * (yy - wq);
}

} // namespace

LinearFit LassoRegression::fit(const SufficientStatistics& stats, double lambda, int maxSweeps,
                               double relativeTolerance)
{
    const int p = stats.featureCount();
    const Eigen::MatrixXd& gram = stats.featureScatter;
    const double alpha = lambda * stats.n; // the objective multiplied by n
    Eigen::VectorXd w = Eigen::VectorXd::Zero(p);
    Eigen::VectorXd gramTimesW = Eigen::VectorXd::Zero(p);
    const double tolerance = relativeTolerance * std::max(stats.targetScatter, 1e-300);

    LinearFit fit;
    fit.status = FitStatus::Ok;
    bool converged = false;
    int sweeps = 0;
    for (; sweeps < maxSweeps && !converged; ++sweeps) {
        double largestChange = 0.0;
        double largestWeight = 0.0;
        for (int j = 0; j < p; ++j) {
            const double gjj = gram(j, j);
            if (gjj <= 0.0)
                continue; // a constant feature keeps weight 0
            const double rho = stats.crossScatter[j] - gramTimesW[j] + gjj * w[j];
            const double updated = softThreshold(rho, alpha) / gjj;
            const double change = updated - w[j];
            if (change != 0.0) {
                gramTimesW += change * gram.col(j);
                w[j] = updated;
            }
            largestChange = std::max(largestChange, std::abs(change));
            largestWeight = std::max(largestWeight, std::abs(updated));
        }
        if (largestWeight == 0.0 || largestChange <= 1e-10 * largestWeight)
            converged =
                dualityGap(stats, w, gramTimesW, alpha) <= tolerance || largestChange == 0.0;
    }
    if (!converged) {
        fit.converged = false;
        fit.message = "coordinate descent stopped after " + std::to_string(sweeps) +
                      (sweeps == 1 ? " sweep" : " sweeps") +
                      " before the duality gap fell below the tolerance";
    }
    fit.weights = w;
    fit.intercept = stats.targetMean - stats.featureMean.dot(w);
    return fit;
}

} // namespace lev::core
