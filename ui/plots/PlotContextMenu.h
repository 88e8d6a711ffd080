// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Right-click menu of one plot: the plot's own actions, "Copy Image" (to the clipboard at the
// plot's size on screen) and "Export as PNG (1x, 2x, 3x) / PDF / SVG", each asking for a file
// name in a non-blocking file dialog and writing through PlotExporter at the plot's size on
// screen. Failures are shown in a non-blocking message box and reported by exportFailed().

#include "export/PlotExporter.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QCustomPlot;
class QMenu;
class QWidget;

namespace lev::ui {

class PlotContextMenu : public QObject
{
    Q_OBJECT

public:
    /// Owned by the plot; dialogs and message boxes are parented to `dialogParent`.
    PlotContextMenu(QCustomPlot* plot, QWidget* dialogParent);

    /// A new menu with the plot's own actions, Copy Image and the export actions (the caller
    /// owns it); what a right-click pops up.
    QMenu* createMenu(QWidget* parent = nullptr);
    /// Puts an image of the plot, at its size on screen, on the clipboard.
    void copyImage();
    /// Opens the file dialog for one format (non-blocking); the export runs once a file is
    /// chosen.
    void requestExport(PlotExporter::Format format, double scale = 1.0);
    /// Writes the plot to `path` at once; false and exportFailed() on failure.
    bool exportTo(const QString& path, PlotExporter::Format format, double scale = 1.0);

    /// The widget dialogs and message boxes are parented to.
    void setDialogParent(QWidget* dialogParent) { m_dialogParent = dialogParent; }
    /// The folder the next file dialog starts in (the last one used).
    QString directory() const { return m_directory; }

signals:
    void exported(const QString& path);
    void imageCopied(const QSize& size);
    void exportFailed(const QString& message);

private:
    void showContextMenu(const QPoint& position);

    QCustomPlot* m_plot = nullptr;
    QPointer<QWidget> m_dialogParent;
    QString m_directory;
};

/// Makes right-clicks on `plot` open the export menu. Returns the menu's controller (owned by
/// the plot) so the caller can listen to exported() and exportFailed(). Installing again on the
/// same plot keeps the one menu and moves its dialogs to the new `dialogParent`.
PlotContextMenu* installExportMenu(QCustomPlot* plot, QWidget* dialogParent);

} // namespace lev::ui
