#pragma once
// Fits an estimator to columns of a CSV table. OLS goes through PreciseLeastSquares (extended-
// precision QR, standard errors); ridge, lasso and PCR through Estimator on the scatter matrices.

#include "analysis/DataFitReport.h"
#include "io/CsvTable.h"

#include <vector>

namespace lev::core {

class DataFit
{
public:
    /// `features` are column indices of `table`, `target` another one.
    static DataFitReport run(const CsvTable& table, int target, const std::vector<int>& features,
                             const EstimatorSettings& estimator, bool intercept);
};

} // namespace lev::core
