// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// What every plot of the environments mode is: a QCustomPlot that draws an environments result
// (core::EnvironmentsResult) and restyles itself for presentation mode.

#include <qcustomplot.h>

namespace lev::core {
struct EnvironmentsResult;
}

namespace lev::ui {

class EnvironmentsPlot : public QCustomPlot
{
    Q_OBJECT

public:
    using QCustomPlot::QCustomPlot;

    /// Replaces the live data and queues a replot.
    virtual void showResult(const core::EnvironmentsResult& result) = 0;
    /// Re-applies fonts, pens and marker sizes at the current PlotStyle::scale().
    virtual void applyStyle() = 0;
    /// Live data points (or nodes) shown, summed over the plottables.
    virtual int pointCount() const = 0;
    /// How a fit's line is drawn in every plot: OLS is the population regression (blue, solid),
    /// anchor regression at another gamma the estimate (vermillion, dashed, so that OLS shows
    /// through where the two coincide), IV a grey dashed reference, the causal weights green.
    /// `gamma` is the fit's (NaN for the causal weights, infinity for IV).
    static QPen fitPen(double gamma, double widthAtScale1);
    /// The line between the title and the plot (empty when there is none).
    const QString& note() const { return m_noteText; }

protected:
    /// A line between the title and the plot, wrapped to its width, in the notices' dark red:
    /// what the plot cannot show or how to read it, kept off the data. Empty: no line.
    void setNote(const QString& text);
    /// The note's font at the current PlotStyle::scale(); for applyStyle().
    void styleNote();

private:
    QCPTextElement* m_note = nullptr;
    QString m_noteText;
};

} // namespace lev::ui
