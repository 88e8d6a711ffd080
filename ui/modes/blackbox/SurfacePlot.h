// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The data surface: the learner's prediction over a 2-D slice of two features (the others at
// their mean) as a grey map, the training rows on it (observational, blue) and the rows of an
// interventional sample (amber): right where the data are, extrapolating where they are not.

#include "modes/blackbox/BlackBoxPlot.h"

namespace lev::ui {

class SurfacePlot : public BlackBoxPlot
{
    Q_OBJECT

public:
    explicit SurfacePlot(QWidget* parent = nullptr);

    void showResult(const core::BlackBoxResult& result) override;
    void applyStyle() override;
    int pointCount() const override;

    QCPColorMap* prediction() const { return m_map; }
    QCPGraph* observed() const { return m_observed; }
    QCPGraph* interventional() const { return m_interventional; }

private:
    QCPColorMap* m_map = nullptr;
    QCPColorScale* m_scale = nullptr;
    QCPGraph* m_observed = nullptr;
    QCPGraph* m_interventional = nullptr;
    QCPGraph* m_mapEntry = nullptr; ///< a legend entry for the map: a grey square
};

} // namespace lev::ui
