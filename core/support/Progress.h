#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace gb {

/// Progress of long work and the way to cancel it. Shared between the worker threads doing
/// the work (which call advance() and check isCancelled()) and the thread that shows it
/// (which calls cancel()). Thread-safe.
class Progress {
public:
    using Listener = std::function<void(qint64 done, qint64 total, const QString &what)>;

    Progress() = default;
    explicit Progress(Listener listener) : m_listener(std::move(listener)) {}

    /// Starts a stage of `total` steps: the count of steps done restarts at zero. Work done in
    /// stages (a campaign analysis: one per technique) reports each stage from 1 to its total.
    void setTotal(qint64 total);
    /// Marks `steps` more as done and tells the listener (called on the worker's thread, one
    /// call at a time, with the counts in order).
    void advance(const QString &what = {}, qint64 steps = 1);

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }

private:
    Listener m_listener;
    std::mutex m_listenerMutex;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

} // namespace gb
