// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "exploration/ColumnRange.h"

#include "io/Utf8Text.h"

#include <cassert>
#include <cstdio>

namespace lev::core {

namespace {

constexpr std::size_t kNameDisplayLimit = 60;

std::string shortNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", value);
    return text;
}

} // namespace

std::string ColumnRange::check(const Eigen::Ref<const Eigen::VectorXd>& values,
                               const std::string& name)
{
    if (values.size() == 0)
        return {};
    const double largest = values.cwiseAbs().maxCoeff();
    const std::string column = "column '" + Utf8Text::display(name, kNameDisplayLimit) + "': ";
    if (!(largest <= kLargest))
        return column + "a value of " + shortNumber(largest) +
               " is too large to square in double precision (at most " + shortNumber(kLargest) +
               "); rescale the column, e.g. to other units";
    if (largest > 0.0 && largest < kSmallest)
        return column + "its largest value, " + shortNumber(largest) +
               ", is too small to square in double precision (at least " + shortNumber(kSmallest) +
               " unless all are 0); rescale the column, e.g. to other units";
    return {};
}

std::string ColumnRange::check(const Eigen::MatrixXd& x, const std::vector<std::string>& names,
                               const Eigen::VectorXd& y, const std::string& target)
{
    assert(names.size() == static_cast<std::size_t>(x.cols()));
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        if (std::string problem = check(x.col(j), names[std::size_t(j)]); !problem.empty())
            return problem;
    return check(y, target);
}

} // namespace lev::core
