// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/BelsleyTable.h"

#include "plots/PlotStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace lev::ui {

namespace {

/// A condition index or proportion for a cell: 3 significant digits below 1000, whole above.
QString number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return std::abs(value) >= 1000.0 ? QString::number(value, 'f', 0)
                                     : QString::number(value, 'g', 3);
}

QString columnList(const std::vector<std::string>& columns)
{
    QStringList names;
    for (const std::string& column : columns)
        names << QString::fromStdString(column);
    return names.join(QStringLiteral(", "));
}

} // namespace

BelsleyTable::BelsleyTable(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("belsleyTable"));
    m_caption = new QLabel;
    m_caption->setWordWrap(true);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("belsleyCells"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(
        tr("How to read it: each row is one direction of the design, in the order of its "
           "condition index η = d_max / d_k. A column's proportions say how much of its "
           "weight's variance comes from each direction (each column sums to 1). An index "
           "above 30 with two or more proportions above 0.5 is a near-dependency: those "
           "columns nearly add up to a constant, and their weights are hard to tell apart."));
    m_dependencies = new QLabel;
    m_dependencies->setObjectName(QStringLiteral("belsleyDependencies"));
    m_dependencies->setWordWrap(true);
    m_dependencies->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_dependencies);
    clear();
}

void BelsleyTable::clear()
{
    m_caption->setText(tr("Collinearity diagnostics (Belsley, Kuh and Welsch)"));
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_dependencies->clear();
}

void BelsleyTable::applyStyle()
{
    QFont font = m_table->font();
    font.setPointSizeF(PlotStyle::font(9).pointSizeF());
    m_table->setFont(font);
    m_table->horizontalHeader()->setFont(font);
    m_caption->setFont(font);
    m_dependencies->setFont(font);
}

void BelsleyTable::showReport(const core::BelsleyReport& report, bool centred)
{
    m_caption->setText(
        centred ? tr("Collinearity diagnostics (Belsley, Kuh and Welsch) of the centred "
                     "design, each column at unit length: singular values d_k, condition "
                     "indices η_k = d_max / d_k, variance-decomposition proportions")
                : tr("Collinearity diagnostics (Belsley, Kuh and Welsch) of the design with its "
                     "intercept, each column scaled to unit length, not centred: singular values "
                     "d_k, condition indices η_k = d_max / d_k, variance-decomposition "
                     "proportions"));
    const int columns = static_cast<int>(report.columns.size());
    const int components = static_cast<int>(report.conditionIndices.size());
    m_table->clear();
    m_table->setRowCount(components);
    m_table->setColumnCount(columns + 2);
    QStringList headers{tr("d_k"), tr("index η_k")};
    for (const std::string& column : report.columns)
        headers << QString::fromStdString(column);
    m_table->setHorizontalHeaderLabels(headers);

    std::vector<bool> marked(std::size_t(components), false);
    for (const core::NearDependency& dependency : report.nearDependencies)
        marked[std::size_t(dependency.component)] = true;
    const QColor highlight = PlotStyle::faint(PlotStyle::interventional(), 110);
    for (int k = 0; k < components; ++k) {
        auto cell = [&](int column, double value, bool strong) {
            auto* item = new QTableWidgetItem(number(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (strong) {
                item->setBackground(highlight);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(k, column, item);
        };
        cell(0, report.singularValues(k), false);
        cell(1, report.conditionIndices(k), marked[std::size_t(k)]);
        for (int j = 0; j < columns; ++j)
            cell(j + 2, report.proportions(j, k),
                 marked[std::size_t(k)] && report.proportions(j, k) > 0.5);
    }

    QStringList lines;
    if (report.singular)
        lines << tr("The design is singular (some d_k = 0): a column is an exact combination "
                    "of others, and the proportions are undefined.");
    for (const core::NearDependency& dependency : report.nearDependencies)
        lines << tr("Near-dependency (η = %1): %2 — their weights share one small singular "
                    "value, so the data cannot tell them apart.")
                     .arg(number(dependency.conditionIndex), columnList(dependency.columns));
    if (lines.isEmpty())
        lines << tr("No near-dependency: no condition index above 30 with two or more "
                    "proportions above 0.5.");
    m_dependencies->setText(lines.join(QLatin1Char('\n')));
}

QString BelsleyTable::dependencyText() const
{
    return m_dependencies->text();
}

} // namespace lev::ui
