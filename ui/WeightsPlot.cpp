#include "WeightsPlot.h"

#include "PlotStyle.h"
#include "analysis/RecomputeResult.h"

#include <algorithm>

namespace lev::ui {

namespace {
// The three series sit side by side around each feature's position.
constexpr double kOffset = 0.22;
} // namespace

WeightsPlot::WeightsPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("weightsPlot"));
    PlotStyle::applyTo(this);
    PlotStyle::addTitle(this, tr("Weights: truth vs estimate"));
    xAxis->setLabel(tr("feature"));
    yAxis->setLabel(tr("weight β"));
    xAxis->grid()->setVisible(false);

    m_zeroLine = new QCPItemStraightLine(this);
    m_zeroLine->setPen(PlotStyle::pen(PlotStyle::neutral(), 1.0));
    m_zeroLine->point1->setCoords(0.0, 0.0);
    m_zeroLine->point2->setCoords(1.0, 0.0);
    m_zeroLine->setLayer(QStringLiteral("grid"));

    m_causal = addGraph();
    m_causal->setName(tr("causal β (levers)"));
    m_causal->setLineStyle(QCPGraph::lsNone);
    m_causal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, PlotStyle::causal(),
                                              PlotStyle::causal(), PlotStyle::markerSize(9)));

    m_population = addGraph();
    m_population->setName(tr("regression β (n = ∞)"));
    m_population->setLineStyle(QCPGraph::lsNone);
    m_population->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::population(),
                                                  PlotStyle::markerSize(8)));

    m_estimate = addGraph();
    m_estimate->setName(tr("estimate w: mean and 5–95% over R runs"));
    m_estimate->setLineStyle(QCPGraph::lsNone);
    m_estimate->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, PlotStyle::estimate(),
                                                PlotStyle::estimate(), PlotStyle::markerSize(7)));
    m_spread = new QCPErrorBars(xAxis, yAxis);
    m_spread->setDataPlottable(m_estimate);
    m_spread->setPen(PlotStyle::pen(PlotStyle::estimate(), 1.4));
    m_spread->setWhiskerWidth(PlotStyle::markerSize(7));
    m_spread->removeFromLegend();

    PlotStyle::placeLegendBelow(this, 1);
    clearData();
}

void WeightsPlot::clearData()
{
    m_causal->data()->clear();
    m_population->data()->clear();
    m_estimate->data()->clear();
    m_spread->data()->clear();
}

int WeightsPlot::pointCount() const
{
    return m_causal->dataCount() + m_population->dataCount() + m_estimate->dataCount() +
           m_spread->dataCount();
}

void WeightsPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    if (result.status == core::RecomputeStatus::InvalidSettings) {
        clearData();
        PlotStyle::setNotice(this, axisRect(), QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const core::PopulationTruth& truth = result.truth;
    const core::MonteCarloSummary& mc = result.monteCarlo;
    const int p = static_cast<int>(truth.causalWeights.size());
    double lowest = 0.0; // the zero line stays in view
    double highest = 0.0;
    auto series = [&](QCPGraph* graph, const Eigen::VectorXd& weights, double offset) {
        QVector<double> keys, values;
        for (int j = 0; j < weights.size(); ++j) {
            keys.append(j + 1 + offset);
            values.append(weights[j]);
            lowest = std::min(lowest, weights[j]);
            highest = std::max(highest, weights[j]);
        }
        graph->setData(keys, values, true);
    };
    series(m_causal, truth.causalWeights, -kOffset);
    series(m_population, truth.populationWeights, 0.0);
    series(m_estimate, mc.weightMean, kOffset);

    const bool haveSpread = mc.weightMean.size() > 0 && mc.weightQuantiles.cols() == 5 &&
                            mc.weightQuantiles.rows() == mc.weightMean.size();
    if (haveSpread) {
        QVector<double> minus, plus;
        for (int j = 0; j < mc.weightMean.size(); ++j) {
            const double low = mc.weightQuantiles(j, 0);
            const double high = mc.weightQuantiles(j, 4);
            minus.append(std::max(0.0, mc.weightMean[j] - low));
            plus.append(std::max(0.0, high - mc.weightMean[j]));
            lowest = std::min(lowest, low);
            highest = std::max(highest, high);
        }
        m_spread->setData(minus, plus);
    } else {
        m_spread->data()->clear();
    }
    m_estimate->setName(tr("estimate w, 5–95%: %1 runs").arg(mc.replications));

    if (mc.weightMean.size() == 0) {
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), tr("no estimate: %1").arg(why));
    } else {
        PlotStyle::setNotice(this, axisRect(), QString());
    }

    // Many features: smaller markers, so neighbours do not merge.
    const double size = p <= 8 ? 1.0 : p <= 20 ? 0.75 : 0.55;
    m_causal->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, PlotStyle::causal(),
                                              PlotStyle::causal(),
                                              PlotStyle::markerSize(9 * size)));
    m_population->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, PlotStyle::population(),
                                                  PlotStyle::markerSize(8 * size)));
    m_estimate->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, PlotStyle::estimate(),
                                                PlotStyle::estimate(),
                                                PlotStyle::markerSize(7 * size)));
    m_spread->setWhiskerWidth(PlotStyle::markerSize(7 * size));

    PlotStyle::setFeatureTicks(xAxis, truth.features, 6);
    xAxis->setRange(0.4, std::max(p, 1) + 0.6);
    PlotStyle::setPaddedRange(yAxis, lowest, highest, 0.08);

    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
