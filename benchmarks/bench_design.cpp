// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// bench_design: times one experiment-design recompute (docs/math.md §8; ExperimentDesign::compute,
// everything the mode shows) for p = 2, 5, 10, 20 (latent generator, k = 3, X1 randomized,
// pi = 0.3, R = 200) and n = 200, 1000, 5000: the median of --repeat runs (default 7) after one
// warm-up, in milliseconds, one line each, then the same as JSON on the last line.

#include "design/ExperimentDesign.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    int repeat = 7;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--repeat") == 0)
            repeat = std::max(1, std::atoi(argv[i + 1]));
    std::string json = "[";
    for (int p : {2, 5, 10, 20}) {
        for (int n : {200, 1000, 5000}) {
            lev::core::DesignSettings settings =
                lev::core::DesignSettings::defaultsFor(lev::core::GeneratorKind::Latent);
            settings.model.features = p;
            settings.model.latentDimension = std::min(3, p);
            settings.model.levers = std::min(2, p);
            settings.n = n;
            settings.replications = 200;
            std::vector<double> times;
            bool ok = true;
            for (int r = 0; r <= repeat; ++r) {
                const auto start = std::chrono::steady_clock::now();
                const lev::core::DesignResult result =
                    lev::core::ExperimentDesign::compute(settings);
                const auto stop = std::chrono::steady_clock::now();
                ok = ok && result.ok();
                if (r > 0)
                    times.push_back(
                        std::chrono::duration<double, std::milli>(stop - start).count());
            }
            std::sort(times.begin(), times.end());
            const double median = times[times.size() / 2];
            std::printf("p=%2d n=%5d R=200: %8.2f ms%s\n", p, n, median, ok ? "" : " (not ok)");
            json += std::string(json.size() > 1 ? "," : "") + "{\"p\":" + std::to_string(p) +
                    ",\"n\":" + std::to_string(n) + ",\"ms\":" + std::to_string(median) + "}";
        }
    }
    std::printf("%s]\n", json.c_str());
    return 0;
}
