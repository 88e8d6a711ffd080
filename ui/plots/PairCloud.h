// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The cloud of rows (x_i, y_i) of two correlated columns, as a scatter draws it: every row with
// finite values up to a limit; of more rows evenly spaced ones, the same on every call, with the
// rows of the least and largest x and y swapped in, so the drawn cloud spans what the data span.

#include <Eigen/Core>
#include <QtGlobal>
#include <qcustomplot.h>

namespace lev::ui {

class PairCloud
{
public:
    /// What set() drew.
    struct Drawn
    {
        qint64 finite = 0; ///< rows with finite x and y
        qint64 shown = 0;  ///< of them drawn (at most maxRows, or finite when fewer)
        QCPRange x;        ///< the span of x over every finite row (when finite > 0)
        QCPRange y;        ///< the same for y
    };

    /// Sets the graph's data to the rows drawn of (x, y), which have the same size.
    static Drawn set(QCPGraph* graph, const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                     int maxRows);
};

} // namespace lev::ui
