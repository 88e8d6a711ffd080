// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// How the designer's plots draw the four strategies, by PlotStyle's colour rule: observational
// only blue (observational), experiment only amber (interventional), pooled vermillion (the
// estimate), the inverse-variance combination vermillion dashed (an estimate too).

#include "design/DesignResult.h"

#include <QCoreApplication>
#include <QPen>
#include <QString>
#include <qcustomplot.h>

namespace lev::ui {

class StrategyStyle
{
    Q_DECLARE_TR_FUNCTIONS(lev::ui::StrategyStyle)

public:
    static QString name(core::DesignStrategy strategy);
    static QColor colour(core::DesignStrategy strategy);
    static QPen pen(core::DesignStrategy strategy, double widthAtScale1 = 2.0);
    static QCPScatterStyle marker(core::DesignStrategy strategy, double sizeAtScale1 = 6.0);
};

} // namespace lev::ui
