// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The workflow of data mode, between its page and the DataController: File ▸ Import CSV…
// reads the file behind a cancellable progress dialog, asks for the target and the features,
// then explores the data; a change of the data settings re-explores it.

#include "diagnostics/DataDiagnosticsSettings.h"
#include "diagnostics/GeneralizedVif.h"
#include "io/DataExample.h"
#include "io/FactorDesign.h"
#include "modes/data/DataController.h"
#include "modes/data/DataSettings.h"

#include <QObject>
#include <QPointer>
#include <map>
#include <optional>
#include <string>
#include <vector>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace lev::ui {

class DataView;
class ModePage;
struct DataReportContent;

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
        /// Feature columns to encode as indicators even when they hold numbers (a text
        /// column among the features always is).
        QStringList categorical{};
        /// A factor's reference level by column name; absent: the first in sorted order.
        std::map<std::string, std::string> references{};
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
    /// The path the table was read from.
    QString path() const { return m_path; }
    /// The categorical features with their indicator columns, and a GVIF for each.
    const std::vector<core::Factor>& factors() const { return m_factors; }
    const std::vector<core::GeneralizedVifValue>& generalizedVif() const
    {
        return m_generalizedVif;
    }

    /// What File ▸ Export Report writes of the latest exploration and `page`'s plots and text;
    /// the diagnostics of the data settings are computed by the core here. Needs an
    /// exploration (latest()).
    DataReportContent reportContent(const ModePage& page) const;
    /// Writes the report of `page` to `path` (PDF or HTML by its extension), all or nothing;
    /// false and `error` (one line) when it cannot.
    bool writeReport(const QString& path, const ModePage& page, QString* error) const;
    /// Adds File ▸ Export Report…, enabled while an exploration is shown.
    void addReportAction(QMenu* file, const ModePage* page);

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
    /// Explores the columns `settings` names (indices of `table`, read from `path`), their
    /// complete rows only with `dropMissing`, the `factors` among the features as indicator
    /// columns; false (and problem()) when they cannot be used.
    bool start(const DataController::TablePointer& table, const QString& path,
               const core::DataExplorationSettings& settings, bool dropMissing,
               const std::vector<int>& factors = {},
               const std::map<std::string, std::string>& references = {});
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
    QString m_path;
    std::vector<core::Factor> m_factors;
    std::vector<core::GeneralizedVifValue> m_generalizedVif;
    core::DataExplorationSettings m_settings;
    DataController::ExplorationPointer m_latest;
    QString m_story;
    int m_columnsInFile = 0;
    QPointer<QAction> m_reportAction;
    core::DataDiagnosticsSettings m_diagnostics; ///< of the data settings, for the report
};

} // namespace lev::ui
