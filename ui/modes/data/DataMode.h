// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The workflow of data mode, between its page and the DataController: File ▸ Import CSV…
// reads the file behind a cancellable progress dialog, asks for the target and the features,
// then explores the data; a change of the data settings re-explores it.

#include "io/DataExample.h"
#include "modes/data/DataController.h"
#include "modes/data/DataSettings.h"

#include <QObject>
#include <QPointer>
#include <optional>
#include <vector>

class QProgressDialog;
class QWidget;

namespace lev::ui {

class DataView;

class DataMode : public QObject
{
    Q_OBJECT

public:
    /// Which columns to use; given on the command line, it skips the import dialog.
    struct Choice
    {
        QString target;       ///< a column name
        QStringList features; ///< empty: every other numeric column
        bool standardize = false;
        bool dropMissing = false; ///< drop rows with a missing value in a chosen column
    };

    /// `view` draws the explorations; dialogs open over `window`.
    DataMode(DataView* view, QWidget* window, QObject* parent = nullptr);

    /// Reads `path` (a file or a ":/" resource); with `choice` it explores at once, else it
    /// asks for the columns first.
    void importFile(const QString& path, std::optional<Choice> choice = std::nullopt);
    void openExample(const core::DataExample& example);
    /// The estimator, its λ or k, R (bootstrap resamples) and the seed; re-explores when
    /// active.
    void setEstimation(const DataSettings& settings);
    void leave();
    /// Whether the import dialog starts with "Drop rows with missing values" ticked.
    void setDropMissing(bool on) { m_dropMissing = on; }

    bool isActive() const { return m_table != nullptr; }
    DataController& controller() { return m_controller; }
    DataController::ExplorationPointer latest() const { return m_latest; }
    /// The table being explored (its chosen columns only) and the settings of its exploration.
    DataController::TablePointer table() const { return m_table; }
    const core::DataExplorationSettings& explorationSettings() const { return m_settings; }
    /// The file name of the table being shown.
    QString sourceName() const;
    /// The story of the example being shown, else empty.
    QString story() const { return m_story; }

signals:
    /// Data mode is showing a table with `featureCount` features.
    void activated(int featureCount);
    void explorationShown();
    /// One line for the user (non-blocking).
    void problem(const QString& message);
    void status(const QString& message);
    /// Exploration progress, for the status bar; `fraction` < 0 when none is running.
    void progress(double fraction, const QString& phase);

private:
    void onLoaded(DataController::TablePointer table, const QString& path);
    void askForColumns(DataController::TablePointer table, const QString& path);
    /// Explores the columns `settings` names (indices of `table`), their complete rows only
    /// with `dropMissing`; false (and problem()) when they cannot be used.
    bool start(const DataController::TablePointer& table,
               const core::DataExplorationSettings& settings, bool dropMissing);
    void explore();
    void closeProgressDialog();

    DataController m_controller;
    DataView* m_view;
    QWidget* m_window;
    QPointer<QProgressDialog> m_loading;
    std::optional<Choice> m_pendingChoice; ///< for the file being read
    QString m_pendingStory;
    bool m_reading = false;
    bool m_dropMissing = false;

    DataController::TablePointer m_table;
    core::DataExplorationSettings m_settings;
    DataController::ExplorationPointer m_latest;
    QString m_story;
};

} // namespace lev::ui
