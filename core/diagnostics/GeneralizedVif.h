// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The generalized variance inflation factor of a block of columns (Fox & Monette 1992), e.g. a
// factor's indicators: GVIF = det R_11 det R_22 / det R over the features' correlation matrix R,
// and GVIF^(1/(2 df)), comparable across blocks of different size df.

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace lev::core {

/// Columns first .. first + count - 1 of a design, named as one term.
struct ColumnBlock
{
    std::string name;
    int first = 0;
    int count = 1;
};

struct GeneralizedVifValue
{
    std::string name;
    int df = 1;
    std::optional<double> gvif;      ///< none when R is singular
    std::optional<double> gvifPerDf; ///< GVIF^(1/(2 df))
};

class GeneralizedVif
{
public:
    /// The GVIF of each block over the correlation matrix of the n x p `features`. With a single
    /// block covering every column (nothing to inflate against) the GVIF is 1.
    static std::vector<GeneralizedVifValue> of(const Eigen::MatrixXd& features,
                                               const std::vector<ColumnBlock>& blocks);
};

} // namespace lev::core
