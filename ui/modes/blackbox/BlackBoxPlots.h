// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The black box's plots, listed once, each under its name: scoreboard, credit, pdp, surface,
// sweep. Laid out in two rows for the page, or as the named few of a preset's story in
// presentation mode.

#include "plots/NamedPlotGrid.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <vector>

namespace lev::core {
struct BlackBoxResult;
struct BlackBoxSweepPoint;
} // namespace lev::core

namespace lev::ui {

class BlackBoxPlot;
class CredibilitySweepPlot;

class BlackBoxPlots : public QWidget
{
    Q_OBJECT

public:
    explicit BlackBoxPlots(QWidget* parent = nullptr);
    ~BlackBoxPlots() override;

    const QList<BlackBoxPlot*>& plots() const { return m_plots; }
    /// The plot of that name; nullptr for a name with no plot here.
    BlackBoxPlot* plot(const QString& name) const;
    static const QStringList& names();
    CredibilitySweepPlot& sweep() const { return *m_sweep; }

    void showResult(const core::BlackBoxResult& result);
    void showSweep(const std::vector<core::BlackBoxSweepPoint>& points, double collinearity);
    /// Presentation mode shows only the named plots, in that order, at most four (one to three
    /// in a row, four in two rows of two); an empty list: every plot in the page's grid.
    void setPresentation(const QStringList& names) { m_grid->setPresentation(names); }
    const QStringList& presentedNames() const { return m_grid->presentedNames(); }
    void applyStyle();

private:
    QList<BlackBoxPlot*> m_plots; ///< in the order of names()
    CredibilitySweepPlot* m_sweep = nullptr;
    std::unique_ptr<NamedPlotGrid> m_grid;
};

} // namespace lev::ui
