// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The look shared by every plot: the Okabe–Ito colour-blind-safe palette with one meaning per
// colour across all plots, readable fonts and line widths, a presentation scale, and the
// "ghost" look of a pinned state drawn behind the live one.
//
// The colour rule, in every plot and legend: blue is observational or population (E[Y | X],
// held-out R², the observed cloud, population eigenvalues); green is the causal truth only
// (β_causal, the levers); vermillion is the estimate (w, its spread, its error, the 1/λ that
// inflate it); amber is interventional (do(X): E[Y | do(X_j = x)], do(X) R², the do(X) cloud);
// sky blue is a sample quantity; grey marks references. A pinned state keeps its series' colour
// at ghost() strength, dashed or hollow: clearly visible, still behind the live state.

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>
#include <qcustomplot.h>

#include <string>
#include <vector>

namespace lev::ui {

class PlotStyle
{
public:
    // One meaning per colour, the same in every plot.
    static QColor causal();         ///< bluish green: the causal truth, β_causal, the levers
    static QColor population();     ///< blue: population regression, E[Y | X], observational
    static QColor estimate();       ///< vermillion: the fitted model, its Monte-Carlo spread
    static QColor interventional(); ///< amber: the interventional regime, do(X)
    static QColor sample();         ///< sky blue: sample quantities
    static QColor neutral();        ///< grey: reference lines
    static QColor resampled();      ///< reddish purple: the bootstrap, re-fits on resampled rows
    static QColor faint(const QColor& colour, int alpha = 60);
    /// The pinned state's version of a series colour: lighter (about half the live colour's
    /// contrast against white), so that it reads as secondary yet is seen on a projector.
    static QColor ghost(const QColor& colour);

    /// 1 normally; larger in presentation mode (from the window's size) and with larger text
    /// (View ▸ Larger Text); applies to fonts, line widths and markers.
    static double scale();
    static void setScale(double scale);
    /// The projector theme: black text and axes, lines 1.6× and markers 1.3× thicker, semibold
    /// type, and series colours darkened to at least 3:1 contrast against the white background.
    static bool highContrast();
    static void setHighContrast(bool on);
    /// A colour as the current theme draws it: unchanged normally; in high contrast darkened (its
    /// hue and alpha kept) until its contrast ratio against white is at least 3:1.
    static QColor themed(const QColor& colour);
    /// Text and axis lines: dark grey normally, black in high contrast.
    static QColor foreground();

    static QFont font(int pointSizeAtScale1 = 9);
    static QPen pen(const QColor& colour, double widthAtScale1 = 1.6,
                    Qt::PenStyle style = Qt::SolidLine);

    /// Fonts, pens, margins and antialiasing of the axes, legend, title and notices, at the
    /// current scale(); for a freshly made plot and again whenever the scale changes.
    static void applyTo(QCustomPlot* plot);
    /// Draws an axis (line, ticks, labels) in one colour: the right-hand axis that belongs to a
    /// series of that colour.
    static void colourAxis(QCPAxis* axis, const QColor& colour);
    static void styleAxisRect(QCPAxisRect* rect);
    static void styleLegend(QCPLegend* legend);
    /// Sets a base-10 logarithmic scale with readable tick labels.
    static void setLogarithmic(QCPAxis* axis);
    /// A title above the plot (kept in a layout row of its own).
    static void addTitle(QCustomPlot* plot, const QString& title);
    /// Replaces the text of the title that addTitle made.
    static void setTitle(QCustomPlot* plot, const QString& title);
    /// Sets a layout text element's text (a title, a caption), broken before every replot into
    /// lines that fit the plot's width: a narrow plot shows it on two lines instead of clipped.
    static void setWrappedText(QCPTextElement* element, const QString& text);
    /// Shows a one-line notice in the middle of an axis rect ("n ≤ p: weights not
    /// identifiable"), or at the edges `where` says (Qt::AlignTop | Qt::AlignLeft: in the top
    /// left corner) when the data should stay visible; an empty text hides it. Use it instead
    /// of plotting NaN or inf.
    static void setNotice(QCustomPlot* plot, QCPAxisRect* rect, const QString& text,
                          Qt::Alignment where = Qt::AlignCenter);

    /// A marker size in pixels that follows scale().
    static double markerSize(double sizeAtScale1 = 6.0);

    /// A pinned series' line: dashed, in ghost(colour).
    static QPen ghostPen(const QColor& colour, double widthAtScale1 = 1.6);
    /// A pinned series' marker: hollow, outlined in ghost(colour).
    static QCPScatterStyle ghostMarker(QCPScatterStyle::ScatterShape shape, const QColor& colour,
                                       double sizeAtScale1 = 6.0);
    /// The layer the pinned ghosts are drawn on: above the grid, below the live series.
    static QCPLayer* pinnedLayer(QCustomPlot* plot);
    /// Shows or removes the one legend entry "pinned" (a grey ghost sample) at the legend's end.
    static void setPinnedLegendEntry(QCustomPlot* plot, bool shown);
    /// Sets the axis to [lower, upper] widened by a fraction of the span on each side, never of
    /// zero width; on a logarithmic axis the widening is by factors and the range stays positive.
    static void setPaddedRange(QCPAxis* axis, double lower, double upper, double fraction = 0.08);
    /// The union of the plottables' key (value) ranges over their data; for bars the data alone,
    /// not their base value. False when none of them holds data.
    static bool dataKeyRange(const QList<QCPAbstractPlottable*>& plottables, QCPRange& range);
    static bool dataValueRange(const QList<QCPAbstractPlottable*>& plottables, QCPRange& range);
    /// A feature name for display: trailing digits as subscripts ("X12" -> "X₁₂").
    static QString featureLabel(const std::string& name);
    /// Text ticks at 1..p with the feature names; with more than maxLabels names only every k-th
    /// is labelled.
    static void setFeatureTicks(QCPAxis* axis, const std::vector<std::string>& names,
                                int maxLabels = 12);
    /// Text ticks at 1..p with a user's column names, which may be long or many: as written,
    /// each elided in the middle to a few characters; on a horizontal axis upright when side by
    /// side they would need more than roomAtScale1 pixels; every k-th when even so they do not
    /// fit into roomAtScale1.
    static void setNameTicks(QCPAxis* axis, const std::vector<std::string>& names,
                             double roomAtScale1);
    /// Shows exactly these plottables in the legend, in this order, then the pinned entry if it
    /// was there; hides a legend left empty. For a plot that switches between sets of series.
    static void setLegendEntries(QCustomPlot* plot, const QList<QCPAbstractPlottable*>& shown);
    /// Moves the legend out of the axis rect into a row of its own below the plot, filled
    /// row by row with `columns` entries per row until the first replot; from then on with as
    /// many per row as fit the plot's width.
    static void placeLegendBelow(QCustomPlot* plot, int columns);
    /// Rows of legend text that do not overlap (for subscripts and brackets), at scale().
    static void spaceLegendRows(QCPLegend* legend);

private:
    static double s_scale;
    static bool s_highContrast;
};

} // namespace lev::ui
