// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Two log-scale panes side by side under one title: eigenvalues λ_i by index on the left, the
// factors 1/λ_i (how much Θ = Σ⁻¹ = Σ v vᵀ / λ amplifies noise along each eigenvector) as bars on
// the right. The spectrum drawing shared by the simulation's Σ and data mode's R.

#include <Eigen/Core>
#include <QList>
#include <QSharedPointer>
#include <QString>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;
class QCPAxisRect;
class QCPAxisTickerText;
class QCPBars;
class QCPGraph;
class QCPItemText;

namespace lev::ui {

class SpectrumPanes
{
public:
    /// Lays the two panes out in `plot`, whose default axis rect becomes the left one, with a
    /// title row above them; both value axes logarithmic.
    explicit SpectrumPanes(QCustomPlot* plot);

    QCPAxisRect* eigenRect() const { return m_eigenRect; }
    QCPAxisRect* inverseRect() const { return m_inverseRect; }
    QCPGraph* addEigenGraph() const;
    QCPBars* addInverseBars() const;
    void setAxisLabels(const QString& eigenvalue, const QString& inverse);

    /// Sets the points (i + 1, values[i]) with values[i] > zero (a log axis has no place for the
    /// rest); returns how many were left out.
    static int setPositive(QCPGraph* graph, const Eigen::VectorXd& values, double zero);
    /// Bars (i + 1, 1/λ_i) where 1/λ_i exists (is positive).
    static void setInverse(QCPBars* bars, const Eigen::VectorXd& inverse);

    /// The note in the eigenvalue pane's corner, narrow: "n / zero λ / hidden", hidden for 0.
    void showZeros(int zeros);
    /// Re-applies the note's font at the current PlotStyle::scale().
    void applyStyle();
    /// Index ticks (first, middle, last of `columns` eigenvalues), log ranges covering the data
    /// of the given series, and bars rising from the bottom of their axis.
    void fitAxes(int columns, const QList<QCPAbstractPlottable*>& eigenvalues,
                 const QList<QCPBars*>& inverses);
    /// Raises the top of the 1/λ axis, making room for a notice in its top corner.
    void makeRoomAboveInverses(const QList<QCPBars*>& inverses);

private:
    QCustomPlot* m_plot = nullptr;
    QCPAxisRect* m_eigenRect = nullptr;
    QCPAxisRect* m_inverseRect = nullptr;
    QCPItemText* m_zerosNote = nullptr;
    QSharedPointer<QCPAxisTickerText> m_indexTicker;
};

} // namespace lev::ui
