// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Ties each Belsley near-dependency (a small singular value d_k of the scaled design) to an
// eigenvalue of the features' correlation matrix R: its singular vector v_k in R's coordinates,
// w_j = v_jk |x_j - mean_j| / |x_j|_design, normalized, meets R's eigenvectors e_i at cos_i =
// |e_i^T w|; the tie is the largest cos_i, and w^T R w is how small the centred combination is.

#include "diagnostics/BelsleyDiagnostics.h"

#include <Eigen/Dense>
#include <vector>

namespace lev::core {

struct SpectrumTie
{
    int dependency = 0;  ///< the index into BelsleyReport::nearDependencies
    int eigenvalue = -1; ///< the index into R's eigenvalues (descending); -1: no feature direction
    double cosine = 0.0; ///< |e_i^T w|: 1 when the directions agree
    double rayleigh = 0.0; ///< w^T R w, between R's smallest and largest eigenvalue
};

class DependencySpectrumTie
{
public:
    /// The ties of `report`'s near-dependencies, computed from the n x p `features` it was made
    /// of (with `settings`). A dependency of the intercept alone (a column that hardly varies)
    /// has no direction among the centred features: eigenvalue -1.
    static std::vector<SpectrumTie> of(const Eigen::MatrixXd& features, const BelsleyReport& report,
                                       const BelsleySettings& settings);
};

} // namespace lev::core
