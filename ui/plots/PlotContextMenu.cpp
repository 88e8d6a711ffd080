// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/PlotContextMenu.h"

#include "plots/ResultPlot.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <qcustomplot.h>

namespace lev::ui {

namespace {

QString formatTitle(PlotExporter::Format format)
{
    return PlotExporter::suffix(format).toUpper();
}

} // namespace

PlotContextMenu::PlotContextMenu(QCustomPlot* plot, QWidget* dialogParent)
    : QObject(plot), m_plot(plot), m_dialogParent(dialogParent)
{
    Q_ASSERT(plot);
    setObjectName(QStringLiteral("plotContextMenu"));
    m_directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (m_directory.isEmpty() || !QFileInfo(m_directory).isDir())
        m_directory = QDir::homePath();
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &PlotContextMenu::showContextMenu);
}

QMenu* PlotContextMenu::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("plotExportMenu"));
    if (auto* plot = qobject_cast<ResultPlot*>(m_plot)) {
        plot->addContextActions(menu);
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    QAction* copy = menu->addAction(tr("&Copy Image"));
    copy->setObjectName(QStringLiteral("copyImage"));
    copy->setToolTip(tr("Put the plot on the clipboard as an image, at its size on screen"));
    connect(copy, &QAction::triggered, this, &PlotContextMenu::copyImage);
    menu->addSeparator();
    QMenu* png = menu->addMenu(tr("Export as &PNG"));
    png->setObjectName(QStringLiteral("pngScaleMenu"));
    const QSize size = m_plot->size();
    for (int scale = 1; scale <= 3; ++scale) {
        QAction* action = png->addAction(tr("%1\u00d7 (%2 \u00d7 %3 px)\u2026")
                                             .arg(scale)
                                             .arg(size.width() * scale)
                                             .arg(size.height() * scale));
        action->setObjectName(QStringLiteral("exportPng%1x").arg(scale));
        connect(action, &QAction::triggered, this,
                [this, scale]() { requestExport(PlotExporter::Format::Png, scale); });
    }
    QAction* pdf = menu->addAction(tr("Export as P&DF\u2026"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(pdf, &QAction::triggered, this, [this]() { requestExport(PlotExporter::Format::Pdf); });
    QAction* svg = menu->addAction(tr("Export as &SVG\u2026"));
    svg->setObjectName(QStringLiteral("exportSvg"));
    connect(svg, &QAction::triggered, this, [this]() { requestExport(PlotExporter::Format::Svg); });
    return menu;
}

void PlotContextMenu::copyImage()
{
    const QSize size = m_plot->size();
    const QImage image = m_plot->toPixmap(size.width(), size.height()).toImage();
    // toPixmap laid the plot out for the image; lay it out for the screen again.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    if (image.isNull()) {
        emit exportFailed(tr("Cannot copy the plot: no image of %1 \u00d7 %2 px")
                              .arg(size.width())
                              .arg(size.height()));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
    emit imageCopied(image.size());
}

void PlotContextMenu::showContextMenu(const QPoint& position)
{
    QMenu* menu = createMenu(m_plot);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_plot->mapToGlobal(position));
}

void PlotContextMenu::requestExport(PlotExporter::Format format, double scale)
{
    const QString suffix = PlotExporter::suffix(format);
    const QString suggested =
        QDir(m_directory).filePath(PlotExporter::baseName(m_plot) + QLatin1Char('.') + suffix);
    auto* dialog =
        new QFileDialog(m_dialogParent, tr("Export the plot as %1").arg(formatTitle(format)),
                        suggested, tr("%1 files (*.%2)").arg(formatTitle(format), suffix));
    dialog->setObjectName(QStringLiteral("plotExportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<QCustomPlot> plot(m_plot);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, plot, format, scale](const QString& path) {
                if (plot) // the plot may have gone while the dialog was open
                    exportTo(path, format, scale);
            });
    dialog->open();
}

bool PlotContextMenu::exportTo(const QString& path, PlotExporter::Format format, double scale)
{
    m_directory = QFileInfo(path).absolutePath();
    PlotExporter exporter;
    exporter.setScale(scale);
    if (exporter.exportPlot(m_plot, path, format)) {
        emit exported(path);
        return true;
    }
    const QString message = exporter.errorString();
    if (m_dialogParent) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), message,
                                    QMessageBox::Ok, m_dialogParent);
        box->setObjectName(QStringLiteral("exportFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // non-blocking: recomputes go on
    }
    emit exportFailed(message);
    return false;
}

PlotContextMenu* installExportMenu(QCustomPlot* plot, QWidget* dialogParent)
{
    // Installing twice keeps one menu.
    if (auto* existing = plot->findChild<PlotContextMenu*>(QString(), Qt::FindDirectChildrenOnly)) {
        existing->setDialogParent(dialogParent);
        return existing;
    }
    return new PlotContextMenu(plot, dialogParent);
}

} // namespace lev::ui
