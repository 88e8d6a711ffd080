// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Anchor regression on centred data: b_gamma = argmin |(I - P_A)(y - X b)|^2 + gamma |P_A (y - X
// b)|^2 = (X^T W X)^{-1} X^T W y with W = I + (gamma - 1) P_A, solved as the least squares of
// W^{1/2} y on W^{1/2} X (W^{1/2} = I + (sqrt(gamma) - 1) P_A) by PreciseLeastSquares; gamma = inf
// is two-stage least squares (P_A y on P_A X). docs/math.md §10.

#include <Eigen/Dense>
#include <limits>
#include <string>
#include <vector>

namespace lev::core {

struct AnchorRegressionResult
{
    bool identifiable = false;
    std::string message;          ///< why there are no coefficients, when identifiable is false
    double gamma = 1.0;           ///< may be +infinity (two-stage least squares)
    Eigen::VectorXd coefficients; ///< empty unless identifiable
    double intercept = 0.0;       ///< in the original units: mean(y) - mean(X)^T b
};

class AnchorRegression
{
public:
    static constexpr double kInfiniteGamma = std::numeric_limits<double>::infinity();

    /// The projection onto the centred anchors' column space, ready to apply to many gammas.
    /// `anchors` is n x q (q >= 1); anchorNames name its columns in messages.
    AnchorRegression(const Eigen::MatrixXd& features, const Eigen::VectorXd& target,
                     const Eigen::MatrixXd& anchors, const std::vector<std::string>& anchorNames);

    /// Empty when the anchors can be used, else one line (a constant anchor, collinear anchors).
    const std::string& problem() const { return m_problem; }
    /// b_gamma for gamma >= 0 or kInfiniteGamma; problem() must be empty.
    AnchorRegressionResult fit(double gamma) const;

    /// The anchors as indicator columns of an environment label (one column per environment but
    /// the first), so that P_A projects onto the environment means.
    static Eigen::MatrixXd indicators(const Eigen::VectorXd& labels,
                                      std::vector<std::string>* names = nullptr);

private:
    Eigen::MatrixXd m_centredFeatures;
    Eigen::VectorXd m_centredTarget;
    Eigen::MatrixXd m_projectedFeatures; ///< P_A X_c
    Eigen::VectorXd m_projectedTarget;   ///< P_A y_c
    Eigen::RowVectorXd m_featureMeans;
    double m_targetMean = 0.0;
    int m_anchorRank = 0;
    std::string m_problem;
};

} // namespace lev::core
