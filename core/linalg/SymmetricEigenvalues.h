// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The eigenvalues of a symmetric matrix: Householder tridiagonalization Q^T A Q = T (LAPACK
// DSYTD2, lower) and the root-free QL/QR iteration on T (DSTERF, Pal-Walker-Kahan). Hand-written
// because these two steps of Eigen's SelfAdjointEigenSolver were 16 % each of a default
// recompute's instructions (callgrind); now QL 25 % and tridiagonalization 20 % of a cheaper one.

#include <Eigen/Dense>

namespace lev::core {

class SymmetricEigenvalues
{
public:
    /// The eigenvalues of the symmetric `matrix` (both triangles read), ascending, computed on
    /// the matrix scaled to a largest entry of 1 and scaled back. False, with `eigenvalues`
    /// unspecified, for a non-finite entry or if the QL iteration has not converged after 30 n
    /// iterations.
    static bool ascending(const Eigen::MatrixXd& matrix, Eigen::VectorXd& eigenvalues);

    /// Reduces the symmetric n x n `a` (column-major, both triangles, destroyed) to the diagonal
    /// d (n) and off-diagonal e (n - 1) of a similar tridiagonal matrix. `v` and `w` are scratch
    /// of n entries each.
    static void tridiagonalize(double* a, int n, double* d, double* e, double* v, double* w);

    /// Overwrites the diagonal d[0..n) of a symmetric tridiagonal matrix of order about 1 with its
    /// eigenvalues, unsorted; the off-diagonal e[0..n-1) is destroyed. False if not converged.
    static bool ofTridiagonal(double* d, double* e, int n);
};

} // namespace lev::core
