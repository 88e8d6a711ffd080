// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Contour lines of values on a rectangular grid by marching squares: in each cell the level
// crosses the edges whose corners lie on either side of it (a corner >= level counts as above),
// at the linearly interpolated point; a saddle cell is split by its centre's mean. The pieces
// are joined into polylines. Geometry only: the values come from the core.

#include <Eigen/Core>
#include <QPolygonF>
#include <vector>

namespace lev::ui {

class ContourLines
{
public:
    /// The polylines where `values` (x.size() x y.size(), values(i, j) at (x[i], y[j])) crosses
    /// `level`, in the coordinates of x and y (both ascending). Non-finite corners end a line.
    static std::vector<QPolygonF> trace(const Eigen::VectorXd& x, const Eigen::VectorXd& y,
                                        const Eigen::MatrixXd& values, double level);
    /// About `count` round levels (1, 2, 2.5 or 5 times a power of ten apart) strictly inside
    /// [low, high], never `skip`.
    static std::vector<double> roundLevels(double low, double high, int count, double skip);
};

} // namespace lev::ui
