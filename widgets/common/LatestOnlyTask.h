#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace gb {

/// Work a panel starts off the GUI thread each time what it shows changes (fitting the curves
/// it draws, say), of which only the latest run matters: a run started later makes the results
/// of earlier ones be dropped. Runs on Qt's global thread pool (campaign jobs have their own
/// pool, so a panel never waits behind an analysis of the whole campaign).
///
/// The work function must not touch the panel or the Document: give it copies of what it needs
/// (datasets are shared immutable pointers, settings are values). `show` runs on the thread of
/// the context object, and only while the context lives.
template <typename T>
class LatestOnlyTask {
public:
    explicit LatestOnlyTask(QObject *context) : m_context(context) {}
    LatestOnlyTask(const LatestOnlyTask &) = delete;
    LatestOnlyTask &operator=(const LatestOnlyTask &) = delete;

    /// Starts `work` on a worker thread; `show(result)` follows on the context's thread unless
    /// run() or cancel() was called again in the meantime.
    void run(std::function<T()> work, std::function<void(T)> show)
    {
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<T>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
                         [this, watcher, generation, show = std::move(show)] {
                             watcher->deleteLater();
                             if (generation == m_generation)
                                 show(watcher->result());
                         });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

    /// Drops the result of every run still working (for a panel that draws at once instead).
    void cancel() { ++m_generation; }

private:
    QObject *m_context;
    quint64 m_generation = 0;
};

} // namespace gb
