// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataView.h"

#include "estimators/EstimatorSettings.h"
#include "modes/data/CrossValidationPlot.h"
#include "modes/data/DataHeatmapPlot.h"
#include "modes/data/DataScatterPlot.h"
#include "modes/data/DataSpectrumPlot.h"
#include "modes/data/DataWeightsPlot.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lev::ui {

namespace {

QString estimatorTitle(const core::EstimatorSettings& estimator)
{
    switch (estimator.kind) {
    case core::EstimatorKind::Ols:
        return QObject::tr("OLS");
    case core::EstimatorKind::Ridge:
        return QObject::tr("ridge λ = %1").arg(estimator.lambda);
    case core::EstimatorKind::Lasso:
        return QObject::tr("lasso λ = %1").arg(estimator.lambda);
    case core::EstimatorKind::Pcr:
        return QObject::tr("PCR k = %1").arg(estimator.components);
    }
    return {};
}

} // namespace

DataView::DataView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dataView"));
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("dataHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setContentsMargins(6, 2, 6, 2);

    // Each plot names itself apart from the simulation's: exports must not overwrite those.
    m_spectrum = new DataSpectrumPlot;
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_headline);
    layout->addLayout(grid, 1);
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
            .arg(estimatorTitle(e.settings.estimator)) +
        m_factorLine);

    m_spectrum->showSpectrum(fit.correlationSpectrum.eigenvalues);

    Eigen::MatrixXd interval;
    if (e.bootstrap && e.bootstrap->weightQuantiles.rows() == p) {
        interval.resize(p, 2);
        interval.col(0) = e.bootstrap->weightQuantiles.col(0);
        interval.col(1) = e.bootstrap->weightQuantiles.col(2);
    }
    const QString notice =
        fit.status == core::FitStatus::Ok ? QString() : QString::fromStdString(fit.message);
    m_weights->showWeights(fit.features, fit.coefficients, fit.standardErrors, interval,
                           e.settings.standardize ? tr("per SD of the feature") : QString(),
                           notice);

    QStringList names;
    std::vector<std::optional<double>> scores;
    for (const core::CrossValidationScore& score : e.crossValidation) {
        names << estimatorTitle(score.estimator);
        scores.push_back(score.r2);
    }
    m_crossValidation->showScores(names, scores, e.settings.folds, fit.r2,
                                  tr("in-sample R², %1").arg(estimatorTitle(fit.estimator)));

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

QList<QCustomPlot*> DataView::plots() const
{
    return {m_spectrum, m_weights, m_crossValidation, m_scatter, m_heatmap};
}

void DataView::applyStyle()
{
    m_spectrum->applyStyle();
    m_weights->applyStyle();
    m_crossValidation->applyStyle();
    m_scatter->applyStyle();
    m_heatmap->applyStyle();
}

QString DataView::headline() const
{
    return m_headline->text();
}

} // namespace lev::ui
