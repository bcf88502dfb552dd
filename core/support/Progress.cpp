#include "support/Progress.h"

namespace gb {

void Progress::setTotal(qint64 total)
{
    m_total.store(total, std::memory_order_relaxed);
    m_done.store(0, std::memory_order_relaxed);
}

void Progress::advance(const QString &what, qint64 steps)
{
    if (!m_listener) {
        m_done.fetch_add(steps, std::memory_order_relaxed);
        return;
    }
    // Counted under the listener's lock, so that the listener hears the counts in order.
    const std::lock_guard lock(m_listenerMutex);
    const qint64 done = m_done.fetch_add(steps, std::memory_order_relaxed) + steps;
    m_listener(done, total(), what);
}

} // namespace gb
