// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/ExportActions.h"

#include "export/PlotExporter.h"
#include "io/AtomicWriter.h"
#include "shell/AppSettings.h"
#include "shell/ModePage.h"

#include <QBuffer>
#include <QFileDialog>
#include <QMenu>
#include <QPixmap>
#include <qcustomplot.h>

namespace lev::ui {

ExportActions::ExportActions(QWidget* window, CurrentPage currentPage)
    : QObject(window), m_window(window), m_currentPage(std::move(currentPage))
{
}

void ExportActions::addTo(QMenu* file)
{
    QAction* exportAll =
        file->addAction(tr("&Export All Plots…"), this, [this]() { chooseFolderAndExport(false); });
    exportAll->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportAll->setToolTip(tr("Every plot as PNG (2×), PDF and SVG into a folder; right-click a "
                             "plot to export only that one"));
    file->addAction(tr("Export &Data and Results as CSV…"), this,
                    [this]() { chooseFolderAndExport(true); });
}

void ExportActions::chooseFolderAndExport(bool csv)
{
    auto* dialog = new QFileDialog(
        m_window, csv ? tr("Export Data and Results as CSV into") : tr("Export All Plots into"),
        AppSettings::lastDirectory());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString& folder) {
        QString error;
        if (!AppSettings::setLastDirectory(folder, &error))
            emit problemReported(error);
        const bool ok = csv ? exportCsv(folder, &error) : exportPlots(folder, &error);
        if (ok)
            emit exported(tr("Exported into %1").arg(folder));
        else
            emit problemReported(error);
    });
    dialog->open();
}

bool ExportActions::exportPlots(const QString& folder, QString* error)
{
    PlotExporter exporter;
    exporter.setScale(2.0);
    if (!exporter.exportAll(
            m_currentPage()->plots(), folder,
            {PlotExporter::Format::Png, PlotExporter::Format::Pdf, PlotExporter::Format::Svg})) {
        *error = exporter.errorString();
        return false;
    }
    return true;
}

bool ExportActions::exportCsv(const QString& folder, QString* error)
{
    return m_currentPage()->exportCsv(folder, error);
}

bool ExportActions::saveScreenshot(const QString& path, QString* error)
{
    for (QCustomPlot* plot : m_currentPage()->plots())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPixmap pixmap = m_window->grab();
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !pixmap.save(&buffer, "PNG")) {
        *error = tr("%1: cannot encode the screenshot as PNG").arg(path);
        return false;
    }
    return core::AtomicWriter::write(path, png, error);
}

} // namespace lev::ui
