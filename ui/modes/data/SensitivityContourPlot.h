// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode, after Cinelli & Hazlett (2020): contours of the treatment's adjusted estimate (or
// its t-value) over a hidden confounder's partial R² with the treatment, R²_D~Z|X, and with the
// outcome, R²_Y~Z|D,X. The line where the estimate reaches 0 (or t its critical value) is drawn
// boldly; the unadjusted estimate and the benchmark bounds (k × a covariate) are marked, and a
// note under the legend names the multiples that cannot be marked as they are.

#include "diagnostics/ConfounderSensitivity.h"

#include <QPolygonF>
#include <qcustomplot.h>
#include <vector>

namespace lev::ui {

class WrappingTextElement;

class SensitivityContourPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit SensitivityContourPlot(QWidget* parent = nullptr);

    /// Draws `report`'s grids (nothing with a notice when it is not ok); `outcome` names Y.
    void showReport(const core::SensitivityReport& report, const QString& outcome);
    void clear(const QString& notice);
    /// Contours of the t-value with the critical-t line instead of the estimate's with 0.
    void setShowT(bool on);
    bool showsT() const { return m_showT; }
    void applyStyle();

    /// The bold line (estimate 0, or t at its critical value), for tests.
    const std::vector<QPolygonF>& thresholdLine() const { return m_thresholdLine; }
    /// The benchmark markers' positions (R²_D~Z|X, R²_Y~Z|D,X), in the order of the bounds.
    QList<QPointF> benchmarkPoints() const;
    /// The texts of the benchmark labels, in the order of the bounds.
    QStringList benchmarkLabels() const;
    /// The note under the legend: the multiples of the benchmark that cannot be marked, or are
    /// marked at R²_Y = 1, and why; empty when every bound is marked as it is.
    QString boundNote() const;

private:
    void drawContours();
    QCPCurve* addLine(const QPolygonF& line, const QPen& pen);

    core::SensitivityReport m_report;
    QString m_outcome;
    QString m_notice; ///< shown while there is no report
    bool m_showT = false;
    bool m_have = false;
    std::vector<QPolygonF> m_thresholdLine;
    QCPGraph* m_unadjusted = nullptr;
    QCPGraph* m_benchmarks = nullptr;
    QList<QCPItemText*> m_benchmarkLabels;
    WrappingTextElement* m_note = nullptr;
};

} // namespace lev::ui
