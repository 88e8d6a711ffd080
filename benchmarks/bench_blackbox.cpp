// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Times the black box's learner (docs/math.md §9) on a CSV of features and a last column y:
// one XGBoost fit (C API, tree_method hist) and SHAP (pred_contribs) for every row on one and
// on two threads; then what the mode shows after a slider move, on the latent generator with the
// CSV's n and p, as the mode's job computes it: the provisional result (first feedback), the
// first fit without its SHAP (first full result), and that fit's SHAP. Prints one JSON line;
// benchmarks/blackbox_peer.py runs it beside scikit-learn and XGBoost's Python package.
//
//   bench_blackbox FILE.csv TREES DEPTH ETA REPEATS

#include "blackbox/BlackBox.h"
#include "blackbox/GradientBoostedTrees.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// This process's CPU seconds: on a shared machine a fairer figure than the wall clock.
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: bench_blackbox FILE.csv TREES DEPTH ETA REPEATS\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string line;
    std::vector<std::vector<double>> rows;
    while (std::getline(in, line)) {
        std::vector<double> row;
        std::stringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ','))
            row.push_back(std::strtod(field.c_str(), nullptr));
        rows.push_back(row);
    }
    if (rows.empty() || rows[0].size() < 2) {
        std::fprintf(stderr, "bench_blackbox: %s: no data\n", argv[1]);
        return 1;
    }
    const auto n = static_cast<Eigen::Index>(rows.size());
    const auto p = static_cast<Eigen::Index>(rows[0].size()) - 1;
    Eigen::MatrixXd x(n, p);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < p; ++j)
            x(i, j) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
        y(i) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(p)];
    }
    lev::core::LearnerSettings learner;
    learner.trees = std::atoi(argv[2]);
    learner.depth = std::atoi(argv[3]);
    learner.learningRate = std::strtod(argv[4], nullptr);
    const int repeats = std::max(1, std::atoi(argv[5]));
    std::vector<double> fit, shap, fitCpu, shapCpu, shapTwo, shapTwoCpu;
    for (int r = 0; r < repeats; ++r) {
        lev::core::GradientBoostedTrees model;
        auto start = Clock::now();
        double cpu = cpuSeconds();
        if (!model.train(x, y, learner)) {
            std::fprintf(stderr, "bench_blackbox: %s\n", model.errorString().c_str());
            return 1;
        }
        fit.push_back(secondsSince(start));
        fitCpu.push_back(cpuSeconds() - cpu);
        for (int threads : {1, 2}) {
            learner.shapThreads = threads;
            lev::core::GradientBoostedTrees shapModel;
            if (!shapModel.train(x, y, learner)) {
                std::fprintf(stderr, "bench_blackbox: %s\n", shapModel.errorString().c_str());
                return 1;
            }
            Eigen::MatrixXd contributions;
            start = Clock::now();
            cpu = cpuSeconds();
            if (!shapModel.contributions(x, contributions)) {
                std::fprintf(stderr, "bench_blackbox: %s\n", shapModel.errorString().c_str());
                return 1;
            }
            (threads == 1 ? shap : shapTwo).push_back(secondsSince(start));
            (threads == 1 ? shapCpu : shapTwoCpu).push_back(cpuSeconds() - cpu);
        }
    }
    learner.shapThreads = lev::core::LearnerSettings().shapThreads;
    // What the mode shows after a slider move, as its job computes it (BlackBoxController):
    // the provisional result, then the first fit before its SHAP, then that SHAP; the job is
    // cancelled there. The latent generator with the CSV's n and p, c = 0.9.
    lev::core::BlackBoxSettings settings =
        lev::core::BlackBoxSettings::defaultsFor(lev::core::GeneratorKind::Latent);
    settings.model.features = static_cast<int>(p);
    settings.model.collinearity = 0.9;
    settings.n = static_cast<int>(n);
    settings.learner = learner;
    settings.pdpFeature = 0;
    settings.sliceSecond = p > 1 ? 1 : 0;
    if (const std::string problem = settings.validate(); !problem.empty()) {
        std::fprintf(stderr, "bench_blackbox: %s\n", problem.c_str());
        return 1;
    }
    std::vector<double> feedback, full, firstShap, feedbackCpu, fullCpu, firstShapCpu;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        const double cpu = cpuSeconds();
        lev::core::BlackBox::run(settings.provisional());
        feedback.push_back(secondsSince(start));
        feedbackCpu.push_back(cpuSeconds() - cpu);
        std::atomic<bool> cancel{false};
        lev::core::BlackBox::run(settings, &cancel, [&](const lev::core::BlackBoxResult& partial) {
            if (partial.replicationsDone != 1 || cancel)
                return;
            if (partial.shapPending) {
                full.push_back(secondsSince(start));
                fullCpu.push_back(cpuSeconds() - cpu);
            } else {
                firstShap.push_back(secondsSince(start) - full.back());
                firstShapCpu.push_back(cpuSeconds() - cpu - fullCpu.back());
                cancel = true;
            }
        });
    }
    std::printf("{\"n\": %ld, \"p\": %ld, \"fit_s\": %.4f, \"fit_cpu_s\": %.4f, "
                "\"shap_s\": %.4f, \"shap_cpu_s\": %.4f, \"shap_2threads_s\": %.4f, "
                "\"shap_2threads_cpu_s\": %.4f, \"first_feedback_s\": %.4f, "
                "\"first_feedback_cpu_s\": %.4f, \"first_result_s\": %.4f, "
                "\"first_result_cpu_s\": %.4f, \"first_shap_s\": %.4f, "
                "\"first_shap_cpu_s\": %.4f}\n",
                static_cast<long>(n), static_cast<long>(p), median(fit), median(fitCpu),
                median(shap), median(shapCpu), median(shapTwo), median(shapTwoCpu),
                median(feedback), median(feedbackCpu), median(full), median(fullCpu),
                median(firstShap), median(firstShapCpu));
    return 0;
}
