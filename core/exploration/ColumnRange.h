// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Whether columns can be fitted in double precision: every sum of squares and cross products of a
// fit (up to 1e6 rows) stays finite and normal when each column's largest |value| lies in
// [1e-150, 1e150], or the column is all zero. Outside, a square overflows to inf or underflows to
// 0.

#include <Eigen/Dense>
#include <string>
#include <vector>

namespace lev::core {

class ColumnRange
{
public:
    static constexpr double kLargest = 1e150;
    static constexpr double kSmallest = 1e-150;

    /// Empty when `values` is in range, else one line naming the column by `name`.
    static std::string check(const Eigen::Ref<const Eigen::VectorXd>& values,
                             const std::string& name);
    /// The first problem among the columns of `x` (named `names`) and then `y` (named `target`).
    static std::string check(const Eigen::MatrixXd& x, const std::vector<std::string>& names,
                             const Eigen::VectorXd& y, const std::string& target);
};

} // namespace lev::core
