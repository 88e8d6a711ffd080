// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "blackbox/LearnerDataFit.h"

#include "blackbox/GradientBoostedTrees.h"
#include "blackbox/OffManifoldMeter.h"
#include "blackbox/PartialDependenceProbe.h"
#include "blackbox/PermutationImportance.h"
#include "exploration/CrossValidation.h"
#include "random/RandomStream.h"

#include <algorithm>
#include <cassert>
#include <new>
#include <vector>

namespace lev::core {

namespace {

/// The streams of the shuffles, apart from the folds'.
constexpr std::uint64_t kPermutationStream = 0x7065726d75746500ULL; // "permute"

double quantile(std::vector<double> values, double level)
{
    std::sort(values.begin(), values.end());
    const double position = level * static_cast<double>(values.size() - 1);
    const auto low = static_cast<std::size_t>(position);
    const auto high = std::min(low + 1, values.size() - 1);
    return values[low] + (position - static_cast<double>(low)) * (values[high] - values[low]);
}

LearnerDataFitReport failed(std::string message)
{
    LearnerDataFitReport report;
    report.message = std::move(message);
    return report;
}

} // namespace

LearnerDataFitReport LearnerDataFit::run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                                         const LearnerSettings& learner, int folds, int pdpFeature,
                                         std::uint64_t seed, const std::atomic<bool>* cancel)
{
    assert(x.rows() == y.size() && learner.validate().empty());
    const auto n = x.rows();
    if (n < 2)
        return failed("at least 2 rows are needed");
    LearnerDataFitReport report;
    try {
        GradientBoostedTrees model;
        Eigen::VectorXd prediction;
        Eigen::MatrixXd shap;
        if (!model.train(x, y, learner) || !model.predict(x, prediction) ||
            !model.contributions(x, shap))
            return failed(model.errorString());
        const auto p = x.cols();
        const double total = (y.array() - y.mean()).square().sum();
        report.r2 = total > 0.0 ? 1.0 - (prediction - y).squaredNorm() / total : 0.0;
        report.meanAbsShap = shap.leftCols(p).cwiseAbs().colwise().mean().transpose();
        report.shapBias = shap(0, p);
        report.shapAdditivityMaxError = (shap.rowwise().sum() - prediction).cwiseAbs().maxCoeff();

        const OffManifoldMeter meter(x);
        RandomStream random(seed, kPermutationStream);
        PermutationImportance importance;
        std::string error;
        if (!importance.compute(PermutationImportance::of(model), x, y, kPermutationRepeats, random,
                                nullptr, &error))
            return failed(error);
        report.permutationImportance = importance.mean;
        report.permutationImportanceSe = importance.se;

        if (pdpFeature >= 0) {
            assert(pdpFeature < p);
            report.pdpFeature = pdpFeature;
            const std::vector<double> column(x.col(pdpFeature).data(),
                                             x.col(pdpFeature).data() + n);
            report.grid = Eigen::VectorXd::LinSpaced(kGridSize, quantile(column, 0.05),
                                                     quantile(column, 0.95));
            PartialDependenceProbe probe;
            if (!probe.compute(PartialDependenceProbe::of(model), x, pdpFeature, report.grid,
                               kIceCurves, &meter, &error))
                return failed(error);
            report.partialDependence = probe.values;
            report.ice = probe.ice;
            report.offManifoldFraction = probe.offManifold;
        }

        if (folds > 0) {
            const std::vector<int> foldOf =
                CrossValidation::foldOf(static_cast<int>(n), folds, seed);
            assert(!foldOf.empty());
            Eigen::VectorXd outOfFold(n);
            for (int k = 0; k < folds; ++k) {
                if (cancel && cancel->load())
                    return failed("cancelled");
                std::vector<Eigen::Index> trainRows, testRows;
                for (Eigen::Index i = 0; i < n; ++i)
                    (foldOf[static_cast<std::size_t>(i)] == k ? testRows : trainRows).push_back(i);
                const Eigen::MatrixXd xTrain = x(trainRows, Eigen::all);
                const Eigen::VectorXd yTrain = y(trainRows);
                const Eigen::MatrixXd xTest = x(testRows, Eigen::all);
                const Eigen::VectorXd yTest = y(testRows);
                GradientBoostedTrees foldModel;
                Eigen::VectorXd foldPrediction;
                if (!foldModel.train(xTrain, yTrain, learner) ||
                    !foldModel.predict(xTest, foldPrediction))
                    return failed(foldModel.errorString());
                outOfFold(testRows) = foldPrediction;
                const double spread = (yTest.array() - yTest.mean()).square().sum();
                if (spread > 0.0)
                    report.foldR2.push_back(1.0 - (foldPrediction - yTest).squaredNorm() / spread);
            }
            report.folds = folds;
            if (total > 0.0)
                report.crossValidatedR2 = 1.0 - (outOfFold - y).squaredNorm() / total;
            if (static_cast<int>(report.foldR2.size()) != folds)
                report.foldR2.clear();
        }
    } catch (const std::bad_alloc&) {
        return failed("out of memory: fewer rows or features would fit");
    }
    report.ok = true;
    return report;
}

} // namespace lev::core
