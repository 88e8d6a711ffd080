// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/ClippedSvgDevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <algorithm>
#include <optional>

namespace lev::ui {

namespace {

/// What QSvgGenerator's engine draws itself; the rest QPainter emulates, as it would for it.
QPaintEngine::PaintEngineFeatures svgFeatures()
{
    return QPaintEngine::PaintEngineFeatures(QPaintEngine::AllFeatures) &
           ~QPaintEngine::PaintEngineFeatures(
               QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform |
               QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff);
}

/// The part of the segment a-b inside `r`, if any (Liang-Barsky).
std::optional<QLineF> clipSegment(const QPointF& a, const QPointF& b, const QRectF& r)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    double t0 = 0.0;
    double t1 = 1.0;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return std::nullopt; // parallel to this edge and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(a + t0 * (b - a), a + t1 * (b - a));
}

/// The pieces of a polyline inside `r`, each a polyline of its own.
QList<QPolygonF> clipPolyline(const QPointF* points, int count, const QRectF& r)
{
    QList<QPolygonF> pieces;
    QPolygonF current;
    for (int i = 0; i + 1 < count; ++i) {
        const std::optional<QLineF> part = clipSegment(points[i], points[i + 1], r);
        if (!part) {
            if (current.size() > 1)
                pieces.append(current);
            current.clear();
            continue;
        }
        if (current.isEmpty() || current.last() != part->p1()) {
            if (current.size() > 1)
                pieces.append(current);
            current = QPolygonF{part->p1()};
        }
        current.append(part->p2());
    }
    if (current.size() > 1)
        pieces.append(current);
    return pieces;
}

QRectF boundsOf(const QPointF* points, int count)
{
    return QPolygonF(QList<QPointF>(points, points + count)).boundingRect();
}

/// Forwards every call to a QPainter on the generator, cutting the geometry at the clip first.
class ClippingEngine : public QPaintEngine
{
public:
    explicit ClippingEngine(QSvgGenerator* target) : QPaintEngine(svgFeatures()), m_target(target)
    {
    }

    bool begin(QPaintDevice*) override { return m_painter.begin(m_target); }
    bool end() override { return m_painter.end(); }
    Type type() const override { return QPaintEngine::SVG; }

    void updateState(const QPaintEngineState& state) override
    {
        const QPaintEngine::DirtyFlags flags = state.state();
        if (flags & DirtyPen)
            m_painter.setPen(state.pen());
        if (flags & DirtyBrush)
            m_painter.setBrush(state.brush());
        if (flags & DirtyBrushOrigin)
            m_painter.setBrushOrigin(state.brushOrigin());
        if (flags & DirtyFont)
            m_painter.setFont(state.font());
        if (flags & DirtyBackground)
            m_painter.setBackground(state.backgroundBrush());
        if (flags & DirtyBackgroundMode)
            m_painter.setBackgroundMode(state.backgroundMode());
        if (flags & DirtyTransform)
            m_painter.setTransform(state.transform());
        if (flags & DirtyHints) {
            m_painter.setRenderHints(m_painter.renderHints(), false);
            m_painter.setRenderHints(state.renderHints(), true);
        }
        if (flags & DirtyOpacity)
            m_painter.setOpacity(state.opacity());
        if (flags & DirtyCompositionMode)
            m_painter.setCompositionMode(state.compositionMode());
        // The clip flags are not forwarded: the generator would drop them. Every draw call asks
        // the painter for its clip instead.
    }

    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;

    void drawPath(const QPainterPath& path) override
    {
        const std::optional<QRectF> box = clip();
        const QRectF bounds = strokeBounds(path.controlPointRect());
        if (!box || box->contains(bounds)) {
            m_painter.drawPath(path);
            return;
        }
        if (!box->intersects(bounds))
            return;
        if (m_painter.brush().style() != Qt::NoBrush) {
            QPainterPath area;
            area.addRect(*box);
            m_painter.save();
            m_painter.setPen(Qt::NoPen);
            m_painter.drawPath(path.intersected(area));
            m_painter.restore();
        }
        if (m_painter.pen().style() != Qt::NoPen) {
            m_painter.save();
            m_painter.setBrush(Qt::NoBrush);
            for (const QPolygonF& outline : path.toSubpathPolygons())
                for (const QPolygonF& piece :
                     clipPolyline(outline.constData(), static_cast<int>(outline.size()), *box))
                    m_painter.drawPolyline(piece);
            m_painter.restore();
        }
    }

    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override
    {
        const std::optional<QRectF> box = clip();
        if (!box || box->contains(strokeBounds(boundsOf(points, count)))) {
            switch (mode) {
            case PolylineMode:
                m_painter.drawPolyline(points, count);
                return;
            case ConvexMode:
                m_painter.drawConvexPolygon(points, count);
                return;
            case WindingMode:
                m_painter.drawPolygon(points, count, Qt::WindingFill);
                return;
            case OddEvenMode:
                m_painter.drawPolygon(points, count, Qt::OddEvenFill);
                return;
            }
            return;
        }
        if (mode == PolylineMode) {
            for (const QPolygonF& piece : clipPolyline(points, count, *box))
                m_painter.drawPolyline(piece);
            return;
        }
        QPainterPath path;
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        path.closeSubpath();
        drawPath(path);
    }

    void drawLines(const QLineF* lines, int count) override
    {
        const std::optional<QRectF> box = clip();
        if (!box) {
            m_painter.drawLines(lines, count);
            return;
        }
        QList<QLineF> inside;
        for (int i = 0; i < count; ++i)
            if (const auto part = clipSegment(lines[i].p1(), lines[i].p2(), *box))
                inside.append(*part);
        if (!inside.isEmpty())
            m_painter.drawLines(inside.constData(), static_cast<int>(inside.size()));
    }

    void drawRects(const QRectF* rects, int count) override
    {
        const std::optional<QRectF> box = clip();
        for (int i = 0; i < count; ++i) {
            if (!box || box->contains(strokeBounds(rects[i]))) {
                m_painter.drawRect(rects[i]);
            } else {
                QPainterPath path;
                path.addRect(rects[i]);
                drawPath(path);
            }
        }
    }

    void drawEllipse(const QRectF& rect) override
    {
        const std::optional<QRectF> box = clip();
        if (!box || box->contains(strokeBounds(rect))) {
            m_painter.drawEllipse(rect);
            return;
        }
        QPainterPath path;
        path.addEllipse(rect);
        drawPath(path);
    }

    void drawPoints(const QPointF* points, int count) override
    {
        const std::optional<QRectF> box = clip();
        QList<QPointF> inside;
        for (int i = 0; i < count; ++i)
            if (!box || box->contains(points[i]))
                inside.append(points[i]);
        if (!inside.isEmpty())
            m_painter.drawPoints(inside.constData(), static_cast<int>(inside.size()));
    }

    void drawPixmap(const QRectF& r, const QPixmap& pixmap, const QRectF& sr) override
    {
        QRectF target = r;
        QRectF source = sr;
        if (crop(&target, &source, pixmap.rect()))
            m_painter.drawPixmap(target, pixmap, source);
    }

    void drawImage(const QRectF& r, const QImage& image, const QRectF& sr,
                   Qt::ImageConversionFlags flags) override
    {
        QRectF target = r;
        QRectF source = sr;
        if (crop(&target, &source, image.rect()))
            m_painter.drawImage(target, image, source, flags);
    }

    void drawTiledPixmap(const QRectF& r, const QPixmap& pixmap, const QPointF& offset) override
    {
        const std::optional<QRectF> box = clip();
        const QRectF visible = box ? r.intersected(*box) : r;
        if (!visible.isEmpty())
            m_painter.drawTiledPixmap(visible, pixmap, offset + (visible.topLeft() - r.topLeft()));
    }

    void drawTextItem(const QPointF& p, const QTextItem& textItem) override
    {
        // Text is kept or dropped whole, by where its baseline starts.
        const std::optional<QRectF> box = clip();
        if (!box || box->contains(p))
            m_painter.drawTextItem(p, textItem);
    }

private:
    /// The painter's clip in the current logical coordinates; none when it does not clip.
    std::optional<QRectF> clip() const
    {
        const QPainter* source = painter();
        if (source == nullptr || !source->hasClipping())
            return std::nullopt;
        return source->clipBoundingRect();
    }

    /// `bounds` grown by half the pen's width (at least one unit), what a stroke can cover.
    QRectF strokeBounds(const QRectF& bounds) const
    {
        const QPen pen = m_painter.pen();
        const double margin =
            pen.style() == Qt::NoPen ? 0.0 : std::max(1.0, pen.widthF() / 2.0 + 0.5);
        return bounds.normalized().adjusted(-margin, -margin, margin, margin);
    }

    /// Crops an image drawn from `source` (pixels of an image `whole`) into `target` to the
    /// clip, along whole source pixels so that no pixel is stretched. False when nothing shows.
    bool crop(QRectF* target, QRectF* source, const QRect& whole) const
    {
        const std::optional<QRectF> box = clip();
        if (!box || box->contains(*target))
            return true;
        if (!(target->width() > 0.0) || !(target->height() > 0.0) || source->isEmpty())
            return true; // mirrored or degenerate: left to the generator
        const QRectF visible = target->intersected(*box);
        if (visible.isEmpty())
            return false;
        const double sx = source->width() / target->width();
        const double sy = source->height() / target->height();
        const QRect pixels = QRectF(source->x() + (visible.x() - target->x()) * sx,
                                    source->y() + (visible.y() - target->y()) * sy,
                                    visible.width() * sx, visible.height() * sy)
                                 .toAlignedRect()
                                 .intersected(whole);
        if (pixels.isEmpty())
            return false;
        *target = QRectF(target->x() + (pixels.x() - source->x()) / sx,
                         target->y() + (pixels.y() - source->y()) / sy, pixels.width() / sx,
                         pixels.height() / sy);
        *source = QRectF(pixels);
        return true;
    }

    QSvgGenerator* m_target;
    QPainter m_painter;
};

} // namespace

ClippedSvgDevice::ClippedSvgDevice(QSvgGenerator* target)
    : m_target(target), m_engine(std::make_unique<ClippingEngine>(target))
{
    Q_ASSERT(target);
}

ClippedSvgDevice::~ClippedSvgDevice() = default;

QPaintEngine* ClippedSvgDevice::paintEngine() const
{
    return m_engine.get();
}

int ClippedSvgDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
        return m_target->logicalDpiY();
    case PdmPhysicalDpiX:
        return m_target->physicalDpiX();
    case PdmPhysicalDpiY:
        return m_target->physicalDpiY();
    case PdmDevicePixelRatio:
        return m_target->devicePixelRatio();
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(m_target->devicePixelRatioF() *
                                QPaintDevice::devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace lev::ui
