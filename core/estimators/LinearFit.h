// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A fitted linear model y ~ w0 + x^T w, or the reason there is none (like Eigen's info()).

#include <Eigen/Dense>
#include <string>

namespace lev::core {

enum class FitStatus
{
    Ok,
    NotIdentifiable, ///< n <= p or exactly collinear columns: the weights are not determined
    InvalidSettings, ///< e.g. more principal components than features
    NotConverged     ///< an iterative solver stopped at its iteration limit
};

std::string fitStatusName(FitStatus status);

struct LinearFit
{
    FitStatus status = FitStatus::NotIdentifiable;
    double intercept = 0.0;
    Eigen::VectorXd weights; ///< empty unless ok()
    std::string message;     ///< why, when not ok() or not converged
    /// False when an iterative solver (lasso) stopped at its limit: the weights are its last
    /// iterate, usable but not the minimum.
    bool converged = true;

    bool ok() const { return status == FitStatus::Ok; }
    static LinearFit failed(FitStatus status, std::string message);
};

} // namespace lev::core
