// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "plots/PlainLogTicker.h"

#include "plots/NumberText.h"

#include <algorithm>
#include <cmath>

namespace lev::ui {

void PlainLogTicker::setBounds(double lower, double upper)
{
    m_lower = lower;
    m_upper = upper;
}

void PlainLogTicker::setMark(double value, const QString& text)
{
    m_mark = value;
    m_markText = text;
}

QString PlainLogTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    if (!m_markText.isEmpty() && tick == m_mark)
        return m_markText;
    return NumberText::of(tick, 1);
}

QVector<double> PlainLogTicker::createTickVector(double tickStep, const QCPRange& range)
{
    QVector<double> ticks = QCPAxisTickerLog::createTickVector(tickStep, range);
    const double slack = 1e-9; // relative: a tick at a bound stays
    ticks.erase(std::remove_if(ticks.begin(), ticks.end(),
                               [this, slack](double tick) {
                                   return tick < m_lower * (1.0 - slack) ||
                                          tick > m_upper * (1.0 + slack);
                               }),
                ticks.end());
    if (!m_markText.isEmpty() && m_mark > 0.0) {
        constexpr double kGiveWay = 0.25; // decades
        ticks.erase(std::remove_if(ticks.begin(), ticks.end(),
                                   [this](double tick) {
                                       return std::abs(std::log10(tick / m_mark)) < kGiveWay;
                                   }),
                    ticks.end());
        if (range.contains(m_mark))
            ticks.insert(std::lower_bound(ticks.begin(), ticks.end(), m_mark), m_mark);
    }
    return ticks;
}

} // namespace lev::ui
