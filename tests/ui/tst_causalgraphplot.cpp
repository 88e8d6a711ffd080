// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// The causal graph plot offscreen, for every generator: one ellipse per node of the model,
// hidden nodes dashed, one arrow per edge of B labelled with its weight, each arrow ending on
// the circle of its target; under do(X) the arrows into the features are drawn cut (faded and
// crossed) and no live arrow enters a feature; p = 200 stays readable (a summary, not 200
// nodes); the toggle works from the check box and the context menu; the plot exports.

#include "export/PlotExporter.h"
#include "model/CausalGraph.h"
#include "plots/CausalGraphPlot.h"
#include "plots/PlotContextMenu.h"
#include "plots/PlotStyle.h"
#include "simulation/RecomputeResult.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using lev::core::CausalGraph;
using lev::core::GeneratorKind;
using lev::core::RecomputeResult;
using lev::core::RecomputeSettings;
using lev::ui::CausalGraphPlot;

Q_DECLARE_METATYPE(lev::core::GeneratorKind)

namespace {

RecomputeResult resultFor(GeneratorKind kind, int features = 0)
{
    RecomputeResult result;
    result.settings = RecomputeSettings::defaultsFor(kind);
    if (features > 0)
        result.settings.model.features = features;
    result.status = lev::core::RecomputeStatus::Ok;
    return result;
}

template <class Item> QList<Item*> itemsNamed(QCustomPlot& plot, const QString& name)
{
    QList<Item*> items;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* item = qobject_cast<Item*>(plot.item(i)))
            if (item->objectName() == name && item->visible())
                items << item;
    return items;
}

/// An arrow's end point (a line's or a curve's) and its pen.
struct Arrow
{
    QPointF end;
    QPen pen;
};

QList<Arrow> arrows(QCustomPlot& plot, const QString& name)
{
    QList<Arrow> all;
    for (QCPItemLine* line : itemsNamed<QCPItemLine>(plot, name))
        all << Arrow{line->end->pixelPosition(), line->pen()};
    for (QCPItemCurve* curve : itemsNamed<QCPItemCurve>(plot, name))
        all << Arrow{curve->end->pixelPosition(), curve->pen()};
    return all;
}

/// The centres and radii of the drawn nodes, by their label.
struct Circle
{
    QString label;
    QPointF centre;
    double radius;
};

QList<Circle> circles(QCustomPlot& plot)
{
    QList<Circle> all;
    const QList<QCPItemText*> labels = itemsNamed<QCPItemText>(plot, "nodeLabel");
    for (QCPItemEllipse* ellipse : itemsNamed<QCPItemEllipse>(plot, "graphNode")) {
        const QPointF a = ellipse->topLeft->pixelPosition();
        const QPointF b = ellipse->bottomRight->pixelPosition();
        Circle circle{QString(), (a + b) / 2.0, (b.x() - a.x()) / 2.0};
        for (QCPItemText* label : labels)
            if (QLineF(label->position->pixelPosition(), circle.centre).length() < 0.5)
                circle.label = label->text();
        all << circle;
    }
    return all;
}

/// The node whose circle an arrow ends on (within 3 px of the rim), or an empty label.
QString targetOf(const Arrow& arrow, const QList<Circle>& nodes)
{
    for (const Circle& node : nodes)
        if (std::abs(QLineF(arrow.end, node.centre).length() - node.radius) < 3.0)
            return node.label;
    return {};
}

/// A shown plot of the size (a hidden widget's resize waits until it is shown), laid out.
void showAt(CausalGraphPlot& plot, const QSize& size)
{
    plot.resize(size);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QCOMPARE(plot.size(), size);
    plot.replot();
}

bool isFeatureLabel(const QString& label)
{
    return label.startsWith(QLatin1Char('X')) || label == QLatin1String("C");
}

} // namespace

class TestCausalGraphPlot : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheModel_data()
    {
        QTest::addColumn<GeneratorKind>("kind");
        for (GeneratorKind kind : lev::core::allGenerators())
            QTest::newRow(lev::core::generatorName(kind).c_str()) << kind;
    }

    void drawsTheModel()
    {
        QFETCH(GeneratorKind, kind);
        // The latent model with p = 5: small enough to draw whole.
        const RecomputeResult result = resultFor(kind, kind == GeneratorKind::Latent ? 5 : 0);
        const CausalGraph graph = CausalGraph::of(result.settings.model);
        CausalGraphPlot plot;
        plot.showResult(result);
        showAt(plot, QSize(700, 560));

        // One ellipse per node (every generator's default is small enough to draw whole).
        const int nodes = int(graph.nodes().size());
        QCOMPARE(plot.pointCount(), nodes);
        QCOMPARE(itemsNamed<QCPItemEllipse>(plot, "graphNode").size(), nodes);
        const QList<Circle> drawn = circles(plot);
        QStringList labels;
        for (const Circle& circle : drawn)
            labels << circle.label;
        int hidden = 0;
        for (const auto& node : graph.nodes()) {
            QVERIFY2(labels.contains(lev::ui::PlotStyle::featureLabel(node.name)),
                     node.name.c_str());
            hidden += node.observed ? 0 : 1;
        }
        // Hidden nodes dashed, observed ones solid.
        int dashed = 0;
        for (QCPItemEllipse* ellipse : itemsNamed<QCPItemEllipse>(plot, "graphNode"))
            dashed += ellipse->pen().style() == Qt::DashLine ? 1 : 0;
        QCOMPARE(dashed, hidden);
        // Circles do not overlap.
        for (int i = 0; i < drawn.size(); ++i)
            for (int j = i + 1; j < drawn.size(); ++j)
                QVERIFY(QLineF(drawn[i].centre, drawn[j].centre).length() >
                        drawn[i].radius + drawn[j].radius);

        // One arrow per edge, each ending on its target's circle; none cut yet.
        const QList<Arrow> live = arrows(plot, "arrow");
        QCOMPARE(live.size(), int(graph.edges().size()));
        QVERIFY(arrows(plot, "cutArrow").isEmpty());
        QVERIFY(itemsNamed<QCPItemLine>(plot, "cutMark").isEmpty());
        for (const Arrow& arrow : live) {
            QVERIFY2(!targetOf(arrow, drawn).isEmpty(), "an arrow ends off every node");
            QCOMPARE(arrow.pen.color().alpha(), 255);
        }
        // Weight labels, rounded: the proxy's are c = 0.9 and b = 1 (docs/math.md §2.2).
        if (kind == GeneratorKind::Proxy) {
            QStringList weights;
            for (QCPItemText* text : itemsNamed<QCPItemText>(plot, "edgeWeight"))
                weights << text->text();
            weights.sort();
            QCOMPARE(weights, QStringList({"0.9", "1"}));
        }
        if (kind == GeneratorKind::Confounder) { // Z -> Xj with sqrt(c), rounded to 0.01
            const double c = result.settings.model.collinearity;
            const QString rootC = QString::number(std::round(100.0 * std::sqrt(c)) / 100.0);
            int found = 0;
            for (QCPItemText* text : itemsNamed<QCPItemText>(plot, "edgeWeight"))
                found += text->text() == rootC ? 1 : 0;
            QCOMPARE(found, result.settings.model.features);
        }
        QVERIFY(!plot.findChild<QCPItemText*>("doLabel")->visible());
    }

    void interventionCutsTheArrowsIntoX_data() { drawsTheModel_data(); }

    void interventionCutsTheArrowsIntoX()
    {
        QFETCH(GeneratorKind, kind);
        const RecomputeResult result = resultFor(kind, kind == GeneratorKind::Latent ? 5 : 0);
        const CausalGraph cut = CausalGraph::of(result.settings.model).intervened();
        CausalGraphPlot plot;
        plot.showResult(result);
        plot.setIntervention(true);
        showAt(plot, QSize(700, 560));
        QVERIFY(plot.graph().isIntervened());

        const QList<Circle> drawn = circles(plot);
        QCOMPARE(int(drawn.size()), int(cut.nodes().size())); // the nodes stay
        const QList<Arrow> live = arrows(plot, "arrow");
        const QList<Arrow> removed = arrows(plot, "cutArrow");
        QCOMPARE(live.size(), int(cut.edges().size()));
        QCOMPARE(removed.size(), int(cut.cutEdges().size()));
        QVERIFY2(!removed.isEmpty() || kind == GeneratorKind::Collider ||
                     kind == GeneratorKind::Proxy || kind == GeneratorKind::Chain,
                 "the confounder and latent models have arrows into X");
        for (const Arrow& arrow : live) // no live arrow enters a feature
            QVERIFY2(!isFeatureLabel(targetOf(arrow, drawn)), qPrintable(targetOf(arrow, drawn)));
        for (const Arrow& arrow : removed) { // every cut one does, faded and dashed
            QVERIFY2(isFeatureLabel(targetOf(arrow, drawn)), qPrintable(targetOf(arrow, drawn)));
            QVERIFY(arrow.pen.color().alpha() < 128);
            QCOMPARE(arrow.pen.style(), Qt::DashLine);
        }
        // Crossed: two strokes per cut arrow, in the interventional colour.
        const QList<QCPItemLine*> marks = itemsNamed<QCPItemLine>(plot, "cutMark");
        QCOMPARE(marks.size(), 2 * removed.size());
        for (QCPItemLine* mark : marks)
            QCOMPARE(mark->pen().color().rgb(),
                     lev::ui::PlotStyle::interventional().darker(110).rgb());
        auto* doLabel = plot.findChild<QCPItemText*>("doLabel");
        QVERIFY(doLabel && doLabel->visible());
        QVERIFY(doLabel->text().contains("do(X = x)"));

        // And back.
        plot.setIntervention(false);
        plot.replot();
        QVERIFY(arrows(plot, "cutArrow").isEmpty());
        QCOMPARE(arrows(plot, "arrow").size(), int(cut.edges().size() + cut.cutEdges().size()));
    }

    void theProxyModelHasCutArrowsToo()
    {
        // X1 -> X2 enters a feature: under do(X) it is cut while X1 -> Y stays.
        CausalGraphPlot plot;
        plot.showResult(resultFor(GeneratorKind::Proxy));
        plot.setIntervention(true);
        showAt(plot, QSize(600, 500));
        const QList<Circle> drawn = circles(plot);
        const QList<Arrow> removed = arrows(plot, "cutArrow");
        QCOMPARE(removed.size(), 1);
        QCOMPARE(targetOf(removed.first(), drawn), QString::fromUtf8("X\u2082"));
        const QList<Arrow> live = arrows(plot, "arrow");
        QCOMPARE(live.size(), 1);
        QCOMPARE(targetOf(live.first(), drawn), QStringLiteral("Y"));
    }

    void manyFeaturesStayReadable()
    {
        // The latent generator at p = 200: k = 3 hidden factors, the levers and a few features,
        // and a summary for the rest.
        RecomputeResult result = resultFor(GeneratorKind::Latent, 200);
        const int k = result.settings.model.latentDimension;
        CausalGraphPlot plot;
        plot.showResult(result);
        showAt(plot, QSize(480, 420));
        QCOMPARE(plot.pointCount(), k + CausalGraphPlot::kMaxFeatures - 1 + 1);
        QCOMPARE(plot.hiddenFeatureCount(), 200 - (CausalGraphPlot::kMaxFeatures - 1));
        const QList<QCPItemText*> summary = itemsNamed<QCPItemText>(plot, "summary");
        QCOMPARE(summary.size(), 1);
        QVERIFY2(summary.first()->text().contains(
                     QString::number(200 - (CausalGraphPlot::kMaxFeatures - 1)) + " more"),
                 qPrintable(summary.first()->text()));
        // The levers (X1, X2 by default) are among the nodes drawn.
        QStringList labels;
        for (const Circle& circle : circles(plot))
            labels << circle.label;
        QVERIFY(labels.contains(QString::fromUtf8("X\u2081")));
        QVERIFY(labels.contains(QString::fromUtf8("X\u2082")));
        // Drawn inside the plot, not on top of each other.
        const QList<Circle> drawn = circles(plot);
        for (const Circle& circle : drawn)
            QVERIFY2(plot.rect().contains(circle.centre.toPoint()),
                     qPrintable(QStringLiteral("%1 at (%2, %3)")
                                    .arg(circle.label)
                                    .arg(circle.centre.x())
                                    .arg(circle.centre.y())));
        for (int i = 0; i < drawn.size(); ++i)
            for (int j = i + 1; j < drawn.size(); ++j)
                QVERIFY(QLineF(drawn[i].centre, drawn[j].centre).length() >
                        drawn[i].radius + drawn[j].radius);
        // Too many arrows to label them all: the levers' weights into Y are labelled.
        const QList<QCPItemText*> weights = itemsNamed<QCPItemText>(plot, "edgeWeight");
        QCOMPARE(weights.size(), result.settings.model.levers);
        QVERIFY(plot.findChild<QCPItemText*>("graphFootnote")->visible());
    }

    void manyHiddenFactorsAreCounted()
    {
        // k = 10 factors: five drawn and "… 5 more hidden"; k = 6: all six drawn.
        for (const auto& [k, drawn] : {std::pair<int, int>{10, 5}, std::pair<int, int>{6, 6}}) {
            RecomputeResult result = resultFor(GeneratorKind::Latent, 12);
            result.settings.model.latentDimension = k;
            CausalGraphPlot plot;
            plot.showResult(result);
            showAt(plot, QSize(520, 460));
            int dashed = 0;
            for (QCPItemEllipse* ellipse : itemsNamed<QCPItemEllipse>(plot, "graphNode"))
                dashed += ellipse->pen().style() == Qt::DashLine ? 1 : 0;
            QCOMPARE(dashed, drawn);
            QStringList summaries;
            for (QCPItemText* text : itemsNamed<QCPItemText>(plot, "summary"))
                summaries << text->text();
            QVERIFY2(summaries.join(' ').contains("more\nhidden") == (k > drawn),
                     qPrintable(summaries.join(" | ")));
            if (k > drawn)
                QVERIFY(summaries.join(' ').contains(QString::number(k - drawn) + " more"));
        }
    }

    void theToggleIsOnThePlotAndInItsMenu()
    {
        CausalGraphPlot plot;
        plot.resize(600, 500);
        plot.showResult(resultFor(GeneratorKind::Confounder));
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        auto* box = plot.findChild<QCheckBox*>("showInterventionBox");
        QVERIFY(box && box->isVisible());
        QVERIFY(plot.rect().contains(box->geometry()));
        QTest::mouseClick(box, Qt::LeftButton);
        QVERIFY(plot.showsIntervention());
        QVERIFY(plot.interventionAction()->isChecked());

        lev::ui::PlotContextMenu* menu = lev::ui::installExportMenu(&plot, nullptr);
        std::unique_ptr<QMenu> popup(menu->createMenu());
        QVERIFY(popup->actions().contains(plot.interventionAction()));
        plot.interventionAction()->trigger();
        QVERIFY(!plot.showsIntervention());
        QVERIFY(!box->isChecked());
    }

    void invalidSettingsShowANotice()
    {
        CausalGraphPlot plot;
        plot.resize(600, 500);
        plot.showResult(resultFor(GeneratorKind::Proxy));
        QVERIFY(plot.pointCount() > 0);
        RecomputeResult bad = resultFor(GeneratorKind::Proxy);
        bad.settings.model.collinearity = 1.5;
        bad.status = lev::core::RecomputeStatus::InvalidSettings;
        plot.showResult(bad);
        QCOMPARE(plot.pointCount(), 0);
        bool noticeShown = false;
        for (int i = 0; i < plot.itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
                noticeShown |=
                    text->objectName() == "notice" && text->visible() && !text->text().isEmpty();
        QVERIFY(noticeShown);
    }

    void exportsLikeEveryPlot()
    {
        CausalGraphPlot plot;
        plot.resize(600, 500);
        plot.showResult(resultFor(GeneratorKind::Confounder));
        plot.setIntervention(true);
        lev::ui::PlotExporter exporter;
        QByteArray png, svg, pdf;
        QVERIFY(exporter.render(&plot, lev::ui::PlotExporter::Format::Png, &png));
        QVERIFY(exporter.render(&plot, lev::ui::PlotExporter::Format::Svg, &svg));
        QVERIFY(exporter.render(&plot, lev::ui::PlotExporter::Format::Pdf, &pdf));
        QVERIFY(png.startsWith("\x89PNG"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(svg.contains("<svg"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(600, 500));
        // The nodes are drawn at the export's size: the middle of the image is not blank.
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                inked += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        QVERIFY2(inked > 300, qPrintable(QString::number(inked)));
        QCOMPARE(lev::ui::PlotExporter::baseName(&plot), QStringLiteral("causalGraph"));
    }
};

QTEST_MAIN(TestCausalGraphPlot)
#include "tst_causalgraphplot.moc"
