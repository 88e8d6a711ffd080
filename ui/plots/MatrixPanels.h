// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A matrix (Σ or R) beside its precision Θ = Σ⁻¹ as two heatmap panels (row 1 at the top), each
// on a diverging colour scale symmetric around 0, with an optional caption under each panel.

#include <Eigen/Core>
#include <QString>

#include <optional>
#include <string>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPColorMap;
class QCPColorScale;
class QCPLayoutGrid;
class QCPTextElement;

namespace lev::ui {

class MatrixPanels
{
public:
    enum Panel
    {
        MatrixPanel = 0,
        PrecisionPanel = 1
    };

    /// Lays the two panels out in `plot`, whose default axis rect becomes the left one, with a
    /// title row above them; the legend is hidden.
    explicit MatrixPanels(QCustomPlot* plot);

    void setHeadings(const QString& matrix, const QString& precision);
    /// Shows both matrices (p x p). Names tick the axes: a user's column names (elided, upright
    /// when they do not fit) when userNames, else feature names; indices for large p. An empty
    /// matrix shows `noMatrix` as a notice; an empty precision beside a matrix shows
    /// "<symbol> is singular: Θ does not exist". Non-finite entries are left blank.
    void show(const Eigen::MatrixXd& matrix, const Eigen::MatrixXd& precision,
              const std::vector<std::string>& names, bool userNames, const QString& symbol,
              const QString& noMatrix);
    /// Empties both panels, showing `notice` in the left one.
    void clear(const QString& notice);
    /// Cells holding finite data, over both panels.
    int cellCount() const;
    /// The largest |entry| of the matrix shown in a panel; none when it is empty.
    std::optional<double> largest(Panel panel) const;
    /// Texts under the panels; two empty texts remove the caption row.
    void setCaptions(const QString& matrix, const QString& precision);
    /// The caption under a panel; empty when there is none.
    QString caption(Panel panel) const;
    /// Re-applies fonts, bar widths and spacing at the current PlotStyle::scale().
    void applyStyle();

    /// The largest |entry| among the finite entries; none when there is none.
    static std::optional<double> largestOf(const Eigen::MatrixXd& matrix);

private:
    struct Part
    {
        QCPTextElement* heading = nullptr;
        QCPAxisRect* rect = nullptr;
        QCPColorMap* map = nullptr;
        QCPColorScale* scale = nullptr;
        QCPTextElement* caption = nullptr; ///< in the layout only while it has a text
        int column = 0;
        int cells = 0; ///< finite cells shown
        std::optional<double> largest;
    };
    Part makePart(QCPAxisRect* rect, int column);
    void showMatrix(Part& part, const Eigen::MatrixXd& matrix,
                    const std::vector<std::string>& names, bool userNames);
    void clearPart(Part& part);

    QCustomPlot* m_plot = nullptr;
    QCPLayoutGrid* m_grid = nullptr;
    Part m_parts[2];
};

} // namespace lev::ui
