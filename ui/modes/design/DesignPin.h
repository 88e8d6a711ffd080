// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Pin and compare in the experiment designer, as in the simulation: the curves shown now stay
// as faint dashed ghosts (with a "pinned" key) behind the live ones until cleared. Owns the
// Experiment menu's two entries, Ctrl+P and Ctrl+Shift+P, active while the designer is shown.

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QCustomPlot;
class QMenu;

namespace lev::ui {

class DesignController;

class DesignPin : public QObject
{
    Q_OBJECT

public:
    DesignPin(const DesignController& controller, QList<QCustomPlot*> plots,
              QObject* parent = nullptr);

    /// Adds "Pin Current Design" and "Clear Pin" to `menu`; returns them (disabled).
    QList<QAction*> addActions(QMenu* menu);
    /// Pins what the plots show now; nothing before the first result.
    void pin();
    void clear();
    bool isPinned() const { return m_pinned; }

signals:
    /// What was pinned or cleared, for the status bar.
    void statusChanged(const QString& message);

private:
    const DesignController& m_controller;
    QList<QCustomPlot*> m_plots;
    bool m_pinned = false;
};

} // namespace lev::ui
