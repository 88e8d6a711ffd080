// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Data mode's Belsley–Kuh–Welsch table: one row per component of the scaled design (in the order
// of its condition indices η_k = d_max / d_k), its variance-decomposition proportions π_jk per
// column, the near-dependencies (η > 30, two or more π > 0.5) highlighted and named below.

#include "diagnostics/BelsleyDiagnostics.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace lev::ui {

class BelsleyTable : public QWidget
{
    Q_OBJECT

public:
    explicit BelsleyTable(QWidget* parent = nullptr);

    /// Shows `report`, of the design `centred` or not (the caption says which).
    void showReport(const core::BelsleyReport& report, bool centred);
    void clear();
    /// Re-applies the font size at the current PlotStyle::scale().
    void applyStyle();

    QTableWidget* table() const { return m_table; }
    /// The line under the table that names the near-dependencies (or says there are none).
    QString dependencyText() const;

private:
    QLabel* m_caption = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_dependencies = nullptr;
};

} // namespace lev::ui
