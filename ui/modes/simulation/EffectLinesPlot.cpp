// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/EffectLinesPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <QComboBox>
#include <QMenu>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
constexpr int kMaxRows = 1000;     // rows of the draw shown behind the lines
constexpr double kHalfWidth = 3.0; // the lines span ±3 SD of X_j

void setLine(QCPGraph* graph, double slope, double left, double right)
{
    graph->setData(QVector<double>{left, right}, QVector<double>{slope * left, slope * right},
                   true);
}

bool finite(const Eigen::VectorXd& values)
{
    return values.size() == 0 || values.array().isFinite().all();
}
} // namespace

EffectLinesPlot::EffectLinesPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("effectLinesPlot"));
    PlotStyle::addTitle(this, tr("Conditioning vs intervening on X₁"));
    xAxis->setLabel(tr("X₁"));
    yAxis->setLabel(tr("Y"));

    m_data = addGraph();
    m_data->setName(tr("data (one draw)"));
    m_data->setLineStyle(QCPGraph::lsNone);
    m_data->removeFromLegend();

    auto lines = [this](Lines& l) {
        l.conditioning = addGraph();
        l.intervening = addGraph();
        l.model = addGraph();
    };
    // The pinned lines first and on a layer of their own: behind the live ones.
    lines(m_pinned);
    for (QCPGraph* ghost : {m_pinned.conditioning, m_pinned.intervening, m_pinned.model}) {
        ghost->setLayer(PlotStyle::pinnedLayer(this));
        ghost->removeFromLegend();
    }
    lines(m_live);

    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    // The feature picker sits on the plot, in the bottom right corner beside the axis label.
    m_featureBox = new QComboBox(this);
    m_featureBox->setObjectName(QStringLiteral("effectFeatureBox"));
    m_featureBox->setToolTip(tr("The feature X_j whose slopes this plot shows"));
    m_featureBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_featureBox->setFocusPolicy(Qt::TabFocus);
    connect(m_featureBox, qOverload<int>(&QComboBox::activated), this,
            &EffectLinesPlot::setFeature);

    nameFeature();
    applyStyle();
    clear(m_live);
}

void EffectLinesPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    m_data->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(150, 150, 150, 70),
                                            PlotStyle::markerSize(3.5)));
    // E[Y | X_j] wider and below the others, so it still shows where the lines coincide;
    // do(X_j) in the interventional colour, as in every plot.
    m_live.conditioning->setPen(PlotStyle::pen(PlotStyle::population(), 4.5));
    m_live.intervening->setPen(PlotStyle::pen(PlotStyle::interventional(), 2.4));
    m_live.model->setPen(PlotStyle::pen(PlotStyle::estimate(), 2.2, Qt::DashLine));
    m_pinned.conditioning->setPen(PlotStyle::ghostPen(PlotStyle::population(), 3.0));
    m_pinned.intervening->setPen(PlotStyle::ghostPen(PlotStyle::interventional(), 2.2));
    m_pinned.model->setPen(
        PlotStyle::pen(PlotStyle::ghost(PlotStyle::estimate()), 2.2, Qt::DotLine));
    QFont boxFont = PlotStyle::font(8);
    m_featureBox->setFont(boxFont);
    m_featureBox->adjustSize();
    placeFeatureBox();
    replot(QCustomPlot::rpQueuedReplot);
}

void EffectLinesPlot::clear(const Lines& lines)
{
    lines.conditioning->data()->clear();
    lines.intervening->data()->clear();
    lines.model->data()->clear();
}

int EffectLinesPlot::pointCount() const
{
    return m_data->dataCount() + m_live.conditioning->dataCount() +
           m_live.intervening->dataCount() + m_live.model->dataCount();
}

int EffectLinesPlot::pinnedPointCount() const
{
    return m_pinned.conditioning->dataCount() + m_pinned.intervening->dataCount() +
           m_pinned.model->dataCount();
}

int EffectLinesPlot::featureCount() const
{
    return static_cast<int>(m_liveState.names.size());
}

EffectLinesPlot::State EffectLinesPlot::stateOf(const core::RecomputeResult& result, bool withDraw)
{
    State state;
    const core::PopulationTruth& truth = result.truth;
    const Eigen::Index p = static_cast<Eigen::Index>(truth.features.size());
    state.names = truth.features;
    state.message = QString::fromStdString(result.message);
    if (result.status == core::RecomputeStatus::InvalidSettings || p == 0 ||
        truth.conditionalSlopes.size() != p || truth.totalEffects.size() != p ||
        !finite(truth.conditionalSlopes) || !finite(truth.totalEffects))
        return state;
    state.valid = true;
    state.conditional = truth.conditionalSlopes;
    state.total = truth.totalEffects;
    const Eigen::MatrixXd covariance = truth.featureCovariance();
    state.sd = Eigen::VectorXd::Ones(p);
    if (covariance.rows() == p)
        for (Eigen::Index j = 0; j < p; ++j)
            if (const double sd = std::sqrt(std::max(covariance(j, j), 0.0));
                sd > 0.0 && std::isfinite(sd))
                state.sd[j] = sd; // else a constant X_j: the slopes over a unit range
    if (result.monteCarlo.weightMean.size() == p && finite(result.monteCarlo.weightMean))
        state.weights = result.monteCarlo.weightMean;
    const Eigen::MatrixXd& features = result.draw.features;
    if (withDraw && features.cols() == p && result.draw.outcome.size() == features.rows()) {
        const Eigen::Index rows = std::min<Eigen::Index>(features.rows(), kMaxRows);
        state.features = features.topRows(rows);
        state.outcome = result.draw.outcome.head(rows);
    }
    return state;
}

bool EffectLinesPlot::fill(const Lines& lines, const State& state, int j)
{
    if (!state.valid || j < 0 || j >= static_cast<int>(state.conditional.size())) {
        clear(lines);
        return false;
    }
    const double left = -kHalfWidth * state.sd[j];
    const double right = kHalfWidth * state.sd[j];
    setLine(lines.conditioning, state.conditional[j], left, right);
    setLine(lines.intervening, state.total[j], left, right);
    if (state.weights.size() > j)
        setLine(lines.model, state.weights[j], left, right);
    else
        lines.model->data()->clear();
    return true;
}

void EffectLinesPlot::showResult(const core::RecomputeResult& result)
{
    m_liveState = stateOf(result, true);
    const int count = featureCount();
    const int clamped = count > 0 ? std::clamp(m_feature, 0, count - 1) : m_feature;
    const bool changed = clamped != m_feature;
    m_feature = clamped;
    redraw();
    if (changed)
        emit featureChanged(m_feature);
}

void EffectLinesPlot::showPinned(const core::RecomputeResult* pinned)
{
    m_hasPinned = pinned != nullptr;
    m_pinnedState = pinned ? stateOf(*pinned, false) : State();
    redraw();
}

void EffectLinesPlot::setFeature(int index)
{
    const int count = featureCount();
    const int clamped = count > 0 ? std::clamp(index, 0, count - 1) : std::max(index, 0);
    if (clamped == m_feature) {
        nameFeature(); // the box may show a choice that was clamped back
        return;
    }
    m_feature = clamped;
    redraw();
    emit featureChanged(m_feature);
}

void EffectLinesPlot::addContextActions(QMenu* menu)
{
    const int count = featureCount();
    if (count < 2)
        return;
    QMenu* choose = menu->addMenu(tr("Show &feature"));
    choose->setObjectName(QStringLiteral("effectFeatureMenu"));
    for (int j = 0; j < count; ++j) {
        QAction* action = choose->addAction(
            PlotStyle::featureLabel(m_liveState.names[static_cast<std::size_t>(j)]));
        action->setCheckable(true);
        action->setChecked(j == m_feature);
        connect(action, &QAction::triggered, this, [this, j]() { setFeature(j); });
    }
}

void EffectLinesPlot::nameFeature()
{
    const int count = featureCount();
    const QString name =
        m_feature < count
            ? PlotStyle::featureLabel(m_liveState.names[static_cast<std::size_t>(m_feature)])
            : PlotStyle::featureLabel("X" + std::to_string(m_feature + 1));
    PlotStyle::setTitle(this, tr("Conditioning vs intervening on %1").arg(name));
    xAxis->setLabel(name);
    m_live.conditioning->setName(tr("E[Y | %1=x]").arg(name));
    m_live.intervening->setName(tr("E[Y | do(%1=x)]").arg(name));
    const QString weight =
        PlotStyle::featureLabel("w" + std::to_string(m_feature + 1)); // w₂ for X₂
    m_live.model->setName(tr("model %1·x").arg(weight));

    const QSignalBlocker blocker(m_featureBox);
    if (m_featureBox->count() != count ||
        (count > 0 && m_featureBox->itemData(0).toString() !=
                          QString::fromStdString(m_liveState.names.front()))) {
        m_featureBox->clear();
        for (int j = 0; j < count; ++j) {
            const std::string& feature = m_liveState.names[static_cast<std::size_t>(j)];
            m_featureBox->addItem(PlotStyle::featureLabel(feature),
                                  QString::fromStdString(feature));
        }
        m_featureBox->adjustSize();
    }
    m_featureBox->setCurrentIndex(m_feature < count ? m_feature : -1);
    // One feature leaves nothing to choose.
    m_featureBox->setVisible(count > 1);
    placeFeatureBox();
}

void EffectLinesPlot::placeFeatureBox()
{
    const int margin = qRound(4 * PlotStyle::scale());
    m_featureBox->move(width() - m_featureBox->width() - margin,
                       height() - m_featureBox->height() - margin);
}

void EffectLinesPlot::resizeEvent(QResizeEvent* event)
{
    ResultPlot::resizeEvent(event);
    placeFeatureBox();
}

void EffectLinesPlot::redraw()
{
    nameFeature();
    const State& live = m_liveState;
    if (!fill(m_live, live, m_feature)) {
        m_data->data()->clear();
        PlotStyle::setNotice(this, axisRect(),
                             live.message.isEmpty() ? tr("no model") : live.message);
    } else {
        if (m_live.model->dataCount() > 0) {
            PlotStyle::setNotice(this, axisRect(), QString());
        } else {
            const QString why =
                live.message.isEmpty() ? tr("weights not identifiable") : live.message;
            PlotStyle::setNotice(this, axisRect(), tr("no model line: %1").arg(why),
                                 Qt::AlignBottom | Qt::AlignRight);
        }
        // The draw's (X_j, Y) behind the lines; points beyond ±3 SD are cut off by the x range.
        QVector<double> keys, values;
        if (live.features.cols() > m_feature) {
            const int rows = static_cast<int>(live.features.rows());
            keys.reserve(rows);
            values.reserve(rows);
            for (int i = 0; i < rows; ++i) {
                const double x = live.features(i, m_feature);
                const double y = live.outcome[i];
                if (std::isfinite(x) && std::isfinite(y)) {
                    keys.append(x);
                    values.append(y);
                }
            }
        }
        m_data->setData(keys, values);
    }
    if (m_hasPinned)
        fill(m_pinned, m_pinnedState, m_feature);
    else
        clear(m_pinned);
    PlotStyle::setPinnedLegendEntry(this, pinnedPointCount() > 0);
    fitAxes();
    replot(QCustomPlot::rpQueuedReplot);
}

void EffectLinesPlot::fitAxes()
{
    const QList<QCPAbstractPlottable*> lines{m_live.conditioning,  m_live.intervening,
                                             m_live.model,         m_pinned.conditioning,
                                             m_pinned.intervening, m_pinned.model};
    QCPRange x, y;
    if (!PlotStyle::dataKeyRange(lines, x))
        return;
    xAxis->setRange(x);
    QList<QCPAbstractPlottable*> all = lines;
    all.append(m_data);
    if (PlotStyle::dataValueRange(all, y))
        PlotStyle::setPaddedRange(yAxis, y.lower, y.upper, 0.05);
}

} // namespace lev::ui
