// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "shell/JobIndicator.h"

#include "jobs/LatestJobRunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace lev::ui {

JobIndicator::JobIndicator(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobIndicator"));
    m_what = new QLabel;
    m_what->setObjectName(QStringLiteral("jobDescription"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setMaximumWidth(200);
    m_cancel = new QToolButton;
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running computation; the plots keep what they show"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_what);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setVisible(false);

    m_showLater.setSingleShot(true);
    m_showLater.setInterval(kShowAfterMs);
    connect(&m_showLater, &QTimer::timeout, this, [this]() {
        if (m_runner && m_runner->isBusy()) {
            m_what->setText(m_runner->description());
            setVisible(true);
        }
    });
    connect(m_cancel, &QToolButton::clicked, this, [this]() {
        if (m_runner)
            m_runner->cancel();
    });
}

void JobIndicator::watch(LatestJobRunner* runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    onBusyChanged(runner && runner->isBusy());
    if (!runner)
        return;
    connect(runner, &LatestJobRunner::busyChanged, this, &JobIndicator::onBusyChanged);
    connect(runner, &LatestJobRunner::progressed, this, &JobIndicator::onProgress);
}

void JobIndicator::onBusyChanged(bool busy)
{
    if (busy) {
        m_progress->setValue(0);
        m_progress->setFormat(QStringLiteral("%p%"));
        if (!isVisible() && !m_showLater.isActive())
            m_showLater.start();
        if (m_runner)
            m_what->setText(m_runner->description());
        return;
    }
    m_showLater.stop();
    setVisible(false);
}

void JobIndicator::onProgress(double fraction, const QString& phase)
{
    if (m_runner)
        m_what->setText(m_runner->description());
    m_progress->setFormat(phase.isEmpty() ? QStringLiteral("%p%") : phase + QStringLiteral(" %p%"));
    m_progress->setValue(static_cast<int>(fraction * kProgressSteps));
}

} // namespace lev::ui
