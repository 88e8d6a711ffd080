// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/design/StrategyStyle.h"

#include "plots/PlotStyle.h"

namespace lev::ui {

QString StrategyStyle::name(core::DesignStrategy strategy)
{
    switch (strategy) {
    case core::DesignStrategy::Observational:
        return tr("observational");
    case core::DesignStrategy::Experimental:
        return tr("experiment");
    case core::DesignStrategy::Pooled:
        return tr("pooled");
    case core::DesignStrategy::Combined:
        return tr("combined");
    }
    return {};
}

QColor StrategyStyle::colour(core::DesignStrategy strategy)
{
    switch (strategy) {
    case core::DesignStrategy::Observational:
        return PlotStyle::population();
    case core::DesignStrategy::Experimental:
        return PlotStyle::interventional();
    case core::DesignStrategy::Pooled:
    case core::DesignStrategy::Combined:
        break;
    }
    return PlotStyle::estimate();
}

QPen StrategyStyle::pen(core::DesignStrategy strategy, double widthAtScale1)
{
    return PlotStyle::pen(colour(strategy), widthAtScale1,
                          strategy == core::DesignStrategy::Combined ? Qt::DashLine
                                                                     : Qt::SolidLine);
}

QCPScatterStyle StrategyStyle::marker(core::DesignStrategy strategy, double sizeAtScale1)
{
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssDisc, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssSquare,
        QCPScatterStyle::ssDiamond};
    const QColor c = colour(strategy);
    return QCPScatterStyle(shapes[static_cast<int>(strategy)], PlotStyle::pen(c, 1.2),
                           strategy == core::DesignStrategy::Combined ? QBrush(Qt::white)
                                                                      : QBrush(c),
                           PlotStyle::markerSize(sizeAtScale1));
}

} // namespace lev::ui
