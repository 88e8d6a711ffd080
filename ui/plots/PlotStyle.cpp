// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/PlotStyle.h"

#include <QCoreApplication>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {
const QString kTitleName = QStringLiteral("plotTitle");
const QString kNoticeName = QStringLiteral("notice");
const QString kPinnedLayer = QStringLiteral("pinned");
const QString kPinnedEntryName = QStringLiteral("pinnedLegendEntry");
const QString kLegendRowName = QStringLiteral("legendRow");
const char* const kWrappedText = "wrappedText";
constexpr int kGhostAlpha = 175;
// A column name on a tick shows at most this many characters; a longer one loses its middle.
constexpr int kLongestTickName = 14;

/// A legend below its plot in as many columns as fit the plot's width, so that a short plot (a
/// presentation on a small screen) does not give half its height to a one-column legend.
/// Refitted before every replot: the width, the entries and the font size may all have changed.
void fitLegendColumns(QCustomPlot* plot)
{
    QCPLegend* legend = plot->legend;
    QList<QCPAbstractLegendItem*> items;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i))
            items << item;
    if (items.size() < 2)
        return;
    const QMargins margins = legend->margins();
    const int available = plot->width() - margins.left() - margins.right() - 16;
    int columns = int(items.size());
    for (; columns > 1; --columns) {
        std::vector<int> widths(std::size_t(columns), 0);
        for (int i = 0; i < items.size(); ++i) {
            int& width = widths[std::size_t(i % columns)];
            width = std::max(width, items[i]->minimumOuterSizeHint().width());
        }
        int total = (columns - 1) * legend->columnSpacing();
        for (const int width : widths)
            total += width;
        if (total <= available)
            break;
    }
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(legend->fillOrder(), true); // rearranges by the new wrap
    }
}

/// The legend entry of the pinned state: one grey ghost sample (a dashed line through a hollow
/// marker) standing for all the pinned series of the plot.
class PinnedLegendItem : public QCPAbstractLegendItem
{
public:
    explicit PinnedLegendItem(QCPLegend* legend) : QCPAbstractLegendItem(legend)
    {
        setObjectName(kPinnedEntryName);
        setSelectable(false);
    }

    static QString text() { return QCoreApplication::translate("PlotStyle", "pinned"); }

protected:
    void draw(QCPPainter* painter) override
    {
        const QSize iconSize = mParentLegend->iconSize();
        painter->setFont(mFont);
        painter->setPen(QPen(mTextColor));
        const QRect textRect = painter->fontMetrics().boundingRect(0, 0, 0, iconSize.height(),
                                                                   Qt::TextDontClip, text());
        const int textHeight = std::max(textRect.height(), iconSize.height());
        painter->drawText(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(),
                          mRect.y(), textRect.width(), textHeight, Qt::TextDontClip, text());

        const QRectF icon(mRect.topLeft(), iconSize);
        painter->save();
        painter->setClipRect(icon, Qt::IntersectClip);
        const QColor grey = PlotStyle::ghost(PlotStyle::neutral());
        painter->setPen(PlotStyle::ghostPen(PlotStyle::neutral()));
        painter->drawLine(QLineF(icon.left(), icon.center().y(), icon.right(), icon.center().y()));
        QCPScatterStyle marker =
            PlotStyle::ghostMarker(QCPScatterStyle::ssCircle, PlotStyle::neutral(), 7.0);
        marker.applyTo(painter, QPen(grey));
        marker.drawShape(painter, icon.center());
        painter->restore();
    }

    QSize minimumOuterSizeHint() const override
    {
        const QSize iconSize = mParentLegend->iconSize();
        const QRect textRect =
            QFontMetrics(mFont).boundingRect(0, 0, 0, iconSize.height(), Qt::TextDontClip, text());
        return QSize(iconSize.width() + mParentLegend->iconTextPadding() + textRect.width() +
                         mMargins.left() + mMargins.right(),
                     std::max(textRect.height(), iconSize.height()) + mMargins.top() +
                         mMargins.bottom());
    }
};

/// The axis's text ticker, made and set if it has another one; emptied.
QSharedPointer<QCPAxisTickerText> emptyTextTicker(QCPAxis* axis)
{
    auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
    if (!ticker) {
        ticker.reset(new QCPAxisTickerText);
        axis->setTicker(ticker);
    }
    ticker->clear();
    return ticker;
}

/// Breaks a text into lines of at most `room` pixels in `metrics`, at spaces; a word longer than
/// that keeps a line of its own. Line breaks already in the text stay.
QString wrapped(const QString& text, const QFontMetricsF& metrics, double room)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

/// Breaks a notice's text into lines that fit the width of its axis rect (less its inset and
/// padding), so that it never reaches over the tick labels beside the rect.
void wrapNotice(QCPItemText* notice, double inset)
{
    const QString text = notice->property("noticeText").toString();
    QCPAxisRect* rect = notice->clipAxisRect();
    const QMargins padding = notice->padding();
    const double room =
        rect ? rect->width() * (1.0 - 2.0 * inset) - padding.left() - padding.right() - 2.0 : 0.0;
    notice->setText(
        text.isEmpty() || room < 40.0 ? text : wrapped(text, QFontMetricsF(notice->font()), room));
}

/// Breaks the text of each layout text element set by setWrappedText into lines that fit the
/// plot's width: a long title on a narrow plot gets a second line instead of losing both ends.
void wrapTextElements(QCustomPlot* plot)
{
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        auto* text = qobject_cast<QCPTextElement*>(element);
        if (!text || !text->property(kWrappedText).isValid())
            continue;
        const QString full = text->property(kWrappedText).toString();
        const QMargins margins = text->margins();
        const double room = plot->viewport().width() - margins.left() - margins.right() - 8.0;
        text->setText(room < 40.0 ? full : wrapped(full, QFontMetricsF(text->font()), room));
    }
}

QMargins scaled(int left, int top, int right, int bottom)
{
    const double s = PlotStyle::scale();
    return QMargins(qRound(left * s), qRound(top * s), qRound(right * s), qRound(bottom * s));
}
} // namespace

double PlotStyle::s_scale = 1.0;
bool PlotStyle::s_highContrast = false;

QColor PlotStyle::causal()
{
    return QColor(0x00, 0x9E, 0x73);
}
QColor PlotStyle::population()
{
    return QColor(0x00, 0x72, 0xB2);
}
QColor PlotStyle::estimate()
{
    return QColor(0xD5, 0x5E, 0x00);
}
QColor PlotStyle::interventional()
{
    return QColor(0xE6, 0x9F, 0x00);
}
QColor PlotStyle::sample()
{
    return QColor(0x56, 0xB4, 0xE9);
}
QColor PlotStyle::neutral()
{
    return QColor(0x70, 0x70, 0x70);
}

QColor PlotStyle::resampled()
{
    return QColor(0xCC, 0x79, 0xA7);
}

QColor PlotStyle::faint(const QColor& colour, int alpha)
{
    QColor c = colour;
    c.setAlpha(alpha);
    return c;
}

QColor PlotStyle::ghost(const QColor& colour)
{
    return faint(colour, kGhostAlpha);
}

double PlotStyle::scale()
{
    return s_scale;
}
void PlotStyle::setScale(double scale)
{
    Q_ASSERT(std::isfinite(scale) && scale > 0.0);
    s_scale = scale;
}

bool PlotStyle::highContrast()
{
    return s_highContrast;
}

void PlotStyle::setHighContrast(bool on)
{
    s_highContrast = on;
}

QColor PlotStyle::themed(const QColor& colour)
{
    if (!s_highContrast)
        return colour;
    // WCAG 2 relative luminance; against white (luminance 1) the contrast ratio is
    // 1.05 / (L + 0.05), so 3:1 needs L <= 0.3.
    const auto luminance = [](const QColor& c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    QColor dark = colour;
    for (int i = 0; i < 20 && luminance(dark) > 0.3; ++i)
        dark = dark.darker(110);
    dark.setAlpha(colour.alpha());
    return dark;
}

QColor PlotStyle::foreground()
{
    return s_highContrast ? QColor(Qt::black) : QColor(60, 60, 60);
}

QFont PlotStyle::font(int pointSizeAtScale1)
{
    QFont f;
    f.setPointSizeF(pointSizeAtScale1 * s_scale);
    if (s_highContrast)
        f.setWeight(QFont::DemiBold); // thin strokes vanish on a washed-out projector
    return f;
}

QPen PlotStyle::pen(const QColor& colour, double widthAtScale1, Qt::PenStyle style)
{
    QPen p(themed(colour), widthAtScale1 * s_scale * (s_highContrast ? 1.6 : 1.0), style);
    p.setCapStyle(Qt::RoundCap);
    return p;
}

void PlotStyle::styleAxisRect(QCPAxisRect* rect)
{
    const QColor grid = s_highContrast ? QColor(200, 200, 200) : QColor(225, 225, 225);
    for (QCPAxis* axis : rect->axes()) {
        axis->setLabelFont(font(9));
        axis->setTickLabelFont(font(8));
        axis->setBasePen(pen(foreground(), 1.0));
        axis->setTickPen(pen(foreground(), 1.0));
        axis->setSubTickPen(pen(foreground(), 0.8));
        axis->grid()->setPen(QPen(grid, 1.0, Qt::SolidLine));
        axis->grid()->setZeroLinePen(
            QPen(s_highContrast ? Qt::black : QColor(160, 160, 160), s_highContrast ? 1.5 : 1.0));
    }
}

void PlotStyle::styleLegend(QCPLegend* legend)
{
    legend->setFont(font(8));
    legend->setBrush(s_highContrast ? QColor(Qt::white) : QColor(255, 255, 255, 210));
    legend->setBorderPen(QPen(s_highContrast ? QColor(Qt::black) : QColor(200, 200, 200)));
    legend->setIconSize(qRound(18 * s_scale), qRound(10 * s_scale));
    legend->setIconTextPadding(qRound(7 * s_scale));
    spaceLegendRows(legend);
}

void PlotStyle::applyTo(QCustomPlot* plot)
{
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNoAntialiasingOnDrag(true);
    plot->setBackground(Qt::white);
    plot->setMinimumSize(160, 120); // four in a row beside the dock fit 1024 pixels
    for (QCPAxisRect* rect : plot->axisRects())
        styleAxisRect(rect);
    styleLegend(plot->legend);
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        auto* title = qobject_cast<QCPTextElement*>(element);
        if (title && title->objectName() == kTitleName)
            title->setFont(font(10));
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* notice = qobject_cast<QCPItemText*>(plot->item(i));
        if (notice && notice->objectName() == kNoticeName) {
            notice->setFont(font(9));
            notice->setPadding(scaled(6, 4, 6, 4));
        }
    }
}

void PlotStyle::setLogarithmic(QCPAxis* axis)
{
    axis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    axis->setTicker(ticker);
    axis->setNumberFormat("eb");
    axis->setNumberPrecision(0);
}

void PlotStyle::addTitle(QCustomPlot* plot, const QString& title)
{
    plot->plotLayout()->insertRow(0);
    auto* element = new QCPTextElement(plot, title, font(10));
    element->setObjectName(kTitleName);
    element->setTextColor(QColor(30, 30, 30));
    plot->plotLayout()->addElement(0, 0, element);
    setWrappedText(element, title);
}

void PlotStyle::setTitle(QCustomPlot* plot, const QString& title)
{
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        auto* text = qobject_cast<QCPTextElement*>(element);
        if (text && text->objectName() == kTitleName)
            setWrappedText(text, title);
    }
}

void PlotStyle::setWrappedText(QCPTextElement* element, const QString& text)
{
    QCustomPlot* plot = element->parentPlot();
    if (!plot->property("textsWrap").toBool()) {
        // Before each layout: the width, the font and the text may all have changed.
        plot->setProperty("textsWrap", true);
        QObject::connect(plot, &QCustomPlot::beforeReplot, plot,
                         [plot]() { wrapTextElements(plot); });
    }
    element->setProperty(kWrappedText, text);
    element->setText(text);
}

void PlotStyle::setNotice(QCustomPlot* plot, QCPAxisRect* rect, const QString& text,
                          Qt::Alignment where)
{
    QCPItemText* notice = nullptr;
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* item = qobject_cast<QCPItemText*>(plot->item(i));
        if (item && item->objectName() == kNoticeName && item->clipAxisRect() == rect)
            notice = item;
    }
    if (!notice) {
        notice = new QCPItemText(plot);
        notice->setObjectName(kNoticeName);
        notice->setClipAxisRect(rect);
        notice->setClipToAxisRect(false);
        notice->position->setType(QCPItemPosition::ptAxisRectRatio);
        notice->position->setAxisRect(rect);
        notice->setFont(font(9));
        notice->setColor(QColor(120, 30, 30));
        notice->setBrush(QColor(255, 255, 255, 230));
        notice->setPadding(scaled(6, 4, 6, 4));
        notice->setLayer("overlay");
        notice->setTextAlignment(Qt::AlignHCenter);
    }
    constexpr double kInset = 0.02; // from an edge, as a fraction of the rect
    if (!plot->property("noticesWrap").toBool()) {
        // Each layout (a resize, a new scale) wraps the notices anew to their rect's width.
        plot->setProperty("noticesWrap", true);
        QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot]() {
            for (int i = 0; i < plot->itemCount(); ++i) {
                auto* item = qobject_cast<QCPItemText*>(plot->item(i));
                if (item && item->objectName() == kNoticeName && item->visible())
                    wrapNotice(item, kInset);
            }
        });
    }
    const double x = where & Qt::AlignLeft ? kInset : where & Qt::AlignRight ? 1.0 - kInset : 0.5;
    const double y = where & Qt::AlignTop ? kInset : where & Qt::AlignBottom ? 1.0 - kInset : 0.5;
    notice->position->setCoords(x, y);
    notice->setPositionAlignment(where);
    notice->setProperty("noticeText", text);
    wrapNotice(notice, kInset);
    notice->setVisible(!text.isEmpty());
}

double PlotStyle::markerSize(double sizeAtScale1)
{
    return sizeAtScale1 * s_scale * (s_highContrast ? 1.3 : 1.0);
}

QPen PlotStyle::ghostPen(const QColor& colour, double widthAtScale1)
{
    return pen(ghost(colour), widthAtScale1, Qt::DashLine);
}

QCPScatterStyle PlotStyle::ghostMarker(QCPScatterStyle::ScatterShape shape, const QColor& colour,
                                       double sizeAtScale1)
{
    return QCPScatterStyle(shape, pen(ghost(colour), 1.3), Qt::NoBrush, markerSize(sizeAtScale1));
}

QCPLayer* PlotStyle::pinnedLayer(QCustomPlot* plot)
{
    if (QCPLayer* layer = plot->layer(kPinnedLayer))
        return layer;
    plot->addLayer(kPinnedLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    return plot->layer(kPinnedLayer);
}

void PlotStyle::setPinnedLegendEntry(QCustomPlot* plot, bool shown)
{
    QCPLegend* legend = plot->legend;
    QCPAbstractLegendItem* entry = nullptr;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (legend->item(i) && legend->item(i)->objectName() == kPinnedEntryName)
            entry = legend->item(i);
    if (shown && !entry) {
        legend->addItem(new PinnedLegendItem(legend));
        spaceLegendRows(legend);
    } else if (!shown && entry) {
        legend->removeItem(entry);
    }
}

void PlotStyle::setPaddedRange(QCPAxis* axis, double lower, double upper, double fraction)
{
    if (lower > upper)
        std::swap(lower, upper);
    if (axis->scaleType() == QCPAxis::stLogarithmic) {
        if (!(lower > 0.0) || !std::isfinite(upper)) {
            axis->setRange(0.1, 10.0);
            return;
        }
        // Pad in decades, and show at least two decades: QCPAxisTickerLog falls back to linear
        // ticks ("3·10⁰") on shorter ranges.
        const double decades = std::log10(upper / lower);
        const double factor = std::pow(10.0, std::max(decades * fraction, 0.1));
        lower /= factor;
        upper *= factor;
        if (upper / lower < 100.0) {
            const double centre = std::sqrt(lower * upper);
            lower = centre / 10.0;
            upper = centre * 10.0;
        }
        axis->setRange(lower, upper);
        return;
    }
    double span = upper - lower;
    if (!(span > 1e-12 * std::max(std::abs(lower), std::abs(upper))) || span < 1e-300) {
        // A constant value: a range of ±10 % around it (±1 around zero).
        const double half = lower != 0.0 ? 0.1 * std::abs(lower) : 1.0;
        lower -= half;
        upper += half;
        span = upper - lower;
    }
    axis->setRange(lower - fraction * span, upper + fraction * span);
}

namespace {

/// Widens `range` (empty while `any` is false) by `part` when it was `found`.
void unite(QCPRange& range, bool& any, const QCPRange& part, bool found)
{
    if (!found)
        return;
    range =
        any ? QCPRange(std::min(range.lower, part.lower), std::max(range.upper, part.upper)) : part;
    any = true;
}

} // namespace

void PlotStyle::colourAxis(QCPAxis* axis, const QColor& colour)
{
    axis->setLabelColor(colour);
    axis->setTickLabelColor(colour);
    axis->setBasePen(pen(colour, 1.0));
    axis->setTickPen(pen(colour, 1.0));
    axis->setSubTickPen(pen(colour, 0.8));
}

bool PlotStyle::dataKeyRange(const QList<QCPAbstractPlottable*>& plottables, QCPRange& range)
{
    bool any = false;
    for (QCPAbstractPlottable* plottable : plottables) {
        bool found = false;
        const QCPRange part = plottable->getKeyRange(found);
        unite(range, any, part, found);
    }
    return any;
}

bool PlotStyle::dataValueRange(const QList<QCPAbstractPlottable*>& plottables, QCPRange& range)
{
    bool any = false;
    for (QCPAbstractPlottable* plottable : plottables) {
        bool found = false;
        auto* bars = qobject_cast<QCPBars*>(plottable);
        const QCPRange part =
            bars ? bars->data()->valueRange(found) : plottable->getValueRange(found);
        unite(range, any, part, found);
    }
    return any;
}

QString PlotStyle::featureLabel(const std::string& name)
{
    QString label = QString::fromStdString(name);
    int first = label.size();
    while (first > 0 && label.at(first - 1).isDigit() && label.at(first - 1) <= QLatin1Char('9'))
        --first;
    if (first == 0)
        return label; // a plain number stays as it is
    for (int i = first; i < label.size(); ++i)
        label[i] = QChar(0x2080 + (label.at(i).unicode() - '0')); // ₀ … ₉
    return label;
}

void PlotStyle::setFeatureTicks(QCPAxis* axis, const std::vector<std::string>& names, int maxLabels)
{
    const QSharedPointer<QCPAxisTickerText> ticker = emptyTextTicker(axis);
    const int count = static_cast<int>(names.size());
    const int every = std::max(1, (count + maxLabels - 1) / std::max(1, maxLabels));
    for (int j = 0; j < count; j += every)
        ticker->addTick(j + 1, featureLabel(names[static_cast<std::size_t>(j)]));
}

void PlotStyle::setNameTicks(QCPAxis* axis, const std::vector<std::string>& names,
                             double roomAtScale1)
{
    // As the user wrote them (no subscripts: "income_2019"), elided in the middle, where names
    // of one family ("income_2018", "income_2019") are alike.
    QStringList labels;
    for (const std::string& name : names) {
        QString label = QString::fromStdString(name);
        if (label.size() > kLongestTickName) {
            const int head = (kLongestTickName - 1) / 2;
            const int tail = kLongestTickName - 1 - head;
            label = label.left(head) + QChar(0x2026) + label.right(tail); // …
        }
        labels << label;
    }
    // Measured at scale 1, like the room, so that the choice stays the same at every scale.
    QFont font;
    font.setPointSizeF(8);
    const QFontMetricsF metrics(font);
    const double gap = metrics.height();
    double sideBySide = 0.0;
    for (const QString& label : labels)
        sideBySide += metrics.horizontalAdvance(label) + gap;
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    const bool upright = horizontal && sideBySide > roomAtScale1;
    axis->setTickLabelRotation(upright ? -90.0 : 0.0);

    const int count = static_cast<int>(labels.size());
    const double perLabel =
        horizontal && !upright ? sideBySide / std::max(count, 1) : 1.15 * metrics.height();
    // No labels (or only empty ones) have no width: every label fits.
    const int fitting = perLabel > 0.0
                            ? std::max(1, static_cast<int>(std::min(roomAtScale1 / perLabel, 1e6)))
                            : std::max(count, 1);
    const int every = std::max(1, (count + fitting - 1) / fitting);
    const QSharedPointer<QCPAxisTickerText> ticker = emptyTextTicker(axis);
    for (int j = 0; j < count; j += every)
        ticker->addTick(j + 1, labels.at(j));
}

void PlotStyle::setLegendEntries(QCustomPlot* plot, const QList<QCPAbstractPlottable*>& shown)
{
    QCPLegend* legend = plot->legend;
    bool pinned = false;
    for (int i = 0; i < legend->itemCount(); ++i)
        pinned = pinned || (legend->item(i) && legend->item(i)->objectName() == kPinnedEntryName);
    setPinnedLegendEntry(plot, false);
    for (int i = 0; i < plot->plottableCount(); ++i)
        plot->plottable(i)->removeFromLegend();
    for (QCPAbstractPlottable* plottable : shown)
        plottable->addToLegend();
    setPinnedLegendEntry(plot, pinned);
    legend->setFillOrder(legend->fillOrder(), true); // rearranges by the current wrap
    spaceLegendRows(legend);

    // An empty legend would cap the width of its layout column (a grid without cells has no
    // room to give): it leaves its row below the plot, whose empty cell takes no room, and
    // comes back when it has entries again.
    const bool any = legend->itemCount() > 0;
    QCPLayoutGrid* row = nullptr;
    for (QCPLayoutElement* element : plot->plotLayout()->elements(false))
        if (element && element->objectName() == kLegendRowName)
            row = qobject_cast<QCPLayoutGrid*>(element);
    if (row && !any && legend->layout() == row)
        row->take(legend);
    else if (row && any && !legend->layout())
        row->addElement(0, 0, legend);
    legend->setVisible(any);
}

void PlotStyle::placeLegendBelow(QCustomPlot* plot, int columns)
{
    QCPLegend* legend = plot->legend;
    if (QCPLayout* owner = legend->layout())
        owner->take(legend);
    auto* row = new QCPLayoutGrid;
    row->setObjectName(kLegendRowName);
    row->setMargins(QMargins(4, 0, 4, 4)); // around the legend box, whose own margins scale
    const int index = plot->plotLayout()->rowCount();
    plot->plotLayout()->addElement(index, 0, row);
    plot->plotLayout()->setRowStretchFactor(index, 0.001);
    row->addElement(0, 0, legend);
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // rearranges by the new wrap
    spaceLegendRows(legend);
    legend->setVisible(true);
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot]() { fitLegendColumns(plot); });
}

void PlotStyle::spaceLegendRows(QCPLegend* legend)
{
    // Brackets, subscripts and descenders reach beyond the height QCustomPlot measures for a
    // legend line; an item is clipped to its margins, so give them room.
    legend->setRowSpacing(0);
    legend->setMargins(scaled(6, 2, 6, 2));
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem* item = legend->item(i)) // null: an empty cell of the grid
            item->setMargins(scaled(4, 3, 6, 3));
}

} // namespace lev::ui
