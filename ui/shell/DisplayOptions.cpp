// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/DisplayOptions.h"

#include "plots/PlotStyle.h"
#include "shell/AppSettings.h"

#include <QAction>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace lev::ui {

DisplayOptions::DisplayOptions(QWidget* window)
    : QObject(window), m_window(window), m_step(AppSettings::textSizeStep()),
      m_highContrast(AppSettings::highContrast())
{
    m_step = std::clamp(m_step, kSmallestStep, kLargestStep);
    auto add = [this](const QString& text, const QList<QKeySequence>& keys, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tip);
        m_window->addAction(action); // works in presentation mode too, where the menus are hidden
        m_actions << action;
        return action;
    };
    m_larger = add(tr("&Larger Text"), {QKeySequence(tr("Ctrl++")), QKeySequence(tr("Ctrl+="))},
                   tr("Larger text and lines in every plot"));
    connect(m_larger, &QAction::triggered, this, [this]() { setTextStep(m_step + 1); });
    m_smaller = add(tr("&Smaller Text"), {QKeySequence(tr("Ctrl+-"))},
                    tr("Smaller text and lines in every plot"));
    connect(m_smaller, &QAction::triggered, this, [this]() { setTextStep(m_step - 1); });
    QAction* reset = add(tr("&Reset Text Size"), {QKeySequence(tr("Ctrl+0"))},
                         tr("Back to the default text size"));
    connect(reset, &QAction::triggered, this, [this]() { setTextStep(0); });

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_actions << separator;
    m_contrast = new QAction(tr("&High-Contrast Theme"), this);
    m_contrast->setCheckable(true);
    m_contrast->setChecked(m_highContrast);
    m_contrast->setToolTip(tr("For projectors: black text and axes, thick lines, strong colours"));
    connect(m_contrast, &QAction::toggled, this, &DisplayOptions::setHighContrast);
    m_actions << m_contrast;
    apply();
}

double DisplayOptions::textFactor() const
{
    return std::pow(kStepFactor, m_step);
}

void DisplayOptions::setTextStep(int step)
{
    step = std::clamp(step, kSmallestStep, kLargestStep);
    if (step == m_step)
        return;
    m_step = step;
    QString error;
    if (!AppSettings::setTextSizeStep(step, &error))
        emit problemReported(error);
    apply();
}

void DisplayOptions::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    if (m_contrast->isChecked() != on)
        m_contrast->setChecked(on);
    QString error;
    if (!AppSettings::setHighContrast(on, &error))
        emit problemReported(error);
    apply();
}

void DisplayOptions::setScreenScale(double scale)
{
    Q_ASSERT(std::isfinite(scale) && scale > 0.0);
    if (std::abs(scale - m_screenScale) < 1e-9)
        return;
    m_screenScale = scale;
    apply();
}

void DisplayOptions::apply()
{
    m_larger->setEnabled(m_step < kLargestStep);
    m_smaller->setEnabled(m_step > kSmallestStep);
    PlotStyle::setScale(m_screenScale * textFactor());
    PlotStyle::setHighContrast(m_highContrast);
    emit styleChanged();
}

} // namespace lev::ui
