// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's page: what can be known from a user's own data, which have no true causal
// weights. The spectrum of the features' correlation matrix with 1/λ, the weights with their
// analytic and bootstrap intervals, the cross-validated R² of every estimator, the two most
// correlated features against each other, and the correlation and precision matrices. Draws
// an exploration computed elsewhere; computes nothing.

#include "diagnostics/GeneralizedVif.h"
#include "exploration/DataExploration.h"
#include "io/CsvTable.h"
#include "io/FactorDesign.h"

#include <QList>
#include <QWidget>

class QCustomPlot;
class QLabel;

namespace lev::ui {

class CrossValidationPlot;
class DataHeatmapPlot;
class DataScatterPlot;
class DataSpectrumPlot;
class DataWeightsPlot;

class DataView : public QWidget
{
    Q_OBJECT

public:
    explicit DataView(QWidget* parent = nullptr);

    /// Draws `exploration` of `table` (the table supplies the scatter's raw values).
    void showExploration(const core::DataExploration& exploration, const core::CsvTable& table);
    /// The categorical features (their levels and reference) with a GVIF each, said under the
    /// headline of the next exploration; none: nothing is said.
    void showFactors(const std::vector<core::Factor>& factors,
                     const std::vector<core::GeneralizedVifValue>& generalizedVif);
    /// The plots, for export and screenshots.
    QList<QCustomPlot*> plots() const;
    /// Re-applies fonts and pens at the current PlotStyle::scale().
    void applyStyle();
    /// The one-line description above the plots ("longley.csv: 16 rows, …").
    QString headline() const;

private:
    QLabel* m_headline = nullptr;
    QString m_factorLine; ///< the categorical features, as rich text; empty: none
    DataSpectrumPlot* m_spectrum = nullptr;
    DataWeightsPlot* m_weights = nullptr;
    CrossValidationPlot* m_crossValidation = nullptr;
    DataScatterPlot* m_scatter = nullptr;
    DataHeatmapPlot* m_heatmap = nullptr;
};

} // namespace lev::ui
