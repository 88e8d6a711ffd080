// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// GUI latency: the real main window, offscreen, at the default classroom view (latent generator,
// n = 1000, p = 50, k = 3, R = 200, c = 0.9). After the first result and its sweep have settled,
// the collinearity slider is set to 200 values in turn; for each, the time runs from setValue()
// until the controller's resultReady for that value has arrived and every plot has emitted
// QCustomPlot::afterReplot after it. Prints JSON: median and 95th percentile in ms, with the
// part spent until resultReady (recompute) and after it (replot), and each plot's replot time.
//
// Usage: bench_gui_latency [--values N] [--threads T]   (QT_QPA_PLATFORM defaults to offscreen)

#include "modes/simulation/ControlPanel.h"
#include "modes/simulation/SimulationPage.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSlider>
#include <QTimer>
#include <qcustomplot.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace {

using lev::ui::MainWindow;
using lev::ui::RecomputeController;

// Linear interpolation between order statistics (NumPy's default).
double quantile(std::vector<double> values, double level)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double position = level * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(position);
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + fraction * (values[above] - values[below]);
}

/// Runs an event loop until `done()` holds or `timeoutMs` passes; false on timeout. The loop
/// sleeps between events (no polling, which would take a core from the recompute): every
/// signal that can change `done()` calls Waiter::check().
class Waiter
{
public:
    template <typename Done> bool until(Done done, int timeoutMs)
    {
        if (done())
            return true;
        m_done = done;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop.exec();
        m_done = nullptr;
        return done();
    }
    void check()
    {
        if (m_done && m_done())
            m_loop.quit();
    }

private:
    QEventLoop m_loop;
    std::function<bool()> m_done;
};

std::string number(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int values = 200;
    int threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--values") == 0)
            values = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::max(0, std::atoi(argv[i + 1]));
    }
    QApplication app(argc, argv);

    lev::core::RecomputeSettings initial =
        lev::core::RecomputeSettings::defaultsFor(lev::core::GeneratorKind::Latent);
    initial.model.collinearity = 0.9;
    initial.model.features = 50;
    initial.model.latentDimension = 3;
    initial.model.levers = 2;
    initial.n = 1000;
    initial.replications = 200;
    initial.seed = 1;
    initial.model.loadingSeed = 1;
    initial.threads = threads;

    MainWindow window(initial);
    window.setAskBeforeClosing(false);
    window.show();
    lev::ui::SimulationPage& page = window.page<lev::ui::SimulationPage>();
    RecomputeController& controller = page.controller();
    auto* slider = page.controls().findChild<QSlider*>(QStringLiteral("collinearitySlider"));
    if (slider == nullptr) {
        std::fprintf(stderr, "bench_gui_latency: no collinearitySlider in the control panel\n");
        return 1;
    }
    const QList<QCustomPlot*> plots = window.plots();
    Waiter wait;

    // State of the step being measured.
    QElapsedTimer clock;
    clock.start();
    double expected = -1.0;
    qint64 resultAt = -1;
    std::vector<char> replotted(static_cast<std::size_t>(plots.size()), 0);
    std::vector<qint64> replotStart(static_cast<std::size_t>(plots.size()), 0);
    std::map<QString, std::vector<double>> replotMs;

    QObject::connect(&controller, &RecomputeController::resultReady, &window,
                     [&](const RecomputeController::ResultPointer& result) {
                         if (resultAt < 0 && result &&
                             result->settings.model.collinearity == expected) {
                             resultAt = clock.nsecsElapsed();
                             std::fill(replotted.begin(), replotted.end(), 0);
                         }
                         wait.check();
                     });
    QObject::connect(&controller, &RecomputeController::busyChanged, &window,
                     [&]() { wait.check(); });
    for (int i = 0; i < plots.size(); ++i) {
        QCustomPlot* plot = plots[i];
        const QString name = plot->objectName().isEmpty()
                                 ? QString::fromLatin1(plot->metaObject()->className())
                                 : plot->objectName();
        QObject::connect(plot, &QCustomPlot::beforeReplot, &window,
                         [&, i]() { replotStart[i] = clock.nsecsElapsed(); });
        QObject::connect(plot, &QCustomPlot::afterReplot, &window, [&, i, name]() {
            if (resultAt < 0)
                return;
            replotted[i] = 1;
            replotMs[name].push_back(double(clock.nsecsElapsed() - replotStart[i]) * 1e-6);
            wait.check();
        });
    }
    auto allReplotted = [&]() {
        return resultAt >= 0 &&
               std::all_of(replotted.begin(), replotted.end(), [](char r) { return r != 0; });
    };

    // The first result, its sweep and its replot, before anything is timed.
    expected = initial.model.collinearity;
    if (!wait.until([&]() { return allReplotted() && !controller.isBusy(); }, 120000)) {
        std::fprintf(stderr, "bench_gui_latency: the first result did not arrive\n");
        return 1;
    }
    replotMs.clear();

    std::vector<double> total;
    std::vector<double> untilResult;
    std::vector<double> afterResult;
    int timeouts = 0;
    for (int step = 0; step < values; ++step) {
        const int value = 800 + step % 200; // c = 0.800 .. 0.999
        if (value == slider->value())
            continue;
        resultAt = -1;
        const qint64 start = clock.nsecsElapsed();
        slider->setValue(value);
        expected = page.controls().settings().model.collinearity;
        if (!wait.until(allReplotted, 10000)) {
            ++timeouts;
            continue;
        }
        const qint64 end = clock.nsecsElapsed();
        total.push_back(double(end - start) * 1e-6);
        untilResult.push_back(double(resultAt - start) * 1e-6);
        afterResult.push_back(double(end - resultAt) * 1e-6);
        // Let the job finish and the window paint before the next value (not timed).
        wait.until([&]() { return !controller.isBusy(); }, 10000);
        QCoreApplication::processEvents();
    }

    std::string json = "{\n";
    json += "  \"benchmark\": \"gui_latency\",\n";
    json += "  \"view\": \"latent n=1000 p=50 k=3 R=200, c from 0.800 to 0.999\",\n";
    json += "  \"values\": " + std::to_string(total.size()) + ",\n";
    json += "  \"timeouts\": " + std::to_string(timeouts) + ",\n";
    json += "  \"median_ms\": " + number(quantile(total, 0.5)) + ",\n";
    json += "  \"p95_ms\": " + number(quantile(total, 0.95)) + ",\n";
    json += "  \"max_ms\": " + number(quantile(total, 1.0)) + ",\n";
    json += "  \"until_result_median_ms\": " + number(quantile(untilResult, 0.5)) + ",\n";
    json += "  \"until_result_p95_ms\": " + number(quantile(untilResult, 0.95)) + ",\n";
    json += "  \"replot_median_ms\": " + number(quantile(afterResult, 0.5)) + ",\n";
    json += "  \"replot_p95_ms\": " + number(quantile(afterResult, 0.95)) + ",\n";
    json += "  \"plot_replot_median_ms\": {";
    bool first = true;
    for (const auto& [name, times] : replotMs) {
        json += (first ? "" : ", ") + std::string("\"") + name.toStdString() +
                "\": " + number(quantile(times, 0.5));
        first = false;
    }
    json += "}\n}\n";
    std::fputs(json.c_str(), stdout);
    return timeouts == 0 ? 0 : 1;
}
