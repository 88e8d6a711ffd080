// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#pragma once
// The status bar's view of the shown page's LatestJobRunner: what is running, its progress and
// a Cancel button. Appears only for jobs that last more than a moment, so a slider drag does
// not make it flicker.

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace lev::ui {

class LatestJobRunner;

class JobIndicator : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 300;
    static constexpr int kProgressSteps = 1000;

    explicit JobIndicator(QWidget* parent = nullptr);

    /// Follows `runner` from now on (the previous one is let go).
    void watch(LatestJobRunner* runner);

private:
    void onBusyChanged(bool busy);
    void onProgress(double fraction, const QString& phase);

    QPointer<LatestJobRunner> m_runner;
    QLabel* m_what = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QTimer m_showLater;
};

} // namespace lev::ui
