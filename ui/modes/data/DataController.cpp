// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Leverscope authors
#include "modes/data/DataController.h"

#include "io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace lev::ui {

std::atomic<int> DataController::s_runningJobs{0};

namespace {

/// Progress is forwarded to the GUI thread at most once per this step (and at the end).
constexpr double kProgressStep = 0.01;

} // namespace

DataController::DataController(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &DataController::onJobFinished);
}

DataController::~DataController()
{
    m_pending = nullptr;
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void DataController::load(const QString& path)
{
    submit([this, path](const std::atomic<bool>& cancel,
                        const Progress& progress) -> std::function<void()> {
        core::CsvReader reader;
        const QString name = QFileInfo(path).fileName();
        reader.setProgressHandler([&](double fraction) {
            progress(fraction, tr("Reading %1").arg(name));
            return !cancel.load();
        });
        bool ok = false;
        if (path.startsWith(QLatin1String(":/"))) { // a bundled example
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                const QString message = tr("%1: cannot open: %2").arg(path, file.errorString());
                return [this, message]() { emit loadFailed(message); };
            }
            const QByteArray bytes = file.readAll();
            ok = reader.parse(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                              name.toStdString());
        } else {
            ok = reader.readFile(QFile::encodeName(path).toStdString());
        }
        if (reader.cancelled())
            return {};
        if (!ok) {
            const QString message = QString::fromStdString(reader.errorString());
            return [this, message]() { emit loadFailed(message); };
        }
        auto table = std::make_shared<const core::CsvTable>(reader.takeTable());
        return [this, table, path]() { emit loaded(table, path); };
    });
}

void DataController::explore(TablePointer table, const core::DataExplorationSettings& settings)
{
    submit([this, table, settings](const std::atomic<bool>& cancel,
                                   const Progress& progress) -> std::function<void()> {
        auto exploration = std::make_shared<const core::DataExploration>(core::DataExplorer::run(
            *table, settings, &cancel, [&](double fraction, const std::string& phase) {
                progress(fraction, QString::fromStdString(phase));
            }));
        if (exploration->cancelled || cancel.load())
            return {};
        return [this, exploration]() { emit explored(exploration); };
    });
}

void DataController::cancel()
{
    m_pending = nullptr;
    if (m_running) {
        m_userCancelled = true;
        m_cancel->store(true);
    }
}

void DataController::submit(Work work)
{
    m_pending = std::move(work);
    m_job += 1;
    m_userCancelled = false;
    if (m_running) {
        m_cancel->store(true);
        return; // onJobFinished starts the pending job
    }
    startPending();
}

void DataController::startPending()
{
    Work work = std::move(m_pending);
    m_pending = nullptr;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    if (!m_running) {
        m_running = true;
        emit busyChanged(true);
    }
    const quint64 job = m_job;
    const auto cancel = m_cancel;
    s_runningJobs += 1;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, work, cancel, job]() {
        struct Running // counts down however the job ends
        {
            ~Running() { s_runningJobs -= 1; }
        } running;
        double reported = -1.0;
        const Progress report = [this, job, &reported](double fraction, const QString& phase) {
            if (fraction < 1.0 && fraction - reported < kProgressStep)
                return;
            reported = fraction;
            QMetaObject::invokeMethod(
                this,
                [this, job, fraction, phase]() {
                    if (job == m_job && m_running)
                        emit progress(fraction, phase);
                },
                Qt::QueuedConnection);
        };
        m_deliver = work(*cancel, report);
    }));
}

void DataController::onJobFinished()
{
    std::function<void()> deliver = std::move(m_deliver);
    m_deliver = nullptr;
    const bool superseded = m_pending != nullptr || m_cancel->load();
    if (!superseded && deliver)
        deliver();
    if (m_pending) {
        startPending();
        return;
    }
    m_running = false;
    emit busyChanged(false);
    if (m_userCancelled) {
        m_userCancelled = false;
        emit cancelled();
    }
}

} // namespace lev::ui
