// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "linalg/SymmetricEigenvalues.h"

#include "linalg/CodePath.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <limits>

namespace lev::core {

namespace {

/// Eigenvalues of the 2 x 2 symmetric [[a, b], [b, c]], the larger in magnitude first (LAPACK's
/// DLAE2). Once per 2 x 2 block, so not inlined: both code paths call this one baseline build.
__attribute__((noinline)) void symmetric2x2(double a, double b, double c, double& first,
                                            double& second)
{
    const double sum = a + c;
    const double difference = std::abs(a - c);
    const double twiceB = std::abs(b + b);
    const double larger = std::abs(a) > std::abs(c) ? a : c;
    const double smaller = std::abs(a) > std::abs(c) ? c : a;
    double root;
    if (difference > twiceB)
        root = difference * std::sqrt(1.0 + (twiceB / difference) * (twiceB / difference));
    else if (difference < twiceB)
        root = twiceB * std::sqrt(1.0 + (difference / twiceB) * (difference / twiceB));
    else
        root = twiceB * std::sqrt(2.0);
    if (sum != 0.0) {
        first = 0.5 * (sum < 0.0 ? sum - root : sum + root);
        second = (larger / first) * smaller - (b / first) * b;
    } else {
        first = 0.5 * root;
        second = -0.5 * root;
    }
}

/// Householder reduction of the symmetric n x n matrix `a` (column-major, both triangles,
/// destroyed) to the tridiagonal d (n), e (n - 1), as LAPACK's DSYTD2 (lower) for eigenvalues
/// only: step i reflects A(i+1:, i) onto beta e_1 with H = I - tau v v^T and updates the trailing
/// block B <- H B H = B - v w^T - w v^T, w = tau B v - (tau^2/2)(v^T B v) v. Both triangles are
/// kept so that every loop is a plain vector update over contiguous columns (3 m^2 multiply-adds
/// per step of size m, against 2 m^2 for one triangle, but at full SIMD width and without dot
/// products, which the compiler does not vectorize). `v` and `w` are scratch of n entries each.
LEV_KERNEL_BODY void tridiagonalizeBody(double* __restrict a, int n, double* __restrict d,
                                        double* __restrict e, double* __restrict v,
                                        double* __restrict w)
{
    for (int i = 0; i + 1 < n; ++i) {
        const int m = n - i - 1;
        const double* x = a + (i + 1) + static_cast<std::ptrdiff_t>(i) * n;
        double* b = a + (i + 1) + static_cast<std::ptrdiff_t>(i + 1) * n; // B(0, 0)
        d[i] = a[i + static_cast<std::ptrdiff_t>(i) * n];
        const double alpha = x[0];
        double tail = 0.0;
        for (int k = 1; k < m; ++k)
            tail += x[k] * x[k];
        if (tail == 0.0) { // already reduced: H = I
            e[i] = alpha;
            continue;
        }
        const double beta = -std::copysign(std::sqrt(alpha * alpha + tail), alpha);
        const double tau = (beta - alpha) / beta;
        const double toV = 1.0 / (alpha - beta);
        e[i] = beta;
        v[0] = 1.0;
        for (int k = 1; k < m; ++k)
            v[k] = x[k] * toV;
        for (int r = 0; r < m; ++r)
            w[r] = 0.0;
        for (int j = 0; j < m; ++j) {
            const double* column = b + static_cast<std::ptrdiff_t>(j) * n;
            const double t = tau * v[j];
            for (int r = 0; r < m; ++r)
                w[r] += t * column[r];
        }
        double wv = 0.0;
        for (int r = 0; r < m; ++r)
            wv += w[r] * v[r];
        const double correction = -0.5 * tau * wv;
        for (int r = 0; r < m; ++r)
            w[r] += correction * v[r];
        for (int j = 0; j < m; ++j) {
            double* column = b + static_cast<std::ptrdiff_t>(j) * n;
            const double vj = v[j];
            const double wj = w[j];
            for (int r = 0; r < m; ++r)
                column[r] -= v[r] * wj + w[r] * vj;
        }
    }
    d[n - 1] = a[(n - 1) + static_cast<std::ptrdiff_t>(n - 1) * n];
}

/// One rotation of the root-free QL/QR sweep: from p, e_i^2 = bb, rr = p + bb and the diagonal
/// entry alpha, updates c, s, gamma and the diagonal entry `out`; returns the next p. DSTERF's
/// c = p/rr, gamma = c (alpha - sigma) - s gamma' and p' = gamma^2 / c are rewritten with
/// g = p (alpha - sigma) - bb gamma' (= gamma rr) as gamma = g / rr and p' = g^2 / (rr p): the
/// same values, with the divisions off each other's path, which shortens the chain of dependent
/// operations (about 26 cycles instead of 37) that bounds this loop.
LEV_KERNEL_BODY double rotate(double p, double bb, double rr, double alpha, double sigma, double& c,
                              double& s, double& gamma, double& out)
{
    const double inverse = 1.0 / rr;
    const double oldc = c;
    c = p * inverse;
    s = bb * inverse;
    const double oldgam = gamma;
    const double g = p * (alpha - sigma) - bb * oldgam;
    gamma = g * inverse;
    out = oldgam + (alpha - gamma);
    if (p == 0.0) // c = 0
        return oldc * bb;
    return (g * g) / (rr * p);
}

/// DSTERF's shift: from the diagonal entry p, its neighbour and their off-diagonal entry squared,
/// the eigenvalue of that 2 x 2 block nearer to p.
LEV_KERNEL_BODY double shiftNear(double p, double neighbour, double offDiagonalSquared)
{
    const double rte = std::sqrt(offDiagonalSquared);
    const double sigma = (neighbour - p) / (2.0 * rte);
    const double r = std::hypot(sigma, 1.0);
    return p - rte / (sigma + std::copysign(r, sigma));
}

/// The eigenvalues of the symmetric tridiagonal matrix with diagonal d[0..n) and off-diagonal
/// e[0..n-1) by the root-free QL/QR iteration of Pal, Walker and Kahan (LAPACK's DSTERF, for a
/// matrix already scaled to order 1): overwrites d with them, unsorted; e is destroyed. About
/// 30 flops and no square root per rotation, where the QR of SelfAdjointEigenSolver needs a
/// Givens rotation with a square root. False if it has not converged after 30 n iterations.
LEV_KERNEL_BODY bool ofTridiagonalBody(double* d, double* e, int n)
{
    constexpr double eps = std::numeric_limits<double>::epsilon() / 2.0; // LAPACK's DLAMCH('E')
    constexpr double eps2 = eps * eps;
    const int maxIterations = 30 * n;
    int iterations = 0;
    int l1 = 0;
    while (l1 < n) {
        if (l1 > 0)
            e[l1 - 1] = 0.0;
        // The unreduced block [l1, m].
        int m = l1;
        for (; m < n - 1; ++m) {
            if (std::abs(e[m]) <= std::sqrt(std::abs(d[m])) * std::sqrt(std::abs(d[m + 1])) * eps) {
                e[m] = 0.0;
                break;
            }
        }
        int l = l1;
        const int lsv = l;
        int lend = m;
        const int lendsv = lend;
        l1 = m + 1;
        if (lend == l)
            continue;
        for (int i = l; i < lend; ++i)
            e[i] *= e[i];
        // QL when the top is larger in magnitude than the bottom, else QR.
        if (std::abs(d[lend]) < std::abs(d[l])) {
            lend = lsv;
            l = lendsv;
        }
        if (lend >= l) {
            for (;;) { // QL
                int mm = l;
                if (l != lend)
                    while (mm < lend && !(std::abs(e[mm]) <= eps2 * std::abs(d[mm] * d[mm + 1])))
                        ++mm;
                if (mm < lend)
                    e[mm] = 0.0;
                double p = d[l];
                if (mm == l) { // an eigenvalue
                    d[l] = p;
                    if (++l > lend)
                        break;
                    continue;
                }
                if (mm == l + 1) {
                    symmetric2x2(d[l], std::sqrt(e[l]), d[l + 1], d[l], d[l + 1]);
                    e[l] = 0.0;
                    l += 2;
                    if (l > lend)
                        break;
                    continue;
                }
                if (iterations == maxIterations)
                    break;
                ++iterations;
                const double sigma = shiftNear(p, d[l + 1], e[l]);
                double c = 1.0;
                double s = 0.0;
                double gamma = d[mm] - sigma;
                p = gamma * gamma;
                for (int i = mm - 1; i >= l; --i) {
                    const double bb = e[i];
                    const double rr = p + bb;
                    if (i != mm - 1)
                        e[i + 1] = s * rr;
                    p = rotate(p, bb, rr, d[i], sigma, c, s, gamma, d[i + 1]);
                }
                e[l] = s * p;
                d[l] = sigma + gamma;
            }
        } else {
            for (;;) { // QR
                int mm = l;
                while (mm > lend && !(std::abs(e[mm - 1]) <= eps2 * std::abs(d[mm] * d[mm - 1])))
                    --mm;
                if (mm > lend)
                    e[mm - 1] = 0.0;
                double p = d[l];
                if (mm == l) {
                    d[l] = p;
                    if (--l < lend)
                        break;
                    continue;
                }
                if (mm == l - 1) {
                    symmetric2x2(d[l], std::sqrt(e[l - 1]), d[l - 1], d[l], d[l - 1]);
                    e[l - 1] = 0.0;
                    l -= 2;
                    if (l < lend)
                        break;
                    continue;
                }
                if (iterations == maxIterations)
                    break;
                ++iterations;
                const double sigma = shiftNear(p, d[l - 1], e[l - 1]);
                double c = 1.0;
                double s = 0.0;
                double gamma = d[mm] - sigma;
                p = gamma * gamma;
                for (int i = mm; i <= l - 1; ++i) {
                    const double bb = e[i];
                    const double rr = p + bb;
                    if (i != mm)
                        e[i - 1] = s * rr;
                    p = rotate(p, bb, rr, d[i + 1], sigma, c, s, gamma, d[i]);
                }
                e[l - 1] = s * p;
                d[l] = sigma + gamma;
            }
        }
        if (iterations == maxIterations)
            return false;
    }
    return true;
}

#if LEV_HAS_X86_64_V3
LEV_TARGET_X86_64_V3 void tridiagonalizeV3(double* __restrict a, int n, double* __restrict d,
                                           double* __restrict e, double* __restrict v,
                                           double* __restrict w)
{
    tridiagonalizeBody(a, n, d, e, v, w);
}

LEV_TARGET_X86_64_V3 bool ofTridiagonalV3(double* d, double* e, int n)
{
    return ofTridiagonalBody(d, e, n);
}
#endif

void tridiagonalizeBaseline(double* __restrict a, int n, double* __restrict d, double* __restrict e,
                            double* __restrict v, double* __restrict w)
{
    tridiagonalizeBody(a, n, d, e, v, w);
}

bool ofTridiagonalBaseline(double* d, double* e, int n)
{
    return ofTridiagonalBody(d, e, n);
}

} // namespace

void SymmetricEigenvalues::tridiagonalize(double* a, int n, double* d, double* e, double* v,
                                          double* w)
{
#if LEV_HAS_X86_64_V3
    if (CodePath::current() == CodePath::X86_64_V3) {
        tridiagonalizeV3(a, n, d, e, v, w);
        return;
    }
#endif
    tridiagonalizeBaseline(a, n, d, e, v, w);
}

bool SymmetricEigenvalues::ofTridiagonal(double* d, double* e, int n)
{
#if LEV_HAS_X86_64_V3
    if (CodePath::current() == CodePath::X86_64_V3)
        return ofTridiagonalV3(d, e, n);
#endif
    return ofTridiagonalBaseline(d, e, n);
}

bool SymmetricEigenvalues::ascending(const Eigen::MatrixXd& matrix, Eigen::VectorXd& eigenvalues)
{
    const Eigen::Index p = matrix.rows();
    assert(matrix.cols() == p);
    eigenvalues.resize(p);
    if (p == 0)
        return true;
    if (!matrix.allFinite())
        return false;
    const double scale = matrix.cwiseAbs().maxCoeff();
    if (scale == 0.0 || p == 1) {
        eigenvalues = matrix.diagonal();
        return true;
    }
    Eigen::MatrixXd scaled = matrix / scale;
    Eigen::VectorXd offDiagonal(p);
    Eigen::VectorXd workspace(2 * p);
    tridiagonalize(scaled.data(), static_cast<int>(p), eigenvalues.data(), offDiagonal.data(),
                   workspace.data(), workspace.data() + p);
    if (!ofTridiagonal(eigenvalues.data(), offDiagonal.data(), static_cast<int>(p)))
        return false;
    std::sort(eigenvalues.data(), eigenvalues.data() + p);
    eigenvalues *= scale;
    return true;
}

} // namespace lev::core
