#include "EffectLinesPlot.h"

#include "PlotStyle.h"
#include "analysis/RecomputeResult.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 1000;     // rows of the draw shown behind the lines
constexpr double kHalfWidth = 3.0; // the lines span ±3 SD of X₁
} // namespace

EffectLinesPlot::EffectLinesPlot(QWidget* parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("effectLinesPlot"));
    PlotStyle::applyTo(this);
    PlotStyle::addTitle(this, tr("Conditioning vs intervening on X₁"));
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("Y"));

    m_data = addGraph();
    m_data->setName(tr("data (one draw)"));
    m_data->setLineStyle(QCPGraph::lsNone);
    m_data->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(150, 150, 150, 70),
                                            PlotStyle::markerSize(3.5)));
    m_data->removeFromLegend();

    m_conditioning = addGraph();
    m_conditioning->setName(tr("E[Y | X₁=x]"));
    // Wider and below the others, so it still shows where the lines coincide.
    m_conditioning->setPen(PlotStyle::pen(PlotStyle::population(), 4.5));
    m_intervening = addGraph();
    m_intervening->setName(tr("E[Y | do(X₁=x)]"));
    m_intervening->setPen(PlotStyle::pen(PlotStyle::causal(), 2.2));
    m_model = addGraph();
    m_model->setName(tr("model w₁·x"));
    m_model->setPen(PlotStyle::pen(PlotStyle::estimate(), 2.2, Qt::DashLine));

    legend->setVisible(true);
    PlotStyle::spaceLegendRows(legend);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    clearData();
}

void EffectLinesPlot::clearData()
{
    m_data->data()->clear();
    m_conditioning->data()->clear();
    m_intervening->data()->clear();
    m_model->data()->clear();
}

int EffectLinesPlot::pointCount() const
{
    return m_data->dataCount() + m_conditioning->dataCount() + m_intervening->dataCount() +
           m_model->dataCount();
}

void EffectLinesPlot::showResult(const core::RecomputeResult& result)
{
    if (result.status == core::RecomputeStatus::Cancelled)
        return; // a newer result is on its way; keep what is shown
    const core::PopulationTruth& truth = result.truth;
    if (result.status == core::RecomputeStatus::InvalidSettings ||
        truth.conditionalSlopes.size() == 0 || truth.totalEffects.size() == 0) {
        clearData();
        PlotStyle::setNotice(this, axisRect(),
                             result.message.empty() ? tr("no model")
                                                    : QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    const QString name =
        truth.features.empty() ? tr("X₁") : PlotStyle::featureLabel(truth.features[0]);
    xAxis->setLabel(name);

    const Eigen::MatrixXd covariance = truth.featureCovariance();
    double sd = covariance.size() > 0 ? std::sqrt(std::max(covariance(0, 0), 0.0)) : 0.0;
    if (!(sd > 0.0))
        sd = 1.0; // a constant X₁: still show the slopes over a unit range
    const double left = -kHalfWidth * sd;
    const double right = kHalfWidth * sd;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    auto line = [&](QCPGraph* graph, double slope) {
        graph->setData(QVector<double>{left, right}, QVector<double>{slope * left, slope * right},
                       true);
        low = std::min({low, slope * left, slope * right});
        high = std::max({high, slope * left, slope * right});
    };
    line(m_conditioning, truth.conditionalSlopes[0]);
    line(m_intervening, truth.totalEffects[0]);

    const Eigen::VectorXd& weightMean = result.monteCarlo.weightMean;
    if (weightMean.size() > 0) {
        line(m_model, weightMean[0]);
        PlotStyle::setNotice(this, axisRect(), QString());
    } else {
        m_model->data()->clear();
        const QString why = result.message.empty() ? tr("weights not identifiable")
                                                   : QString::fromStdString(result.message);
        PlotStyle::setNotice(this, axisRect(), tr("no model line: %1").arg(why));
    }

    // The draw's (X₁, Y) behind the lines; points beyond ±3 SD are cut off by the x range.
    const Eigen::MatrixXd& features = result.draw.features;
    const Eigen::VectorXd& outcome = result.draw.outcome;
    QVector<double> keys, values;
    if (features.cols() > 0 && outcome.size() == features.rows()) {
        const int rows = std::min<int>(static_cast<int>(features.rows()), kMaxRows);
        keys.reserve(rows);
        values.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            keys.append(features(i, 0));
            values.append(outcome[i]);
            low = std::min(low, outcome[i]);
            high = std::max(high, outcome[i]);
        }
    }
    m_data->setData(keys, values);

    xAxis->setRange(left, right);
    PlotStyle::setPaddedRange(yAxis, low, high, 0.05);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
