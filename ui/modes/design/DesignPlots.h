// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The experiment designer's six plots, listed once, each under its name: fraction (error
// against π), budget (error against n per strategy), intervals (each feature's 95 % interval
// per strategy), power (identification against randomized rows), graph (the arrows the
// experiment cuts), allocation (the budget per feature and per eigen-direction). Laid out in two
// rows of three for the page, or as the named few in presentation mode.

#include "plots/NamedPlotGrid.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <memory>

class QCustomPlot;

namespace lev::core {
struct DesignResult;
}

namespace lev::ui {

class CausalGraphPlot;
class DesignPlot;

class DesignPlots : public QWidget
{
    Q_OBJECT

public:
    explicit DesignPlots(QWidget* parent = nullptr);
    ~DesignPlots() override;

    /// The plots in the order of names().
    const QList<QCustomPlot*>& plots() const { return m_plots; }
    /// The plot of that name; nullptr for a name with no plot here.
    QCustomPlot* plot(const QString& name) const { return m_grid->plot(name); }
    /// The data points the named plot shows (nodes for the graph).
    int pointCount(const QString& name) const;
    CausalGraphPlot& graph() const { return *m_graph; }
    /// The names of the plots, in the order of plots().
    static const QStringList& names();

    void showResult(const core::DesignResult& result);
    /// Presentation mode shows only the named plots (at most four), in that order: one to three
    /// in a row, four in two rows of two. An empty list: every plot in the page's grid.
    void setPresentation(const QStringList& names) { m_grid->setPresentation(names); }
    const QStringList& presentedNames() const { return m_grid->presentedNames(); }
    void applyStyle();

private:
    QList<QCustomPlot*> m_plots;
    QList<DesignPlot*> m_designPlots; ///< every plot but the graph
    CausalGraphPlot* m_graph = nullptr;
    std::unique_ptr<NamedPlotGrid> m_grid;
};

} // namespace lev::ui
