// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The environments mode's five plots, listed once, each under its name: path (the weights along
// gamma), risk (prediction error under shifts), clouds (the environments and each fit), icp
// (subsets, p-values, intervals) and graph (A, H and the arrows). Laid out in two rows for the
// page, or as the named few in presentation mode.

#include <QList>
#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QGridLayout;

namespace lev::core {
struct EnvironmentsResult;
}

namespace lev::ui {

class EnvironmentsPlot;

class EnvironmentsPlots : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentsPlots(QWidget* parent = nullptr);

    /// The plots in the order of names().
    const QList<QCustomPlot*>& plots() const { return m_plots; }
    /// The plot of that name; nullptr for a name with no plot here.
    EnvironmentsPlot* plot(const QString& name) const;
    int pointCount(const QString& name) const;
    static const QStringList& names();

    void showResult(const core::EnvironmentsResult& result);
    /// Presentation mode shows only the named plots (at most four): one to three in a row, four
    /// in two rows of two. An empty list: every plot in the page's grid.
    void setPresentation(const QStringList& names);
    const QStringList& presentedNames() const { return m_presented; }
    void applyStyle();

private:
    void layOut();

    QList<QCustomPlot*> m_plots;
    QList<EnvironmentsPlot*> m_own;
    QGridLayout* m_grid = nullptr;
    QStringList m_presented;
};

} // namespace lev::ui
