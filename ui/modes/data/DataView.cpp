// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataView.h"

#include "estimators/EstimatorSettings.h"
#include "modes/data/BelsleyTable.h"
#include "modes/data/CrossValidationPlot.h"
#include "modes/data/DataHeatmapPlot.h"
#include "modes/data/DataNarrative.h"
#include "modes/data/DataScatterPlot.h"
#include "modes/data/DataSpectrumPlot.h"
#include "modes/data/DataWeightsPlot.h"
#include "modes/data/SensitivityContourPlot.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lev::ui {

DataView::DataView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dataView"));
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("dataHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setContentsMargins(6, 2, 6, 2);

    // Each plot names itself apart from the simulation's: exports must not overwrite those.
    m_spectrum = new DataSpectrumPlot;
    m_spectrum->setDetailedTies(false); // the full list is beside the table, on the second tab
    m_weights = new DataWeightsPlot;
    m_crossValidation = new CrossValidationPlot;
    m_scatter = new DataScatterPlot;
    m_heatmap = new DataHeatmapPlot;

    auto* grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(m_spectrum, 0, 0);
    grid->addWidget(m_weights, 0, 1);
    grid->addWidget(m_crossValidation, 0, 2);
    grid->addWidget(m_scatter, 1, 0);
    grid->addWidget(m_heatmap, 1, 1, 1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto* exploration = new QWidget;
    exploration->setLayout(grid);

    m_belsley = new BelsleyTable;
    m_dependencySpectrum = new DataSpectrumPlot;
    m_dependencySpectrum->setObjectName(QStringLiteral("dataDependencyPlot"));
    m_contour = new SensitivityContourPlot;
    m_showT = new QCheckBox(tr("Contours of the &t-value (with the critical t)"));
    m_showT->setObjectName(QStringLiteral("sensitivityTToggle"));
    m_showT->setToolTip(tr("Instead of the adjusted weight, its t-value: the bold line is where "
                           "the weight would no longer be significant at α"));
    connect(m_showT, &QCheckBox::toggled, m_contour, &SensitivityContourPlot::setShowT);
    m_sensitivityText = new QLabel;
    m_sensitivityText->setObjectName(QStringLiteral("sensitivityText"));
    m_sensitivityText->setWordWrap(true);
    m_sensitivityText->setTextFormat(Qt::PlainText);

    auto* diagnostics = new QWidget;
    auto* diagnosticsGrid = new QGridLayout(diagnostics);
    diagnosticsGrid->setSpacing(4);
    diagnosticsGrid->addWidget(m_belsley, 0, 0);
    diagnosticsGrid->addWidget(m_dependencySpectrum, 1, 0);
    auto* sensitivity = new QVBoxLayout;
    sensitivity->addWidget(m_showT);
    sensitivity->addWidget(m_contour, 1);
    sensitivity->addWidget(m_sensitivityText);
    diagnosticsGrid->addLayout(sensitivity, 0, 1, 2, 1);
    diagnosticsGrid->setColumnStretch(0, 1);
    diagnosticsGrid->setColumnStretch(1, 1);
    diagnosticsGrid->setRowStretch(0, 1);
    diagnosticsGrid->setRowStretch(1, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("dataTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(exploration, tr("&Weights and prediction"));
    m_tabs->addTab(diagnostics, tr("&Collinearity and confounding"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
}

void DataView::showExploration(const core::DataExploration& e, const core::CsvTable& table)
{
    const core::DataFitReport& fit = e.fit;
    const auto p = static_cast<int>(fit.features.size());
    const QString rows =
        table.droppedRows > 0
            ? tr("%1 rows used, %2 dropped (missing values)").arg(fit.rows).arg(table.droppedRows)
            : tr("%1 rows").arg(fit.rows);
    m_headline->setText(
        tr("<b>%1</b>: %2; predicting <b>%3</b> from %4 feature(s)%5; "
           "weights by %6.")
            .arg(QFileInfo(QString::fromStdString(table.source)).fileName().toHtmlEscaped())
            .arg(rows)
            .arg(QString::fromStdString(fit.target).toHtmlEscaped())
            .arg(p)
            .arg(e.settings.standardize ? tr(", standardized") : QString())
            .arg(DataNarrative::estimatorTitle(e.settings.estimator)) +
        m_factorLine);

    m_spectrum->showSpectrum(fit.correlationSpectrum.eigenvalues);
    m_dependencySpectrum->showSpectrum(fit.correlationSpectrum.eigenvalues);
    if (m_diagnostics) { // the spectrum was redrawn without the rings
        m_spectrum->showTies(m_diagnostics->ties, m_diagnostics->belsley);
        m_dependencySpectrum->showTies(m_diagnostics->ties, m_diagnostics->belsley);
    }

    m_exploration = e;
    drawWeights();

    QStringList names;
    std::vector<std::optional<double>> scores;
    for (const core::CrossValidationScore& score : e.crossValidation) {
        names << DataNarrative::estimatorTitle(score.estimator);
        scores.push_back(score.r2);
    }
    m_crossValidation->showScores(
        names, scores, e.settings.folds, fit.r2,
        tr("in-sample R², %1").arg(DataNarrative::estimatorTitle(fit.estimator)));

    if (e.mostCorrelatedFirst >= 0 && e.mostCorrelatedSecond >= 0) {
        const int first = e.settings.features[std::size_t(e.mostCorrelatedFirst)];
        const int second = e.settings.features[std::size_t(e.mostCorrelatedSecond)];
        m_scatter->showPair(table.values.col(first), table.values.col(second),
                            QString::fromStdString(table.columns[std::size_t(first)]),
                            QString::fromStdString(table.columns[std::size_t(second)]),
                            e.mostCorrelatedR);
    } else if (p == 1) { // one feature: it against the target
        const int feature = e.settings.features.front();
        m_scatter->showPair(table.values.col(feature), table.values.col(e.settings.target),
                            QString::fromStdString(table.columns[std::size_t(feature)]),
                            QString::fromStdString(fit.target), e.targetCorrelation[0],
                            tr("The feature against the target"));
    }
    m_heatmap->showMatrices(e.correlation, fit.correlationSpectrum.precision, fit.features);
}

void DataView::showFactors(const std::vector<core::Factor>& factors,
                           const std::vector<core::GeneralizedVifValue>& generalizedVif)
{
    QStringList parts;
    for (std::size_t k = 0; k < factors.size(); ++k) {
        const core::Factor& factor = factors[k];
        QString part = tr("<b>%1</b>: %2 levels, reference '%3', indicator columns %1[level]")
                           .arg(QString::fromStdString(factor.column).toHtmlEscaped())
                           .arg(factor.levels.size())
                           .arg(QString::fromStdString(factor.reference).toHtmlEscaped());
        if (k < generalizedVif.size() && generalizedVif[k].gvif && generalizedVif[k].gvifPerDf)
            part += tr("; GVIF %1, GVIF<sup>1/(2·df)</sup> %2")
                        .arg(QString::number(*generalizedVif[k].gvif, 'g', 4),
                             QString::number(*generalizedVif[k].gvifPerDf, 'g', 4));
        else if (k < generalizedVif.size())
            part += tr("; no GVIF (the features are linearly dependent)");
        parts << part;
    }
    m_factorLine =
        parts.isEmpty()
            ? QString()
            : QStringLiteral("<br>") + tr("Categorical: %1.").arg(parts.join(QStringLiteral("; ")));
}

void DataView::drawWeights()
{
    if (!m_exploration)
        return;
    const core::DataExploration& e = *m_exploration;
    const core::DataFitReport& fit = e.fit;
    const auto p = static_cast<int>(fit.features.size());
    Eigen::MatrixXd interval;
    if (e.bootstrap && e.bootstrap->weightQuantiles.rows() == p) {
        interval.resize(p, 2);
        interval.col(0) = e.bootstrap->weightQuantiles.col(0);
        interval.col(1) = e.bootstrap->weightQuantiles.col(2);
    }
    const QString notice =
        fit.status == core::FitStatus::Ok ? QString() : QString::fromStdString(fit.message);
    // HC3 belongs to OLS, whose classical standard errors it replaces.
    const core::RobustStandardErrorsReport* robust =
        m_diagnostics && m_diagnostics->robust ? &*m_diagnostics->robust : nullptr;
    const bool hc3 =
        robust && robust->ok && fit.standardErrors.size() == p && robust->coefficients.size() == p;
    m_weights->showWeights(
        fit.features, fit.coefficients, hc3 ? robust->coefficients : fit.standardErrors, interval,
        e.settings.standardize ? tr("per SD of the feature") : QString(), notice, hc3);
}

void DataView::showDiagnostics(const core::DataDiagnosticsReport& report)
{
    m_diagnostics = report;
    const bool centred = report.settings.belsley == core::BelsleyVariant::Centred;
    m_belsley->showReport(report.belsley, centred);
    m_spectrum->showTies(report.ties, report.belsley);
    m_dependencySpectrum->showTies(report.ties, report.belsley);
    const QString outcome =
        m_exploration ? QString::fromStdString(m_exploration->fit.target) : QString();
    if (report.sensitivity) {
        m_contour->showReport(*report.sensitivity, outcome);
        m_sensitivityText->setText(
            DataNarrative::sensitivity(*report.sensitivity, outcome).join(QLatin1Char('\n')));
    } else {
        m_contour->clear(tr("choose a feature D under “Sensitivity to a hidden confounder” to "
                            "see how strong one would have to be"));
        m_sensitivityText->clear();
    }
    drawWeights();
}

void DataView::clearDiagnostics()
{
    m_diagnostics.reset();
    m_belsley->clear();
    m_spectrum->showTies({}, core::BelsleyReport());
    m_dependencySpectrum->showTies({}, core::BelsleyReport());
    m_contour->clear(QString());
    m_sensitivityText->clear();
}

void DataView::showDiagnosticsTab()
{
    m_tabs->setCurrentIndex(1);
}

QString DataView::sensitivityText() const
{
    return m_sensitivityText->text();
}

QString DataView::intervalName() const
{
    return m_weights->intervalName();
}

QList<QCustomPlot*> DataView::plots() const
{
    return {m_spectrum,           m_weights, m_crossValidation, m_scatter, m_heatmap,
            m_dependencySpectrum, m_contour};
}

void DataView::applyStyle()
{
    m_spectrum->applyStyle();
    m_weights->applyStyle();
    m_crossValidation->applyStyle();
    m_scatter->applyStyle();
    m_heatmap->applyStyle();
    m_dependencySpectrum->applyStyle();
    m_contour->applyStyle();
    m_belsley->applyStyle();
}

QString DataView::headline() const
{
    return m_headline->text();
}

} // namespace lev::ui
