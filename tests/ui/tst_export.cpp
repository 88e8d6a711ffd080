// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
// Export offscreen: every format carries its signature, the same result gives the same PNG
// bytes, the PNG scale multiplies the pixels, "export all" writes one file per plot and format,
// a location that cannot be written (or a full disk) fails with a message naming the cause and
// leaves the folder as it was, the context menu exports through its file dialog, and the CSV
// tables have their header, rows and no nan.

#include "export/PlotExporter.h"
#include "export/PlotGallery.h"
#include "io/ResultCsv.h"
#include "plots/PlotContextMenu.h"
#include "simulation/Recompute.h"

#include "FullFileSystem.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using lev::core::GeneratorKind;
using lev::core::Recompute;
using lev::core::RecomputeResult;
using lev::core::RecomputeSettings;
using lev::core::ResultCsv;
using lev::test::fileContents;
using lev::test::FullFileSystem;
using lev::ui::PlotExporter;
using lev::ui::PlotGallery;
using Format = lev::ui::PlotExporter::Format;

Q_DECLARE_METATYPE(lev::ui::PlotExporter::Format)

namespace {

/// A quick but complete state: the Monte-Carlo spread, a short sweep and a displayed draw.
RecomputeSettings quickSettings(GeneratorKind kind = GeneratorKind::Proxy)
{
    RecomputeSettings settings = RecomputeSettings::defaultsFor(kind);
    settings.model.collinearity = 0.95;
    settings.n = 60;
    settings.replications = 30;
    settings.sweep = {0.0, 0.5, 0.9, 0.99};
    settings.seed = 11;
    settings.model.loadingSeed = settings.seed;
    return settings;
}

QStringList lines(const std::string& csv)
{
    return QString::fromStdString(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/// A CSV table of ResultCsv: its '#' comment lines (without "# "), header and rows.
struct Table
{
    QStringList comments;
    QStringList header;
    QList<QStringList> rows;
};

/// Splits a ResultCsv table (no cell of these tables is quoted).
Table tableOf(const std::string& csv)
{
    Table table;
    bool inComments = true;
    for (const QString& line : lines(csv)) {
        if (line.startsWith('#')) {
            if (!inComments)
                qWarning("a comment line after the header: %s", qPrintable(line));
            table.comments << line.mid(2);
            continue;
        }
        inComments = false;
        if (table.header.isEmpty())
            table.header = line.split(',');
        else
            table.rows << line.split(',', Qt::KeepEmptyParts);
    }
    return table;
}

/// Whether a cell reads back (strtod) to exactly `value`.
bool exactly(const QString& cell, double value)
{
    const QByteArray text = cell.toLatin1();
    char* end = nullptr;
    const double read = std::strtod(text.constData(), &end);
    return !text.isEmpty() && *end == '\0' && read == value;
}

/// Whether a number cell is the shortest round-trip text: printf with one significant digit
/// less reads back to a different double. Cells that are not numbers pass.
bool isShortest(const QString& cell)
{
    const QByteArray text = cell.toLatin1();
    char* end = nullptr;
    const double value = std::strtod(text.constData(), &end);
    if (text.isEmpty() || *end != '\0')
        return true; // text or empty
    const QByteArray mantissa = text.split('e').first();
    QByteArray digits;
    for (const char ch : mantissa)
        if (ch >= '0' && ch <= '9')
            digits += ch;
    while (digits.startsWith('0'))
        digits.remove(0, 1);
    while (digits.endsWith('0'))
        digits.chop(1);
    if (digits.size() <= 1)
        return true;
    char shorter[512];
    std::snprintf(shorter, sizeof shorter, "%.*g", int(digits.size()) - 1, value);
    return std::strtod(shorter, nullptr) != value;
}

const QColor kCurveColour(255, 0, 255);

/// Every polyline, polygon and path stroked in `colour` in an SVG of QSvgGenerator, as its
/// points mapped through the transform of its group.
QList<QPolygonF> strokedShapes(const QByteArray& svg, const QColor& colour)
{
    QList<QPolygonF> shapes;
    QXmlStreamReader xml(svg);
    QList<std::pair<QString, QTransform>> groups; // stroke and transform of each open <g>
    const QRegularExpression number(QStringLiteral("-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("g") && !groups.isEmpty())
            groups.removeLast();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("g")) {
            QTransform transform;
            const QString matrix = attributes.value("transform").toString();
            if (matrix.startsWith("matrix(")) {
                QList<double> m;
                auto it = number.globalMatch(matrix);
                while (it.hasNext())
                    m << it.next().captured().toDouble();
                if (m.size() == 6)
                    transform = QTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
            }
            groups.append({attributes.value("stroke").toString(), transform});
            continue;
        }
        if (groups.isEmpty() ||
            groups.last().first.compare(colour.name(), Qt::CaseInsensitive) != 0)
            continue;
        QString data;
        if (xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("polygon"))
            data = attributes.value("points").toString();
        else if (xml.name() == QLatin1String("path"))
            data = attributes.value("d").toString();
        else
            continue;
        QList<double> values;
        auto it = number.globalMatch(data);
        while (it.hasNext())
            values << it.next().captured().toDouble();
        QPolygonF shape;
        for (int i = 0; i + 1 < values.size(); i += 2)
            shape << groups.last().second.map(QPointF(values[i], values[i + 1]));
        shapes << shape;
    }
    return shapes;
}

QList<QPointF> curvePoints(const QByteArray& svg)
{
    QList<QPointF> points;
    for (const QPolygonF& shape : strokedShapes(svg, kCurveColour))
        points += QList<QPointF>(shape.begin(), shape.end());
    return points;
}

/// Renders a plot through QSvgGenerator alone, which ignores the clip.
QByteArray unclippedSvg(QCustomPlot* plot, const QSize& size)
{
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    QCPPainter painter(&generator);
    painter.setMode(QCPPainter::pmVectorized);
    plot->toPainter(&painter, size.width(), size.height());
    painter.end();
    return svg;
}

/// The points of a plot's curves (shapes of more than two points in a graph's colour, not
/// ticks, and not wholly inside the legend: its icons) that lie outside every axis rect.
int curvePointsOutsideAxes(QCustomPlot* plot, const QByteArray& svg, int* curves)
{
    QRegion axes;
    for (QCPAxisRect* rect : plot->axisRects())
        axes += rect->rect().adjusted(-2, -2, 2, 2);
    const QRectF legend = plot->legend && plot->legend->visible()
                              ? QRectF(plot->legend->outerRect()).adjusted(-1, -1, 1, 1)
                              : QRectF();
    int outside = 0;
    for (int g = 0; g < plot->graphCount(); ++g)
        for (const QPolygonF& shape : strokedShapes(svg, plot->graph(g)->pen().color())) {
            if (shape.size() <= 2 || legend.contains(shape.boundingRect()))
                continue;
            ++*curves;
            for (const QPointF& point : shape)
                outside += axes.contains(point.toPoint()) ? 0 : 1;
        }
    return outside;
}

bool isCurvePixel(const QColor& colour)
{
    return colour.red() > 150 && colour.blue() > 150 && colour.green() < 110;
}

int curvePixelsOutside(const QImage& image, const QRect& axisRect)
{
    int count = 0;
    const QRect grown = axisRect.adjusted(-2, -2, 2, 2);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (!grown.contains(x, y) && isCurvePixel(image.pixelColor(x, y)))
                ++count;
    return count;
}

int curvePixelsInside(const QImage& image, const QRect& axisRect)
{
    int count = 0;
    for (int y = axisRect.top(); y <= axisRect.bottom(); ++y)
        for (int x = axisRect.left(); x <= axisRect.right(); ++x)
            if (isCurvePixel(image.pixelColor(x, y)))
                ++count;
    return count;
}

/// The height of the rows that hold dark pixels (the ink of black text on white).
int inkHeight(const QImage& image)
{
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128 && qAlpha(image.pixel(x, y)) > 128) {
                if (top < 0)
                    top = y;
                bottom = y;
                break;
            }
    return top < 0 ? 0 : bottom - top + 1;
}

/// Every file below `path`, recursively.
QStringList filesUnder(const QString& path)
{
    QStringList files;
    const QDir dir(path);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        files += info.isDir() ? filesUnder(info.filePath()) : QStringList{info.filePath()};
    return files;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    RecomputeResult m_result;
    std::unique_ptr<PlotGallery> m_gallery;

    QCustomPlot* plot(const QString& objectName) const
    {
        for (QCustomPlot* p : m_gallery->plots())
            if (p->objectName() == objectName)
                return p;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_result = Recompute::run(quickSettings());
        QVERIFY2(m_result.ok(), m_result.message.c_str());
        QCOMPARE(m_result.sweep.size(), std::size_t(4));
        m_gallery = std::make_unique<PlotGallery>();
        m_gallery->showResult(m_result);
    }

    void galleryHoldsEightPlotsAtTheirExportSize()
    {
        const QList<QCustomPlot*> plots = m_gallery->plots();
        QCOMPARE(plots.size(), 8);
        QStringList names;
        for (QCustomPlot* p : plots) {
            QCOMPARE(p->size(), PlotGallery::exportSize(p));
            QVERIFY(!p->isVisible());
            names << PlotExporter::baseName(p);
        }
        QCOMPARE(names, QStringList({"spectrum", "weights", "scoreboard", "sweep", "scatter",
                                     "heatmap", "effects", "causalGraph"}));
    }

    void signature_data()
    {
        QTest::addColumn<QString>("plotName");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<int>("within"); ///< bytes from the start the signature must occur in
        for (const char* name : {"spectrumPlot", "sweepPlot", "heatmapPlot"}) {
            QTest::addRow("%s png", name)
                << name << Format::Png << QByteArray("\x89PNG\r\n\x1a\n") << 0;
            QTest::addRow("%s pdf", name) << name << Format::Pdf << QByteArray("%PDF-") << 0;
            QTest::addRow("%s svg", name) << name << Format::Svg << QByteArray("<svg") << 4096;
        }
    }

    void signature()
    {
        QFETCH(QString, plotName);
        QFETCH(Format, format);
        QFETCH(QByteArray, signature);
        QFETCH(int, within);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("out." + PlotExporter::suffix(format));
        PlotExporter exporter;
        QVERIFY2(exporter.exportPlot(plot(plotName), path, format),
                 qPrintable(exporter.errorString()));
        QVERIFY(exporter.errorString().isEmpty());
        const QByteArray bytes = fileContents(path);
        QVERIFY2(bytes.size() > 1000, qPrintable(QString::number(bytes.size())));
        if (within == 0)
            QVERIFY(bytes.startsWith(signature));
        else
            QVERIFY(bytes.left(within).contains(signature));
        if (format == Format::Pdf) {
            // Vector, one page: drawn paths and text, not one embedded bitmap of the plot.
            QVERIFY(bytes.contains("/Type /Page") || bytes.contains("/Type/Page"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        }
        if (format == Format::Svg) {
            QVERIFY(bytes.contains("<path") || bytes.contains("<polyline"));
            QVERIFY(bytes.contains("</svg>"));
        }
    }

    void pngIsByteIdenticalForTheSameResult()
    {
        PlotExporter exporter;
        QByteArray first, second;
        for (QCustomPlot* p : m_gallery->plots()) {
            QVERIFY(exporter.render(p, Format::Png, &first));
            QVERIFY(exporter.render(p, Format::Png, &second));
            QVERIFY2(first == second, qPrintable(p->objectName()));
        }
        // A second gallery fed by a second recompute of the same settings: the same bytes.
        const RecomputeResult again = Recompute::run(quickSettings());
        PlotGallery other;
        other.showResult(again);
        for (int i = 0; i < 7; ++i) {
            QVERIFY(exporter.render(m_gallery->plots()[i], Format::Png, &first));
            QVERIFY(exporter.render(other.plots()[i], Format::Png, &second));
            QVERIFY2(first == second, qPrintable(other.plots()[i]->objectName()));
        }
        // And a different state gives different bytes (the comparison can fail).
        RecomputeSettings changed = quickSettings();
        changed.model.collinearity = 0.5;
        other.showResult(Recompute::run(changed));
        QVERIFY(exporter.render(m_gallery->plots()[1], Format::Png, &first));
        QVERIFY(exporter.render(other.plots()[1], Format::Png, &second));
        QVERIFY(first != second);
    }

    void pngScaleMultipliesThePixels_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("3x") << 3.0;
    }

    void pngScaleMultipliesThePixels()
    {
        QFETCH(double, scale);
        QCustomPlot* weights = plot("weightsPlot");
        PlotExporter exporter;
        exporter.setScale(scale);
        QByteArray bytes;
        QVERIFY(exporter.render(weights, Format::Png, &bytes));
        const QImage image = QImage::fromData(bytes, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), PlotGallery::exportSize(weights) * scale);
        // Physical size kept: the resolution grows with the scale (96 dpi at 1x).
        QVERIFY(qAbs(image.dotsPerMeterX() * 0.0254 - 96.0 * scale) < 0.5);
    }

    void explicitSizeOverridesThePlotSize()
    {
        PlotExporter exporter;
        exporter.setSize(QSize(400, 300));
        QByteArray bytes;
        QVERIFY(exporter.render(plot("scatterPlot"), Format::Png, &bytes));
        QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(400, 300));
        QCOMPARE(plot("scatterPlot")->size(), PlotGallery::exportSize(plot("scatterPlot")));
    }

    void exportAllWritesEveryPlotInEveryFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath("nested/plots"); // created on the way
        PlotExporter exporter;
        QVERIFY2(
            exporter.exportAll(m_gallery->plots(), folder, {Format::Png, Format::Pdf, Format::Svg}),
            qPrintable(exporter.errorString()));
        QStringList expected;
        for (const char* name : {"spectrum", "weights", "scoreboard", "sweep", "scatter", "heatmap",
                                 "effects", "causalGraph"})
            for (const char* suffix : {"png", "pdf", "svg"})
                expected << QStringLiteral("%1.%2").arg(name, suffix);
        expected.sort();
        QStringList written = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(written, expected);
        QCOMPARE(exporter.writtenFiles().size(), 24);
        for (const QString& name : written)
            QVERIFY2(QFileInfo(QDir(folder).filePath(name)).size() > 1000, qPrintable(name));
        // No temporary files of QSaveFile are left behind.
        QCOMPARE(
            QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
            24);
    }

    void unwritableLocationFailsAndLeavesNoFile_data()
    {
        QTest::addColumn<QString>("below"); ///< the path, relative to a regular file
        QTest::newRow("file in a folder that is a file") << QString("plot.png");
        QTest::newRow("file two folders below a file") << QString("sub/plot.png");
    }

    void unwritableLocationFailsAndLeavesNoFile()
    {
        // chmod does not stop root, so the folder is made impossible: it lies below a file.
        QFETCH(QString, below);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString blocker = dir.filePath("blocker");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
        file.close();
        const QString path = blocker + "/" + below;

        PlotExporter exporter;
        QVERIFY(!exporter.exportPng(plot("weightsPlot"), path));
        QVERIFY(exporter.errorString().contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFileInfo::exists(path));

        const QString folder = QFileInfo(path).absolutePath() + "/all";
        QVERIFY(!exporter.exportAll(m_gallery->plots(), folder, {Format::Png}));
        QVERIFY2(exporter.errorString().contains("blocker"), qPrintable(exporter.errorString()));
        QVERIFY(exporter.writtenFiles().isEmpty());
        QCOMPARE(filesUnder(dir.path()), QStringList{blocker});
        QCOMPARE(fileContents(blocker), QByteArray("not a folder"));

        QVERIFY(!exporter.exportAll(m_gallery->plots(), blocker, {Format::Png}));
        QVERIFY2(exporter.errorString().contains("not a folder"),
                 qPrintable(exporter.errorString()));

        // The check before the work says the same, and creates nothing when the folder is fine.
        QVERIFY(!exporter.checkDirectory(folder));
        QVERIFY(exporter.errorString().contains("blocker"));
        QVERIFY(exporter.checkDirectory(dir.filePath("new/folder")));
        QVERIFY(exporter.errorString().isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath("new")));
    }

    void failedExportAllTakesBackItsFiles()
    {
        // The fourth file cannot be written (a folder holds its name): no new file is added
        // and a file that was there before keeps its previous contents.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath("plots");
        QVERIFY(QDir().mkpath(folder + "/sweep.png"));
        QFile existing(folder + "/weights.png");
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();

        PlotExporter exporter;
        QVERIFY(!exporter.exportAll(m_gallery->plots(), folder, {Format::Png}));
        QVERIFY2(exporter.errorString().contains("sweep.png"), qPrintable(exporter.errorString()));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{"weights.png"});
        QCOMPARE(fileContents(folder + "/weights.png"), QByteArray("old"));

        // Folders the call created go again too.
        const QString fresh = dir.filePath("fresh/deeper");
        QVERIFY(!exporter.writeAll(fresh, {{"draw.csv", "a\n"}, {"no/such/folder.csv", "b\n"}}));
        QVERIFY2(exporter.errorString().contains("folder.csv"), qPrintable(exporter.errorString()));
        QVERIFY(!QFileInfo::exists(dir.filePath("fresh")));
        QVERIFY(exporter.writeAll(fresh, {{"draw.csv", "a\n"}}));
        QCOMPARE(exporter.writtenFiles(), QStringList{fresh + "/draw.csv"});
    }

    void aFullDiskLeavesTheFolderAsItWas_data()
    {
        QTest::addColumn<QList<Format>>("formats");
        QTest::addColumn<bool>("csv");
        QTest::newRow("png") << QList<Format>{Format::Png} << false;
        QTest::newRow("pdf") << QList<Format>{Format::Pdf} << false;
        QTest::newRow("svg") << QList<Format>{Format::Svg} << false;
        QTest::newRow("csv") << QList<Format>{} << true;
        QTest::newRow("everything") << QList<Format>{Format::Png, Format::Pdf, Format::Svg} << true;
    }

    void aFullDiskLeavesTheFolderAsItWas()
    {
        QFETCH(QList<Format>, formats);
        QFETCH(bool, csv);
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        // An earlier export's files: some are overwritten by this one, the folder keeps others.
        const QMap<QString, QByteArray> previous = {{"spectrum.png", "old png"},
                                                    {"weights.pdf", "old pdf"},
                                                    {"sweep.svg", "old svg"},
                                                    {"draw.csv", "old draw"},
                                                    {"notes.txt", "mine"}};
        for (auto it = previous.begin(); it != previous.end(); ++it) {
            QFile file(disk.filePath(it.key()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(it.value()), it.value().size());
        }
        const QStringList before = FullFileSystem::entries(disk.path());

        PlotExporter exporter;
        QList<PlotExporter::Document> documents;
        QVERIFY(exporter.renderAll(m_gallery->plots(), formats, &documents));
        if (csv)
            for (const ResultCsv::Table& table : ResultCsv::tables(m_result))
                documents.append({QString::fromStdString(table.fileName),
                                  QByteArray::fromStdString(table.contents)});
        QVERIFY(disk.fill());
        const bool written = exporter.writeAll(disk.path(), documents);
        disk.release();

        QVERIFY(!written);
        QVERIFY2(exporter.errorString().contains(disk.expectedCause()),
                 qPrintable(exporter.errorString()));
        QVERIFY(exporter.writtenFiles().isEmpty());
        QCOMPARE(FullFileSystem::entries(disk.path()), before);
        for (auto it = previous.begin(); it != previous.end(); ++it)
            QCOMPARE(fileContents(disk.filePath(it.key())), it.value());
    }

    void aFullDiskKeepsASinglePlotFile()
    {
        FullFileSystem disk;
        LEVERSCOPE_SKIP_WITHOUT_FULL_DISK(disk);
        const QString path = disk.filePath("weights.png");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("old png"), qint64(7));
        file.close();
        PlotExporter exporter;
        QVERIFY(disk.fill());
        const bool written = exporter.exportPng(plot("weightsPlot"), path);
        disk.release();
        QVERIFY(!written);
        QVERIFY2(exporter.errorString().contains(path) &&
                     exporter.errorString().contains(disk.expectedCause()),
                 qPrintable(exporter.errorString()));
        QCOMPARE(fileContents(path), QByteArray("old png"));
        QCOMPARE(FullFileSystem::entries(disk.path()), QStringList{"weights.png"});
    }

    void contextMenuExportsThroughItsDialog_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("png 2x") << "exportPng2x"
                                << "chosen.png" << QByteArray("\x89PNG");
        QTest::newRow("pdf") << "exportPdf"
                             << "chosen.pdf" << QByteArray("%PDF-");
        QTest::newRow("svg") << "exportSvg"
                             << "chosen.svg" << QByteArray("<?xml");
    }

    void contextMenuExportsThroughItsDialog()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, signature);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QWidget window;
        QCustomPlot* weights = plot("weightsPlot");
        auto* menu = lev::ui::installExportMenu(weights, &window);
        QCOMPARE(lev::ui::installExportMenu(weights, &window), menu); // once per plot
        QCOMPARE(weights->contextMenuPolicy(), Qt::CustomContextMenu);
        QSignalSpy exported(menu, &lev::ui::PlotContextMenu::exported);

        std::unique_ptr<QMenu> popup(menu->createMenu());
        auto* action = popup->findChild<QAction*>(actionName);
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<QFileDialog*>("plotExportDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString path = dir.filePath(fileName);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().first().toString(), path);
        QVERIFY(fileContents(path).startsWith(signature));
        if (actionName == "exportPng2x")
            QCOMPARE(QImage(path).size(), weights->size() * 2);
        QCOMPARE(menu->directory(), dir.path());
    }

    void contextMenuShowsFailuresWithoutBlocking()
    {
        QWidget window;
        auto* menu = lev::ui::installExportMenu(plot("scatterPlot"), &window);
        QSignalSpy failed(menu, &lev::ui::PlotContextMenu::exportFailed);
        QVERIFY(!menu->exportTo("/proc/leverscope/none.svg", PlotExporter::Format::Svg));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains("/proc/leverscope/none.svg"));
        auto* box = window.findChild<QWidget*>("exportFailedBox");
        QVERIFY(box); // opened with open(): we got here without anyone closing it
        QVERIFY(box->isVisible());
        box->close();
    }

    /// A curve far outside the axis range is cut at the axis rect in the SVG, as in the PNG:
    /// every point of the curve's polylines and paths (after its group's transform) lies in the
    /// axis rect, and the SVG rendered back by QSvgRenderer has no curve colour outside it.
    /// Plain QSvgGenerator output (no clipping) fails the same check, so the check can fail.
    void svgClipsCurvesToTheAxisRect()
    {
        QCustomPlot plot;
        plot.resize(600, 400);
        plot.xAxis->setRange(0, 10);
        plot.yAxis->setRange(-1, 1);
        plot.legend->setVisible(true);
        QCPGraph* graph = plot.addGraph();
        graph->setName("explodes");
        graph->setPen(QPen(kCurveColour, 2));
        for (int i = 0; i <= 100; ++i)
            graph->addData(i * 0.1, 0.05 * (i - 50) * (i % 2 == 0 ? 1.0 : -1.0)); // +-2.5
        plot.replot();

        PlotExporter exporter;
        exporter.setSize(plot.size());
        QByteArray svg;
        QVERIFY(exporter.render(&plot, Format::Svg, &svg));
        const QRectF axisRect = QRectF(plot.axisRect()->rect()).adjusted(-2, -2, 2, 2);
        const QList<QPointF> points = curvePoints(svg);
        QVERIFY2(points.size() > 20, "the curve was not found in the SVG");
        for (const QPointF& point : points)
            QVERIFY2(axisRect.contains(point),
                     qPrintable(QStringLiteral("(%1, %2) outside the axis rect")
                                    .arg(point.x())
                                    .arg(point.y())));

        // Rendered back: nothing of the curve's colour above or below the axis rect.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage image(plot.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(plot.size())));
        }
        QCOMPARE(curvePixelsOutside(image, plot.axisRect()->rect()), 0);
        QVERIFY(curvePixelsInside(image, plot.axisRect()->rect()) > 100);

        // The same plot through QSvgGenerator alone crosses the axes.
        const QByteArray unclipped = unclippedSvg(&plot, plot.size());
        int outside = 0;
        for (const QPointF& point : curvePoints(unclipped))
            outside += axisRect.contains(point) ? 0 : 1;
        QVERIFY(outside > 0);
    }

    /// The same on the sweep of a state whose curves leave the axis range (latent, c = 0.99,
    /// where do(X) R^2 falls far below the axis): clipped in the export, not without it.
    void svgOfTheSweepKeepsCurvesInTheirAxisRects()
    {
        RecomputeSettings settings = quickSettings(GeneratorKind::Latent);
        settings.model.collinearity = 0.99;
        settings.sweep = {0.0, 0.5, 0.9, 0.95, 0.99, 0.995};
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY2(result.ok(), result.message.c_str());
        PlotGallery gallery;
        gallery.showResult(result);
        PlotExporter exporter;
        for (QCustomPlot* p : gallery.plots()) {
            QByteArray svg;
            QVERIFY(exporter.render(p, Format::Svg, &svg));
            QVERIFY2(QSvgRenderer(svg).isValid(), qPrintable(PlotExporter::baseName(p)));
            if (p->objectName() != QLatin1String("sweepPlot"))
                continue;
            int curves = 0;
            const int outside = curvePointsOutsideAxes(p, svg, &curves);
            QVERIFY(curves > 0);
            QCOMPARE(outside, 0);
            int unclippedCurves = 0;
            QVERIFY(curvePointsOutsideAxes(p, unclippedSvg(p, PlotGallery::exportSize(p)),
                                           &unclippedCurves) > 0);
        }
    }

    /// Heatmap images go into the PDF losslessly: an image XObject, and no JPEG (/DCTDecode).
    void pdfHeatmapIsLossless()
    {
        QCustomPlot* heatmap = plot("heatmapPlot");
        QVERIFY(heatmap);
        PlotExporter exporter;
        QByteArray pdf;
        QVERIFY(exporter.render(heatmap, Format::Pdf, &pdf));
        QVERIFY(pdf.contains("/Subtype /Image"));
        QVERIFY(!pdf.contains("/DCTDecode"));
        QVERIFY(pdf.contains("/FlateDecode"));
    }

    /// The text of a PNG scales with its size: measured on the rendered pixels of a title,
    /// against the same plot drawn for the screen (QCustomPlot::toPixmap at its size).
    void pngTextScalesWithTheImage_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("600 x 400") << QSize(600, 400);
        QTest::newRow("800 x 600") << QSize(800, 600);
        QTest::newRow("3000 x 2000") << QSize(3000, 2000);
    }

    void pngTextScalesWithTheImage()
    {
        QFETCH(QSize, size);
        QCustomPlot plot;
        plot.plotLayout()->insertRow(0);
        auto* title = new QCPTextElement(&plot, "HHHH", QFont("DejaVu Sans", 10));
        plot.plotLayout()->addElement(0, 0, title);
        for (QCPAxis* axis : plot.axisRect()->axes())
            axis->setVisible(false);
        plot.resize(size);
        const int onScreen = inkHeight(plot.toPixmap(size.width(), size.height()).toImage());
        QVERIFY(onScreen > 5);

        PlotExporter exporter;
        exporter.setSize(size);
        QByteArray bytes;
        QVERIFY(exporter.render(&plot, Format::Png, &bytes));
        const QImage image = QImage::fromData(bytes, "png");
        QCOMPARE(image.size(), size);
        const int exported = inkHeight(image);
        qInfo("title ink: %d px in the PNG, %d px on screen", exported, onScreen);
        // Never smaller than 1.2 times the screen's text.
        QVERIFY2(
            exported >= 1.2 * onScreen,
            qPrintable(QStringLiteral("%1 px vs %2 px on screen").arg(exported).arg(onScreen)));
        // Above a 600 px shorter side, the text keeps its share of the image: as large
        // relative to the shorter side as 1.25 x the screen's text is to 600 px.
        const int shorter = std::min(size.width(), size.height());
        const double share = double(exported) / shorter;
        const double reference = 1.25 * onScreen / 600.0;
        if (shorter >= 600)
            QVERIFY2(std::abs(share / reference - 1.0) < 0.2,
                     qPrintable(QStringLiteral("%1 of the image vs %2").arg(share).arg(reference)));
    }

    void drawCsvHasTheFeaturesYAndTheRegime()
    {
        const Table table = tableOf(ResultCsv::draw(m_result));
        QCOMPARE(table.header, QStringList({"X1", "X2", "Y", "regime"}));
        QVERIFY(table.comments.join('\n').contains("regime: observational = "));
        QVERIFY(table.comments.join('\n').contains("interventional = drawn under do(X)"));
        const int n = m_result.settings.n;
        const QList<QStringList>& rows = table.rows;
        QCOMPARE(rows.size(), 2 * n);
        for (int i = 0; i < 2 * n; ++i) {
            QCOMPARE(rows[i].size(), 4);
            QCOMPARE(rows[i][3], QString(i < n ? "observational" : "interventional"));
        }
        // Full precision: cells read back to the very doubles of the draw.
        QVERIFY(exactly(rows[0][0], m_result.draw.features(0, 0)));
        QVERIFY(exactly(rows[n][2], m_result.draw.interventionalOutcome(0)));
        QVERIFY(exactly(rows[n - 1][1], m_result.draw.features(n - 1, 1)));
    }

    void everyTableIsTidyAndSaysWhatItHolds_data()
    {
        QTest::addColumn<int>("generator");
        QTest::addColumn<int>("replications");
        QTest::addColumn<bool>("spreadExists");
        QTest::newRow("proxy") << int(GeneratorKind::Proxy) << 30 << true;
        QTest::newRow("latent, 20 features") << int(GeneratorKind::Latent) << 30 << true;
        QTest::newRow("confounder") << int(GeneratorKind::Confounder) << 30 << true;
        QTest::newRow("one replication: no sd") << int(GeneratorKind::Proxy) << 1 << false;
    }

    /// One kind of row per table, a '#' block with what, units and the settings, and every
    /// number the shortest text that reads back to the very double it came from.
    void everyTableIsTidyAndSaysWhatItHolds()
    {
        QFETCH(int, generator);
        QFETCH(int, replications);
        QFETCH(bool, spreadExists);
        RecomputeSettings settings = quickSettings(static_cast<GeneratorKind>(generator));
        settings.replications = replications;
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY2(result.ok(), result.message.c_str());
        const int p = int(result.truth.features.size());

        QStringList names;
        for (const ResultCsv::Table& file : ResultCsv::tables(result)) {
            names << QString::fromStdString(file.fileName);
            const Table table = tableOf(file.contents);
            const QString comments = table.comments.join('\n');
            QVERIFY2(comments.startsWith("Leverscope " + names.last() + ": "),
                     qPrintable(comments));
            QVERIFY(comments.contains("units: "));
            QVERIFY(comments.contains("columns: ") || comments.contains("rows: "));
            QVERIFY2(comments.contains(QStringLiteral("settings: generator=%1, collinearity=0.95, ")
                                           .arg(QString::fromStdString(lev::core::generatorName(
                                               settings.model.generator)))),
                     qPrintable(comments));
            QVERIFY(comments.contains(QStringLiteral("reps=%1").arg(replications)));
            QVERIFY(comments.contains("seed=11"));
            for (const QStringList& row : table.rows) {
                QCOMPARE(row.size(), table.header.size());
                for (const QString& cell : row) {
                    QVERIFY(!cell.contains("nan", Qt::CaseInsensitive));
                    QVERIFY(!cell.contains("inf", Qt::CaseInsensitive));
                    QVERIFY2(isShortest(cell), qPrintable(cell));
                }
            }
        }
        QCOMPARE(names, QStringList({"draw.csv", "weights.csv", "spectrum.csv", "scores.csv",
                                     "sweep.csv"}));

        const Table weights = tableOf(ResultCsv::weights(result));
        QCOMPARE(weights.header,
                 QStringList({"feature", "causal_weight", "population_weight", "total_effect",
                              "conditional_slope", "weight_mean", "weight_sd", "weight_q5",
                              "weight_q25", "weight_q50", "weight_q75", "weight_q95", "vif"}));
        QCOMPARE(weights.rows.size(), p);
        for (int j = 0; j < p; ++j) {
            const QStringList& cells = weights.rows[j];
            QCOMPARE(cells[0], QString::fromStdString(result.truth.features[std::size_t(j)]));
            QVERIFY(exactly(cells[1], result.truth.causalWeights(j)));
            QVERIFY(exactly(cells[4], result.truth.conditionalSlopes(j)));
            QVERIFY(exactly(cells[5], result.monteCarlo.weightMean(j)));
            QCOMPARE(cells[6].isEmpty(), !spreadExists); // sd needs two replications
            if (spreadExists)
                QVERIFY(exactly(cells[6], result.monteCarlo.weightSd(j)));
            QVERIFY(exactly(cells[12], result.populationSpectrum.vif(j)));
        }

        const Table spectrum = tableOf(ResultCsv::spectrum(result));
        QCOMPARE(spectrum.header,
                 QStringList({"component", "population_eigenvalue", "population_inverse_eigenvalue",
                              "sample_eigenvalue_mean"}));
        QCOMPARE(spectrum.rows.size(), p);
        for (int i = 0; i < p; ++i) {
            QCOMPARE(spectrum.rows[i][0], QString::number(i + 1));
            QVERIFY(exactly(spectrum.rows[i][1], result.populationSpectrum.eigenvalues(i)));
            QVERIFY(exactly(spectrum.rows[i][3], result.monteCarlo.sampleEigenvaluesMean(i)));
        }

        const Table scores = tableOf(ResultCsv::scores(result));
        QCOMPARE(scores.header, QStringList({"score", "monte_carlo_mean", "population"}));
        QCOMPARE(scores.rows.size(), 3);
        QCOMPARE(scores.rows[0][0], QString("r2_observational"));
        QVERIFY(exactly(scores.rows[0][1], *result.monteCarlo.r2ObservationalMean));
        QVERIFY(exactly(scores.rows[0][2], *result.truth.r2));
        QCOMPARE(scores.rows[1][0], QString("r2_interventional"));
        QVERIFY(exactly(scores.rows[1][2], *result.truth.interventionalR2));
        QCOMPARE(scores.rows[2][0], QString("weight_error"));
        QVERIFY(exactly(scores.rows[2][1], *result.monteCarlo.weightErrorMean));
        // The population weights' error, ||beta_pop - beta_causal||, from the truth.
        QVERIFY(exactly(scores.rows[2][2],
                        (result.truth.populationWeights - result.truth.causalWeights).norm()));

        const Table sweep = tableOf(ResultCsv::sweep(result));
        QCOMPARE(sweep.header.first(), QString("collinearity"));
        QCOMPARE(sweep.rows.size(), int(settings.sweep.size()));
        for (int i = 0; i < sweep.rows.size(); ++i)
            QVERIFY(exactly(sweep.rows[i][0], settings.sweep[std::size_t(i)]));
    }

    /// The proxy's numbers are known in closed form (docs/math.md §2.2): causal and population
    /// weights (1, 0), conditional slopes (1, c), eigenvalues 1 + c and 1 - c, VIF 1/(1 - c^2),
    /// population R^2 = b^2/(b^2 + sigma^2) = 1/2.
    void proxyTablesHoldTheClosedForms()
    {
        const double c = 0.95;
        const Table weights = tableOf(ResultCsv::weights(m_result));
        QCOMPARE(weights.rows[0][1].toDouble(), 1.0);
        QCOMPARE(weights.rows[1][1].toDouble(), 0.0);
        QVERIFY(qAbs(weights.rows[1][4].toDouble() - c) < 1e-14);
        QVERIFY(qAbs(weights.rows[0][12].toDouble() - 1.0 / (1.0 - c * c)) < 1e-12);
        const Table spectrum = tableOf(ResultCsv::spectrum(m_result));
        QVERIFY(qAbs(spectrum.rows[0][1].toDouble() - (1.0 + c)) < 1e-14);
        QVERIFY(qAbs(spectrum.rows[1][1].toDouble() - (1.0 - c)) < 1e-14);
        const Table scores = tableOf(ResultCsv::scores(m_result));
        QVERIFY(qAbs(scores.rows[0][2].toDouble() - 0.5) < 1e-14);
        QVERIFY(qAbs(scores.rows[2][2].toDouble()) < 1e-12); // beta_pop = beta_causal
    }

    void csvCellsAreEmptyForMissingNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("nan") << std::nan("") << QString();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QString();
        QTest::newRow("-0") << -0.0 << QString("0");
        QTest::newRow("a third") << 1.0 / 3.0 << QString("0.3333333333333333");
        QTest::newRow("large") << 1e300 << QString("1e+300");
    }

    void csvCellsAreEmptyForMissingNumbers()
    {
        QFETCH(double, value);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromStdString(ResultCsv::number(value)), cell);
        QCOMPARE(QString::fromStdString(ResultCsv::number(std::optional<double>())), QString());
        QCOMPARE(QString::fromStdString(ResultCsv::text("a,\"b\"")), QString("\"a,\"\"b\"\"\""));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
