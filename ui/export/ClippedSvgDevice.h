// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// A paint device that writes SVG through a QSvgGenerator and applies the painter's clip itself:
// Qt's SVG paint engine ignores clipping, so curves would cross the axes and the legend. Lines
// are cut at the clip rectangle (Liang-Barsky), fills intersected with it, images cropped to it.

#include <QPaintDevice>
#include <memory>

class QSvgGenerator;

namespace lev::ui {

class ClippedSvgDevice : public QPaintDevice
{
public:
    /// Draws onto `target`, which must outlive the device and be set up (output, size) first.
    explicit ClippedSvgDevice(QSvgGenerator* target);
    ~ClippedSvgDevice() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSvgGenerator* m_target;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace lev::ui
