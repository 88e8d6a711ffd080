// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/simulation/CausalGraphPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <QAction>
#include <QCheckBox>
#include <QFontMetricsF>
#include <QLineF>
#include <QMenu>

#include <algorithm>
#include <cmath>
#include <map>

namespace lev::ui {

namespace {

constexpr int kMaxLabels = 10;     ///< more arrows than this: only those into Y are labelled
constexpr double kCutAlpha = 95;   ///< how faint a cut arrow is
constexpr double kCutPoint = 0.72; ///< where along a cut arrow its cross sits (near the X)

using core::CausalEdgeKind;
using core::CausalNodeKind;

/// A structural weight for a label: two decimals, trailing zeros dropped, a true minus sign;
/// two significant digits when smaller than 0.1.
QString weightText(double weight)
{
    const double size = std::abs(weight);
    QString text;
    if (size >= 1000.0)
        text = QString::number(weight, 'f', 0);
    else if (size >= 0.1)
        text = QString::number(weight, 'f', 2);
    else if (size >= 0.001)
        text = QString::number(weight, 'f', 1 - int(std::floor(std::log10(size))));
    else
        return weight < 0 ? QStringLiteral("\u2212<0.001") : QStringLiteral("<0.001");
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    text.replace(QLatin1Char('-'), QChar(0x2212));
    return text;
}

QColor edgeColour(CausalEdgeKind kind)
{
    switch (kind) {
    case CausalEdgeKind::Causal:
        return PlotStyle::causal();
    case CausalEdgeKind::Confounding:
        return PlotStyle::population();
    case CausalEdgeKind::Other:
        break;
    }
    return PlotStyle::neutral();
}

QString captionFor(const core::CausalNode& node)
{
    switch (node.kind) {
    case CausalNodeKind::Outcome:
        return CausalGraphPlot::tr("outcome");
    case CausalNodeKind::Latent:
        return CausalGraphPlot::tr("hidden");
    case CausalNodeKind::Confounder:
        return CausalGraphPlot::tr("hidden confounder");
    case CausalNodeKind::Collider:
        return CausalGraphPlot::tr("collider");
    case CausalNodeKind::Feature:
        return node.lever ? CausalGraphPlot::tr("lever") : QString();
    }
    return {};
}

QPointF unit(const QPointF& v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0.0 ? v / length : QPointF(0.0, 1.0);
}

/// The distance from `p` to the segment a–b.
double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF d = b - a;
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared > 0.0
                         ? std::clamp(QPointF::dotProduct(p - a, d) / lengthSquared, 0.0, 1.0)
                         : 0.0;
    const QPointF closest = a + t * d;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

template <class Item> Item* absoluteItem(QCustomPlot* plot, const QString& name)
{
    auto* item = new Item(plot);
    item->setObjectName(name);
    item->setClipToAxisRect(false);
    item->setSelectable(false);
    for (QCPItemPosition* position : item->positions())
        position->setType(QCPItemPosition::ptAbsolute);
    return item;
}

} // namespace

CausalGraphPlot::CausalGraphPlot(QWidget* parent) : ResultPlot(parent)
{
    setObjectName(QStringLiteral("causalGraphPlot"));
    PlotStyle::addTitle(this, tr("Causal graph"));
    // No axes: the graph is drawn with items in the pixels of the axis rect.
    for (QCPAxis* axis : axisRect()->axes()) {
        axis->setVisible(false);
        axis->grid()->setVisible(false);
    }
    axisRect()->setAutoMargins(QCP::msNone);
    axisRect()->setMargins(QMargins(0, 0, 0, 0));

    m_doLabel = absoluteItem<QCPItemText>(this, QStringLiteral("doLabel"));
    m_doLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_doLabel->setText(tr("do(X = x): arrows into X cut"));
    m_footnote = absoluteItem<QCPItemText>(this, QStringLiteral("graphFootnote"));
    m_footnote->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_footnote->setTextAlignment(Qt::AlignLeft);
    const std::pair<QString, QColor> key[] = {
        {tr("\u2192 causal path"), PlotStyle::causal()},
        {tr("\u2192 via a confounder"), PlotStyle::population()},
        {tr("\u25cc hidden (dashed)"), PlotStyle::neutral()},
    };
    for (const auto& [text, colour] : key) {
        auto* item = absoluteItem<QCPItemText>(this, QStringLiteral("graphKey"));
        item->setText(text);
        item->setColor(colour.darker(115));
        item->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        m_key << item;
    }

    m_interventionAction = new QAction(tr("Show &do(X): cut the arrows into X"), this);
    m_interventionAction->setObjectName(QStringLiteral("showInterventionAction"));
    m_interventionAction->setCheckable(true);
    m_interventionAction->setToolTip(
        tr("Draw the graph as a randomized experiment makes it: every arrow into a feature cut"));
    m_toggle = new QCheckBox(tr("show do(X)"), this);
    m_toggle->setObjectName(QStringLiteral("showInterventionBox"));
    m_toggle->setToolTip(m_interventionAction->toolTip());
    m_toggle->setAutoFillBackground(true);
    connect(m_toggle, &QCheckBox::toggled, this, &CausalGraphPlot::setIntervention);
    connect(m_interventionAction, &QAction::toggled, this, &CausalGraphPlot::setIntervention);

    connect(this, &QCustomPlot::afterLayout, this, &CausalGraphPlot::placeItems);
    applyStyle();
    PlotStyle::setNotice(this, axisRect(), tr("no model yet"));
}

void CausalGraphPlot::showResult(const core::RecomputeResult& result)
{
    const core::ModelSettings& model = result.settings.model;
    const std::string problem = model.validate();
    if (!problem.empty()) {
        m_model.reset();
        m_observed = {};
        m_graph = {};
        clearDrawing();
        PlotStyle::setNotice(this, axisRect(),
                             result.message.empty() ? QString::fromStdString(problem)
                                                    : QString::fromStdString(result.message));
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    PlotStyle::setNotice(this, axisRect(), QString());
    if (m_model && *m_model == model) {
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    m_model = model;
    m_observed = core::CausalGraph::of(model);
    rebuild();
}

void CausalGraphPlot::showGraph(const core::ModelSettings& model, const core::CausalGraph& graph,
                                const std::vector<bool>& randomized, const QString& cutLabel)
{
    m_given = true;
    m_toggle->setVisible(false);
    if (graph.nodes().empty()) { // nothing to draw: `cutLabel` says why
        m_model.reset();
        clearDrawing();
        for (QCPItemText* item : m_key)
            item->setVisible(false);
        m_doLabel->setVisible(false);
        m_footnote->setVisible(false);
        PlotStyle::setNotice(this, axisRect(), cutLabel);
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    PlotStyle::setNotice(this, axisRect(), QString());
    m_model = model;
    m_observed = graph;
    m_randomized = randomized;
    m_intervention = std::find(randomized.begin(), randomized.end(), true) != randomized.end();
    m_doLabel->setText(cutLabel);
    rebuild();
}

void CausalGraphPlot::showPinned(const core::RecomputeResult* pinned)
{
    Q_UNUSED(pinned);
}

void CausalGraphPlot::setIntervention(bool on)
{
    if (on == m_intervention)
        return;
    m_intervention = on;
    const QSignalBlocker blockBox(m_toggle);
    const QSignalBlocker blockAction(m_interventionAction);
    m_toggle->setChecked(on);
    m_interventionAction->setChecked(on);
    if (m_model)
        rebuild();
    updateTitle();
    emit interventionToggled(on);
}

int CausalGraphPlot::pointCount() const
{
    int count = 0;
    for (const DrawnNode& node : m_drawnNodes)
        count += node.circle ? 1 : 0;
    return count;
}

void CausalGraphPlot::clearDrawing()
{
    for (QCPAbstractItem* item : m_items)
        removeItem(item);
    m_items.clear();
    m_drawnNodes.clear();
    m_drawnEdges.clear();
    m_hiddenFeatures = 0;
    m_hiddenLatents = 0;
    m_unlabelledEdges = 0;
}

void CausalGraphPlot::rebuild()
{
    clearDrawing();
    m_graph = m_intervention && !m_given ? m_observed.intervened() : m_observed;
    layOut();
    for (const core::CausalEdge& edge : m_graph.edges())
        addEdge(edge, false);
    for (const core::CausalEdge& edge : m_graph.cutEdges())
        addEdge(edge, true);

    // Label every arrow while there are few; else only the arrows into Y (the levers' weights).
    const int y = m_graph.outcome();
    const bool labelAll = m_drawnEdges.size() <= kMaxLabels;
    for (DrawnEdge& edge : m_drawnEdges) {
        if (!labelAll && edge.edge.to != y) {
            ++m_unlabelledEdges;
            continue;
        }
        edge.weight = absoluteItem<QCPItemText>(this, QStringLiteral("edgeWeight"));
        edge.weight->setText(weightText(edge.edge.weight));
        edge.weight->setPositionAlignment(Qt::AlignCenter);
        m_items << edge.weight;
    }

    QStringList notes;
    if (m_hiddenFeatures > 0 || m_hiddenLatents > 0)
        notes << tr("The arrows of the nodes not drawn are left out.");
    if (m_unlabelledEdges == 1)
        notes << tr("1 arrow's weight is not labelled.");
    else if (m_unlabelledEdges > 1)
        notes << tr("%1 arrows' weights are not labelled.").arg(m_unlabelledEdges);
    m_footnote->setText(notes.join(QLatin1Char('\n')));
    m_footnote->setVisible(!notes.isEmpty());

    bool hasCausal = false, hasConfounding = false, hasHidden = false;
    for (const DrawnEdge& edge : m_drawnEdges) {
        hasCausal |= edge.edge.kind == CausalEdgeKind::Causal;
        hasConfounding |= edge.edge.kind == CausalEdgeKind::Confounding;
    }
    for (const DrawnNode& node : m_drawnNodes)
        hasHidden |= node.node >= 0 && !m_graph.nodes()[std::size_t(node.node)].observed;
    m_key[0]->setVisible(hasCausal);
    m_key[1]->setVisible(hasConfounding);
    m_key[2]->setVisible(hasHidden);
    m_doLabel->setVisible(m_intervention);
    styleItems();
    updateTitle();
    replot(QCustomPlot::rpQueuedReplot);
}

void CausalGraphPlot::layOut()
{
    const std::vector<core::CausalNode>& nodes = m_graph.nodes();
    // The features to draw: all when few; else levers first (at most half), then the others in
    // order, the rest summarised in one slot at the row's end.
    std::vector<int> features = m_graph.features();
    std::vector<bool> drawn(nodes.size(), true);
    int summaryLayer = -1;
    if (int(features.size()) > kMaxFeatures) {
        const int room = kMaxFeatures - 1;
        std::vector<int> keep;
        for (int j : features)
            if (nodes[std::size_t(j)].lever && int(keep.size()) < room / 2 + 1)
                keep.push_back(j);
        for (int j : features)
            if (int(keep.size()) < room && std::find(keep.begin(), keep.end(), j) == keep.end())
                keep.push_back(j);
        for (int j : features) {
            if (std::find(keep.begin(), keep.end(), j) == keep.end()) {
                drawn[std::size_t(j)] = false;
                ++m_hiddenFeatures;
                if (summaryLayer < 0)
                    summaryLayer = nodes[std::size_t(j)].layer;
            }
        }
    }
    int latents = 0;
    int latentLayer = -1;
    for (std::size_t v = 0; v < nodes.size(); ++v) {
        if (nodes[v].observed)
            continue;
        if (++latents >= kMaxLatents) { // the sixth and later: summarised
            drawn[v] = false;
            ++m_hiddenLatents;
            latentLayer = nodes[v].layer;
        }
    }
    if (m_hiddenLatents == 1) { // one left over: draw it rather than say "1 more"
        for (std::size_t v = nodes.size(); v-- > 0;)
            if (!nodes[v].observed && !drawn[v]) {
                drawn[v] = true;
                m_hiddenLatents = 0;
                break;
            }
    }

    // Rows: the layers that hold a drawn node, top to bottom.
    std::map<int, std::vector<int>> rows; // layer -> cells (node index, or -1/-2 for summaries)
    for (std::size_t v = 0; v < nodes.size(); ++v)
        if (drawn[v])
            rows[nodes[v].layer].push_back(int(v));
    if (m_hiddenFeatures > 0)
        rows[summaryLayer].push_back(-1);
    if (m_hiddenLatents > 0)
        rows[latentLayer].push_back(-2);

    const int rowCount = int(rows.size());
    int row = 0;
    for (const auto& [layer, cells] : rows) {
        Q_UNUSED(layer);
        const int n = int(cells.size());
        // A summary (last in its row) takes the room of 1.6 nodes: its text is wider.
        const double width = cells.back() < 0 ? n + 0.6 : n;
        for (int i = 0; i < n; ++i) {
            DrawnNode drawnNode;
            drawnNode.node = cells[std::size_t(i)];
            const double slot = drawnNode.node < 0 ? i + 0.8 : i + 0.5;
            drawnNode.ratio =
                QPointF(slot / width, rowCount > 1 ? double(row) / (rowCount - 1) : 0.5);
            drawnNode.top = row == 0 && rowCount > 1;
            drawnNode.bottom = row == rowCount - 1;
            if (drawnNode.node >= 0) {
                const core::CausalNode& node = nodes[std::size_t(drawnNode.node)];
                drawnNode.circle = absoluteItem<QCPItemEllipse>(this, QStringLiteral("graphNode"));
                drawnNode.label = absoluteItem<QCPItemText>(this, QStringLiteral("nodeLabel"));
                drawnNode.label->setText(PlotStyle::featureLabel(node.name));
                drawnNode.label->setPositionAlignment(Qt::AlignCenter);
                m_items << drawnNode.circle << drawnNode.label;
                const QString caption = captionFor(node);
                if (!caption.isEmpty() && (drawnNode.top || drawnNode.bottom)) {
                    drawnNode.caption =
                        absoluteItem<QCPItemText>(this, QStringLiteral("nodeCaption"));
                    drawnNode.caption->setText(caption);
                    drawnNode.caption->setPositionAlignment(
                        Qt::AlignHCenter | (drawnNode.top ? Qt::AlignBottom : Qt::AlignTop));
                    m_items << drawnNode.caption;
                }
            } else {
                drawnNode.label = absoluteItem<QCPItemText>(this, QStringLiteral("summary"));
                drawnNode.label->setText(
                    drawnNode.node == -1
                        ? (m_hiddenFeatures == 1
                               ? tr("\u2026 1 more\nfeature")
                               : tr("\u2026 %1 more\nfeatures").arg(m_hiddenFeatures))
                        : tr("\u2026 %1 more\nhidden").arg(m_hiddenLatents));
                drawnNode.label->setPositionAlignment(Qt::AlignCenter);
                m_items << drawnNode.label;
            }
            m_drawnNodes << drawnNode;
        }
        ++row;
    }
}

void CausalGraphPlot::addEdge(const core::CausalEdge& edge, bool cut)
{
    DrawnEdge drawnEdge;
    drawnEdge.edge = edge;
    drawnEdge.cut = cut;
    for (int i = 0; i < m_drawnNodes.size(); ++i) {
        if (m_drawnNodes[i].node == edge.from)
            drawnEdge.from = i;
        if (m_drawnNodes[i].node == edge.to)
            drawnEdge.to = i;
    }
    if (drawnEdge.from < 0 || drawnEdge.to < 0)
        return; // an arrow to or from a node summarised away
    // Straight unless a node lies in the way (decided when placed); both items exist, one shows.
    const QString name = cut ? QStringLiteral("cutArrow") : QStringLiteral("arrow");
    drawnEdge.line = absoluteItem<QCPItemLine>(this, name);
    drawnEdge.curve = absoluteItem<QCPItemCurve>(this, name);
    m_items << drawnEdge.line << drawnEdge.curve;
    if (cut) {
        drawnEdge.crossA = absoluteItem<QCPItemLine>(this, QStringLiteral("cutMark"));
        drawnEdge.crossB = absoluteItem<QCPItemLine>(this, QStringLiteral("cutMark"));
        m_items << drawnEdge.crossA << drawnEdge.crossB;
    }
    m_drawnEdges << drawnEdge;
}

void CausalGraphPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    setMinimumSize(200, 150);
    m_toggle->setFont(PlotStyle::font(9));
    m_toggle->adjustSize();
    m_doLabel->setFont(PlotStyle::font(9));
    m_doLabel->setColor(PlotStyle::interventional().darker(125));
    m_footnote->setFont(PlotStyle::font(7));
    m_footnote->setColor(PlotStyle::neutral());
    for (QCPItemText* key : m_key)
        key->setFont(PlotStyle::font(8));
    styleItems();
    replot(QCustomPlot::rpQueuedReplot);
}

void CausalGraphPlot::styleItems()
{
    const std::vector<core::CausalNode>& nodes = m_graph.nodes();
    for (DrawnNode& drawn : m_drawnNodes) {
        if (drawn.node < 0) {
            drawn.label->setFont(PlotStyle::font(8));
            drawn.label->setColor(PlotStyle::neutral().darker(130));
            continue;
        }
        const core::CausalNode& node = nodes[std::size_t(drawn.node)];
        QFont font = PlotStyle::font(12);
        QColor ring(40, 40, 40);
        QColor fill = Qt::white;
        Qt::PenStyle style = Qt::SolidLine;
        double width = 1.6;
        switch (node.kind) {
        case CausalNodeKind::Outcome:
            font.setBold(true);
            width = 2.6;
            fill = QColor(235, 235, 235);
            break;
        case CausalNodeKind::Latent:
        case CausalNodeKind::Confounder:
            style = Qt::DashLine;
            ring = node.kind == CausalNodeKind::Confounder ? PlotStyle::population()
                                                           : PlotStyle::neutral();
            font.setItalic(true);
            break;
        case CausalNodeKind::Feature:
        case CausalNodeKind::Collider:
            if (isSetAtRandom(drawn.node)) { // by the experimenter: the interventional colour
                ring = PlotStyle::interventional().darker(110);
                width = 2.4;
            }
            if (node.lever) {
                fill = PlotStyle::faint(PlotStyle::causal(), 55);
                if (!isSetAtRandom(drawn.node)) {
                    ring = PlotStyle::causal().darker(110);
                    width = 2.4;
                }
            }
            break;
        }
        drawn.circle->setPen(PlotStyle::pen(ring, width, style));
        drawn.circle->setBrush(fill);
        drawn.label->setFont(font);
        drawn.label->setColor(node.observed ? QColor(20, 20, 20)
                                            : PlotStyle::neutral().darker(140));
        if (drawn.caption) {
            drawn.caption->setFont(PlotStyle::font(7));
            drawn.caption->setColor(node.lever ? PlotStyle::causal().darker(130)
                                    : node.kind == CausalNodeKind::Confounder
                                        ? PlotStyle::population()
                                        : PlotStyle::neutral().darker(120));
        }
    }
    for (DrawnEdge& edge : m_drawnEdges) {
        QColor colour = edgeColour(edge.edge.kind);
        if (edge.cut)
            colour = PlotStyle::faint(colour, int(kCutAlpha));
        const QPen pen =
            PlotStyle::pen(colour, edge.cut ? 1.6 : 2.0, edge.cut ? Qt::DashLine : Qt::SolidLine);
        const QCPLineEnding head(QCPLineEnding::esSpikeArrow, 9 * PlotStyle::scale(),
                                 12 * PlotStyle::scale());
        edge.line->setPen(pen);
        edge.line->setHead(head);
        edge.curve->setPen(pen);
        edge.curve->setHead(head);
        if (edge.weight) {
            edge.weight->setFont(PlotStyle::font(9));
            edge.weight->setColor(edge.cut ? colour : colour.darker(130));
            edge.weight->setBrush(QColor(255, 255, 255, 225));
            const int pad = qRound(1.5 * PlotStyle::scale());
            edge.weight->setPadding(QMargins(pad + 1, pad - 1, pad + 1, pad - 1));
        }
        if (edge.crossA) {
            const QPen mark = PlotStyle::pen(PlotStyle::interventional().darker(110), 2.6);
            edge.crossA->setPen(mark);
            edge.crossB->setPen(mark);
        }
    }
}

double CausalGraphPlot::nodeRadius() const
{
    double widest = 0.0;
    for (const DrawnNode& drawn : m_drawnNodes) {
        if (drawn.node < 0)
            continue;
        const QFontMetricsF metrics(drawn.label->font());
        widest =
            std::max({widest, metrics.horizontalAdvance(drawn.label->text()), metrics.height()});
    }
    return widest / 2.0 + 7.0 * PlotStyle::scale();
}

void CausalGraphPlot::placeItems()
{
    const QRectF area = axisRect()->rect();
    if (area.width() < 2 || area.height() < 2)
        return;
    const double s = PlotStyle::scale();
    const double margin = 6.0 * s;

    // The key and the footnote along the bottom; the check box at the top right (on screen),
    // the do(X) label at the top left, or below the box when both do not fit side by side.
    // The key's entries side by side, wrapped onto more lines when the plot is narrow.
    const double keyLine = QFontMetricsF(PlotStyle::font(8)).height();
    QList<QList<QCPItemText*>> keyLines{{}};
    double lineWidth = 0.0;
    for (QCPItemText* key : m_key) {
        if (!key->visible())
            continue;
        const double width = QFontMetricsF(key->font()).horizontalAdvance(key->text()) + 12.0 * s;
        if (!keyLines.last().isEmpty() && lineWidth + width > area.width() - 2 * margin) {
            keyLines.append(QList<QCPItemText*>());
            lineWidth = 0.0;
        }
        keyLines.last().append(key);
        lineWidth += width;
    }
    const double keyY = area.bottom() - margin;
    for (int line = 0; line < keyLines.size(); ++line) {
        double keyX = area.left() + margin;
        for (QCPItemText* key : keyLines[line]) {
            key->position->setCoords(keyX, keyY - (keyLines.size() - 1 - line) * keyLine);
            keyX += QFontMetricsF(key->font()).horizontalAdvance(key->text()) + 12.0 * s;
        }
    }
    const double keyHeight = keyLines.size() * keyLine;
    const QFontMetricsF footMetrics(m_footnote->font());
    const double footHeight =
        m_footnote->visible()
            ? footMetrics.boundingRect(QRectF(), Qt::AlignLeft, m_footnote->text()).height()
            : 0.0;
    m_footnote->position->setCoords(area.left() + margin, keyY - keyHeight);
    const bool onScreen = viewport() == rect();
    if (onScreen) {
        m_toggle->adjustSize();
        m_toggle->move(int(area.right() - m_toggle->width() - 2), int(area.top() + 2));
    }
    const double toggleHeight = onScreen && m_toggle->isVisible() ? m_toggle->height() : 0.0;
    const double toggleWidth = onScreen && m_toggle->isVisible() ? m_toggle->width() : 0.0;
    const QFontMetricsF doMetrics(m_doLabel->font());
    const bool doBeside =
        doMetrics.horizontalAdvance(m_doLabel->text()) + toggleWidth + 3 * margin <= area.width();
    const double doTop = area.top() + margin + (doBeside ? 0.0 : toggleHeight);
    m_doLabel->position->setCoords(area.left() + margin, doTop);
    const double headerHeight = m_doLabel->visible()
                                    ? doTop - area.top() - margin + doMetrics.height()
                                    : std::max(0.0, toggleHeight - margin);

    // The nodes: rows spread over the room left, each row's slots evenly across.
    // Circles large enough for their label and to be seen from afar, never overlapping (at most
    // 40 % of a slot's width or of the gap between rows).
    int rows = 1;
    double widestRow = 1.0; ///< in node widths (a summary counts 1.6)
    {
        std::map<double, double> perRow;
        for (const DrawnNode& drawn : m_drawnNodes)
            perRow[drawn.ratio.y()] += drawn.node < 0 ? 1.6 : 1.0;
        rows = std::max(1, int(perRow.size()));
        for (const auto& [y, n] : perRow) {
            Q_UNUSED(y);
            widestRow = std::max(widestRow, n);
        }
    }
    const double captionHeight = QFontMetricsF(PlotStyle::font(7)).height();
    const QRectF free =
        area.adjusted(margin, margin + headerHeight, -margin, -(margin + keyHeight + footHeight));
    double radius = std::max(nodeRadius(), 20.0 * s);
    radius = std::min(
        {radius, 0.4 * free.width() / widestRow, 0.4 * (free.height() - 2 * captionHeight) / rows});
    radius = std::max(radius, 6.0);
    // The rows' centres span the room; a sparse graph is kept compact, in the middle.
    QRectF room = free.adjusted(0.0, radius + captionHeight, 0.0, -(radius + captionHeight));
    if (room.width() < 1 || room.height() < 1)
        room = QRectF(free.center(), QSizeF(1, 1));
    const double widest = 8.0 * radius * widestRow;
    if (room.width() > widest)
        room.adjust((room.width() - widest) / 2.0, 0.0, -(room.width() - widest) / 2.0, 0.0);
    const double tallest = 6.0 * radius * (rows - 1);
    if (room.height() > tallest)
        room.adjust(0.0, (room.height() - tallest) / 2.0, 0.0, -(room.height() - tallest) / 2.0);

    QList<QPointF> centres;
    for (DrawnNode& drawn : m_drawnNodes) {
        const QPointF centre(room.left() + drawn.ratio.x() * room.width(),
                             room.top() + drawn.ratio.y() * room.height());
        centres << centre;
        if (drawn.circle) {
            drawn.label->position->setCoords(centre);
        } else { // a summary's text stays inside the drawing area
            const QRectF text = QFontMetricsF(drawn.label->font())
                                    .boundingRect(QRectF(), Qt::AlignCenter, drawn.label->text());
            drawn.label->position->setCoords(
                std::clamp(centre.x(), free.left() + text.width() / 2.0,
                           std::max(free.left(), free.right() - text.width() / 2.0)),
                centre.y());
        }
        if (drawn.circle) {
            drawn.circle->topLeft->setCoords(centre - QPointF(radius, radius));
            drawn.circle->bottomRight->setCoords(centre + QPointF(radius, radius));
        }
        if (drawn.caption)
            drawn.caption->position->setCoords(
                centre + QPointF(0.0, drawn.top ? -radius - 1.0 : radius + 1.0));
    }

    for (DrawnEdge& edge : m_drawnEdges) {
        const QPointF a = centres[edge.from];
        const QPointF b = centres[edge.to];
        const QPointF along = unit(b - a);
        const QPointF normal(-along.y(), along.x());
        const double length = QLineF(a, b).length();
        // A node in the way: bow the arrow away from it.
        double side = 0.0;
        const double fromRow = m_drawnNodes[edge.from].ratio.y();
        const double toRow = m_drawnNodes[edge.to].ratio.y();
        for (int i = 0; i < centres.size(); ++i) {
            // Only a node on a row between the two ends can be in the way.
            const double row = m_drawnNodes[i].ratio.y();
            if (row <= std::min(fromRow, toRow) || row >= std::max(fromRow, toRow))
                continue;
            if (distanceToSegment(centres[i], a, b) < 1.3 * radius) {
                const double offset = QPointF::dotProduct(centres[i] - (a + b) / 2.0, normal);
                side = offset > 0.0 ? -1.0 : 1.0;
                break;
            }
        }
        QPointF start, end, labelAt, cutAt, cutAlong;
        if (side == 0.0) {
            start = a + radius * along;
            end = b - (radius + 1.0) * along;
            edge.line->start->setCoords(start);
            edge.line->end->setCoords(end);
            labelAt = (start + end) / 2.0;
            cutAt = start + kCutPoint * (end - start);
            cutAlong = along;
        } else {
            const double bow = std::max(2.2 * radius, 0.22 * length) * 4.0 / 3.0;
            const QPointF c1 = a + 0.25 * (b - a) + side * bow * normal;
            const QPointF c2 = a + 0.75 * (b - a) + side * bow * normal;
            start = a + radius * unit(c1 - a);
            end = b + (radius + 1.0) * unit(c2 - b);
            edge.curve->start->setCoords(start);
            edge.curve->startDir->setCoords(c1);
            edge.curve->endDir->setCoords(c2);
            edge.curve->end->setCoords(end);
            auto bezier = [&](double t) {
                const double u = 1.0 - t;
                return u * u * u * start + 3 * u * u * t * c1 + 3 * u * t * t * c2 +
                       t * t * t * end;
            };
            labelAt = bezier(0.5);
            cutAt = bezier(kCutPoint);
            cutAlong = unit(bezier(kCutPoint + 0.01) - bezier(kCutPoint - 0.01));
        }
        edge.line->setVisible(side == 0.0);
        edge.curve->setVisible(side != 0.0);
        if (edge.weight)
            edge.weight->position->setCoords(labelAt);
        if (edge.crossA) {
            // A cross over the arrow: two strokes at ±45° to it.
            const double arm = std::max(5.0 * s, 0.35 * radius);
            const QPointF across(-cutAlong.y(), cutAlong.x());
            const QPointF d1 = arm * unit(cutAlong + across);
            const QPointF d2 = arm * unit(cutAlong - across);
            edge.crossA->start->setCoords(cutAt - d1);
            edge.crossA->end->setCoords(cutAt + d1);
            edge.crossB->start->setCoords(cutAt - d2);
            edge.crossB->end->setCoords(cutAt + d2);
        }
    }
}

bool CausalGraphPlot::isSetAtRandom(int node) const
{
    if (!m_given)
        return m_intervention;
    const std::vector<int>& features = m_graph.features();
    const auto at = std::find(features.begin(), features.end(), node);
    const auto j = std::size_t(at - features.begin());
    return at != features.end() && j < m_randomized.size() && m_randomized[j];
}

void CausalGraphPlot::updateTitle()
{
    if (m_given) {
        PlotStyle::setTitle(this, m_intervention ? tr("Causal graph of the experiment")
                                                 : tr("Causal graph: nothing randomized"));
        return;
    }
    PlotStyle::setTitle(this,
                        m_intervention ? tr("Causal graph under do(X = x)") : tr("Causal graph"));
}

void CausalGraphPlot::addContextActions(QMenu* menu)
{
    menu->addAction(m_interventionAction);
}

} // namespace lev::ui
