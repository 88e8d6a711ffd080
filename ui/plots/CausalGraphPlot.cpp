// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/CausalGraphPlot.h"

#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <QAction>
#include <QCheckBox>
#include <QFontMetricsF>
#include <QMenu>

#include <algorithm>
#include <cmath>

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
    m_layout = {};
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
    if (m_layout.hiddenFeatures() > 0 || m_layout.hiddenLatents() > 0)
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
    m_layout = CausalGraphLayout(m_graph, kMaxFeatures, kMaxLatents);
    for (const CausalGraphLayout::Cell& slot : m_layout.cells()) {
        DrawnNode drawnNode;
        drawnNode.node = slot.node;
        if (slot.node >= 0) {
            const core::CausalNode& node = nodes[std::size_t(slot.node)];
            drawnNode.circle = absoluteItem<QCPItemEllipse>(this, QStringLiteral("graphNode"));
            drawnNode.label = absoluteItem<QCPItemText>(this, QStringLiteral("nodeLabel"));
            drawnNode.label->setText(PlotStyle::featureLabel(node.name));
            drawnNode.label->setPositionAlignment(Qt::AlignCenter);
            m_items << drawnNode.circle << drawnNode.label;
            const QString caption = captionFor(node);
            if (!caption.isEmpty() && (slot.top || slot.bottom)) {
                drawnNode.caption = absoluteItem<QCPItemText>(this, QStringLiteral("nodeCaption"));
                drawnNode.caption->setText(caption);
                drawnNode.caption->setPositionAlignment(
                    Qt::AlignHCenter | (slot.top ? Qt::AlignBottom : Qt::AlignTop));
                m_items << drawnNode.caption;
            }
        } else {
            const int features = m_layout.hiddenFeatures();
            drawnNode.label = absoluteItem<QCPItemText>(this, QStringLiteral("summary"));
            drawnNode.label->setText(
                slot.node == CausalGraphLayout::kFeatureSummary
                    ? (features == 1 ? tr("\u2026 1 more\nfeature")
                                     : tr("\u2026 %1 more\nfeatures").arg(features))
                    : tr("\u2026 %1 more\nhidden").arg(m_layout.hiddenLatents()));
            drawnNode.label->setPositionAlignment(Qt::AlignCenter);
            m_items << drawnNode.label;
        }
        m_drawnNodes << drawnNode;
    }
}

void CausalGraphPlot::addEdge(const core::CausalEdge& edge, bool cut)
{
    DrawnEdge drawnEdge;
    drawnEdge.edge = edge;
    drawnEdge.cut = cut;
    drawnEdge.from = m_layout.cellOf(edge.from);
    drawnEdge.to = m_layout.cellOf(edge.to);
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

    // The nodes: circles large enough for their label and to be seen from afar.
    const double captionHeight = QFontMetricsF(PlotStyle::font(7)).height();
    const QRectF free =
        area.adjusted(margin, margin + headerHeight, -margin, -(margin + keyHeight + footHeight));
    const double radius = m_layout.radius(free, std::max(nodeRadius(), 20.0 * s), captionHeight);
    const std::vector<QPointF> centres = m_layout.centres(free, radius, captionHeight);
    for (int i = 0; i < m_drawnNodes.size(); ++i) {
        DrawnNode& drawn = m_drawnNodes[i];
        const QPointF centre = centres[std::size_t(i)];
        if (drawn.circle) {
            drawn.label->position->setCoords(centre);
            drawn.circle->topLeft->setCoords(centre - QPointF(radius, radius));
            drawn.circle->bottomRight->setCoords(centre + QPointF(radius, radius));
        } else { // a summary's text stays inside the drawing area
            const QRectF text = QFontMetricsF(drawn.label->font())
                                    .boundingRect(QRectF(), Qt::AlignCenter, drawn.label->text());
            drawn.label->position->setCoords(
                std::clamp(centre.x(), free.left() + text.width() / 2.0,
                           std::max(free.left(), free.right() - text.width() / 2.0)),
                centre.y());
        }
        if (drawn.caption) {
            const bool top = m_layout.cells()[std::size_t(i)].top;
            drawn.caption->position->setCoords(centre +
                                               QPointF(0.0, top ? -radius - 1.0 : radius + 1.0));
        }
    }

    for (DrawnEdge& edge : m_drawnEdges) {
        const CausalGraphLayout::Route route =
            m_layout.route(centres, edge.from, edge.to, radius, kCutPoint);
        if (route.bowed) {
            edge.curve->start->setCoords(route.start);
            edge.curve->startDir->setCoords(route.startDir);
            edge.curve->endDir->setCoords(route.endDir);
            edge.curve->end->setCoords(route.end);
        } else {
            edge.line->start->setCoords(route.start);
            edge.line->end->setCoords(route.end);
        }
        edge.line->setVisible(!route.bowed);
        edge.curve->setVisible(route.bowed);
        if (edge.weight)
            edge.weight->position->setCoords(route.labelAt);
        if (edge.crossA) {
            // A cross over the arrow: two strokes at ±45° to it.
            const double arm = std::max(5.0 * s, 0.35 * radius);
            const QPointF d1 = arm * route.crossA;
            const QPointF d2 = arm * route.crossB;
            edge.crossA->start->setCoords(route.cutAt - d1);
            edge.crossA->end->setCoords(route.cutAt + d1);
            edge.crossB->start->setCoords(route.cutAt - d2);
            edge.crossB->end->setCoords(route.cutAt + d2);
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
