// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// Readability from the back row: the text size (View ▸ Larger/Smaller/Reset Text) and the
// high-contrast projector theme, both persisted in AppSettings. Sets
// PlotStyle::scale() = screen scale × 1.15^step, the screen scale being 1 in the normal window.

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace lev::ui {

class DisplayOptions : public QObject
{
    Q_OBJECT

public:
    static constexpr double kStepFactor = 1.15;
    static constexpr int kSmallestStep = -3;
    static constexpr int kLargestStep = 8;

    /// Reads the saved text size and theme and applies them to PlotStyle (the plots, and the
    /// presentation's header). The actions work wherever `window` has the focus, menu bar shown
    /// or not.
    explicit DisplayOptions(QWidget* window);

    /// Larger Text (Ctrl++, Ctrl+=), Smaller Text (Ctrl+-), Reset Text Size (Ctrl+0), a
    /// separator and the checkable High-Contrast Theme: for the View menu.
    const QList<QAction*>& actions() const { return m_actions; }

    int textStep() const { return m_step; }
    /// 1.15^textStep().
    double textFactor() const;
    bool isHighContrast() const { return m_highContrast; }
    double screenScale() const { return m_screenScale; }

    /// Clamped to [kSmallestStep, kLargestStep]; saved.
    void setTextStep(int step);
    void setHighContrast(bool on);
    /// Presentation mode's scale from the window's size (1 in the normal window); not saved.
    void setScreenScale(double scale);

signals:
    /// PlotStyle's scale or theme changed: every plot should restyle.
    void styleChanged();
    /// A line for the user (the settings could not be saved).
    void problemReported(const QString& message);

private:
    void apply();

    QWidget* m_window;
    QList<QAction*> m_actions;
    QAction* m_smaller = nullptr;
    QAction* m_larger = nullptr;
    QAction* m_contrast = nullptr;
    double m_screenScale = 1.0;
    int m_step = 0;
    bool m_highContrast = false;
};

} // namespace lev::ui
