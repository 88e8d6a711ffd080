// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/DesignCsv.h"

#include "design/DesignResult.h"

#include <QStringList>
#include <cmath>
#include <optional>

namespace lev::ui {

namespace {

QString cell(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 17) : QString();
}

QString cell(const std::optional<double>& value)
{
    return value ? cell(*value) : QString();
}

QString cell(const Eigen::VectorXd& values, int j)
{
    return j < values.size() ? cell(values[j]) : QString();
}

class Writer
{
public:
    explicit Writer(const QStringList& header) { row(header); }
    void row(const QStringList& cells) { m_text += cells.join(QLatin1Char(',')) + '\n'; }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString name(core::DesignStrategy strategy)
{
    return QString::fromStdString(core::designStrategyName(strategy));
}

} // namespace

QList<DesignCsv::Table> DesignCsv::tables(const core::DesignResult& result)
{
    using core::DesignStrategy;
    QList<Table> tables;
    const int p = int(result.features.size());

    Writer strategies({"strategy", "feature", "causal_weight", "limit", "weight_mean", "weight_sd",
                       "estimate", "interval_low", "interval_high"});
    for (DesignStrategy strategy : core::allDesignStrategies()) {
        const core::StrategyOutcome& o = result.strategy(strategy);
        for (int j = 0; j < p; ++j)
            strategies.row({name(strategy), QString::fromStdString(result.features[std::size_t(j)]),
                            cell(result.truth.causalWeights, j), cell(o.limit, j),
                            cell(o.weightMean, j), cell(o.weightSd, j), cell(o.estimate, j),
                            cell(o.intervalLow, j), cell(o.intervalHigh, j)});
    }
    tables.append({QStringLiteral("design_strategies.csv"), strategies.bytes()});

    QStringList fractionHeader{"fraction"};
    QStringList sizeHeader{"n"};
    for (DesignStrategy strategy : core::allDesignStrategies()) {
        for (const char* part : {"bias2", "variance", "mc_bias2", "mc_variance"})
            fractionHeader << name(strategy) + '_' + QLatin1String(part);
        for (const char* part : {"bias2", "variance"})
            sizeHeader << name(strategy) + '_' + QLatin1String(part);
    }
    Writer fraction(fractionHeader);
    for (const core::FractionPoint& point : result.fractionCurve) {
        QStringList cells{cell(point.fraction)};
        for (std::size_t s = 0; s < point.exact.size(); ++s) {
            const auto& e = point.exact[s];
            const auto& m = point.monteCarlo[s];
            cells << (e ? cell(e->bias2) : QString()) << (e ? cell(e->variance) : QString())
                  << (m ? cell(m->bias2) : QString()) << (m ? cell(m->variance) : QString());
        }
        fraction.row(cells);
    }
    tables.append({QStringLiteral("design_fraction.csv"), fraction.bytes()});

    Writer size(sizeHeader);
    for (const core::SizePoint& point : result.sizeCurve) {
        QStringList cells{QString::number(point.n)};
        for (const auto& e : point.exact)
            cells << (e ? cell(e->bias2) : QString()) << (e ? cell(e->variance) : QString());
        size.row(cells);
    }
    tables.append({QStringLiteral("design_size.csv"), size.bytes()});

    Writer power({"strategy", "randomized_rows", "exact", "monte_carlo"});
    for (const core::PowerCurve* curve : {&result.experimentalPower, &result.pooledPower})
        for (const core::PowerPoint& point : curve->points)
            power.row({name(curve->strategy), QString::number(point.randomizedRows),
                       cell(point.exact), cell(point.monteCarlo)});
    tables.append({QStringLiteral("design_power.csv"), power.bytes()});

    const core::Allocation& a = result.allocation;
    Writer allocation({"index", "a_optimal_variance", "eigenvalue", "direction_budget"});
    const int rows = int(std::max(a.variances.size(), a.spectrum.size()));
    for (int k = 0; k < rows; ++k)
        allocation.row({QString::number(k + 1), cell(a.variances, k), cell(a.spectrum, k),
                        cell(a.directionBudget, k)});
    tables.append({QStringLiteral("design_allocation.csv"), allocation.bytes()});
    return tables;
}

} // namespace lev::ui
