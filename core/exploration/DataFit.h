// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Fits an estimator to columns of a CSV table. OLS goes through PreciseLeastSquares (extended-
// precision QR, standard errors); ridge, lasso and PCR through Estimator on the scatter matrices.

#include "exploration/DataFitReport.h"
#include "io/CsvTable.h"

#include <string>
#include <vector>

namespace lev::core {

class DataFit
{
public:
    /// `features` are column indices of `table`, `target` another one. Too many features or cells
    /// (FitLimits), a column out of ColumnRange or too little memory give status InvalidSettings
    /// with a one-line message (naming the column); nothing is thrown.
    static DataFitReport run(const CsvTable& table, int target, const std::vector<int>& features,
                             const EstimatorSettings& estimator, bool intercept);
    /// The same on the n x p features `x` (named `features`) and the target `y` (named `target`).
    static DataFitReport run(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                             const std::string& target, const std::vector<std::string>& features,
                             const EstimatorSettings& estimator, bool intercept);

    /// The columns `indices` of `table`, in that order (rows x indices.size()), and their names.
    static Eigen::MatrixXd columns(const CsvTable& table, const std::vector<int>& indices);
    static std::vector<std::string> columnNames(const CsvTable& table,
                                                const std::vector<int>& indices);
    /// The message of a fit that ran out of memory.
    static std::string outOfMemory(long long rows, long long features);
    /// The correlation matrix of the columns of `x`; a constant column has a zero row and column.
    static Eigen::MatrixXd correlation(const Eigen::MatrixXd& x);
};

} // namespace lev::core
