// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "diagnostics/ConfounderSensitivity.h"

#include "estimators/PreciseLeastSquares.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <sstream>

namespace lev::core {

namespace {

/// The contour grids reach at least this partial R^2, and past the largest bound.
constexpr double kGridMinimum = 0.4;
/// ... but stay below 1, where the adjusted standard error is undefined.
constexpr double kGridMaximum = 0.95;

int indexOf(const std::vector<std::string>& names, const std::string& name)
{
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

std::string shortNumber(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

SensitivityReport failed(SensitivityReport report, std::string message)
{
    report.ok = false;
    report.message = std::move(message);
    return report;
}

} // namespace

double ConfounderSensitivity::partialR2(double t, double dof)
{
    return t * t / (t * t + dof);
}

double ConfounderSensitivity::studentQuantile(double p, double dof)
{
    assert(p > 0.0 && p < 1.0 && dof > 0.0);
    return boost::math::quantile(boost::math::students_t(dof), p);
}

double ConfounderSensitivity::robustnessValue(double t, double dof, double q, double alpha)
{
    assert(dof > 1.0 && q > 0.0 && alpha > 0.0 && alpha <= 1.0);
    const double fq = q * std::abs(t) / std::sqrt(dof);
    const double fCrit =
        alpha >= 1.0 ? 0.0
                     : std::abs(studentQuantile(alpha / 2.0, dof - 1.0)) / std::sqrt(dof - 1.0);
    const double f = fq - fCrit;
    if (f < 0.0)
        return 0.0;
    if (fCrit > 0.0 && fq > 1.0 / fCrit) // the constraint on R^2_{D~Z|X} does not bind
        return (fq * fq - fCrit * fCrit) / (1.0 + fq * fq);
    if (f == 0.0)
        return 0.0;
    // (sqrt(f^4 + 4 f^2) - f^2) / 2, written without the cancellation for small f.
    return 2.0 / (1.0 + std::sqrt(1.0 + 4.0 / (f * f)));
}

std::optional<SensitivityBound> ConfounderSensitivity::bound(double r2dxjX, double r2yxjDx,
                                                             double kd, double ky, std::string* why)
{
    SensitivityBound b;
    b.kd = kd;
    b.ky = ky;
    b.r2dzX = treatmentR2(r2dxjX, kd);
    if (!(b.r2dzX < 1.0)) {
        *why = "a confounder " + shortNumber(kd) +
               " times as strong as the benchmark would explain all of the treatment (R2 >= 1); "
               "try a smaller multiple";
        return std::nullopt;
    }
    // The partial R^2 of Z with the benchmark given X and D (Cinelli & Hazlett, footnote 10).
    const double r2zxjXd = kd * r2dxjX * r2dxjX / ((1.0 - kd * r2dxjX) * (1.0 - r2dxjX));
    if (!(r2zxjXd < 1.0)) {
        *why = "a confounder " + shortNumber(kd) +
               " times as strong as the benchmark is impossible (its R2 with the benchmark "
               "would reach 1); try a smaller multiple";
        return std::nullopt;
    }
    const double root = (std::sqrt(ky) + std::sqrt(r2zxjXd)) / std::sqrt(1.0 - r2zxjXd);
    b.r2yzDx = root * root * r2yxjDx / (1.0 - r2yxjDx);
    b.outcomeCapped = b.r2yzDx > 1.0;
    b.r2yzDx = std::min(1.0, b.r2yzDx);
    return b;
}

double ConfounderSensitivity::treatmentR2(double r2dxjX, double kd)
{
    return kd * r2dxjX / (1.0 - r2dxjX);
}

double ConfounderSensitivity::adjustedEstimate(double estimate, double se, double dof, double r2dzX,
                                               double r2yzDx)
{
    const double bias = std::sqrt(r2yzDx * r2dzX / (1.0 - r2dzX)) * se * std::sqrt(dof);
    return (estimate < 0.0 ? -1.0 : 1.0) * (std::abs(estimate) - bias);
}

double ConfounderSensitivity::adjustedSe(double se, double dof, double r2dzX, double r2yzDx)
{
    return std::sqrt((1.0 - r2yzDx) / (1.0 - r2dzX)) * se * std::sqrt(dof / (dof - 1.0));
}

SensitivityReport ConfounderSensitivity::analyse(const Eigen::MatrixXd& features,
                                                 const Eigen::VectorXd& y,
                                                 const std::vector<std::string>& names,
                                                 bool intercept,
                                                 const SensitivitySettings& settings)
{
    assert(static_cast<Eigen::Index>(names.size()) == features.cols());
    SensitivityReport report;
    report.treatment = settings.treatment;
    report.q = settings.q;
    report.alpha = settings.alpha;
    report.benchmark = settings.benchmark;
    const int d = indexOf(names, settings.treatment);
    if (d < 0)
        return failed(report, "--sensitivity: no feature named '" + settings.treatment + "'");
    const int j = settings.benchmark.empty() ? -1 : indexOf(names, settings.benchmark);
    if (!settings.benchmark.empty() && j < 0)
        return failed(report, "--benchmark: no feature named '" + settings.benchmark + "'");
    if (j == d)
        return failed(report, "--benchmark: '" + settings.benchmark + "' is the treatment itself");

    const LeastSquaresReport outcome = PreciseLeastSquares::fit(features, y, intercept);
    if (!outcome.identifiable || outcome.standardErrors.size() == 0)
        return failed(report, "the sensitivity analysis needs an identifiable least-squares fit "
                              "with residual degrees of freedom");
    const double dof = static_cast<double>(features.rows() - features.cols() - (intercept ? 1 : 0));
    if (dof < 2.0)
        return failed(report, "the sensitivity analysis needs at least 2 residual degrees of "
                              "freedom");
    report.estimate = outcome.coefficients(d);
    report.se = outcome.standardErrors(d);
    report.t = report.estimate / report.se;
    report.dof = dof;
    report.criticalT = std::abs(studentQuantile(settings.alpha / 2.0, dof - 1.0));
    report.partialR2 = partialR2(report.t, dof);
    report.robustnessValue = robustnessValue(report.t, dof, settings.q, 1.0);
    report.robustnessValueAlpha = robustnessValue(report.t, dof, settings.q, settings.alpha);

    double largestBound = 0.0;
    if (j >= 0) {
        // The treatment on the other features: the benchmark's partial R^2 with D given X.
        Eigen::MatrixXd others(features.rows(), features.cols() - 1);
        others << features.leftCols(d), features.rightCols(features.cols() - d - 1);
        const LeastSquaresReport treatment =
            PreciseLeastSquares::fit(others, features.col(d), intercept);
        if (!treatment.identifiable || treatment.standardErrors.size() == 0)
            return failed(report, "the treatment cannot be fitted on the other features");
        const int jOthers = j < d ? j : j - 1;
        const double tTreatment =
            treatment.coefficients(jOthers) / treatment.standardErrors(jOthers);
        report.benchmarkR2dxjX = partialR2(tTreatment, dof + 1.0);
        report.benchmarkR2yxjDx =
            partialR2(outcome.coefficients(j) / outcome.standardErrors(j), dof);
        for (double kd : settings.kd) {
            std::string why;
            auto b = bound(report.benchmarkR2dxjX, report.benchmarkR2yxjDx, kd, kd, &why);
            if (!b) {
                if (!report.impossibleBound)
                    report.message = "--kd " + shortNumber(kd) + ": " + why;
                report.impossibleBound = true;
                SensitivityBound impossible;
                impossible.kd = kd;
                impossible.ky = kd;
                impossible.r2dzX = treatmentR2(report.benchmarkR2dxjX, kd);
                report.impossibleBounds.push_back(impossible);
                continue;
            }
            b->adjustedEstimate =
                adjustedEstimate(report.estimate, report.se, dof, b->r2dzX, b->r2yzDx);
            b->adjustedSe = adjustedSe(report.se, dof, b->r2dzX, b->r2yzDx);
            b->adjustedT = b->adjustedEstimate / b->adjustedSe;
            largestBound = std::max({largestBound, b->r2dzX, b->r2yzDx});
            report.bounds.push_back(*b);
        }
    }

    const int g = std::max(2, settings.gridSize);
    const double limit = std::min(kGridMaximum, std::max(kGridMinimum, 1.1 * largestBound));
    report.gridAxis = Eigen::VectorXd::LinSpaced(g, 0.0, limit);
    report.gridEstimate.resize(g, g);
    report.gridT.resize(g, g);
    for (int a = 0; a < g; ++a)
        for (int b = 0; b < g; ++b) {
            const double r2dz = report.gridAxis(a);
            const double r2yz = std::min(report.gridAxis(b), 1.0);
            const double estimate = adjustedEstimate(report.estimate, report.se, dof, r2dz, r2yz);
            report.gridEstimate(a, b) = estimate;
            report.gridT(a, b) = estimate / adjustedSe(report.se, dof, r2dz, r2yz);
        }
    report.ok = true;
    return report;
}

} // namespace lev::core
