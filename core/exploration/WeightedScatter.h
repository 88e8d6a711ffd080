// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The weighted scatter of selected rows z_i = (x_i, y_i) of a data set (q = p + 1 columns, y
// last) about a point c: S_c = sum w_i (z_i - c)(z_i - c)^T and d = sum w_i (z_i - c). With c
// near the mean (e.g. the mean of all rows) the scatter about the weighted mean
// m = c + d / W follows without loss: S_m = S_c - d d^T / W, W = sum w_i. Rows are read where
// they are: sqrt(w_i)(z_i - c) for a block of rows is gathered into a small buffer and added by a
// rank-k update of the lower triangle, never an n x q copy of the data.

#include <Eigen/Dense>

namespace lev::core {

class WeightedScatter
{
public:
    /// Keeps references: `features` (n x p) and `target` (n) must outlive this object.
    WeightedScatter(const Eigen::MatrixXd& features, const Eigen::VectorXd& target);

    /// The mean of all rows (q), exact for a constant column, so that its deviations are 0.
    Eigen::VectorXd centre() const;
    /// Adds S_c of rows[0..count) (ascending indices read fastest) with `weights` (nullptr: each
    /// 1) about `centre` (q) to the lower triangle of `scatter` (q x q; the strict upper triangle
    /// is left as it was) and returns d.
    Eigen::VectorXd addScatter(const int* rows, const double* weights, int count,
                               const Eigen::VectorXd& centre, Eigen::MatrixXd& scatter);
    /// Moves the lower triangle of a scatter about `centre` to the weighted mean, fills the upper
    /// triangle and returns the mean m = centre + d / W.
    static Eigen::VectorXd recentre(const Eigen::VectorXd& centre, const Eigen::VectorXd& d,
                                    double totalWeight, Eigen::MatrixXd& scatter);

private:
    /// Column j of (x, y), n values.
    const double* column(Eigen::Index j) const;

    const Eigen::MatrixXd& m_features;
    const Eigen::VectorXd& m_target;
    Eigen::MatrixXd m_block; ///< a block of rows, one per column (padded q x rows)
};

} // namespace lev::core
