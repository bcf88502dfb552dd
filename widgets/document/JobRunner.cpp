#include "document/JobRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace gb {

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &JobRunner::poll);
}

JobRunner::~JobRunner()
{
    if (m_progress)
        m_progress->cancel();
    // The worker holds its own references to what it uses; its result is dropped.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>()) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
    m_pool.waitForDone();
}

void JobRunner::beginJob(const QString &title, std::shared_ptr<Progress> progress,
                         std::shared_ptr<State> state)
{
    m_running = true;
    m_title = title;
    m_progress = std::move(progress);
    m_state = std::move(state);
    m_poll.start();
    Q_EMIT started(title);
    Q_EMIT progressed(0, 0, QString());
}

void JobRunner::endJob(bool)
{
    poll();
    m_poll.stop();
    m_running = false;
    m_progress.reset();
    m_state.reset();
}

void JobRunner::poll()
{
    if (!m_progress)
        return;
    QString what;
    {
        const QMutexLocker lock(&m_state->mutex);
        what = m_state->what;
    }
    Q_EMIT progressed(m_progress->done(), m_progress->total(), what);
}

void JobRunner::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

bool JobRunner::waitForIdle(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_running && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_running;
}

} // namespace gb
