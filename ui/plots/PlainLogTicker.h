// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Base-10 log ticks labelled as plain numbers (0.01, 0.1, 1, 10, 100; 10⁶ beyond), optionally
// only within [lower, upper] of an axis whose range leaves room beyond them for labels, and
// optionally with one marked value labelled in words ("c = 0") in place of nearby ticks.

#include <qcustomplot.h>

#include <limits>

namespace lev::ui {

class PlainLogTicker : public QCPAxisTickerLog
{
public:
    /// Ticks only in [lower, upper]; by default everywhere.
    void setBounds(double lower, double upper);
    /// One more tick at `value` labelled `text`; the ticks within a quarter decade of it give
    /// way. An empty text removes the mark.
    void setMark(double value, const QString& text);
    double markValue() const { return m_mark; }
    QString markText() const { return m_markText; }

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;

private:
    double m_lower = 0.0;
    double m_upper = std::numeric_limits<double>::infinity();
    double m_mark = 0.0;
    QString m_markText;
};

} // namespace lev::ui
