// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "export/PlotExporter.h"

#include "export/ClippedSvgDevice.h"

#include "io/AtomicWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPixmap>
#include <QSet>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace lev::ui {

namespace {

/// The logical resolution plots are laid out at: the screen's 96 dpi, also QImage's default, so
/// fonts given in points have the same size relative to the plot in every format.
constexpr int kLogicalDpi = 96;
constexpr double kInchesPerMetre = 1.0 / 0.0254;
/// PNG text: at least this many times its size on screen, and for images whose shorter side
/// is above kReferenceShorterSide pixels, larger in proportion (docs/math.md §6.5).
constexpr double kSmallestTextScale = 1.25;
constexpr double kReferenceShorterSide = 600.0;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Prepares a painter for a vector device: no pixmap caching, no pixel-grid nudging.
void setVectorModes(QCPPainter& painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
}

} // namespace

QString PlotExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Svg:
        return QStringLiteral("svg");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PlotExporter::Format> PlotExporter::formatFromName(const QString& name)
{
    for (Format format : {Format::Png, Format::Pdf, Format::Svg})
        if (name.trimmed().compare(suffix(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

QString PlotExporter::baseName(const QCustomPlot* plot)
{
    Q_ASSERT(plot);
    QString name = plot->objectName();
    if (name.endsWith(QLatin1String("Plot")))
        name.chop(4);
    if (name == QLatin1String("effectLines"))
        return QStringLiteral("effects");
    return name.isEmpty() ? QStringLiteral("plot") : name;
}

void PlotExporter::setScale(double scale)
{
    Q_ASSERT(std::isfinite(scale) && scale > 0.0);
    m_scale = std::isfinite(scale) ? qBound(0.1, scale, 10.0) : 1.0;
}

QSize PlotExporter::layoutSize(const QCustomPlot* plot) const
{
    return m_size.isEmpty() ? plot->size() : m_size;
}

bool PlotExporter::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool PlotExporter::render(QCustomPlot* plot, Format format, QByteArray* contents)
{
    Q_ASSERT(plot && contents);
    m_error.clear();
    contents->clear();
    if (layoutSize(plot).isEmpty())
        return fail(tr("%1: the plot has no size to export at").arg(baseName(plot)));
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = renderPng(plot, contents);
        break;
    case Format::Pdf:
        ok = renderPdf(plot, contents);
        break;
    case Format::Svg:
        ok = renderSvg(plot, contents);
        break;
    }
    // The export laid the plot out at its own size; lay it out for the screen again.
    plot->replot(QCustomPlot::rpQueuedReplot);
    return ok;
}

double PlotExporter::pixelsPerLayoutUnit(const QSize& pixels)
{
    const int shorter = std::min(pixels.width(), pixels.height());
    return kSmallestTextScale * std::max(1.0, shorter / kReferenceShorterSide);
}

bool PlotExporter::renderPng(QCustomPlot* plot, QByteArray* contents)
{
    const QSize size = layoutSize(plot);
    const QSize pixels(qRound(size.width() * m_scale), qRound(size.height() * m_scale));
    // The plot is laid out at the image size over pixelsPerLayoutUnit() and drawn scaled up by
    // it, so text and lines keep their share of the image at any size and never fall below
    // their size on screen times kSmallestTextScale.
    const double perUnit = pixelsPerLayoutUnit(pixels);
    const QSize layout(std::max(1, qRound(pixels.width() / perUnit)),
                       std::max(1, qRound(pixels.height() / perUnit)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (pixels.isEmpty() || image.isNull())
        return fail(tr("%1: cannot render a %2 x %3 pixel image")
                        .arg(baseName(plot))
                        .arg(pixels.width())
                        .arg(pixels.height()));
    image.fill(Qt::transparent);
    {
        QCPPainter painter(&image);
        if (!painter.isActive())
            return fail(tr("%1: cannot paint a %2 x %3 pixel image")
                            .arg(baseName(plot))
                            .arg(pixels.width())
                            .arg(pixels.height()));
        painter.setMode(QCPPainter::pmNonCosmetic); // thin lines grow with the text
        painter.scale(static_cast<double>(pixels.width()) / layout.width(),
                      static_cast<double>(pixels.height()) / layout.height());
        plot->toPainter(&painter, layout.width(), layout.height());
    }
    // A scaled image keeps the plot's physical size: more pixels per inch, not a larger plot.
    const int dotsPerMetre = qRound(kLogicalDpi * kInchesPerMetre * m_scale);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QBuffer buffer(contents);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return fail(tr("%1: cannot encode the PNG: %2").arg(baseName(plot), writer.errorString()));
    return true;
}

bool PlotExporter::renderPdf(QCustomPlot* plot, QByteArray* contents)
{
    const QSize size = layoutSize(plot);
    QBuffer buffer(contents);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Leverscope"));
        writer.setTitle(baseName(plot));
        writer.setResolution(kLogicalDpi);
        // One page exactly the plot's size: a logical pixel is 1/96 inch = 0.75 pt.
        const QSize points(qRound(size.width() * 72.0 / kLogicalDpi),
                           qRound(size.height() * 72.0 / kLogicalDpi));
        const QPageSize page(points, QString(), QPageSize::ExactMatch);
        if (!writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF())))
            return fail(tr("%1: cannot set up a %2 x %3 pt PDF page")
                            .arg(baseName(plot))
                            .arg(points.width())
                            .arg(points.height()));
        QCPPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("%1: cannot start the PDF").arg(baseName(plot)));
        setVectorModes(painter);
        // Images (the heatmaps) as lossless Flate streams, not JPEG (/DCTDecode).
        painter.setRenderHint(QPainter::LosslessImageRendering);
        painter.setWindow(QRect(QPoint(0, 0), size)); // logical pixels onto the whole page
        plot->toPainter(&painter, size.width(), size.height());
        if (!painter.end())
            return fail(tr("%1: cannot finish the PDF").arg(baseName(plot)));
    }
    if (contents->isEmpty())
        return fail(tr("%1: the PDF came out empty").arg(baseName(plot)));
    return true;
}

bool PlotExporter::renderSvg(QCustomPlot* plot, QByteArray* contents)
{
    const QSize size = layoutSize(plot);
    QBuffer buffer(contents);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(kLogicalDpi);
        generator.setTitle(baseName(plot));
        generator.setDescription(tr("A Leverscope plot"));
        // The generator ignores the painter's clip; the device applies it to what is drawn.
        ClippedSvgDevice device(&generator);
        QCPPainter painter;
        if (!painter.begin(&device))
            return fail(tr("%1: cannot start the SVG").arg(baseName(plot)));
        setVectorModes(painter);
        plot->toPainter(&painter, size.width(), size.height());
        if (!painter.end())
            return fail(tr("%1: cannot finish the SVG").arg(baseName(plot)));
    }
    if (contents->isEmpty())
        return fail(tr("%1: the SVG came out empty").arg(baseName(plot)));
    return true;
}

bool PlotExporter::exportPlot(QCustomPlot* plot, const QString& path, Format format)
{
    QByteArray contents;
    if (!render(plot, format, &contents)) {
        m_error = tr("%1: %2").arg(nativePath(path), m_error);
        return false;
    }
    return writeFile(path, contents);
}

bool PlotExporter::exportPng(QCustomPlot* plot, const QString& path)
{
    return exportPlot(plot, path, Format::Png);
}

bool PlotExporter::exportPdf(QCustomPlot* plot, const QString& path)
{
    return exportPlot(plot, path, Format::Pdf);
}

bool PlotExporter::exportSvg(QCustomPlot* plot, const QString& path)
{
    return exportPlot(plot, path, Format::Svg);
}

bool PlotExporter::writeFile(const QString& path, const QByteArray& contents)
{
    m_error.clear();
    QString error;
    if (!core::AtomicWriter::write(path, contents, &error))
        return fail(error);
    return true;
}

bool PlotExporter::renderAll(const QList<QCustomPlot*>& plots, const QList<Format>& formats,
                             QList<Document>* documents)
{
    Q_ASSERT(documents);
    documents->clear();
    QSet<QString> names;
    for (QCustomPlot* plot : plots) {
        for (Format format : formats) {
            Document document;
            document.fileName = baseName(plot) + QLatin1Char('.') + suffix(format);
            Q_ASSERT_X(!names.contains(document.fileName), "PlotExporter::renderAll",
                       "two plots share a file name");
            names.insert(document.fileName);
            if (!render(plot, format, &document.contents)) {
                documents->clear();
                return false;
            }
            documents->append(document);
        }
    }
    return true;
}

bool PlotExporter::checkDirectory(const QString& directory)
{
    m_error.clear();
    if (directory.isEmpty())
        return fail(tr("no folder to export to"));
    const QString folder = QFileInfo(QDir::cleanPath(directory)).absoluteFilePath();
    QFileInfo existing(folder);
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    if (!existing.isDir()) {
        if (existing.absoluteFilePath() == folder)
            return fail(
                tr("cannot export to %1: it is a file, not a folder").arg(nativePath(folder)));
        return fail(tr("cannot create the folder %1: %2 is a file, not a folder")
                        .arg(nativePath(folder), nativePath(existing.absoluteFilePath())));
    }
    if (!existing.isWritable()) {
        if (existing.absoluteFilePath() == folder)
            return fail(
                tr("cannot write into the folder %1: permission denied").arg(nativePath(folder)));
        return fail(tr("cannot create the folder %1: %2 is not writable")
                        .arg(nativePath(folder), nativePath(existing.absoluteFilePath())));
    }
    return true;
}

bool PlotExporter::writeAll(const QString& directory, const QList<Document>& documents)
{
    m_written.clear();
    if (!checkDirectory(directory))
        return false;
    const QString folder = QDir::cleanPath(directory);

    // The folders mkpath creates, innermost first, so a failed export can take them away again.
    QStringList created;
    for (QString path = QFileInfo(folder).absoluteFilePath(); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        created.append(path);
        if (QFileInfo(path).isRoot())
            break;
    }
    if (!QDir().mkpath(folder)) {
        for (const QString& path : std::as_const(created))
            QDir().rmdir(path);
        return fail(tr("cannot create the folder %1").arg(nativePath(folder)));
    }

    // All files or none: the previous files stay until every new one is complete.
    const QDir dir(folder);
    core::AtomicWriter writer;
    for (const Document& document : documents)
        writer.add(dir.filePath(document.fileName), document.contents);
    if (!writer.commit()) {
        for (const QString& folderAdded : std::as_const(created))
            QDir().rmdir(folderAdded);
        return fail(writer.errorString());
    }
    for (const Document& document : documents)
        m_written.append(dir.filePath(document.fileName));
    return true;
}

bool PlotExporter::exportAll(const QList<QCustomPlot*>& plots, const QString& directory,
                             const QList<Format>& formats)
{
    QList<Document> documents;
    if (!renderAll(plots, formats, &documents))
        return false;
    return writeAll(directory, documents);
}

} // namespace lev::ui
