// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The seven simulation plots offscreen: each draws what a result holds; a pinned state shows as
// ghost series beside the live one, inside the axis ranges, and goes away when cleared;
// presentation restyling scales the fonts and restores them; a singular live state with a pinned
// one (and the reverse) holds no NaN or inf.
// The data mode's own plots (a user's table, no true weights): each draws what it is given, and
// what a Longley exploration holds, and says what is missing or singular instead of drawing NaN
// or inf.

#include "exploration/DataExplorer.h"
#include "io/CsvReader.h"
#include "modes/data/CrossValidationPlot.h"
#include "modes/data/DataHeatmapPlot.h"
#include "modes/data/DataScatterPlot.h"
#include "modes/data/DataSpectrumPlot.h"
#include "modes/data/DataView.h"
#include "modes/data/DataWeightsPlot.h"
#include "modes/simulation/EffectLinesPlot.h"
#include "modes/simulation/HeatmapPlot.h"
#include "modes/simulation/ScatterPlot.h"
#include "modes/simulation/ScoreboardPlot.h"
#include "modes/simulation/SpectrumPlot.h"
#include "modes/simulation/SweepPlot.h"
#include "modes/simulation/WeightsPlot.h"
#include "plots/PlainLogTicker.h"
#include "plots/PlotStyle.h"
#include "simulation/Recompute.h"

#include <QComboBox>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

using lev::core::GeneratorKind;
using lev::core::Recompute;
using lev::core::RecomputeResult;
using lev::core::RecomputeSettings;
using lev::core::RecomputeStatus;
using lev::ui::PlotStyle;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::vector<std::optional<double>>)
Q_DECLARE_METATYPE(Eigen::VectorXd)

namespace {

const QStringList kPlots = {QStringLiteral("spectrum"),   QStringLiteral("weights"),
                            QStringLiteral("scoreboard"), QStringLiteral("sweep"),
                            QStringLiteral("scatter"),    QStringLiteral("heatmap"),
                            QStringLiteral("effectLines")};

/// One plot behind a common face, with the ResultPlot API.
struct PlotUnderTest
{
    std::unique_ptr<QCustomPlot> plot;
    std::function<void(const RecomputeResult&)> show;
    std::function<void(const RecomputeResult*)> pin;
    std::function<int()> pointCount;
    std::function<int()> pinnedPointCount;
    std::function<void()> applyStyle;
};

template <class Plot> PlotUnderTest wrap()
{
    auto plot = std::make_unique<Plot>();
    Plot* p = plot.get();
    PlotUnderTest t;
    t.show = [p](const RecomputeResult& result) { p->showResult(result); };
    t.pin = [p](const RecomputeResult* pinned) { p->showPinned(pinned); };
    t.pointCount = [p] { return p->pointCount(); };
    t.pinnedPointCount = [p] { return p->pinnedPointCount(); };
    t.applyStyle = [p] { p->applyStyle(); };
    t.plot = std::move(plot);
    t.plot->resize(800, 600);
    return t;
}

PlotUnderTest makePlot(const QString& name)
{
    if (name == QLatin1String("spectrum"))
        return wrap<lev::ui::SpectrumPlot>();
    if (name == QLatin1String("weights"))
        return wrap<lev::ui::WeightsPlot>();
    if (name == QLatin1String("scoreboard"))
        return wrap<lev::ui::ScoreboardPlot>();
    if (name == QLatin1String("sweep"))
        return wrap<lev::ui::SweepPlot>();
    if (name == QLatin1String("scatter"))
        return wrap<lev::ui::ScatterPlot>();
    if (name == QLatin1String("heatmap"))
        return wrap<lev::ui::HeatmapPlot>();
    Q_ASSERT(name == QLatin1String("effectLines"));
    return wrap<lev::ui::EffectLinesPlot>();
}

RecomputeResult compute(GeneratorKind kind, double collinearity, int n, int features)
{
    RecomputeSettings settings = RecomputeSettings::defaultsFor(kind);
    settings.model.collinearity = collinearity;
    if (features > 0)
        settings.model.features = features;
    settings.n = n;
    settings.replications = 20;
    settings.sweep = {0.0, 0.5, 0.9};
    settings.sweepReplications = 10;
    return Recompute::run(settings);
}

/// The legend entries called "pinned".
int pinnedLegendEntries(QCustomPlot* plot)
{
    int count = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (plot->legend->item(i) &&
            plot->legend->item(i)->objectName() == QLatin1String("pinnedLegendEntry"))
            ++count;
    return count;
}

/// Every data value the plot holds, with what it belongs to, for a finiteness check.
QStringList nonFiniteValues(QCustomPlot* plot)
{
    QStringList bad;
    auto check = [&bad](double value, const QString& where) {
        if (!std::isfinite(value))
            bad << where;
    };
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* plottable = plot->plottable(i);
        const QString where =
            QStringLiteral("%1 #%2").arg(plottable->metaObject()->className()).arg(i);
        if (auto* map = qobject_cast<QCPColorMap*>(plottable)) {
            QCPColorMapData* data = map->data();
            for (int x = 0; x < data->keySize(); ++x)
                for (int y = 0; y < data->valueSize(); ++y)
                    check(data->cell(x, y), where);
            continue;
        }
        if (auto* errors = qobject_cast<QCPErrorBars*>(plottable)) {
            for (auto it = errors->data()->constBegin(); it != errors->data()->constEnd(); ++it) {
                check(it->errorMinus, where);
                check(it->errorPlus, where);
            }
        }
        if (QCPPlottableInterface1D* data = plottable->interface1D()) {
            for (int j = 0; j < data->dataCount(); ++j) {
                check(data->dataMainKey(j), where);
                check(data->dataMainValue(j), where);
            }
        }
    }
    for (QCPAxisRect* rect : plot->axisRects()) {
        for (QCPAxis* axis : rect->axes()) {
            check(axis->range().lower, QStringLiteral("axis range"));
            check(axis->range().upper, QStringLiteral("axis range"));
        }
    }
    static const QRegularExpression nanOrInf(QStringLiteral("\\b(nan|inf)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
            if (text->visible() && nanOrInf.match(text->text()).hasMatch())
                bad << QStringLiteral("text \"%1\"").arg(text->text());
    return bad;
}

/// The fonts a reader sees on the axes, as point sizes.
QList<double> axisLabelSizes(QCustomPlot* plot)
{
    QList<double> sizes;
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
            sizes << axis->labelFont().pointSizeF() << axis->tickLabelFont().pointSizeF();
    return sizes;
}

/// The text of the plot's title.
QString titleOf(QCustomPlot* plot)
{
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(element))
            if (text->objectName() == QLatin1String("plotTitle"))
                return text->text();
    return QString();
}

/// Every text element of the layout: the title and the panel headings.
QStringList layoutTexts(QCustomPlot* plot)
{
    QStringList texts;
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
        if (auto* text = qobject_cast<QCPTextElement*>(element))
            texts << text->text();
    return texts;
}

/// The names of the plottables in the legend, when the legend is shown.
QStringList legendNames(QCustomPlot* plot)
{
    QStringList names;
    if (!plot->legend->visible())
        return names;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            names << item->plottable()->name();
    return names;
}

/// The visible notices ("R is singular: …"), as PlotStyle::setNotice shows them.
QStringList noticesOf(QCustomPlot* plot)
{
    QStringList notices;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
            if (text->objectName() == QLatin1String("notice") && text->visible())
                notices << text->property("noticeText").toString();
    return notices;
}

/// The visible free texts of the plot other than notices (value labels).
QStringList labelsOf(QCustomPlot* plot)
{
    QStringList labels;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
            if (text->objectName() != QLatin1String("notice") && text->visible())
                labels << text->text();
    return labels;
}

/// The plottable of the plot with this name.
template <class Plottable> Plottable* plottableNamed(QCustomPlot* plot, const QString& name)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto* found = qobject_cast<Plottable*>(plot->plottable(i)))
            if (found->name() == name)
                return found;
    return nullptr;
}

/// The tick labels of a text ticker.
QStringList tickLabels(QCPAxis* axis)
{
    QStringList labels;
    if (auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>())
        for (const QString& label : ticker->ticks())
            labels << label;
    return labels;
}

/// The correlation eigenvalues of a Longley-like table (6 features), descending.
Eigen::VectorXd longleySpectrum()
{
    Eigen::VectorXd eigenvalues(6);
    eigenvalues << 4.6, 1.2, 0.2, 0.01, 0.002, 0.0005;
    return eigenvalues;
}

/// Names of p features; every third long, as a user's columns may be.
std::vector<std::string> featureNames(int p)
{
    std::vector<std::string> names;
    for (int j = 0; j < p; ++j)
        names.push_back(j % 3 == 0 ? "median_household_income_" + std::to_string(2000 + j)
                                   : "x" + std::to_string(j + 1));
    return names;
}

/// A p x p correlation matrix 0.9^|i - j|.
Eigen::MatrixXd correlationOf(int p)
{
    Eigen::MatrixXd r(p, p);
    for (int i = 0; i < p; ++i)
        for (int j = 0; j < p; ++j)
            r(i, j) = std::pow(0.9, std::abs(i - j));
    return r;
}

/// The pixel rectangle a text item covers, as drawn at the last replot.
QRectF textRect(QCPItemText* text)
{
    return QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized();
}

/// WCAG 2 relative luminance of an sRGB colour, and its contrast ratio against white.
double luminance(const QColor& colour)
{
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}
double contrastOnWhite(const QColor& colour)
{
    // The colour as drawn over white at its alpha.
    const double a = colour.alphaF();
    const QColor over =
        QColor::fromRgbF(a * colour.redF() + (1.0 - a), a * colour.greenF() + (1.0 - a),
                         a * colour.blueF() + (1.0 - a));
    return 1.05 / (luminance(over) + 0.05);
}

/// The colours a plottable draws with: pen, brush and marker.
QList<QColor> coloursOf(QCPAbstractPlottable* plottable)
{
    QList<QColor> colours{plottable->pen().color(), plottable->brush().color()};
    if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
        colours << graph->scatterStyle().pen().color() << graph->scatterStyle().brush().color();
    }
    return colours;
}
bool sameHue(const QColor& a, const QColor& b)
{
    return a.rgb() == b.rgb(); // alpha aside
}

/// A proxy result with n rows at c, R runs, no sweep.
RecomputeResult proxyAt(double collinearity, int n = 200)
{
    RecomputeSettings settings = RecomputeSettings::defaultsFor(GeneratorKind::Proxy);
    settings.model.collinearity = collinearity;
    settings.n = n;
    settings.replications = 200;
    return Recompute::run(settings);
}

const QString kAnalytic = QStringLiteral("analytic 95 % (±1.96 SE)");
const QString kBootstrap = QStringLiteral("bootstrap 95 %");

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_live = compute(GeneratorKind::Proxy, 0.95, 200, 0);
        m_pinned = compute(GeneratorKind::Proxy, 0.3, 200, 0);
        m_singular = compute(GeneratorKind::Latent, 0.9, 10, 40);
        QVERIFY2(m_live.ok(), m_live.message.c_str());
        QVERIFY2(m_pinned.ok(), m_pinned.message.c_str());
        QCOMPARE(m_singular.status, RecomputeStatus::NotIdentifiable);
    }

    void cleanup() { PlotStyle::setScale(1.0); }

    void pinShowsAGhostAndClears_data() { plotNames(); }
    void pinShowsAGhostAndClears()
    {
        QFETCH(QString, name);
        PlotUnderTest t = makePlot(name);
        t.show(m_live);
        const int live = t.pointCount();
        QVERIFY(live > 0);
        QCOMPARE(t.pinnedPointCount(), 0);
        QCOMPARE(pinnedLegendEntries(t.plot.get()), 0);

        t.pin(&m_pinned);
        QVERIFY(t.pinnedPointCount() > 0);
        QCOMPARE(t.pointCount(), live); // the live state stays in full
        if (t.plot->legend->visible())
            QCOMPARE(pinnedLegendEntries(t.plot.get()), 1);
        t.pin(&m_pinned); // pinning again replaces, it does not add
        if (t.plot->legend->visible())
            QCOMPARE(pinnedLegendEntries(t.plot.get()), 1);
        QVERIFY(!t.plot->toPixmap(400, 300).isNull());

        // A new live state keeps the pin.
        t.show(m_pinned);
        t.show(m_live);
        QVERIFY(t.pinnedPointCount() > 0);

        t.pin(nullptr);
        QCOMPARE(t.pinnedPointCount(), 0);
        QCOMPARE(pinnedLegendEntries(t.plot.get()), 0);
        QCOMPARE(t.pointCount(), live);
        QVERIFY(!t.plot->toPixmap(400, 300).isNull());
    }

    void pinKeepsACopy_data() { plotNames(); }
    void pinKeepsACopy()
    {
        QFETCH(QString, name);
        PlotUnderTest t = makePlot(name);
        t.show(m_live);
        auto pinned = std::make_unique<RecomputeResult>(m_pinned);
        t.pin(pinned.get());
        const int count = t.pinnedPointCount();
        pinned.reset(); // the caller's shared result may go away
        t.plot->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(t.pinnedPointCount(), count);
        QVERIFY(!t.plot->toPixmap(400, 300).isNull());
    }

    void axisRangesHoldLiveAndPinned_data() { plotNames(); }
    void axisRangesHoldLiveAndPinned()
    {
        QFETCH(QString, name);
        PlotUnderTest t = makePlot(name);
        // Each way round: the pinned state may be the wider one or the narrower one.
        for (int order = 0; order < 2; ++order) {
            t.show(order == 0 ? m_live : m_pinned);
            t.pin(order == 0 ? &m_pinned : &m_live);
            int checked = 0;
            for (int i = 0; i < t.plot->plottableCount(); ++i) {
                QCPAbstractPlottable* plottable = t.plot->plottable(i);
                QCPPlottableInterface1D* data = plottable->interface1D();
                if (!data || plottable->layer()->name() != QLatin1String("pinned"))
                    continue;
                for (int j = 0; j < data->dataCount(); ++j) {
                    const double key = data->dataMainKey(j);
                    QVERIFY2(plottable->keyAxis()->range().contains(key),
                             qPrintable(QStringLiteral("key %1 outside").arg(key)));
                }
                // Values with their error bars; bars without their base.
                bool found = false;
                auto* bars = qobject_cast<QCPBars*>(plottable);
                const QCPRange values =
                    bars ? bars->data()->valueRange(found) : plottable->getValueRange(found);
                if (!found)
                    continue;
                const QCPRange shown = plottable->valueAxis()->range();
                // The sweep's R² axis stops at -1 by design, with a label for the rest.
                const bool cutAtMinusOne =
                    name == QLatin1String("sweep") && plottable->valueAxis() == t.plot->yAxis;
                QVERIFY2(shown.contains(values.upper) &&
                             (shown.contains(values.lower) || (cutAtMinusOne && values.lower < -1)),
                         qPrintable(QStringLiteral("values [%1, %2] outside [%3, %4]")
                                        .arg(values.lower)
                                        .arg(values.upper)
                                        .arg(shown.lower)
                                        .arg(shown.upper)));
                ++checked;
            }
            if (name != QLatin1String("heatmap")) // the heatmap pins captions, not series
                QVERIFY(checked > 0);
        }
    }

    void presentationScaleRestyles_data() { plotNames(); }
    void presentationScaleRestyles()
    {
        QFETCH(QString, name);
        PlotUnderTest t = makePlot(name);
        t.show(m_live);
        t.pin(&m_pinned);
        const QList<double> normal = axisLabelSizes(t.plot.get());
        const double legendSize = t.plot->legend->font().pointSizeF();
        const int plottables = t.plot->plottableCount();
        const int items = t.plot->itemCount();
        const int legendItems = t.plot->legend->itemCount();

        PlotStyle::setScale(1.6);
        t.applyStyle();
        const QList<double> large = axisLabelSizes(t.plot.get());
        QCOMPARE(large.size(), normal.size());
        for (int i = 0; i < normal.size(); ++i)
            QCOMPARE(large[i], 1.6 * normal[i]);
        QCOMPARE(t.plot->legend->font().pointSizeF(), 1.6 * legendSize);
        QVERIFY(!t.plot->toPixmap(800, 600).isNull());

        PlotStyle::setScale(1.0);
        t.applyStyle();
        QCOMPARE(axisLabelSizes(t.plot.get()), normal);
        QCOMPARE(t.plot->legend->font().pointSizeF(), legendSize);
        // Restyling changes the look, never what the plot holds.
        QCOMPARE(t.plot->plottableCount(), plottables);
        QCOMPARE(t.plot->itemCount(), items);
        QCOMPARE(t.plot->legend->itemCount(), legendItems);
        QVERIFY(t.pinnedPointCount() > 0);
    }

    void singularStateHoldsNoNaN_data() { plotNames(); }
    void singularStateHoldsNoNaN()
    {
        QFETCH(QString, name);
        PlotUnderTest t = makePlot(name);
        t.show(m_singular);
        t.pin(&m_live);
        QVERIFY(t.pinnedPointCount() > 0);
        t.plot->replot(QCustomPlot::rpImmediateRefresh);
        QStringList bad = nonFiniteValues(t.plot.get());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));

        // The other way round: a singular pinned state.
        t.show(m_live);
        t.pin(&m_singular);
        t.plot->replot(QCustomPlot::rpImmediateRefresh);
        bad = nonFiniteValues(t.plot.get());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
    }

    void sweepPinWithoutASweepKeepsThePinnedCurves()
    {
        lev::ui::SweepPlot plot;
        plot.showResult(m_live);
        RecomputeResult noSweep = m_pinned;
        noSweep.sweep.clear();
        plot.showPinned(&noSweep);
        QCOMPARE(plot.pinnedPointCount(), 0); // no curves yet: only the marker
        QCOMPARE(pinnedLegendEntries(&plot), 1);

        // The controller sends the sweep apart; either order gives the curves.
        plot.showPinnedSweep(m_pinned.sweep, 0.3);
        const int curves = plot.pinnedPointCount();
        QVERIFY(curves > 0);
        plot.showPinned(&noSweep);
        QCOMPARE(plot.pinnedPointCount(), curves);
        QCOMPARE(pinnedLegendEntries(&plot), 1);

        plot.showPinned(nullptr);
        QCOMPARE(plot.pinnedPointCount(), 0);
        QCOMPARE(pinnedLegendEntries(&plot), 0);
    }

    void heatmapCaptionsCompareTheLargestEntries()
    {
        lev::ui::HeatmapPlot plot;
        plot.showResult(m_live);
        QVERIFY(plot.pinnedCaption(1).isEmpty());
        plot.showPinned(&m_pinned);
        QCOMPARE(plot.pinnedPointCount(), 2);
        const double live = m_live.populationSpectrum.precision.cwiseAbs().maxCoeff();
        const double pinned = m_pinned.populationSpectrum.precision.cwiseAbs().maxCoeff();
        // Three significant digits, no exponent.
        auto shown = [](double value) {
            return QString::number(value, 'f', value >= 100 ? 0 : value >= 10 ? 1 : 2);
        };
        const QString caption = plot.pinnedCaption(1);
        QCOMPARE(caption,
                 QStringLiteral("max |Θ|: live %1, pinned %2").arg(shown(live), shown(pinned)));
        QVERIFY(plot.pinnedCaption(0).startsWith(QStringLiteral("max |Σ|: live ")));
        plot.showPinned(nullptr);
        QVERIFY(plot.pinnedCaption(0).isEmpty());
        QCOMPARE(plot.pinnedPointCount(), 0);
    }

    // ---- Data mode ------------------------------------------------------------------------

    void spectrumShowsTheCorrelationSpectrum_data()
    {
        QTest::addColumn<Eigen::VectorXd>("eigenvalues");
        QTest::addColumn<int>("points"); // eigenvalue markers + 1/λ bars
        QTest::addColumn<bool>("singular");
        Eigen::VectorXd withZero = longleySpectrum();
        withZero[5] = 0.0;
        Eigen::VectorXd allZero = Eigen::VectorXd::Zero(3);
        Eigen::VectorXd thirty(30);
        for (int i = 0; i < 30; ++i)
            thirty[i] = 10.0 * std::pow(0.8, i);
        QTest::newRow("longley") << longleySpectrum() << 12 << false;
        QTest::newRow("zero eigenvalue") << withZero << 10 << true;
        QTest::newRow("all zero") << allZero << 0 << true;
        QTest::newRow("p = 1") << Eigen::VectorXd(Eigen::VectorXd::Ones(1)) << 2 << false;
        QTest::newRow("p = 30") << thirty << 60 << false;
    }
    void spectrumShowsTheCorrelationSpectrum()
    {
        QFETCH(Eigen::VectorXd, eigenvalues);
        QFETCH(int, points);
        QFETCH(bool, singular);
        lev::ui::DataSpectrumPlot plot;
        plot.resize(800, 500);
        plot.showSpectrum(eigenvalues);

        QCOMPARE(plot.pointCount(), points);
        QCOMPARE(pinnedLegendEntries(&plot), 0);
        // One series in the legend, and the texts say what was decomposed.
        QCOMPARE(legendNames(&plot).size(), 1);
        QVERIFY(legendNames(&plot).first().contains(QLatin1String("correlation matrix")));
        QVERIFY(titleOf(&plot).contains(QLatin1String("correlation matrix")));
        QVERIFY(plot.axisRect(0)
                    ->axis(QCPAxis::atLeft)
                    ->label()
                    .contains(QLatin1String("correlation matrix")));

        const QStringList notices = noticesOf(&plot);
        QCOMPARE(notices.filter(QStringLiteral("R is singular")).size(), singular ? 1 : 0);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QStringList bad = nonFiniteValues(&plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
        // Every marker and bar inside its axis range; the bars stand on a positive base.
        for (int i = 0; i < plot.plottableCount(); ++i) {
            QCPPlottableInterface1D* data = plot.plottable(i)->interface1D();
            for (int j = 0; data && j < data->dataCount(); ++j)
                QVERIFY(plot.plottable(i)->valueAxis()->range().contains(data->dataMainValue(j)));
        }
        QVERIFY(!plot.toPixmap(800, 500).isNull());
    }

    void weightsShowsDataEstimates_data()
    {
        QTest::addColumn<int>("p");
        QTest::addColumn<bool>("withErrors");
        QTest::addColumn<bool>("withBootstrap");
        QTest::addColumn<QString>("notice");
        QTest::newRow("longley") << 6 << true << true << QString();
        QTest::newRow("no SE, no bootstrap") << 6 << false << false << QString();
        QTest::newRow("SE only") << 6 << true << false << QString();
        QTest::newRow("bootstrap only") << 6 << false << true << QString();
        QTest::newRow("notice") << 6 << true << true
                                << QStringLiteral("weights not identifiable: 6 features, 5 rows");
        QTest::newRow("p = 1") << 1 << true << true << QString();
        QTest::newRow("p = 30") << 30 << true << true << QString();
    }
    void weightsShowsDataEstimates()
    {
        QFETCH(int, p);
        QFETCH(bool, withErrors);
        QFETCH(bool, withBootstrap);
        QFETCH(QString, notice);
        Eigen::VectorXd estimate(p), errors(p);
        Eigen::MatrixXd interval(p, 2);
        for (int j = 0; j < p; ++j) {
            estimate[j] = std::sin(j + 1.0);
            errors[j] = 0.1 + 0.01 * j;
            interval(j, 0) = estimate[j] - 2.5 * errors[j];
            interval(j, 1) = estimate[j] + 1.5 * errors[j];
        }
        lev::ui::DataWeightsPlot plot;
        plot.resize(800, 500);
        plot.showWeights(featureNames(p), estimate, withErrors ? errors : Eigen::VectorXd(),
                         withBootstrap ? interval : Eigen::MatrixXd(),
                         QStringLiteral("per SD of the feature"), notice);

        const bool drawn = notice.isEmpty();
        const int expected = drawn ? p * (1 + int(withErrors) + int(withBootstrap)) : 0;
        QCOMPARE(plot.pointCount(), expected);
        QCOMPARE(noticesOf(&plot), drawn ? QStringList() : QStringList{notice});
        QCOMPARE(plot.yAxis->label(), QStringLiteral("weight (per SD of the feature)"));

        // No causal or population series; the intervals labelled as asked.
        const QStringList legend = legendNames(&plot);
        for (const QString& name : legend)
            QVERIFY2(!name.contains(QLatin1String("causal")) &&
                         !name.contains(QLatin1String("regression")),
                     qPrintable(name));
        QCOMPARE(legend.contains(kAnalytic), drawn && withErrors);
        QCOMPARE(legend.contains(kBootstrap), drawn && withBootstrap);
        if (drawn && withErrors) {
            auto* analytic = plottableNamed<QCPErrorBars>(&plot, kAnalytic);
            QVERIFY(analytic);
            QCOMPARE(analytic->data()->at(p - 1).errorPlus, 1.96 * errors[p - 1]);
            bool found = false;
            const QCPRange range =
                static_cast<QCPAbstractPlottable*>(analytic)->getValueRange(found);
            QVERIFY(found);
            QCOMPARE(range.upper, (estimate + 1.96 * errors).maxCoeff());
        }
        if (drawn && withBootstrap) {
            auto* bootstrap = plottableNamed<QCPErrorBars>(&plot, kBootstrap);
            QVERIFY(bootstrap);
            bool found = false;
            const QCPRange range =
                static_cast<QCPAbstractPlottable*>(bootstrap)->getValueRange(found);
            QVERIFY(found);
            QVERIFY(std::abs(range.lower - interval.col(0).minCoeff()) < 1e-12);
            QVERIFY(std::abs(range.upper - interval.col(1).maxCoeff()) < 1e-12);
            QVERIFY(plot.yAxis->range().contains(range.lower));
            QVERIFY(plot.yAxis->range().contains(range.upper));
            // Beside the estimate, not on it.
            QVERIFY(bootstrap->dataPlottable()->interface1D()->dataMainKey(0) > 1.0);
        }

        // Every feature's name on a tick (every other one of many), none long; upright when
        // side by side they would overlap.
        const QStringList ticks = tickLabels(plot.xAxis);
        QVERIFY(ticks.size() >= std::min(p, 15));
        for (const QString& tick : ticks)
            QVERIFY2(tick.size() <= 14, qPrintable(tick));
        if (p == 30)
            QCOMPARE(plot.xAxis->tickLabelRotation(), -90.0);
        if (p == 1)
            QCOMPARE(plot.xAxis->tickLabelRotation(), 0.0);

        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QStringList bad = nonFiniteValues(&plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
        QVERIFY(!plot.toPixmap(800, 500).isNull());
    }

    void weightsWithoutAUnitSayWeight()
    {
        lev::ui::DataWeightsPlot plot;
        plot.showWeights({"GNP"}, Eigen::VectorXd::Ones(1), Eigen::VectorXd(), Eigen::MatrixXd(),
                         QString(), QString());
        QCOMPARE(plot.yAxis->label(), QStringLiteral("weight"));
        QCOMPARE(plot.pointCount(), 1);
        QCOMPARE(legendNames(&plot).size(), 1);
    }

    void heatmapShowsDataMatrices_data()
    {
        QTest::addColumn<int>("p");
        QTest::addColumn<bool>("singular");
        QTest::newRow("p = 6") << 6 << false;
        QTest::newRow("p = 6, singular") << 6 << true;
        QTest::newRow("p = 1") << 1 << false;
        QTest::newRow("p = 30") << 30 << false;
        QTest::newRow("p = 30, singular") << 30 << true;
    }
    void heatmapShowsDataMatrices()
    {
        QFETCH(int, p);
        QFETCH(bool, singular);
        const Eigen::MatrixXd correlation = correlationOf(p);
        const Eigen::MatrixXd precision = singular ? Eigen::MatrixXd() : correlation.inverse();
        lev::ui::DataHeatmapPlot plot;
        plot.resize(800, 500);
        plot.showMatrices(correlation, precision, featureNames(p));

        QCOMPARE(plot.pointCount(), (singular ? 1 : 2) * p * p);
        const QStringList texts = layoutTexts(&plot);
        QVERIFY2(texts.contains(QStringLiteral("R: correlation of the features")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Θ = R⁻¹ (precision)")));
        QVERIFY(!texts.filter(QStringLiteral("Σ")).size());
        QCOMPARE(noticesOf(&plot),
                 singular ? QStringList{QStringLiteral("R is singular: Θ does not exist")}
                          : QStringList());
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QStringList bad = nonFiniteValues(&plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
        QVERIFY(!plot.toPixmap(800, 500).isNull());
    }

    void scatterShowsADataPair_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("drawn");
        QTest::addColumn<QString>("legend");
        QTest::newRow("16 rows") << 16 << 16 << QStringLiteral("observed: 16 rows");
        QTest::newRow("5 000 rows") << 5000 << 5000 << QStringLiteral("observed: 5 000 rows");
        QTest::newRow("100 000 rows")
            << 100000 << 5000 << QStringLiteral("observed: 5 000 of 100 000 rows shown");
    }
    void scatterShowsADataPair()
    {
        QFETCH(int, rows);
        QFETCH(int, drawn);
        QFETCH(QString, legend);
        Eigen::VectorXd x(rows), y(rows);
        for (int i = 0; i < rows; ++i) {
            x[i] = std::sin(0.37 * i);
            y[i] = 0.99 * x[i] + 0.01 * std::cos(1.3 * i);
        }
        // Extremes off the evenly spaced rows: the axes must still reach them.
        x[rows / 3 + 1] = 9.0;
        y[rows / 2 + 1] = -7.0;
        lev::ui::DataScatterPlot plot;
        plot.resize(800, 500);
        plot.showPair(x, y, QStringLiteral("GNP"), QStringLiteral("YEAR"), 0.99512);

        QCOMPARE(plot.pointCount(), drawn);
        QVERIFY(plot.pointCount() <= lev::ui::DataScatterPlot::maxRows());
        QCOMPARE(legendNames(&plot), QStringList{legend});
        QCOMPARE(titleOf(&plot), QStringLiteral("Most correlated pair, r = 0.995"));
        QCOMPARE(plot.xAxis->label(), QStringLiteral("GNP"));
        QCOMPARE(plot.yAxis->label(), QStringLiteral("YEAR"));
        for (double value : {x.minCoeff(), x.maxCoeff()})
            QVERIFY2(plot.xAxis->range().contains(value), qPrintable(QString::number(value)));
        for (double value : {y.minCoeff(), y.maxCoeff()})
            QVERIFY2(plot.yAxis->range().contains(value), qPrintable(QString::number(value)));
        // The extreme rows are among the drawn ones.
        bool found = false;
        QCOMPARE(plot.graph(0)->getKeyRange(found).upper, 9.0);
        QCOMPARE(plot.graph(0)->getValueRange(found).lower, -7.0);
        QVERIFY(!plot.toPixmap(800, 500).isNull());
    }

    void scatterLeavesOutRowsThatAreNotFinite()
    {
        Eigen::VectorXd x(4), y(4);
        x << 1.0, 2.0, std::nan(""), 4.0;
        y << 1.0, std::numeric_limits<double>::infinity(), 3.0, 4.0;
        lev::ui::DataScatterPlot plot;
        plot.showPair(x, y, QStringLiteral("a"), QStringLiteral("b"), 0.5);
        QCOMPARE(plot.pointCount(), 2);
        QCOMPARE(legendNames(&plot), QStringList{QStringLiteral("observed: 2 rows")});
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(nonFiniteValues(&plot).isEmpty());
    }

    void crossValidationShowsScores_data()
    {
        QTest::addColumn<QStringList>("estimators");
        QTest::addColumn<std::vector<std::optional<double>>>("scores");
        QTest::addColumn<std::optional<double>>("inSample");
        QTest::addColumn<int>("points");
        QTest::addColumn<QStringList>("labels");
        const QStringList four = {QStringLiteral("OLS"), QStringLiteral("ridge"),
                                  QStringLiteral("lasso"), QStringLiteral("PCR")};
        QTest::newRow("longley") << four
                                 << std::vector<std::optional<double>>{0.98312, 0.9885, 0.9862,
                                                                       0.97}
                                 << std::optional<double>(0.9955) << 5
                                 << QStringList{QStringLiteral("0.983"), QStringLiteral("0.989"),
                                                QStringLiteral("0.986"), QStringLiteral("0.970")};
        QTest::newRow("missing values")
            << four << std::vector<std::optional<double>>{0.5, std::nullopt, 0.25, std::nullopt}
            << std::optional<double>(0.9) << 3
            << QStringList{QStringLiteral("0.500"), QStringLiteral("n/a"), QStringLiteral("0.250"),
                           QStringLiteral("n/a")};
        QTest::newRow("negative, below -1")
            << four << std::vector<std::optional<double>>{-0.35, 0.41, -4.2, std::nullopt}
            << std::optional<double>(0.93) << 4
            << QStringList{QStringLiteral("-0.350"), QStringLiteral("0.410"),
                           QStringLiteral("-4.200 ↓"), QStringLiteral("n/a")};
        QTest::newRow("no in-sample")
            << QStringList{QStringLiteral("OLS")} << std::vector<std::optional<double>>{0.7}
            << std::optional<double>() << 1 << QStringList{QStringLiteral("0.700")};
        QTest::newRow("all missing")
            << QStringList{QStringLiteral("OLS"), QStringLiteral("ridge")}
            << std::vector<std::optional<double>>{std::nullopt, std::nullopt}
            << std::optional<double>() << 0
            << QStringList{QStringLiteral("n/a"), QStringLiteral("n/a")};
    }
    void crossValidationShowsScores()
    {
        QFETCH(QStringList, estimators);
        QFETCH(std::vector<std::optional<double>>, scores);
        QFETCH(std::optional<double>, inSample);
        QFETCH(int, points);
        QFETCH(QStringList, labels);
        lev::ui::CrossValidationPlot plot;
        plot.resize(800, 500);
        const QString inSampleLabel = QStringLiteral("in-sample R², OLS");
        plot.showScores(estimators, scores, 5, inSample, inSampleLabel);

        QCOMPARE(plot.pointCount(), points);
        QCOMPARE(labelsOf(&plot), labels);
        QCOMPARE(titleOf(&plot), QStringLiteral("Cross-validated R² (5-fold)"));
        QCOMPARE(tickLabels(plot.xAxis), estimators);
        QCOMPARE(legendNames(&plot).contains(inSampleLabel), inSample.has_value());
        // The axis holds 0, 1, the in-sample line and every value down to -1, and no lower.
        const QCPRange range = plot.yAxis->range();
        QVERIFY(range.contains(0.0) && range.contains(1.0));
        QVERIFY(range.lower >= -1.25);
        if (inSample)
            QVERIFY(range.contains(*inSample));
        for (const std::optional<double>& score : scores)
            if (score && *score >= -1.0)
                QVERIFY2(range.contains(*score), qPrintable(QString::number(*score)));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QStringList bad = nonFiniteValues(&plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
        QVERIFY(!plot.toPixmap(800, 500).isNull());

        // Fewer estimators afterwards: the extra labels go; clear() empties the plot.
        plot.showScores({QStringLiteral("OLS")}, {0.5}, 10, std::nullopt, QString());
        QCOMPARE(labelsOf(&plot), QStringList{QStringLiteral("0.500")});
        QCOMPARE(titleOf(&plot), QStringLiteral("Cross-validated R² (10-fold)"));
        plot.clear();
        QCOMPARE(plot.pointCount(), 0);
        QVERIFY(labelsOf(&plot).isEmpty());
        QVERIFY(!plot.toPixmap(800, 500).isNull());
    }

    void crossValidationRestyles()
    {
        lev::ui::CrossValidationPlot plot;
        plot.showScores({QStringLiteral("OLS"), QStringLiteral("ridge")}, {0.9, -2.0}, 5, 0.95,
                        QStringLiteral("in-sample R², OLS"));
        const QList<double> normal = axisLabelSizes(&plot);
        const int items = plot.itemCount();
        PlotStyle::setScale(1.6);
        plot.applyStyle();
        const QList<double> large = axisLabelSizes(&plot);
        for (int i = 0; i < normal.size(); ++i)
            QCOMPARE(large[i], 1.6 * normal[i]);
        QVERIFY(!plot.toPixmap(800, 500).isNull());
        PlotStyle::setScale(1.0);
        plot.applyStyle();
        QCOMPARE(axisLabelSizes(&plot), normal);
        QCOMPARE(plot.itemCount(), items);
        QCOMPARE(plot.pointCount(), 3);
    }

    /// The data view draws a Longley exploration: each of its plots holds what the exploration
    /// holds, under names of its own, with no NaN or inf.
    void dataPlotsShowALongleyExploration()
    {
        lev::core::CsvReader reader;
        QVERIFY(reader.readFile(LEVERSCOPE_TEST_DATA "/longley.csv"));
        const lev::core::CsvTable& table = reader.table();
        lev::core::DataExplorationSettings settings;
        settings.target = 6;
        settings.features = {0, 1, 2, 3, 4, 5};
        settings.bootstrapReplications = 100;
        const auto exploration = lev::core::DataExplorer::run(table, settings);
        QCOMPARE(exploration.fit.status, lev::core::FitStatus::Ok);

        lev::ui::DataView view;
        view.resize(1400, 900);
        view.showExploration(exploration, table);
        const QList<QCustomPlot*> plots = view.plots();
        QCOMPARE(plots.size(), 7); // and the diagnostics tab's two
        auto* spectrum = view.findChild<lev::ui::DataSpectrumPlot*>("dataSpectrumPlot");
        auto* weights = view.findChild<lev::ui::DataWeightsPlot*>("dataWeightsPlot");
        auto* crossValidation =
            view.findChild<lev::ui::CrossValidationPlot*>("dataCrossValidationPlot");
        auto* scatter = view.findChild<lev::ui::DataScatterPlot*>("dataScatterPlot");
        auto* heatmap = view.findChild<lev::ui::DataHeatmapPlot*>("dataHeatmapPlot");
        QVERIFY(spectrum && weights && crossValidation && scatter && heatmap);
        for (QCustomPlot* plot : plots)
            QVERIFY2(!kPlots.contains(plot->objectName().chopped(4)), // "…Plot": no simulation's
                     qPrintable(plot->objectName()));

        // Longley's correlation matrix is far from singular (smallest eigenvalue about
        // 3.8e-4 of a trace of 6): all six λ and six 1/λ.
        QCOMPARE(spectrum->pointCount(), 6 + 6);
        QVERIFY(noticesOf(spectrum).isEmpty());
        // OLS: six estimates, six analytic and six bootstrap intervals.
        QCOMPARE(weights->pointCount(), 6 + 6 + 6);
        // Four estimators' cross-validated R² (each defined for 16 rows, 5 folds) and the line.
        QCOMPARE(crossValidation->pointCount(), 4 + 1);
        // All 16 rows of GNP against YEAR, the most correlated pair: r = 0.9952735 (R's
        // cor(longley), as in the textbook tables of Longley's data), shown to 3 decimals.
        QCOMPARE(scatter->pointCount(), 16);
        QCOMPARE(titleOf(scatter), QStringLiteral("Most correlated pair, r = 0.995"));
        QStringList axes{scatter->xAxis->label(), scatter->yAxis->label()};
        axes.sort();
        QCOMPARE(axes, (QStringList{QStringLiteral("GNP"), QStringLiteral("YEAR")}));
        QVERIFY(std::abs(std::abs(exploration.mostCorrelatedR) - 0.9952735) < 1e-6);
        // R and R⁻¹: 36 cells each.
        QCOMPARE(heatmap->pointCount(), 36 + 36);

        for (QCustomPlot* plot : plots) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
            const QStringList bad = nonFiniteValues(plot);
            QVERIFY2(bad.isEmpty(), qPrintable(plot->objectName() + QStringLiteral(": ") +
                                               bad.join(QStringLiteral(", "))));
            QVERIFY(!plot->toPixmap(600, 400).isNull());
        }
    }

    /// Each simulation plot draws what the result holds, counted from the result itself.
    void simulationPlotsShowAResult_data() { plotNames(); }
    void simulationPlotsShowAResult()
    {
        QFETCH(QString, name);
        const RecomputeResult& r = m_live;
        const auto finite = [](const auto& values) {
            return static_cast<int>(values.array().isFinite().count());
        };
        const auto present = [](std::initializer_list<std::optional<double>> values) {
            return static_cast<int>(std::count_if(values.begin(), values.end(),
                                                  [](const auto& v) { return v.has_value(); }));
        };
        const int p = static_cast<int>(r.truth.features.size());
        const int n = static_cast<int>(r.draw.features.rows());
        QVERIFY(p == 2 && n == 200 && r.monteCarlo.sampleEigenvalues.rows() == 20);
        int expected = 0;
        if (name == QLatin1String("spectrum")) // Σ nonsingular: every λ > 0 and every 1/λ
            expected = finite(r.populationSpectrum.eigenvalues) +
                       finite(r.monteCarlo.sampleEigenvaluesMean) +
                       finite(r.monteCarlo.sampleEigenvalues) +
                       finite(r.populationSpectrum.inverseEigenvalues);
        else if (name == QLatin1String("weights")) // causal, regression, mean and its spread
            expected = finite(r.truth.causalWeights) + finite(r.truth.populationWeights) +
                       2 * finite(r.monteCarlo.weightMean);
        else if (name == QLatin1String("scoreboard")) // three bars, two population marks
            expected =
                present({r.monteCarlo.r2ObservationalMean, r.monteCarlo.r2InterventionalMean,
                         r.monteCarlo.weightErrorMean, r.truth.r2, r.truth.interventionalR2});
        else if (name == QLatin1String("sweep"))
            for (const lev::core::SweepPoint& point : r.sweep)
                expected += present(
                    {point.r2ObservationalMean, point.r2InterventionalMean, point.weightErrorMean});
        else if (name == QLatin1String("scatter")) // both clouds in full (n < 2000)
            expected = n + static_cast<int>(r.draw.interventionalFeatures.rows());
        else if (name == QLatin1String("heatmap"))
            expected = finite(r.truth.featureCovariance()) + finite(r.populationSpectrum.precision);
        else // the draw's rows and three lines of two ends each
            expected = n + 3 * 2;
        QVERIFY(expected > 0);

        PlotUnderTest t = makePlot(name);
        t.show(r);
        QCOMPARE(t.pointCount(), expected);
        QCOMPARE(t.pinnedPointCount(), 0);
        t.plot->replot(QCustomPlot::rpImmediateRefresh);
        const QStringList bad = nonFiniteValues(t.plot.get());
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
    }

    /// The weight error is drawn on an axis fixed by the settings, not by c: the proxy's error
    /// at c = 0.3 (about 0.09) and at c = 0.99 (about 0.54) stand on the same scale, the one
    /// visibly taller; R² has a panel and an axis of its own.
    void scoreboardErrorAxisStaysPut()
    {
        const RecomputeResult low = proxyAt(0.3);
        const RecomputeResult high = proxyAt(0.99);
        QVERIFY(low.ok() && high.ok());
        const double lowError = *low.monteCarlo.weightErrorMean;
        const double highError = *high.monteCarlo.weightErrorMean;
        QVERIFY2(highError > 4.0 * lowError, qPrintable(QString::number(highError / lowError)));

        lev::ui::ScoreboardPlot plot;
        plot.resize(420, 320);
        plot.setViewport(plot.rect());
        QVERIFY(plot.errorRect() != plot.axisRect());
        QCOMPARE(plot.errorAxis()->scaleType(), QCPAxis::stLogarithmic);
        plot.showResult(low);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QCPRange errorRange = plot.errorAxis()->range();
        const QCPRange r2Range = plot.yAxis->range();
        const double lowPixel = plot.errorAxis()->coordToPixel(lowError);

        plot.showResult(high);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(plot.errorAxis()->range().lower, errorRange.lower);
        QCOMPARE(plot.errorAxis()->range().upper, errorRange.upper);
        QCOMPARE(plot.yAxis->range().lower, r2Range.lower);
        QCOMPARE(plot.yAxis->range().upper, r2Range.upper);
        // The same on a fresh plot that saw only c = 0.99.
        lev::ui::ScoreboardPlot fresh;
        fresh.showResult(high);
        QCOMPARE(fresh.errorAxis()->range().lower, errorRange.lower);
        QCOMPARE(fresh.errorAxis()->range().upper, errorRange.upper);

        // Both values in view, and the growth is seen: the bar is taller by log10(ratio) of
        // the axis' decades (pixels grow upwards, so the taller bar has the smaller y).
        QVERIFY(errorRange.contains(lowError) && errorRange.contains(highError));
        const double highPixel = plot.errorAxis()->coordToPixel(highError);
        const double decades = std::log10(errorRange.upper / errorRange.lower);
        const double expected =
            std::log10(highError / lowError) / decades * plot.errorRect()->height();
        QVERIFY2(
            std::abs((lowPixel - highPixel) - expected) < 1.0,
            qPrintable(QStringLiteral("%1 px vs %2 px").arg(lowPixel - highPixel).arg(expected)));
        QVERIFY(lowPixel - highPixel > 0.15 * plot.errorRect()->height());
        // The reference mark: the OLS error at c = 0, sqrt(2 σ² / (n − 4)) for the proxy.
        auto ticker = plot.errorAxis()->ticker().dynamicCast<lev::ui::PlainLogTicker>();
        QVERIFY(ticker);
        QVERIFY(std::abs(ticker->markValue() - std::sqrt(2.0 / 196.0)) < 1e-12);
        QCOMPARE(ticker->markText(), QStringLiteral("c = 0"));
        QVERIFY(errorRange.contains(ticker->markValue()));
    }

    /// An R² below the axis' −1 is drawn to the edge and labelled with its value, never cut off
    /// in silence; the axis does not move.
    void scoreboardLabelsAnR2BelowTheAxis()
    {
        RecomputeResult r = m_live;
        r.monteCarlo.r2InterventionalMean = -4284.3;
        lev::ui::ScoreboardPlot plot;
        plot.resize(360, 300);
        plot.setViewport(plot.rect());
        plot.showResult(m_live);
        const QCPRange r2Range = plot.yAxis->range();
        plot.showResult(r);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(plot.yAxis->range().lower, r2Range.lower);
        QVERIFY(r2Range.lower < lev::ui::ScoreboardPlot::kLowestR2);
        QVERIFY(r2Range.upper > 1.0);
        const QStringList labels = labelsOf(&plot);
        QVERIFY2(labels.contains(QStringLiteral("↓\n−4284")), qPrintable(labels.join('|')));
        QVERIFY2(plot.yAxis->label().contains(QStringLiteral("−1")),
                 qPrintable(plot.yAxis->label()));
        // Every value label lies in the plot's frame, clear of the top edge.
        for (int i = 0; i < plot.itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot.item(i));
            if (!text || !text->visible() || text->objectName() == QLatin1String("notice"))
                continue;
            const QRectF rect = textRect(text);
            QVERIFY2(text->clipAxisRect()->rect().adjusted(-1, -1, 1, 1).contains(rect.toRect()),
                     qPrintable(text->text()));
        }
        const QStringList bad = nonFiniteValues(&plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
    }

    /// The sweep's c axis is −log10(1 − c): 0.9, 0.99 and 0.999 one unit apart.
    void sweepOpensUpTheHighCollinearities()
    {
        std::vector<lev::core::SweepPoint> points;
        for (double c : {0.0, 0.5, 0.9, 0.99, 0.999}) {
            lev::core::SweepPoint point;
            point.collinearity = c;
            point.r2ObservationalMean = 0.5;
            point.r2InterventionalMean = c > 0.995 ? -50.0 : 0.4;
            point.weightErrorMean = 0.1 / std::sqrt(1.0 - c * c);
            points.push_back(point);
        }
        lev::ui::SweepPlot plot;
        plot.resize(420, 320);
        plot.setViewport(plot.rect());
        plot.showSweep(points, 0.99);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(lev::ui::SweepPlot::axisCoordinate(0.0), 0.0);
        QVERIFY(std::abs(lev::ui::SweepPlot::axisCoordinate(0.99) - 2.0) < 1e-12);
        QCPGraph* held = plottableNamed<QCPGraph>(&plot, QStringLiteral("held-out R²"));
        QVERIFY(held);
        QCOMPARE(held->dataCount(), 5);
        const double expected[5] = {0.0, std::log10(2.0), 1.0, 2.0, 3.0};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(std::abs(held->data()->at(i)->key - expected[i]) < 1e-12,
                     qPrintable(QString::number(held->data()->at(i)->key)));
        const QMap<double, QString> ticks =
            plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks();
        QCOMPARE(ticks.value(0.0), QStringLiteral("0"));
        QCOMPARE(ticks.value(1.0), QStringLiteral("0.9"));
        QCOMPARE(ticks.value(2.0), QStringLiteral("0.99"));
        QCOMPARE(ticks.value(3.0), QStringLiteral("0.999"));
        QVERIFY(plot.xAxis->range().contains(0.0) && plot.xAxis->range().contains(3.0));

        // The do(X) R² of −50 at 0.999 is below the axis: a marker on the bottom edge at its
        // c, and the value in a caption below the frame, clear of the curves.
        QVERIFY(plot.yAxis->range().lower >= lev::ui::SweepPlot::kLowestR2Shown - 0.5);
        QCPGraph* below = plottableNamed<QCPGraph>(&plot, QStringLiteral("R² below the axis"));
        QVERIFY(below);
        QCOMPARE(below->dataCount(), 1);
        QVERIFY(std::abs(below->data()->at(0)->key - 3.0) < 1e-12);
        QVERIFY(plot.yAxis->range().contains(below->data()->at(0)->value));
        QCPTextElement* caption = nullptr;
        for (QCPLayoutElement* element : plot.plotLayout()->elements(true))
            if (element && element->objectName() == QLatin1String("sweepCaption"))
                caption = qobject_cast<QCPTextElement*>(element);
        QVERIFY(caption);
        QVERIFY2(caption->text().contains(QStringLiteral("−50")), qPrintable(caption->text()));
        QVERIFY(caption->outerRect().top() >= plot.axisRect()->outerRect().bottom());
        QVERIFY(labelsOf(&plot).filter(QStringLiteral("−50")).isEmpty()); // not over the data
    }

    /// One colour, one meaning: every series named for do() is amber, every one named causal is
    /// green and nothing else is green, in every plot.
    void oneColourOneMeaning_data() { plotNames(); }
    void oneColourOneMeaning()
    {
        QFETCH(QString, name);
        PlotUnderTest t = makePlot(name);
        t.show(m_live);
        int checked = 0;
        for (int i = 0; i < t.plot->plottableCount(); ++i) {
            QCPAbstractPlottable* plottable = t.plot->plottable(i);
            if (plottable->layer()->name() == QLatin1String("pinned"))
                continue;
            const QList<QColor> colours = coloursOf(plottable);
            const bool amber = std::any_of(colours.begin(), colours.end(), [](const QColor& c) {
                return sameHue(c, PlotStyle::interventional());
            });
            const bool green = std::any_of(colours.begin(), colours.end(), [](const QColor& c) {
                return sameHue(c, PlotStyle::causal());
            });
            const QString series = plottable->name();
            if (series.contains(QStringLiteral("do("))) {
                QVERIFY2(amber, qPrintable(series));
                ++checked;
            }
            QVERIFY2(green == series.contains(QStringLiteral("causal")), qPrintable(series));
        }
        if (name == QLatin1String("effectLines") || name == QLatin1String("scatter") ||
            name == QLatin1String("sweep"))
            QVERIFY(checked > 0);
    }

    /// A pinned ghost keeps 40–75 % of its live colour's contrast against white (WCAG 2
    /// contrast ratio, less 1): seen from the back of a room, still secondary.
    void ghostsAreVisibleButSecondary()
    {
        for (const QColor& colour :
             {PlotStyle::causal(), PlotStyle::population(), PlotStyle::estimate(),
              PlotStyle::interventional(), PlotStyle::sample(), PlotStyle::neutral()}) {
            const double live = contrastOnWhite(colour) - 1.0;
            const double ghost = contrastOnWhite(PlotStyle::ghost(colour)) - 1.0;
            QVERIFY2(
                ghost >= 0.4 * live && ghost <= 0.75 * live,
                qPrintable(QStringLiteral("%1: %2 of %3").arg(colour.name()).arg(ghost).arg(live)));
        }
        QCOMPARE(PlotStyle::ghostPen(PlotStyle::estimate()).style(), Qt::DashLine);
        QCOMPARE(PlotStyle::ghostMarker(QCPScatterStyle::ssCircle, PlotStyle::estimate()).brush(),
                 QBrush(Qt::NoBrush));
    }

    /// The effect plot draws the chosen feature's slopes from the truth: for the proxy,
    /// Cov(X₂, Y) / Var(X₂) = b c and a total effect of X₂ of 0 (docs/math.md §2.2).
    void effectLinesShowTheChosenFeature()
    {
        const RecomputeResult& r = m_live; // proxy, c = 0.95, b = 1
        QCOMPARE(r.settings.model.effect, 1.0);
        lev::ui::EffectLinesPlot plot;
        plot.resize(420, 320);
        plot.setViewport(plot.rect());
        QSignalSpy changed(&plot, &lev::ui::EffectLinesPlot::featureChanged);
        plot.showResult(r);
        QCOMPARE(plot.feature(), 0);
        plot.setFeature(1);
        QCOMPARE(plot.feature(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toInt(), 1);
        plot.setFeature(1); // no change, no signal
        QCOMPARE(changed.count(), 1);

        auto slopeOf = [&plot](const QString& series) {
            auto* graph = plottableNamed<QCPGraph>(&plot, series);
            if (!graph || graph->dataCount() != 2)
                return std::nan("");
            const auto first = graph->data()->at(0);
            const auto last = graph->data()->at(1);
            return (last->value - first->value) / (last->key - first->key);
        };
        const double c = 0.95;
        QVERIFY(std::abs(slopeOf(QStringLiteral("E[Y | X₂=x]")) - c) < 1e-12);
        QVERIFY(std::abs(slopeOf(QStringLiteral("E[Y | do(X₂=x)]"))) < 1e-12);
        QVERIFY(std::abs(slopeOf(QStringLiteral("model w₂·x")) - r.monteCarlo.weightMean[1]) <
                1e-12);
        QCOMPARE(plot.xAxis->label(), QStringLiteral("X₂"));
        // The cloud is (X₂, Y) of the draw.
        QCPGraph* cloud = plottableNamed<QCPGraph>(&plot, QStringLiteral("data (one draw)"));
        QVERIFY(cloud && cloud->dataCount() == r.draw.features.rows());
        bool found = false;
        for (auto it = cloud->data()->constBegin(); it != cloud->data()->constEnd(); ++it)
            found = found || (it->key == r.draw.features(0, 1) && it->value == r.draw.outcome[0]);
        QVERIFY(found);

        // The box on the plot shows the choice and makes it.
        QComboBox* box = plot.featureBox();
        QVERIFY(box->isVisibleTo(&plot));
        QCOMPARE(box->count(), 2);
        QCOMPARE(box->currentIndex(), 1);
        QVERIFY(plot.rect().contains(box->geometry()));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(!box->geometry().intersects(plot.axisRect()->rect()));
        box->setCurrentIndex(0);
        emit box->activated(0);
        QCOMPARE(plot.feature(), 0);
        QCOMPARE(changed.count(), 2);
        QVERIFY(std::abs(slopeOf(QStringLiteral("E[Y | do(X₁=x)]")) - 1.0) < 1e-12);

        // So does the context menu.
        QMenu menu;
        plot.addContextActions(&menu);
        QMenu* features = menu.findChild<QMenu*>(QStringLiteral("effectFeatureMenu"));
        QVERIFY(features);
        QCOMPARE(features->actions().size(), 2);
        features->actions().at(1)->trigger();
        QCOMPARE(plot.feature(), 1);

        // A model with fewer features clamps the choice and says so.
        RecomputeSettings one = RecomputeSettings::defaultsFor(GeneratorKind::Confounder);
        one.model.features = 1;
        one.replications = 20;
        const RecomputeResult single = Recompute::run(one);
        QVERIFY2(single.ok(), single.message.c_str());
        plot.showResult(single);
        QCOMPARE(plot.feature(), 0);
        QCOMPARE(changed.last().at(0).toInt(), 0);
        QVERIFY(!box->isVisibleTo(&plot)); // nothing to choose
    }

    /// A feature chosen before any result (as a preset does) is kept until one arrives.
    void effectLinesKeepAnEarlyChoice()
    {
        lev::ui::EffectLinesPlot plot;
        plot.setFeature(1);
        QCOMPARE(plot.feature(), 1);
        plot.showResult(m_live);
        QCOMPARE(plot.feature(), 1);
        QCOMPARE(plot.xAxis->label(), QStringLiteral("X₂"));
    }

    /// Small samples (n = p + 1, and n = 3 with p = 2) at classroom sizes: notices inside their
    /// frames (never over tick labels), value labels inside the plot, a word when a few
    /// near-singular runs dominate the means, and no NaN or inf.
    void smallSamplesStayReadable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("generator");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("p");
        for (const QString& name : kPlots) {
            QTest::newRow(qPrintable(name + QStringLiteral(" proxy n=3")))
                << name << static_cast<int>(GeneratorKind::Proxy) << 3 << 2;
            QTest::newRow(qPrintable(name + QStringLiteral(" latent n=51 p=50")))
                << name << static_cast<int>(GeneratorKind::Latent) << 51 << 50;
            QTest::newRow(qPrintable(name + QStringLiteral(" latent n=10 p=40")))
                << name << static_cast<int>(GeneratorKind::Latent) << 10 << 40;
        }
    }
    void smallSamplesStayReadable()
    {
        QFETCH(QString, name);
        QFETCH(int, generator);
        QFETCH(int, n);
        QFETCH(int, p);
        RecomputeSettings settings =
            RecomputeSettings::defaultsFor(static_cast<GeneratorKind>(generator));
        settings.n = n;
        settings.model.features = p;
        settings.replications = 50;
        settings.sweep = {0.0, 0.9, 0.99};
        settings.sweepReplications = 20;
        const RecomputeResult r = Recompute::run(settings);
        QVERIFY(r.status != RecomputeStatus::InvalidSettings);

        PlotUnderTest t = makePlot(name);
        t.plot->resize(250, 210);            // a plot of the grid at 1024 × 768
        t.plot->setViewport(t.plot->rect()); // as a shown widget's resize would
        t.show(r);
        t.plot->replot(QCustomPlot::rpImmediateRefresh);
        QCustomPlot* plot = t.plot.get();
        const QRect widget = plot->rect();
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible() || text->text().isEmpty())
                continue;
            const QRectF rect = textRect(text);
            QVERIFY2(widget.contains(rect.toRect()), qPrintable(text->text()));
            if (text->objectName() == QLatin1String("notice")) {
                // Inside its frame: clear of the tick labels around it.
                const QRect frame = text->clipAxisRect()->rect().adjusted(-1, -1, 1, 1);
                QVERIFY2(frame.contains(rect.toRect()),
                         qPrintable(QStringLiteral("\"%1\" at %2,%3 %4x%5 outside its frame")
                                        .arg(text->text())
                                        .arg(rect.x())
                                        .arg(rect.y())
                                        .arg(rect.width())
                                        .arg(rect.height())));
            }
        }
        if (name == QLatin1String("scoreboard") && r.monteCarlo.fitted > 0) {
            QStringList captions;
            for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
                if (auto* caption = qobject_cast<QCPTextElement*>(element))
                    captions << caption->text();
            QVERIFY2(!captions.filter(QStringLiteral("near-singular")).isEmpty(),
                     qPrintable(captions.join('|')));
        }
        const QStringList bad = nonFiniteValues(plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));
    }

    /// A colour map holds data only in its finite cells; the others are left blank.
    void heatmapCountsFiniteCells()
    {
        RecomputeResult withHole = m_live;
        const int p = static_cast<int>(withHole.populationSpectrum.precision.rows());
        QCOMPARE(p, 2);
        withHole.populationSpectrum.precision(0, 1) = std::nan("");
        withHole.populationSpectrum.precision(1, 0) = std::numeric_limits<double>::infinity();
        lev::ui::HeatmapPlot plot;
        plot.showResult(withHole);
        QCOMPARE(plot.pointCount(), p * p + (p * p - 2));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QStringList bad = nonFiniteValues(&plot);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QStringLiteral(", "))));

        // Nothing finite at all: the panel is empty and says why.
        withHole.populationSpectrum.precision.setConstant(std::nan(""));
        plot.showResult(withHole);
        QCOMPARE(plot.pointCount(), p * p);
        QCOMPARE(noticesOf(&plot), QStringList{QStringLiteral("Σ is singular: Θ does not exist")});
    }

private:
    static void plotNames()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : kPlots)
            QTest::newRow(qPrintable(name)) << name;
    }

    RecomputeResult m_live;     ///< proxy, c = 0.95
    RecomputeResult m_pinned;   ///< proxy, c = 0.3
    RecomputeResult m_singular; ///< latent, n = 10 < p = 40: weights not identifiable
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
