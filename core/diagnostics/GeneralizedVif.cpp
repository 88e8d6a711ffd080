// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/GeneralizedVif.h"

#include "exploration/DataFit.h"

#include <Eigen/Cholesky>
#include <cassert>
#include <cmath>

namespace lev::core {

namespace {

/// log det of a symmetric positive definite matrix; nullopt when it is not (numerically).
std::optional<double> logDeterminant(const Eigen::MatrixXd& m)
{
    if (m.rows() == 0)
        return 0.0;
    const Eigen::LLT<Eigen::MatrixXd> llt(m);
    if (llt.info() != Eigen::Success)
        return std::nullopt;
    const Eigen::VectorXd diagonal = llt.matrixL().toDenseMatrix().diagonal();
    if ((diagonal.array() <= 0.0).any())
        return std::nullopt;
    return 2.0 * diagonal.array().log().sum();
}

} // namespace

std::vector<GeneralizedVifValue> GeneralizedVif::of(const Eigen::MatrixXd& features,
                                                    const std::vector<ColumnBlock>& blocks)
{
    const Eigen::MatrixXd r = DataFit::correlation(features);
    const Eigen::Index p = r.rows();
    const std::optional<double> whole = logDeterminant(r);
    std::vector<GeneralizedVifValue> values;
    for (const ColumnBlock& block : blocks) {
        assert(block.first >= 0 && block.count >= 1 && block.first + block.count <= p);
        GeneralizedVifValue value;
        value.name = block.name;
        value.df = block.count;
        std::vector<Eigen::Index> rest;
        for (Eigen::Index j = 0; j < p; ++j)
            if (j < block.first || j >= block.first + block.count)
                rest.push_back(j);
        const Eigen::MatrixXd inside = r.block(block.first, block.first, block.count, block.count);
        const Eigen::MatrixXd outside = r(rest, rest);
        const std::optional<double> logInside = logDeterminant(inside);
        const std::optional<double> logOutside = logDeterminant(outside);
        if (whole && logInside && logOutside) {
            const double logGvif = *logInside + *logOutside - *whole;
            value.gvif = std::exp(logGvif);
            value.gvifPerDf = std::exp(logGvif / (2.0 * block.count));
        }
        values.push_back(value);
    }
    return values;
}

} // namespace lev::core
