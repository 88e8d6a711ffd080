// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "BenchCommand.h"

#include "CommandLine.h"
#include "RunMonitor.h"
#include "Subcommand.h"
#include "io/CsvReader.h"
#include "io/JsonWriter.h"
#include "linalg/CodePath.h"
#include "simulation/Recompute.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <thread>
#include <vector>

namespace lev::app {

namespace {

/// the benchmark workload of docs/math.md §7: what bench measures when an option is not given.
const std::pair<const char*, const char*> kWorkloadDefaults[] = {
    {"generator", "latent"},
    {"n", "1000"},
    {"p", "50"},
    {"k", "3"},
    {"levers", "2"},
    {"reps", "200"},
    {"collinearity", "0.9"},
    {"noise", "1"},
    {"estimator", "ols"},
    {"seed", "1"},
};

/// The generator options' help in bench: the workload's defaults, not simulate's.
QHash<QString, QString> benchDescriptions()
{
    return {
        {"generator", "Data generator (see simulate --help). Default here: latent."},
        {"collinearity", "Collinearity c in [0, 1). Default here: 0.9."},
        {"noise", "Noise sigma >= 0 of the outcome's own equation. Default here: 1."},
        {"n", "Training rows per replication. Default here: 1000."},
        {"p", "Number of features. Default here: 50."},
        {"k", "Latent dimension of the latent generator. Default here: 3."},
        {"levers", "Latent generator: how many of the first features have causal weight b. "
                   "Default here: 2."},
        {"estimator", "ols, ridge, lasso or pcr. Default here: ols."},
        {"reps", "Monte-Carlo replications R per recompute. Default here: 200."},
        {"seed", "Random seed (draws and latent loadings). Default here: 1."},
        {"sweep", "Not used: bench times one recompute without the sweep."},
        {"sweep-reps", "Not used: bench times one recompute without the sweep."},
    };
}

void addBenchOptions(QCommandLineParser& parser)
{
    CommandLine::addGeneratorOptions(parser, benchDescriptions());
    parser.addOptions({
        {"repeat", "Timed recomputes; the median and the minimum are reported. Default: 5.", "N"},
        {"n-test",
         "Test rows of a comparison that scores on a finite test set (default 1000). "
         "Leverscope's R\u00b2 is exact for an infinite test set, so this only sets the "
         "finite-test-set SD it reports for such a comparison (r2_*_test_sd).",
         "N"},
        {"loadings",
         "CSV file (a header row, then p rows of k numbers) with the latent loadings L to use "
         "instead of drawing them from the seed, e.g. those scripts/peer_loadings.py writes.",
         "FILE"},
    });
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

/// SD with divisor n - 1; none for fewer than 2 values.
std::optional<double> sd(const std::vector<double>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    double mean = 0.0;
    for (double v : values)
        mean += v;
    mean /= static_cast<double>(values.size());
    double sum = 0.0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return std::sqrt(sum / static_cast<double>(values.size() - 1));
}

std::vector<double> column(const Eigen::MatrixXd& m, Eigen::Index j)
{
    std::vector<double> values(static_cast<std::size_t>(m.rows()));
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        values[static_cast<std::size_t>(i)] = m(i, j);
    return values;
}

/// The SD of R^2 = 1 - sum e^2 / sum (y - y-bar)^2 measured on nTest rows of a regime with joint
/// covariance S, for the weights w (delta method, Gaussian rows): with r = Var(e) / Var(y) and
/// rho = Corr(e, y), Var(R^2) ~ 4 r^2 (1 - rho^2) / nTest. Averaged (as a variance) over the
/// fitted weights: a peer that scores every replication on one test set carries this error in
/// its mean, whatever its number of replications.
std::optional<double> finiteTestSd(const Eigen::MatrixXd& covariance,
                                   const Eigen::MatrixXd& weights, int nTest)
{
    const Eigen::Index p = weights.cols();
    const double varY = covariance(p, p);
    if (weights.rows() == 0 || !(varY > 0.0))
        return std::nullopt;
    const Eigen::MatrixXd sxx = covariance.topLeftCorner(p, p);
    const Eigen::VectorXd sxy = covariance.topRightCorner(p, 1);
    double variance = 0.0;
    for (Eigen::Index r = 0; r < weights.rows(); ++r) {
        const Eigen::VectorXd w = weights.row(r).transpose();
        const double covEY = varY - w.dot(sxy);
        const double varE = std::max(varY - 2.0 * w.dot(sxy) + w.dot(sxx * w), 0.0);
        const double ratio = varE / varY;
        const double rho2 = varE > 0.0 ? std::min(covEY * covEY / (varE * varY), 1.0) : 1.0;
        variance += 4.0 * ratio * ratio * (1.0 - rho2) / nTest;
    }
    return std::sqrt(variance / static_cast<double>(weights.rows()));
}

} // namespace

int BenchCommand::run(const QStringList& arguments)
{
    Subcommand command(
        "bench",
        "Times the core recompute (one settings value, without the sweep: truth, displayed "
        "draw and R Monte-Carlo replications) --repeat times and prints one JSON object: "
        "seconds_median, seconds_min and cpu_seconds_median; the workload (n, n_test, p, k, "
        "reps, collinearity, noise, threads, code_path, repeat, loadings); and, for comparing "
        "with a NumPy implementation of the same model (BENCHMARKS.md), "
        "r2_observational_mean, r2_interventional_mean, beta_abs_error_mean, "
        "largest_eigenvalue_mean, smallest_eigenvalue_mean, vif_max_mean and the SD across "
        "replications of each (*_sd). Options not given take the benchmark workload of "
        "docs/math.md \u00a77: generator latent, n = 1000, p = 50, k = 3, 2 levers with "
        "effect b = 1, R = 200 replications, c = 0.9, sigma = 1, OLS, seed 1 (loadings drawn "
        "from it), all cores, --repeat 5.",
        "bench [options]");
    QCommandLineParser& parser = command.parser();
    addBenchOptions(parser);
    int exitCode = 0;
    if (!command.parse(arguments, &exitCode))
        return exitCode;

    // Parse again with the workload's defaults appended for every option not given.
    QStringList withDefaults = arguments;
    for (const auto& [name, value] : kWorkloadDefaults)
        if (!parser.isSet(name))
            withDefaults << QStringLiteral("--%1").arg(name) << QString::fromLatin1(value);
    QCommandLineParser workload;
    addBenchOptions(workload);
    QString error;
    QStringList rest = withDefaults;
    rest.removeAt(1); // the subcommand
    if (!CommandLine::parse(workload, rest, &error))
        return command.fail(error, 2);

    int repeat = 5;
    int nTest = 1000;
    const std::pair<const char*, int*> counts[] = {{"repeat", &repeat}, {"n-test", &nTest}};
    for (const auto& [name, target] : counts) {
        if (!workload.isSet(name))
            continue;
        const auto value = CommandLine::integer(workload, name, &error);
        if (!value)
            return command.fail(error, 2);
        if (*value < 1 || *value > 100000)
            return command.fail(QStringLiteral("--%1 must be between 1 and 100000").arg(name), 2);
        *target = static_cast<int>(*value);
    }

    std::optional<core::RecomputeSettings> settings;
    if (workload.isSet("loadings")) {
        // Validate the loadings with the rest of the settings: read them first, then check the
        // settings once they are attached.
        core::CsvReader reader;
        if (!reader.readFile(QFile::encodeName(workload.value("loadings")).toStdString()))
            return command.fail(QString::fromStdString(reader.errorString()),
                                Subcommand::kInputError);
        settings = CommandLine::generatorSettings(workload, &error);
        if (!settings)
            return command.fail(error, 2);
        settings->model.loadings = std::make_shared<const Eigen::MatrixXd>(reader.table().values);
        if (const std::string problem = settings->validate(); !problem.empty())
            return command.fail(workload.value("loadings") + QStringLiteral(": ") +
                                    QString::fromStdString(problem),
                                2);
    } else {
        settings = CommandLine::generatorSettings(workload, &error);
        if (!settings)
            return command.fail(error, 2);
    }
    settings->sweep.clear();

    std::vector<double> seconds;
    std::vector<double> cpuSeconds; // of every thread of the process: the work, whatever the load
    core::RecomputeResult result;
    RunMonitor monitor(QStringLiteral("bench"));
    for (int i = 0; i < repeat; ++i) {
        monitor.setProgress(static_cast<double>(i) / repeat);
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        result = core::Recompute::run(*settings, monitor.cancelFlag());
        if (monitor.interrupted()) {
            monitor.finish();
            return command.fail(QStringLiteral("interrupted; nothing was written"),
                                RunMonitor::kInterruptedExitCode);
        }
        seconds.push_back(static_cast<double>(timer.nsecsElapsed()) * 1e-9);
        cpuSeconds.push_back(static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        if (result.status == core::RecomputeStatus::InvalidSettings)
            return command.fail(QString::fromStdString(result.message), 2);
    }

    monitor.finish();
    const core::MonteCarloSummary& mc = result.monteCarlo;
    const Eigen::Index p = result.truth.causalWeights.size();
    std::vector<double> absoluteErrors;
    for (Eigen::Index r = 0; r < mc.weights.rows(); ++r)
        absoluteErrors.push_back(
            (mc.weights.row(r).transpose() - result.truth.causalWeights).cwiseAbs().mean());
    const std::vector<double> largest = column(mc.sampleEigenvalues, 0);
    const std::vector<double> smallest = column(mc.sampleEigenvalues, p - 1);
    const int threads = settings->threads > 0
                            ? settings->threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

    core::JsonWriter json;
    json.beginObject();
    json.key("engine").value("leverscope");
    json.key("status").value(core::recomputeStatusName(result.status));
    json.key("seconds_median").value(median(seconds));
    json.key("seconds_min").value(*std::min_element(seconds.begin(), seconds.end()));
    json.key("cpu_seconds_median").value(median(cpuSeconds));
    json.key("n").value(settings->n);
    json.key("n_test").value(nTest);
    json.key("p").value(static_cast<int>(p));
    json.key("k").value(settings->model.latentDimension);
    json.key("reps").value(settings->replications);
    json.key("collinearity").value(settings->model.collinearity);
    json.key("noise").value(settings->model.noise);
    json.key("threads").value(threads);
    json.key("code_path").value(core::CodePath::name(core::CodePath::current()));
    json.key("repeat").value(repeat);
    json.key("loadings").value(settings->model.loadings ? "file" : "seed");
    json.key("r2_observational_mean").value(mc.r2ObservationalMean);
    json.key("r2_interventional_mean").value(mc.r2InterventionalMean);
    json.key("beta_abs_error_mean").value(mc.weightAbsErrorMean);
    json.key("largest_eigenvalue_mean")
        .value(mc.sampleEigenvaluesMean.size() > 0 ? std::optional(mc.sampleEigenvaluesMean[0])
                                                   : std::nullopt);
    json.key("smallest_eigenvalue_mean")
        .value(mc.sampleEigenvaluesMean.size() > 0 ? std::optional(mc.sampleEigenvaluesMean[p - 1])
                                                   : std::nullopt);
    json.key("vif_max_mean").value(mc.sampleVifMaxMean);
    json.key("r2_observational_sd").value(sd(mc.r2Observational));
    json.key("r2_interventional_sd").value(sd(mc.r2Interventional));
    json.key("beta_abs_error_sd").value(sd(absoluteErrors));
    json.key("largest_eigenvalue_sd").value(sd(largest));
    json.key("smallest_eigenvalue_sd").value(sd(smallest));
    json.key("vif_max_sd").value(sd(mc.sampleVifMax));
    json.key("r2_observational_test_sd")
        .value(finiteTestSd(result.truth.observedCovariance, mc.weights, nTest));
    json.key("r2_interventional_test_sd")
        .value(finiteTestSd(result.truth.interventionalCovariance, mc.weights, nTest));
    json.key("seconds").value(seconds);
    json.endObject();
    return Subcommand::printDocument(json.text());
}

} // namespace lev::app
