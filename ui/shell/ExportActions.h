// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// File ▸ Export All Plots (PNG at 2×, PDF, SVG) and Export Data and Results as CSV for the
// shown page, each into a folder chosen in a non-blocking dialog, and the window screenshot
// of --screenshot.

#include <QObject>
#include <QString>
#include <functional>

class QMenu;
class QWidget;

namespace lev::ui {

class ModePage;

class ExportActions : public QObject
{
    Q_OBJECT

public:
    using CurrentPage = std::function<ModePage*()>;

    ExportActions(QWidget* window, CurrentPage currentPage);

    void addTo(QMenu* file);

    /// Every plot of the shown page as PNG (2×), PDF and SVG into `folder`.
    bool exportPlots(const QString& folder, QString* error);
    /// The shown page's numbers as CSV into `folder`.
    bool exportCsv(const QString& folder, QString* error);
    /// Renders the window into a PNG, written atomically; false with `error` set on failure.
    bool saveScreenshot(const QString& path, QString* error);

signals:
    /// One line for the status bar ("Exported into …").
    void exported(const QString& message);
    void problemReported(const QString& message);

private:
    void chooseFolderAndExport(bool csv);

    QWidget* m_window;
    CurrentPage m_currentPage;
};

} // namespace lev::ui
