#pragma once
// Watches the GUI thread's event loop while a test works: a 5 ms timer notes the longest time
// between two of its ticks, in wall-clock time and in the GUI thread's own CPU time.
//
// The CPU-time gap is what the program itself spends between two turns of the loop, whatever
// else the machine does; it is the number a test asserts. The wall-clock gap also contains the
// time the scheduler gave the thread's core to other processes, so it is asserted only when the
// machine has a core to spare (load average below the number of cores) and logged otherwise.

#include <QElapsedTimer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <ctime>

namespace gb::test {

class EventLoopWatch {
public:
    EventLoopWatch()
    {
        m_ticker.setInterval(5);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_wall.start();
        m_lastWallMs = 0;
        m_lastCpuMs = threadCpuMs();
        m_ticker.start();
    }

    void stop() { m_ticker.stop(); }

    /// Longest wall-clock time between two turns of the event loop, in ms.
    qint64 longestWallGapMs() const { return m_longestWallMs; }
    /// Longest GUI-thread CPU time spent between two turns of the event loop, in ms.
    double longestCpuGapMs() const { return m_longestCpuMs; }
    int ticks() const { return m_ticks; }

    /// True when the machine has a core to spare, so that wall-clock gaps are the program's own.
    static bool machineIsQuiet()
    {
        double load = 0.0;
        return getloadavg(&load, 1) == 1 && load < QThread::idealThreadCount();
    }

    /// Empty when no gap was over `limitMs`, otherwise why not (wall-clock gaps count only on a
    /// quiet machine, see above). In a sanitizer build the limit is kSanitizerSlowdown times
    /// larger: the instrumentation alone makes the same work take that much more CPU time.
    QString stallOver(double limitMs) const
    {
        limitMs *= kSanitizerSlowdown;
        if (m_longestCpuMs > limitMs)
            return QStringLiteral("the GUI thread worked without a break: ") + summary();
        if (m_longestWallMs > limitMs && machineIsQuiet())
            return QStringLiteral("the event loop stalled: ") + summary();
        return {};
    }

    QString summary() const
    {
        double load = 0.0;
        getloadavg(&load, 1);
        return QStringLiteral("%1 turns of the event loop; longest gap %2 ms wall clock, %3 ms of GUI-thread "
                              "CPU time (load average %4 on %5 cores)")
            .arg(m_ticks)
            .arg(m_longestWallMs)
            .arg(m_longestCpuMs, 0, 'f', 1)
            .arg(load, 0, 'f', 1)
            .arg(QThread::idealThreadCount());
    }

private:
    // AddressSanitizer and UBSan checks slow the GUI thread 2-3 times (measured: opening the demo
    // campaign: longest GUI-thread CPU-time gap 118 ms under ASan+UBSan with Clang 14, 46 ms with GCC).
#if defined(__SANITIZE_ADDRESS__)
    static constexpr double kSanitizerSlowdown = 3.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
    static constexpr double kSanitizerSlowdown = 3.0;
#else
    static constexpr double kSanitizerSlowdown = 1.0;
#endif
#else
    static constexpr double kSanitizerSlowdown = 1.0;
#endif

    static double threadCpuMs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) * 1e-6;
    }

    void tick()
    {
        const qint64 wall = m_wall.elapsed();
        const double cpu = threadCpuMs();
        m_longestWallMs = std::max(m_longestWallMs, wall - m_lastWallMs);
        m_longestCpuMs = std::max(m_longestCpuMs, cpu - m_lastCpuMs);
        m_lastWallMs = wall;
        m_lastCpuMs = cpu;
        ++m_ticks;
    }

    QTimer m_ticker;
    QElapsedTimer m_wall;
    qint64 m_lastWallMs = 0;
    double m_lastCpuMs = 0.0;
    qint64 m_longestWallMs = 0;
    double m_longestCpuMs = 0.0;
    int m_ticks = 0;
};

} // namespace gb::test
