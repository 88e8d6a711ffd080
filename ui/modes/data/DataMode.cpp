// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataMode.h"

#include "export/DataReport.h"
#include "modes/data/DataView.h"
#include "modes/data/ImportDialog.h"
#include "shell/AppSettings.h"
#include "shell/ModePage.h"

#include "diagnostics/DataDiagnostics.h"
#include "exploration/DataFit.h"
#include "exploration/FitLimits.h"
#include "io/CsvSelection.h"
#include "io/CsvTextCells.h"
#include "io/ProgramVersion.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <algorithm>
#include <numeric>
#include <qcustomplot.h>

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
    std::vector<int> factors;
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
        if (!table->isNumeric(column)) // a text feature named is a categorical one
            factors.push_back(column);
    }
    if (choice.features.isEmpty()) // as the import dialog: every other numeric column
        for (int j = 0; j < static_cast<int>(table->columns.size()); ++j)
            if (j != settings.target && table->isNumeric(j))
                settings.features.push_back(j);
    if (settings.features.empty()) {
        emit problem(tr("%1: no feature columns besides the target '%2'").arg(name, choice.target));
        return;
    }
    for (const QString& categorical : choice.categorical) {
        const int column = table->columnIndex(categorical.toStdString());
        const auto feature = std::find(settings.features.begin(), settings.features.end(), column);
        if (feature == settings.features.end()) {
            emit problem(tr("%1: '%2' is not a feature column").arg(name, categorical));
            return;
        }
        if (std::find(factors.begin(), factors.end(), column) == factors.end())
            factors.push_back(column);
    }
    // Indicators keep the features' order.
    std::sort(factors.begin(), factors.end(), [&](int a, int b) {
        return std::find(settings.features.begin(), settings.features.end(), a) <
               std::find(settings.features.begin(), settings.features.end(), b);
    });
    settings.standardize = choice.standardize;
    m_story = m_pendingStory;
    m_pendingStory.clear();
    start(table, path, settings, choice.dropMissing, factors, choice.references);
}

void DataMode::askForColumns(DataController::TablePointer table, const QString& path)
{
    auto* dialog = new ImportDialog(*table, QFileInfo(path).fileName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setDropMissing(m_dropMissing);
    dialog->setPath(path);
    connect(dialog, &QDialog::accepted, this, [this, dialog, table, path]() {
        core::DataExplorationSettings settings = m_settings;
        settings.target = dialog->target();
        settings.features = dialog->features();
        settings.standardize = dialog->standardize();
        m_dropMissing = dialog->dropMissing();
        m_story.clear();
        start(table, path, settings, m_dropMissing, dialog->factors(), dialog->references());
    });
    dialog->open();
}

bool DataMode::start(const DataController::TablePointer& table, const QString& path,
                     const core::DataExplorationSettings& settings, bool dropMissing,
                     const std::vector<int>& factors,
                     const std::map<std::string, std::string>& references)
{
    // Only the chosen columns are kept: the features, then the target.
    std::vector<int> columns = settings.features;
    columns.push_back(settings.target);
    const core::CsvTable* source = table.get();
    core::FactorDesign factorDesign; // the factors as indicator columns
    if (!factors.empty()) {
        core::CsvTextCells cells;
        if (!cells.readFile(QFile::encodeName(path).toStdString(), factors)) {
            emit problem(QString::fromStdString(cells.errorString()));
            return false;
        }
        if (!factorDesign.build(*table, columns, factors, cells.cells(), references, dropMissing)) {
            QString message = QString::fromStdString(factorDesign.errorString());
            if (factorDesign.problem() == core::FactorDesign::Problem::Missing)
                message += tr("; tick “Drop rows with missing values” in File ▸ Import "
                              "CSV… to drop incomplete rows");
            emit problem(message);
            return false;
        }
        source = &factorDesign.table();
        const auto width = static_cast<long long>(source->columns.size()) - 1;
        if (const std::string limit =
                core::FitLimits::check(static_cast<long long>(source->values.rows()), width);
            !limit.empty()) {
            emit problem(tr("%1: %2 (with the indicator columns of the categorical features)")
                             .arg(QFileInfo(path).fileName(), QString::fromStdString(limit)));
            return false;
        }
        columns.resize(source->columns.size());
        std::iota(columns.begin(), columns.end(), 0);
    }
    core::CsvSelection selection;
    if (!selection.select(*source, columns, dropMissing)) {
        QString message = QString::fromStdString(selection.errorString());
        if (selection.problem() == core::CsvSelection::Problem::Missing)
            message += tr("; tick “Drop rows with missing values” in File ▸ Import "
                          "CSV… to drop incomplete rows");
        emit problem(message);
        return false;
    }
    m_table = std::make_shared<const core::CsvTable>(selection.takeTable());
    m_path = path;
    m_columnsInFile = static_cast<int>(table->columns.size());
    m_settings = settings;
    m_settings.features.resize(columns.size() - 1);
    std::iota(m_settings.features.begin(), m_settings.features.end(), 0);
    m_settings.target = static_cast<int>(m_settings.features.size());
    m_settings.folds = foldsFor(m_table->values.rows());
    m_factors = factorDesign.factors();
    m_generalizedVif.clear();
    if (!m_factors.empty()) {
        std::vector<core::ColumnBlock> blocks;
        for (const core::Factor& factor : m_factors)
            blocks.push_back({factor.column, factor.first, factor.count});
        m_generalizedVif =
            core::GeneralizedVif::of(core::DataFit::columns(*m_table, m_settings.features), blocks);
    }
    m_view->showFactors(m_factors, m_generalizedVif);
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
    m_diagnostics = settings.diagnostics;
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

DataReportContent DataMode::reportContent(const ModePage& page) const
{
    Q_ASSERT(m_latest && m_table);
    DataReportContent content;
    content.file = sourceName();
    content.columnsInFile = m_columnsInFile;
    content.rowsDropped = m_table->droppedRows;
    content.exploration = m_latest.get();
    content.factors = m_factors;
    content.generalizedVif = m_generalizedVif;
    content.diagnostics = core::DataDiagnostics::run(*m_table, m_settings, m_diagnostics);
    for (const QString& line : page.narrativeText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            content.narrative << line.trimmed();
    // The spectrum once: the second tab's, whose list of ties is in full.
    for (QCustomPlot* plot : page.plots())
        if (plot->objectName() != QLatin1String("dataSpectrumPlot"))
            content.plots << plot;
    content.version = core::ProgramVersion::writer();
    content.date = QDateTime::currentDateTimeUtc();
    return content;
}

bool DataMode::writeReport(const QString& path, const ModePage& page, QString* error) const
{
    if (!m_latest) {
        *error = tr("No data explored yet: nothing to report");
        return false;
    }
    return DataReport::write(reportContent(page), path, error);
}

void DataMode::addReportAction(QMenu* file, const ModePage* page)
{
    QAction* report = file->addAction(tr("Export &Report…"));
    report->setObjectName(QStringLiteral("exportReportAction"));
    report->setToolTip(tr("One self-contained PDF or HTML file of this analysis: the data, the "
                          "settings, the tables, the text and every plot"));
    report->setEnabled(false);
    m_reportAction = report;
    connect(this, &DataMode::explorationShown, report, [report]() { report->setEnabled(true); });
    connect(this, &DataMode::activated, report, [report]() { report->setEnabled(false); });
    connect(report, &QAction::triggered, this, [this, page]() {
        if (!m_latest)
            return;
        auto* dialog = new QFileDialog(m_window, tr("Export Report"), AppSettings::lastDirectory(),
                                       tr("PDF (*.pdf);;HTML, images inline (*.html *.htm)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(QFileInfo(sourceName()).completeBaseName() +
                           QStringLiteral("-report.pdf"));
        connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
            dialog->setDefaultSuffix(filter.startsWith(QLatin1String("HTML"))
                                         ? QStringLiteral("html")
                                         : QStringLiteral("pdf"));
        });
        connect(dialog, &QFileDialog::fileSelected, this, [this, page](const QString& path) {
            QString error;
            if (!AppSettings::setLastDirectory(QFileInfo(path).absolutePath(), &error))
                emit problem(error);
            if (writeReport(path, *page, &error))
                emit status(tr("Wrote the report %1").arg(path));
            else
                emit problem(error);
        });
        dialog->open();
    });
}

void DataMode::leave()
{
    m_controller.cancel();
    m_table.reset();
    m_latest.reset();
    m_story.clear();
    m_factors.clear();
    m_generalizedVif.clear();
    if (m_reportAction)
        m_reportAction->setEnabled(false);
}

} // namespace lev::ui
