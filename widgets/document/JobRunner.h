#pragma once

#include "support/Progress.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace gb {

/// Runs one piece of long work at a time (an import, an analysis) on a worker thread with
/// QtConcurrent, reports its progress on the GUI thread (polled, so a busy worker never floods
/// the event loop) and cancels it on request. Work that runs in parallel inside a job must use
/// its own QThreadPool too, never the global one. The result comes back to the GUI thread as a
/// value; the window stays responsive throughout.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const { return m_running; }
    QString title() const { return m_title; }

    /// Starts `work(progress)` on a worker thread; `done(result, cancelled)` runs on this
    /// object's thread when it ends. Returns false (and does nothing) while another job runs.
    template <typename T>
    bool start(const QString &title, std::function<T(Progress &)> work, std::function<void(T, bool)> done)
    {
        if (m_running)
            return false;
        auto state = std::make_shared<State>();
        auto progress = std::make_shared<Progress>([state](qint64, qint64, const QString &what) {
            const QMutexLocker lock(&state->mutex);
            state->what = what;
        });
        beginJob(title, progress, state);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, done] {
            const bool cancelled = progress->isCancelled();
            T result = watcher->result();
            watcher->deleteLater();
            endJob(cancelled);
            if (done)
                done(std::move(result), cancelled);
            Q_EMIT finished(cancelled);
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, [work, progress] { return work(*progress); }));
        return true;
    }

    /// Asks the running job to stop; its `done` still runs (with cancelled = true).
    void cancel();
    /// Processes events until no job runs or `timeoutMs` passed; true when idle.
    bool waitForIdle(int timeoutMs = 30000);

Q_SIGNALS:
    void started(const QString &title);
    /// Progress of the running job (done of total steps, and what it is working on).
    void progressed(qint64 done, qint64 total, const QString &what);
    void finished(bool cancelled);

private:
    struct State {
        QMutex mutex;
        QString what;
    };
    void beginJob(const QString &title, std::shared_ptr<Progress> progress, std::shared_ptr<State> state);
    void endJob(bool cancelled);
    void poll();

    bool m_running = false;
    QString m_title;
    std::shared_ptr<Progress> m_progress;
    std::shared_ptr<State> m_state;
    QTimer m_poll;
    /// Jobs run on their own pool: the global one serves Qt itself (the raster engine draws
    /// with it), and a long job there would make the GUI thread wait.
    QThreadPool m_pool;
};

} // namespace gb
