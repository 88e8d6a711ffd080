// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentGraphPlot.h"

#include "environments/EnvironmentsResult.h"
#include "plots/NumberText.h"
#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

constexpr double kRadiusX = 0.075;
constexpr double kRadiusY = 0.085;

} // namespace

EnvironmentGraphPlot::EnvironmentGraphPlot(QWidget* parent) : EnvironmentsPlot(parent)
{
    setObjectName(QStringLiteral("environmentGraphPlot"));
    PlotStyle::addTitle(this, tr("Causal graph: A shifts, H hides"));
    xAxis->setRange(0.0, 1.0);
    yAxis->setRange(0.0, 1.0);
    xAxis->setVisible(false);
    yAxis->setVisible(false);
    xAxis->grid()->setVisible(false);
    yAxis->grid()->setVisible(false);
    const QString names[kNodes] = {QStringLiteral("A"), QStringLiteral("H"), QStringLiteral("X₁"),
                                   QStringLiteral("Y"), QStringLiteral("X₂")};
    for (int i = 0; i < kNodes; ++i) {
        const QPointF c = centre(Node(i));
        m_circles[i] = new QCPItemEllipse(this);
        m_circles[i]->topLeft->setCoords(c.x() - kRadiusX, c.y() + kRadiusY);
        m_circles[i]->bottomRight->setCoords(c.x() + kRadiusX, c.y() - kRadiusY);
        m_labels[i] = new QCPItemText(this);
        m_labels[i]->position->setCoords(c);
        m_labels[i]->setText(names[i]);
        m_captions[i] = new QCPItemText(this);
        placeCaption(Node(i));
    }
    m_captions[kAnchor]->setText(tr("anchor (shifts)"));
    m_captions[kHidden]->setText(tr("hidden"));
    m_captions[kLever]->setText(tr("lever"));
    m_captions[kOutcome]->setText(QString());
    m_captions[kChild]->setText(tr("child of Y"));
    addArrow(kAnchor, kLever);
    addArrow(kAnchor, kChild);
    addArrow(kHidden, kLever);
    addArrow(kHidden, kOutcome);
    addArrow(kLever, kOutcome);
    addArrow(kOutcome, kChild);
    applyStyle();
    for (Arrow& arrow : m_arrows)
        placeArrow(arrow, 0.0);
}

QPointF EnvironmentGraphPlot::centre(Node node) const
{
    switch (node) {
    case kAnchor:
        return {0.2, 0.72};
    case kHidden:
        return {0.55, 0.86};
    case kLever:
        return {0.32, 0.43};
    case kOutcome:
        return {0.78, 0.43};
    case kChild:
        return {0.78, 0.11};
    case kNodes:
        break;
    }
    return {};
}

void EnvironmentGraphPlot::placeCaption(Node node)
{
    // Where no arrow passes: A's above it, H's and the child's beside them, the rest below.
    const QPointF c = centre(node);
    QCPItemText* caption = m_captions[node];
    switch (node) {
    case kAnchor:
        caption->position->setCoords(c.x(), c.y() + kRadiusY + 0.01);
        caption->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        break;
    case kHidden:
        caption->position->setCoords(c.x() + kRadiusX + 0.015, c.y());
        caption->setPositionAlignment(Qt::AlignVCenter | Qt::AlignLeft);
        break;
    case kChild:
        caption->position->setCoords(c.x() - kRadiusX - 0.015, c.y());
        caption->setPositionAlignment(Qt::AlignVCenter | Qt::AlignRight);
        break;
    case kLever:
    case kOutcome:
    case kNodes:
        caption->position->setCoords(c.x(), c.y() - kRadiusY - 0.01);
        caption->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        break;
    }
}

void EnvironmentGraphPlot::addArrow(Node from, Node to)
{
    Arrow arrow{from, to, new QCPItemLine(this), new QCPItemText(this)};
    arrow.line->setHead(QCPLineEnding::esSpikeArrow);
    const QPointF a = centre(from);
    const QPointF b = centre(to);
    const QPointF d = b - a;
    // From ellipse edge to ellipse edge.
    const double k = 1.0 / std::sqrt(std::pow(d.x() / kRadiusX, 2) + std::pow(d.y() / kRadiusY, 2));
    arrow.line->start->setCoords(a + k * d);
    arrow.line->end->setCoords(b - k * d);
    // On the arrow, in a box that hides the line beneath: apart at every size. A → X₂ crosses
    // X₁ → Y near its middle, so its weight sits nearer A.
    const double along = from == kAnchor && to == kChild ? 0.25 : 0.5;
    arrow.weight->position->setCoords(a + along * d);
    arrow.weight->setPositionAlignment(Qt::AlignCenter);
    m_arrows << arrow;
}

void EnvironmentGraphPlot::placeArrow(Arrow& arrow, double weight)
{
    const bool shown = weight != 0.0 && std::isfinite(weight);
    arrow.line->setVisible(shown);
    arrow.weight->setVisible(shown);
    arrow.weight->setText(NumberText::of(weight, 2));
}

void EnvironmentGraphPlot::applyStyle()
{
    PlotStyle::applyTo(this);
    xAxis->setVisible(false);
    yAxis->setVisible(false);
    for (int i = 0; i < kNodes; ++i) {
        const bool hidden = i == kHidden || (i == kChild && !m_childOffered);
        QColor colour = i == kAnchor ? PlotStyle::interventional() : PlotStyle::foreground();
        m_circles[i]->setPen(PlotStyle::pen(colour, 2.0, hidden ? Qt::DashLine : Qt::SolidLine));
        m_circles[i]->setBrush(i == kAnchor ? PlotStyle::faint(PlotStyle::interventional(), 50)
                                            : QBrush(Qt::white));
        m_labels[i]->setFont(PlotStyle::font(12));
        m_labels[i]->setColor(PlotStyle::foreground());
        m_captions[i]->setFont(PlotStyle::font(8));
        m_captions[i]->setColor(PlotStyle::foreground());
    }
    for (Arrow& arrow : m_arrows) {
        QColor colour = PlotStyle::neutral();
        Qt::PenStyle style = Qt::SolidLine;
        if (arrow.from == kAnchor)
            colour = PlotStyle::interventional();
        else if (arrow.from == kLever)
            colour = PlotStyle::causal();
        else if (arrow.from == kHidden)
            style = Qt::DashLine;
        arrow.line->setPen(PlotStyle::pen(PlotStyle::themed(colour), 2.0, style));
        arrow.weight->setFont(PlotStyle::font(9));
        arrow.weight->setColor(PlotStyle::themed(colour).darker(115));
        arrow.weight->setBrush(Qt::white);
        const int pad = qRound(2 * PlotStyle::scale());
        arrow.weight->setPadding(QMargins(pad + 1, pad - 1, pad + 1, pad - 1));
    }
    replot(QCustomPlot::rpQueuedReplot);
}

int EnvironmentGraphPlot::pointCount() const
{
    return m_shown ? kNodes : 0;
}

int EnvironmentGraphPlot::edgeCount() const
{
    int count = 0;
    for (const Arrow& arrow : m_arrows)
        count += arrow.line->visible() ? 1 : 0;
    return count;
}

void EnvironmentGraphPlot::showResult(const core::EnvironmentsResult& result)
{
    const core::ShiftedSettings& m = result.settings.model;
    m_shown = result.ok();
    m_childOffered = m.childFeature;
    const double weights[] = {m.shift,       m.childShift, m.confounding,
                              m.confounding, m.effect,     m.childWeight};
    for (int i = 0; i < int(m_arrows.size()); ++i)
        placeArrow(m_arrows[i], m_shown ? weights[i] : 0.0);
    m_captions[kChild]->setText(!m.childFeature        ? tr("not offered")
                                : m.childWeight != 0.0 ? tr("child of Y")
                                                       : tr("no child of Y"));
    m_captions[kAnchor]->setText(m.environments >= 2 ? tr("%1 environments").arg(m.environments)
                                                     : tr("continuous"));
    applyStyle();
    PlotStyle::setNotice(this, axisRect(),
                         m_shown ? QString() : QString::fromStdString(result.message));
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace lev::ui
