// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/environments/EnvironmentsPlot.h"

#include "plots/PlotStyle.h"

#include <cmath>

namespace lev::ui {

namespace {

constexpr int kNoteRow = 1; ///< below the title

} // namespace

QPen EnvironmentsPlot::fitPen(double gamma, double widthAtScale1)
{
    if (std::isnan(gamma))
        return PlotStyle::pen(PlotStyle::causal(), widthAtScale1);
    if (std::isinf(gamma))
        return PlotStyle::pen(PlotStyle::neutral(), widthAtScale1, Qt::DashLine);
    if (gamma == 1.0)
        return PlotStyle::pen(PlotStyle::population(), widthAtScale1);
    return PlotStyle::pen(PlotStyle::estimate(), widthAtScale1, Qt::DashLine);
}

void EnvironmentsPlot::setNote(const QString& text)
{
    if (!m_note) {
        m_note = new QCPTextElement(this);
        m_note->setObjectName(QStringLiteral("plotNote"));
        m_note->setTextColor(QColor(120, 30, 30));
        m_note->setVisible(false);
    }
    m_noteText = text;
    const bool shown = !text.isEmpty();
    if (shown && !m_note->layout()) {
        plotLayout()->insertRow(kNoteRow);
        plotLayout()->addElement(kNoteRow, 0, m_note);
    } else if (!shown && m_note->layout()) {
        plotLayout()->take(m_note);
        plotLayout()->simplify();
    }
    m_note->setVisible(shown); // out of the layout it would still be drawn where it last was
    PlotStyle::setWrappedText(m_note, text);
    styleNote();
}

void EnvironmentsPlot::styleNote()
{
    if (m_note)
        m_note->setFont(PlotStyle::font(9));
}

} // namespace lev::ui
