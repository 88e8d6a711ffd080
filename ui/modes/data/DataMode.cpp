// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataMode.h"

#include "modes/data/DataView.h"
#include "modes/data/ImportDialog.h"

#include "io/CsvSelection.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <algorithm>
#include <numeric>

namespace lev::ui {

namespace {

/// Folds of the cross-validation: 5, or fewer for tiny tables (each fold needs a row).
int foldsFor(Eigen::Index rows)
{
    return rows >= 2 ? static_cast<int>(std::min<Eigen::Index>(5, rows)) : 0;
}

/// A progress bar at 0..kProgressSteps.
constexpr int kProgressSteps = 1000;

} // namespace

DataMode::DataMode(DataView* view, QWidget* window, QObject* parent)
    : QObject(parent), m_view(view), m_window(window)
{
    connect(&m_controller, &DataController::loaded, this, &DataMode::onLoaded);
    connect(&m_controller, &DataController::loadFailed, this, [this](const QString& message) {
        m_reading = false;
        closeProgressDialog();
        emit problem(message);
    });
    connect(&m_controller, &DataController::exploreFailed, this, &DataMode::problem);
    connect(&m_controller, &DataController::explored, this,
            [this](DataController::ExplorationPointer exploration) {
                m_latest = std::move(exploration);
                m_view->showExploration(*m_latest, *m_table);
                emit explorationShown();
                // Data the fit refuses (too wide, values that overflow) is said, not only drawn.
                if (m_latest->fit.status == core::FitStatus::InvalidSettings)
                    emit problem(QString::fromStdString(m_latest->fit.message));
            });
    connect(&m_controller, &DataController::cancelled, this, [this]() {
        const bool reading = m_reading;
        m_reading = false;
        closeProgressDialog();
        emit status(reading ? tr("Import cancelled") : tr("Cancelled"));
    });
    connect(&m_controller, &DataController::progress, this,
            [this](double fraction, const QString& phase) {
                if (m_reading && m_loading) {
                    m_loading->setLabelText(phase);
                    m_loading->setValue(static_cast<int>(fraction * kProgressSteps));
                } else if (!m_reading) {
                    emit progress(fraction, phase);
                }
            });
    connect(&m_controller, &DataController::busyChanged, this, [this](bool busy) {
        if (!busy)
            emit progress(-1.0, QString());
    });
}

void DataMode::importFile(const QString& path, std::optional<Choice> choice)
{
    m_pendingChoice = std::move(choice);
    m_reading = true;
    closeProgressDialog();
    m_loading = new QProgressDialog(tr("Reading %1").arg(QFileInfo(path).fileName()), tr("Cancel"),
                                    0, kProgressSteps, m_window);
    m_loading->setObjectName(QStringLiteral("importProgress"));
    m_loading->setWindowTitle(tr("Import CSV"));
    m_loading->setWindowModality(Qt::WindowModal);
    m_loading->setMinimumDuration(400); // small files never flash a dialog
    m_loading->setAutoClose(false);
    m_loading->setAutoReset(false);
    m_loading->setValue(0);
    connect(m_loading, &QProgressDialog::canceled, &m_controller, &DataController::cancel);
    m_controller.load(path);
}

void DataMode::openExample(const core::DataExample& example)
{
    m_pendingStory = QString::fromStdString(example.story);
    importFile(QString::fromStdString(example.resource),
               Choice{QString::fromStdString(example.target), {}, true});
}

void DataMode::closeProgressDialog()
{
    if (m_loading) {
        m_loading->disconnect(this);
        m_loading->disconnect(&m_controller);
        m_loading->close();
        m_loading->deleteLater();
    }
}

void DataMode::onLoaded(DataController::TablePointer table, const QString& path)
{
    m_reading = false;
    closeProgressDialog();
    const QString name = QString::fromStdString(table->source); // as the reader names it
    if (!m_pendingChoice) {
        m_pendingStory.clear();
        askForColumns(std::move(table), path);
        return;
    }
    const Choice choice = *m_pendingChoice;
    m_pendingChoice.reset();
    core::DataExplorationSettings settings = m_settings;
    settings.target = table->columnIndex(choice.target.toStdString());
    if (settings.target < 0) {
        emit problem(tr("%1: no column named '%2'").arg(name, choice.target));
        return;
    }
    settings.features.clear();
    for (const QString& feature : choice.features) {
        const int column = table->columnIndex(feature.toStdString());
        if (column < 0) {
            emit problem(tr("%1: no column named '%2'").arg(name, feature));
            return;
        }
        if (column == settings.target) {
            emit problem(tr("%1: '%2' is the target, not a feature").arg(name, feature));
            return;
        }
        settings.features.push_back(column);
    }
    if (choice.features.isEmpty()) // as the import dialog: every other numeric column
        for (int j = 0; j < static_cast<int>(table->columns.size()); ++j)
            if (j != settings.target && table->isNumeric(j))
                settings.features.push_back(j);
    if (settings.features.empty()) {
        emit problem(tr("%1: no feature columns besides the target '%2'").arg(name, choice.target));
        return;
    }
    settings.standardize = choice.standardize;
    m_story = m_pendingStory;
    m_pendingStory.clear();
    start(table, settings, choice.dropMissing);
}

void DataMode::askForColumns(DataController::TablePointer table, const QString& path)
{
    auto* dialog = new ImportDialog(*table, QFileInfo(path).fileName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setDropMissing(m_dropMissing);
    connect(dialog, &QDialog::accepted, this, [this, dialog, table]() {
        core::DataExplorationSettings settings = m_settings;
        settings.target = dialog->target();
        settings.features = dialog->features();
        settings.standardize = dialog->standardize();
        m_dropMissing = dialog->dropMissing();
        m_story.clear();
        start(table, settings, m_dropMissing);
    });
    dialog->open();
}

bool DataMode::start(const DataController::TablePointer& table,
                     const core::DataExplorationSettings& settings, bool dropMissing)
{
    // Only the chosen columns are kept: the features, then the target.
    std::vector<int> columns = settings.features;
    columns.push_back(settings.target);
    core::CsvSelection selection;
    if (!selection.select(*table, columns, dropMissing)) {
        QString message = QString::fromStdString(selection.errorString());
        if (selection.problem() == core::CsvSelection::Problem::Missing)
            message += tr("; tick “Drop rows with missing values” in File ▸ Import "
                          "CSV… to drop incomplete rows");
        emit problem(message);
        return false;
    }
    m_table = std::make_shared<const core::CsvTable>(selection.takeTable());
    m_settings = settings;
    m_settings.features.resize(settings.features.size());
    std::iota(m_settings.features.begin(), m_settings.features.end(), 0);
    m_settings.target = static_cast<int>(settings.features.size());
    m_settings.folds = foldsFor(m_table->values.rows());
    m_latest.reset();
    emit activated(static_cast<int>(m_settings.features.size()));
    explore();
    return true;
}

void DataMode::setEstimation(const DataSettings& settings)
{
    core::EstimatorSettings estimator = settings.estimator;
    if (!m_settings.features.empty())
        estimator.components =
            std::clamp(estimator.components, 1, static_cast<int>(m_settings.features.size()));
    const bool changed = !(estimator == m_settings.estimator) ||
                         m_settings.bootstrapReplications != settings.bootstrapResamples ||
                         m_settings.seed != settings.seed;
    m_settings.estimator = estimator;
    m_settings.bootstrapReplications = settings.bootstrapResamples;
    m_settings.seed = settings.seed;
    if (changed && isActive())
        explore();
}

void DataMode::explore()
{
    if (m_table)
        m_controller.explore(m_table, m_settings);
}

QString DataMode::sourceName() const
{
    return m_table ? QFileInfo(QString::fromStdString(m_table->source)).fileName() : QString();
}

void DataMode::leave()
{
    m_controller.cancel();
    m_table.reset();
    m_latest.reset();
    m_story.clear();
}

} // namespace lev::ui
