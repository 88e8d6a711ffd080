// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/PartialDependenceProbe.h"

#include "blackbox/GradientBoostedTrees.h"
#include "blackbox/OffManifoldMeter.h"

#include <algorithm>
#include <cassert>

namespace lev::core {

PartialDependenceProbe::Predictor PartialDependenceProbe::of(const GradientBoostedTrees& model)
{
    return [&model](const Eigen::MatrixXd& rows, Eigen::VectorXd& prediction, std::string* error) {
        if (model.predict(rows, prediction))
            return true;
        *error = model.errorString();
        return false;
    };
}

bool PartialDependenceProbe::compute(const Predictor& model, const Eigen::MatrixXd& x, int feature,
                                     const Eigen::VectorXd& grid, int iceCurves,
                                     const OffManifoldMeter* meter, std::string* error)
{
    assert(feature >= 0 && feature < x.cols() && x.rows() >= 1);
    const auto n = x.rows();
    const auto points = grid.size();
    Eigen::MatrixXd probes(n * points, x.cols());
    for (Eigen::Index g = 0; g < points; ++g) {
        auto block = probes.middleRows(g * n, n);
        block = x;
        block.col(feature).setConstant(grid(g));
    }
    Eigen::VectorXd prediction;
    if (!model(probes, prediction, error))
        return false;
    const auto curves = std::min<Eigen::Index>(iceCurves, n);
    values.resize(points);
    ice.resize(curves, points);
    OffManifoldMeter::RowTerms terms;
    if (meter) {
        offManifold.resize(points);
        terms = meter->rowTerms(x);
    }
    for (Eigen::Index g = 0; g < points; ++g) {
        values(g) = prediction.segment(g * n, n).mean();
        ice.col(g) = prediction.segment(g * n, curves);
        if (meter)
            offManifold(g) =
                meter->offFraction(terms, x, feature, Eigen::VectorXd::Constant(n, grid(g)));
    }
    return true;
}

} // namespace lev::core
