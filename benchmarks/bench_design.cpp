// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// bench_design: times the experiment designer's recompute (docs/math.md §8) for p = 2, 5, 10,
// 20 (latent generator, k = 3, two levers, X1 randomized, pi = 0.3, R = 200) and n = 200, 1000,
// 5000, as the mode computes it: the exact curves (the first frame), the exact power curves
// added, the same two for a pi drag (pi moved by 0.01, the previous result reused), and all
// stages with the Monte Carlo (the refined result). Medians of --repeat runs (default 7) after
// one warm-up, in milliseconds; the last line is JSON. --p P and --n N run one case.

#include "design/ExperimentDesign.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

double medianMilliseconds(int repeat, const std::function<bool()>& run, bool* ok)
{
    std::vector<double> times;
    for (int r = 0; r <= repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const bool fine = run();
        const auto stop = std::chrono::steady_clock::now();
        *ok = *ok && fine;
        if (r > 0)
            times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    using lev::core::DesignResult;
    using lev::core::ExperimentDesign;
    int repeat = 7;
    int onlyP = 0;
    int onlyN = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0)
            repeat = std::max(1, std::atoi(argv[i + 1]));
        if (std::strcmp(argv[i], "--p") == 0)
            onlyP = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--n") == 0)
            onlyN = std::atoi(argv[i + 1]);
    }
    std::string json = "[";
    for (int p : {2, 5, 10, 20}) {
        for (int n : {200, 1000, 5000}) {
            if ((onlyP != 0 && p != onlyP) || (onlyN != 0 && n != onlyN))
                continue;
            lev::core::DesignSettings settings =
                lev::core::DesignSettings::defaultsFor(lev::core::GeneratorKind::Latent);
            settings.model.features = p;
            settings.model.latentDimension = std::min(3, p);
            settings.model.levers = std::min(2, p);
            settings.n = n;
            settings.replications = 200;
            lev::core::DesignSettings dragged = settings;
            dragged.fraction += 0.01;
            bool ok = true;
            const DesignResult previous = ExperimentDesign::computeExact(settings);
            const double curves = medianMilliseconds(
                repeat, [&]() { return ExperimentDesign::exactCurves(settings).ok(); }, &ok);
            const double power = medianMilliseconds(
                repeat, [&]() { return ExperimentDesign::computeExact(settings).ok(); }, &ok);
            const double dragCurves = medianMilliseconds(
                repeat,
                [&]() { return ExperimentDesign::exactCurves(dragged, nullptr, &previous).ok(); },
                &ok);
            const double dragPower = medianMilliseconds(
                repeat,
                [&]() { return ExperimentDesign::computeExact(dragged, nullptr, &previous).ok(); },
                &ok);
            const double refined = medianMilliseconds(
                repeat, [&]() { return ExperimentDesign::compute(settings).ok(); }, &ok);
            std::printf("p=%2d n=%5d R=200: curves %6.2f ms, +power %7.2f ms; pi drag: curves "
                        "%6.2f ms, +power %7.2f ms; refined %8.2f ms%s\n",
                        p, n, curves, power, dragCurves, dragPower, refined, ok ? "" : " (not ok)");
            std::fflush(stdout);
            json += std::string(json.size() > 1 ? "," : "") + "{\"p\":" + std::to_string(p) +
                    ",\"n\":" + std::to_string(n) + ",\"curves_ms\":" + std::to_string(curves) +
                    ",\"power_ms\":" + std::to_string(power) +
                    ",\"drag_curves_ms\":" + std::to_string(dragCurves) +
                    ",\"drag_power_ms\":" + std::to_string(dragPower) +
                    ",\"refined_ms\":" + std::to_string(refined) + "}";
        }
    }
    std::printf("%s]\n", json.c_str());
    return 0;
}
