#pragma once

#include <QStringList>

namespace lev::app {

/// `leverscope fit`: fits an estimator to a CSV file and prints JSON (docs/math.md §6).
class FitCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace lev::app
