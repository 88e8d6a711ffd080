// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's page: what can be known from a user's own data, which have no true causal
// weights. The spectrum of the features' correlation matrix with 1/λ, the weights with their
// analytic and bootstrap intervals, the cross-validated R² of every estimator, the two most
// correlated features against each other, and the correlation and precision matrices; on a
// second tab the Belsley table beside the spectrum it is tied to, and the sensitivity of one
// weight to a hidden confounder. Draws an exploration and diagnostics computed elsewhere.

#include "diagnostics/DataDiagnostics.h"
#include "diagnostics/GeneralizedVif.h"
#include "exploration/DataExploration.h"
#include "io/CsvTable.h"
#include "io/FactorDesign.h"

#include <QList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QCustomPlot;
class QLabel;
class QTabWidget;

namespace lev::ui {

class BelsleyTable;
class CrossValidationPlot;
class DataHeatmapPlot;
class DataScatterPlot;
class DataSpectrumPlot;
class DataWeightsPlot;
class SensitivityContourPlot;

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
    /// Draws the diagnostics of the table shown: the Belsley table and its ties, the
    /// sensitivity analysis, and the weights' intervals from HC3 standard errors when asked.
    void showDiagnostics(const core::DataDiagnosticsReport& report);
    /// Forgets the diagnostics (new data: they belong to the old table).
    void clearDiagnostics();
    /// Shows the tab with the Belsley table and the sensitivity analysis.
    void showDiagnosticsTab();
    /// The plots, for export and screenshots.
    QList<QCustomPlot*> plots() const;
    /// Re-applies fonts and pens at the current PlotStyle::scale().
    void applyStyle();
    /// The one-line description above the plots ("longley.csv: 16 rows, …").
    QString headline() const;
    /// The sentences under the contour plot (partial R², robustness values, bounds).
    QString sensitivityText() const;
    /// The legend name of the weights' analytic interval (says which standard errors).
    QString intervalName() const;

    QTabWidget* tabs() const { return m_tabs; }
    BelsleyTable* belsleyTable() const { return m_belsley; }
    DataSpectrumPlot* spectrumPlot() const { return m_spectrum; }
    DataSpectrumPlot* dependencyPlot() const { return m_dependencySpectrum; }
    SensitivityContourPlot* contourPlot() const { return m_contour; }
    QCheckBox* tValueToggle() const { return m_showT; }

private:
    /// The weights with the classical or HC3 standard errors, as the diagnostics say.
    void drawWeights();

    QLabel* m_headline = nullptr;
    QString m_factorLine; ///< the categorical features, as rich text; empty: none
    DataSpectrumPlot* m_spectrum = nullptr;
    DataWeightsPlot* m_weights = nullptr;
    CrossValidationPlot* m_crossValidation = nullptr;
    DataScatterPlot* m_scatter = nullptr;
    DataHeatmapPlot* m_heatmap = nullptr;
    QTabWidget* m_tabs = nullptr;
    BelsleyTable* m_belsley = nullptr;
    DataSpectrumPlot* m_dependencySpectrum = nullptr;
    SensitivityContourPlot* m_contour = nullptr;
    QCheckBox* m_showT = nullptr;
    QLabel* m_sensitivityText = nullptr;

    std::optional<core::DataExploration> m_exploration;
    std::optional<core::DataDiagnosticsReport> m_diagnostics;
};

} // namespace lev::ui
