// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode: the K-fold cross-validated R² of each estimator (R² on the rows each fit did not
// see) beside the chosen estimator's in-sample R². Fitting one's own rows well is not the same as
// predicting new ones, and neither says whether the weights are the levers.

#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace lev::ui {

class CrossValidationPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit CrossValidationPlot(QWidget* parent = nullptr);

    /// One bar per estimator with its cross-validated R² above it (3 decimals), "n/a" in place
    /// of a missing value; the axis stops at −1, and a bar below is cut there with its value
    /// at the cut. A dashed line marks the in-sample R², named inSampleLabel in the legend.
    void showScores(const QStringList& estimators, const std::vector<std::optional<double>>& cvR2,
                    int folds, std::optional<double> inSampleR2, const QString& inSampleLabel);
    /// Shows no scores.
    void clear();
    /// Re-applies fonts, pens and label padding at the current PlotStyle::scale().
    void applyStyle();
    /// Values drawn: one per cross-validated R² bar, plus one for the in-sample line.
    int pointCount() const;

private:
    /// The value label of the i-th estimator, made when first needed.
    QCPItemText* label(int i);
    void styleLabel(QCPItemText* label);

    QCPBars* m_bars = nullptr;
    QCPGraph* m_inSample = nullptr;
    QList<QCPItemText*> m_labels;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};

} // namespace lev::ui
