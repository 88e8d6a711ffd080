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

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

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
        if (csv) {
            documents.append({"draw.csv", QByteArray::fromStdString(ResultCsv::draw(m_result))});
            documents.append(
                {"results.csv", QByteArray::fromStdString(ResultCsv::results(m_result))});
        }
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

    void drawCsvHasTheFeaturesYAndTheRegime()
    {
        const QStringList rows = lines(ResultCsv::draw(m_result));
        QCOMPARE(rows.first(), QString("X1,X2,Y,regime"));
        const int n = m_result.settings.n;
        QCOMPARE(rows.size(), 1 + 2 * n);
        QCOMPARE(rows.filter(QRegularExpression(",observational$")).size(), n);
        QCOMPARE(rows.filter(QRegularExpression(",interventional$")).size(), n);
        QVERIFY(rows[1].endsWith(",observational"));
        QVERIFY(rows.last().endsWith(",interventional"));
        // Full precision: the first cell reads back to the very double of the draw.
        QVERIFY(rows[1].split(',').first().toDouble() == m_result.draw.features(0, 0));
        QVERIFY(rows[n + 1].split(',')[2].toDouble() == m_result.draw.interventionalOutcome(0));
        for (const QString& row : rows) {
            QCOMPARE(row.count(','), 3);
            QVERIFY(!row.contains("nan", Qt::CaseInsensitive));
            QVERIFY(!row.contains("inf", Qt::CaseInsensitive));
        }
    }

    void resultsCsvHasOneRowPerFeature_data()
    {
        QTest::addColumn<int>("generator");
        QTest::addColumn<int>("replications");
        QTest::addColumn<bool>("spreadExists");
        QTest::newRow("proxy") << int(GeneratorKind::Proxy) << 30 << true;
        QTest::newRow("latent, 20 features") << int(GeneratorKind::Latent) << 30 << true;
        QTest::newRow("one replication: no sd") << int(GeneratorKind::Proxy) << 1 << false;
    }

    void resultsCsvHasOneRowPerFeature()
    {
        QFETCH(int, generator);
        QFETCH(int, replications);
        QFETCH(bool, spreadExists);
        RecomputeSettings settings = quickSettings(static_cast<GeneratorKind>(generator));
        settings.replications = replications;
        settings.sweep.clear();
        const RecomputeResult result = Recompute::run(settings);
        QVERIFY2(result.ok(), result.message.c_str());
        const QStringList rows = lines(ResultCsv::results(result));
        QCOMPARE(rows.first(), QString("feature,causal_weight,population_weight,total_effect,"
                                       "conditional_slope,weight_mean,weight_sd,weight_q5,"
                                       "weight_q95,vif,component,population_eigenvalue"));
        const int p = int(result.truth.features.size());
        QCOMPARE(rows.size(), 1 + p);
        for (int j = 0; j < p; ++j) {
            const QStringList cells = rows[j + 1].split(',');
            QCOMPARE(cells.size(), 12);
            QCOMPARE(cells[0], QString::fromStdString(result.truth.features[std::size_t(j)]));
            QVERIFY(cells[1].toDouble() == result.truth.causalWeights(j));
            QCOMPARE(cells[10], QString::number(j + 1));
            QVERIFY(cells[11].toDouble() == result.populationSpectrum.eigenvalues(j));
            QCOMPARE(cells[6].isEmpty(), !spreadExists); // sd needs two replications
            QVERIFY(!rows[j + 1].contains("nan", Qt::CaseInsensitive));
            QVERIFY(!rows[j + 1].contains("null"));
        }
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
