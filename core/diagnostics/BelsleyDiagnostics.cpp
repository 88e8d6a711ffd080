// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/BelsleyDiagnostics.h"

#include <Eigen/SVD>
#include <cassert>
#include <cmath>
#include <limits>

namespace lev::core {

namespace {

/// Above this many columns the divide-and-conquer SVD replaces one-sided Jacobi (both keep the
/// small singular values to working accuracy; Jacobi is slower on wide designs).
constexpr Eigen::Index kJacobiColumns = 100;

} // namespace

Eigen::MatrixXd BelsleyDiagnostics::scaledDesign(const Eigen::MatrixXd& features,
                                                 const BelsleySettings& settings)
{
    const bool withOnes = settings.intercept && !settings.centred;
    const Eigen::Index n = features.rows();
    Eigen::MatrixXd design(n, features.cols() + (withOnes ? 1 : 0));
    if (withOnes)
        design.col(0).setOnes();
    design.rightCols(features.cols()) = features;
    if (settings.centred)
        design.rowwise() -= design.colwise().mean();
    for (Eigen::Index j = 0; j < design.cols(); ++j) {
        const double length = design.col(j).norm();
        if (length > 0.0)
            design.col(j) /= length;
    }
    return design;
}

BelsleyReport BelsleyDiagnostics::of(const Eigen::MatrixXd& features,
                                     const std::vector<std::string>& names,
                                     const BelsleySettings& settings)
{
    assert(static_cast<Eigen::Index>(names.size()) == features.cols());
    BelsleyReport report;
    if (settings.intercept && !settings.centred)
        report.columns.push_back("(intercept)");
    report.columns.insert(report.columns.end(), names.begin(), names.end());
    const Eigen::MatrixXd design = scaledDesign(features, settings);
    const Eigen::Index p = design.cols();
    if (p == 0)
        return report;

    Eigen::MatrixXd v;
    if (p <= kJacobiColumns) {
        const Eigen::JacobiSVD<Eigen::MatrixXd> svd(design, Eigen::ComputeThinV);
        report.singularValues = svd.singularValues();
        v = svd.matrixV();
    } else {
        const Eigen::BDCSVD<Eigen::MatrixXd> svd(design, Eigen::ComputeThinV);
        report.singularValues = svd.singularValues();
        v = svd.matrixV();
    }
    // With fewer rows than columns the thin SVD has only n components; the rest are zero.
    const Eigen::Index k = report.singularValues.size();
    if (k < p) {
        report.singularValues.conservativeResize(p);
        report.singularValues.tail(p - k).setZero();
        v.conservativeResize(p, p);
        v.rightCols(p - k).setZero();
    }

    report.vectors = v;

    const double largest = report.singularValues(0);
    report.conditionIndices.resize(p);
    for (Eigen::Index c = 0; c < p; ++c) {
        const double d = report.singularValues(c);
        report.conditionIndices(c) =
            d > 0.0 ? largest / d : std::numeric_limits<double>::infinity();
        report.singular = report.singular || !(d > 0.0);
    }

    report.proportions.resize(p, p);
    if (report.singular) {
        report.proportions.setConstant(std::numeric_limits<double>::quiet_NaN());
    } else {
        // phi_jk = v_jk^2 / d_k^2; pi_jk = phi_jk / sum_k phi_jk.
        const Eigen::ArrayXd inverseSquares = report.singularValues.array().square().inverse();
        const Eigen::ArrayXXd phi = v.array().square().rowwise() * inverseSquares.transpose();
        report.proportions = (phi.colwise() / phi.rowwise().sum()).matrix();
    }

    for (Eigen::Index c = 0; c < p; ++c) {
        if (!(report.conditionIndices(c) > settings.indexThreshold) || report.singular)
            continue;
        NearDependency dependency;
        dependency.component = static_cast<int>(c);
        dependency.conditionIndex = report.conditionIndices(c);
        for (Eigen::Index j = 0; j < p; ++j)
            if (report.proportions(j, c) > settings.proportionThreshold)
                dependency.columns.push_back(report.columns[std::size_t(j)]);
        if (dependency.columns.size() >= 2)
            report.nearDependencies.push_back(std::move(dependency));
    }
    return report;
}

} // namespace lev::core
