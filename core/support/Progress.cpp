#include "support/Progress.h"

namespace gb {

void Progress::setTotal(qint64 total)
{
    m_total.store(total, std::memory_order_relaxed);
}

void Progress::advance(const QString &what, qint64 steps)
{
    const qint64 done = m_done.fetch_add(steps, std::memory_order_relaxed) + steps;
    if (m_listener) {
        const std::lock_guard lock(m_listenerMutex);
        m_listener(done, total(), what);
    }
}

} // namespace gb
