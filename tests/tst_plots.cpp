// The seven plots offscreen: a pinned state shows as ghost series beside the live one, inside the
// axis ranges, and goes away when cleared; presentation restyling scales the fonts and restores
// them; a singular live state with a pinned one (and the reverse) holds no NaN or inf.

#include "EffectLinesPlot.h"
#include "HeatmapPlot.h"
#include "PlotStyle.h"
#include "ScatterPlot.h"
#include "ScoreboardPlot.h"
#include "SpectrumPlot.h"
#include "SweepPlot.h"
#include "WeightsPlot.h"
#include "analysis/Recompute.h"

#include <QRegularExpression>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <functional>
#include <memory>

using lev::core::GeneratorKind;
using lev::core::Recompute;
using lev::core::RecomputeResult;
using lev::core::RecomputeSettings;
using lev::core::RecomputeStatus;
using lev::ui::PlotStyle;

namespace {

const QStringList kPlots = {QStringLiteral("spectrum"),   QStringLiteral("weights"),
                            QStringLiteral("scoreboard"), QStringLiteral("sweep"),
                            QStringLiteral("scatter"),    QStringLiteral("heatmap"),
                            QStringLiteral("effectLines")};

/// One plot behind a common face: the plots share their API but no base class.
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
