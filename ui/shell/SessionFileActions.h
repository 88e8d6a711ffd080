// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// File ▸ Open Session, Open Recent, Save Session and Save Session As: session files (.leverscope)
// in and out of the SessionState. Opening is one undo step and leaves the state unmodified;
// saving marks it unmodified. Dialogs never block the event loop.

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace lev::ui {

class SessionState;

class SessionFileActions : public QObject
{
    Q_OBJECT

public:
    SessionFileActions(SessionState& state, QWidget* window);

    /// Adds Open, Open Recent, Save and Save As to `file`.
    void addTo(QMenu* file);

    bool openSession(const QString& path, QString* error);
    bool saveSession(const QString& path, QString* error);
    /// Saves to the current session file, or asks for a name first (always with `askForName`).
    /// `saved` is emitted once it is written.
    void save(bool askForName);

signals:
    /// A session is about to replace the state (the window shows the simulation for it).
    void aboutToOpen();
    void saved();
    /// The user closed the Save dialog without choosing a file.
    void saveCancelled();
    void problemReported(const QString& message);

private:
    void openDialog();
    void updateRecentMenu();
    /// A settings write (recent files, last folder) that failed is reported, not ignored.
    void rememberSetting(bool written);

    SessionState& m_state;
    QWidget* m_window;
    QMenu* m_recent = nullptr;
    QString m_settingsError; ///< why the last settings write failed
};

} // namespace lev::ui
