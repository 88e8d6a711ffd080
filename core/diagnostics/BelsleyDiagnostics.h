// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Belsley-Kuh-Welsch collinearity diagnostics of a design X (with its intercept column), each
// column scaled to unit length: the SVD X = U D V^T, condition indices eta_k = d_max / d_k and
// variance-decomposition proportions pi_jk = (v_jk^2 / d_k^2) / sum_k (v_jk^2 / d_k^2).

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace lev::core {

struct BelsleySettings
{
    bool intercept = true; ///< add a column of ones, named "(intercept)", first
    bool centred = false;  ///< centre the columns first (the intercept column is then left out)
    double indexThreshold = 30.0;     ///< a condition index above this may mark a dependency
    double proportionThreshold = 0.5; ///< proportions above this name the columns involved
};

/// One near-dependency: a large condition index with the columns whose variance it dominates.
struct NearDependency
{
    int component = 0; ///< the index into conditionIndices
    double conditionIndex = 0.0;
    std::vector<std::string> columns;
};

struct BelsleyReport
{
    std::vector<std::string> columns; ///< "(intercept)" first when it is part of the design
    Eigen::VectorXd singularValues;   ///< of the scaled design, descending
    Eigen::VectorXd conditionIndices; ///< d_max / d_k, ascending (1 first); inf for d_k = 0
    Eigen::MatrixXd proportions;      ///< columns x components; NaN where some d_k is 0
    Eigen::MatrixXd vectors;          ///< V: columns x components, the right singular vectors
    std::vector<NearDependency> nearDependencies;
    bool singular = false; ///< some singular value is exactly 0: the proportions are undefined
};

class BelsleyDiagnostics
{
public:
    /// The diagnostics of the n x p `features` named `names` (n >= 1, p >= 0).
    static BelsleyReport of(const Eigen::MatrixXd& features, const std::vector<std::string>& names,
                            const BelsleySettings& settings = {});
    /// The design of `of`: the columns (with the intercept) centred if asked, at unit length. A
    /// column of zeros stays zero.
    static Eigen::MatrixXd scaledDesign(const Eigen::MatrixXd& features,
                                        const BelsleySettings& settings);
};

} // namespace lev::core
