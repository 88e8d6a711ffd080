// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/PermutationImportance.h"

#include "blackbox/GradientBoostedTrees.h"
#include "blackbox/OffManifoldMeter.h"
#include "random/RandomStream.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

namespace lev::core {

PermutationImportance::Predictor PermutationImportance::of(const GradientBoostedTrees& model)
{
    return [&model](const Eigen::MatrixXd& rows, Eigen::VectorXd& prediction, std::string* error) {
        if (model.predict(rows, prediction))
            return true;
        *error = model.errorString();
        return false;
    };
}

bool PermutationImportance::compute(const Predictor& model, const Eigen::MatrixXd& x,
                                    const Eigen::VectorXd& y, int repeats, RandomStream& random,
                                    const OffManifoldMeter* meter, std::string* error)
{
    assert(repeats >= 1 && x.rows() == y.size() && x.rows() >= 2);
    const auto n = x.rows();
    const auto p = x.cols();
    Eigen::VectorXd prediction;
    if (!model(x, prediction, error))
        return false;
    const double baseline = (prediction - y).squaredNorm() / static_cast<double>(n);
    increases.resize(repeats, p);
    mean.resize(p);
    se.resize(p);
    OffManifoldMeter::RowTerms terms;
    if (meter) {
        offManifold.resize(p);
        terms = meter->rowTerms(x);
    }
    // One prediction call per feature: its shuffled copies are rows r * n + i.
    Eigen::MatrixXd probes(n * repeats, p);
    Eigen::VectorXd shuffled;
    std::vector<Eigen::Index> order(static_cast<std::size_t>(n));
    for (Eigen::Index j = 0; j < p; ++j) {
        for (int r = 0; r < repeats; ++r) {
            std::iota(order.begin(), order.end(), Eigen::Index{0});
            for (Eigen::Index i = n - 1; i > 0; --i) {
                const auto k =
                    static_cast<Eigen::Index>(random.uniform() * static_cast<double>(i + 1));
                std::swap(order[static_cast<std::size_t>(i)],
                          order[static_cast<std::size_t>(std::min(k, i))]);
            }
            auto block = probes.middleRows(r * n, n);
            block = x;
            for (Eigen::Index i = 0; i < n; ++i)
                block(i, j) = x(order[static_cast<std::size_t>(i)], j);
        }
        if (!model(probes, shuffled, error))
            return false;
        for (int r = 0; r < repeats; ++r)
            increases(r, j) =
                (shuffled.segment(r * n, n) - y).squaredNorm() / static_cast<double>(n) - baseline;
        mean(j) = increases.col(j).mean();
        se(j) = repeats > 1 ? std::sqrt((increases.col(j).array() - mean(j)).square().sum() /
                                        (repeats - 1) / repeats)
                            : 0.0;
        if (meter)
            offManifold(j) = meter->offFraction(terms, x, j, probes.col(j));
    }
    return true;
}

} // namespace lev::core
