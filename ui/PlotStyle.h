#pragma once
// The look shared by every plot: the Okabe–Ito colour-blind-safe palette with one meaning per
// colour across all plots, readable fonts and line widths, and a presentation scale.

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>

#include <string>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;
class QCPLegend;

namespace lev::ui {

class PlotStyle
{
public:
    // One meaning per colour, the same in every plot.
    static QColor causal();         ///< bluish green: the truth, E[Y | do(X)], the levers
    static QColor population();     ///< blue: population regression, E[Y | X], observational
    static QColor estimate();       ///< vermillion: the fitted model, its Monte-Carlo spread
    static QColor interventional(); ///< orange: the interventional regime
    static QColor sample();         ///< sky blue: sample quantities
    static QColor neutral();        ///< grey: reference lines
    static QColor faint(const QColor& colour, int alpha = 60);

    /// 1 normally, larger in presentation mode; applies to fonts and line widths.
    static double scale();
    static void setScale(double scale);

    static QFont font(int pointSizeAtScale1 = 9);
    static QPen pen(const QColor& colour, double widthAtScale1 = 1.6,
                    Qt::PenStyle style = Qt::SolidLine);

    /// Fonts, margins and antialiasing for a freshly made plot.
    static void applyTo(QCustomPlot* plot);
    static void styleAxisRect(QCPAxisRect* rect);
    static void styleLegend(QCPLegend* legend);
    /// Sets a base-10 logarithmic scale with readable tick labels.
    static void setLogarithmic(QCPAxis* axis);
    /// A title above the plot (kept in a layout row of its own).
    static void addTitle(QCustomPlot* plot, const QString& title);
    /// Shows a one-line notice in the middle of an axis rect ("n ≤ p: weights not
    /// identifiable"); an empty text hides it. Use it instead of plotting NaN or inf.
    static void setNotice(QCustomPlot* plot, QCPAxisRect* rect, const QString& text);

    /// A marker size in pixels that follows scale().
    static double markerSize(double sizeAtScale1 = 6.0);
    /// Sets the axis to [lower, upper] widened by a fraction of the span on each side, never of
    /// zero width; on a logarithmic axis the widening is by factors and the range stays positive.
    static void setPaddedRange(QCPAxis* axis, double lower, double upper, double fraction = 0.08);
    /// A feature name for display: trailing digits as subscripts ("X12" -> "X₁₂").
    static QString featureLabel(const std::string& name);
    /// Text ticks at 1..p with the feature names; with more than maxLabels names only every k-th
    /// is labelled.
    static void setFeatureTicks(QCPAxis* axis, const std::vector<std::string>& names,
                                int maxLabels = 12);
    /// Moves the legend out of the axis rect into a row of its own below the plot, filled
    /// row by row with at most columns entries per row.
    static void placeLegendBelow(QCustomPlot* plot, int columns);
    /// Rows of legend text that do not overlap: for legends with subscripts or brackets.
    static void spaceLegendRows(QCPLegend* legend);

private:
    static double s_scale;
};

} // namespace lev::ui
