// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode: the eigenvalues λ_i of the features' correlation matrix R (log scale) beside 1/λ_i,
// the factors by which Θ = R⁻¹ = Σ v vᵀ / λ amplifies noise along each eigenvector; rings tie the
// Belsley table's near-dependencies to the eigenvalue whose eigenvector is closest to theirs.

#include "diagnostics/BelsleyDiagnostics.h"
#include "diagnostics/DependencySpectrumTie.h"
#include "plots/SpectrumPanes.h"

#include <Eigen/Core>
#include <qcustomplot.h>

namespace lev::ui {

class WrappingTextElement;

class DataSpectrumPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DataSpectrumPlot(QWidget* parent = nullptr);

    /// The eigenvalues λ (descending, ≥ 0) of R on the log axis, beside their 1/λ. A λ of 0
    /// (below 1e-12 of the largest) has no place on either: a note counts them.
    void showSpectrum(const Eigen::VectorXd& eigenvalues);
    /// Rings the eigenvalues `ties` name, numbered (one ring for the ties to the same λ, with
    /// their numbers "1, 2"), and lists the near-dependencies of `report` below the panes,
    /// wrapped to the plot's width; no ties: neither. Call after showSpectrum.
    void showTies(const std::vector<core::SpectrumTie>& ties, const core::BelsleyReport& report);
    /// The list of ties in full (η, λ, the eigenvectors' cosine, which ties share a ring), or
    /// in short (the columns and λ), for a plot beside the Belsley table or away from it. Set
    /// before showTies.
    void setDetailedTies(bool detailed) { m_detailedTies = detailed; }
    /// The list below the panes (empty without near-dependencies).
    QString tieText() const;
    /// The ringed eigenvalues' indices i (from 1), one per ring, ascending.
    QList<int> ringedIndices() const;
    /// The rings' labels ("1", or "1, 2" for two ties to one λ), in the order of ringedIndices.
    QStringList ringLabels() const;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    void applyStyle();
    /// Data points shown: eigenvalue markers plus 1/λ bars.
    int pointCount() const;

private:
    void styleSeries();

    SpectrumPanes m_panes;
    QCPGraph* m_eigenvalues = nullptr;
    QCPBars* m_inverse = nullptr;
    QCPGraph* m_rings = nullptr;
    QList<QCPItemText*> m_ringNumbers;
    WrappingTextElement* m_tieList = nullptr; ///< in the layout only while it has text
    Eigen::VectorXd m_lambda;                 ///< the eigenvalues shown
    int m_columns = 0;
    bool m_detailedTies = true;
};

} // namespace lev::ui
