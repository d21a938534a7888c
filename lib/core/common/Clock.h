#pragma once

#include <QtGlobal>

namespace tokenscope {

// A JSON number (seconds since the epoch, a lifetime) as qint64 without undefined behaviour: NaN becomes 0 and values
// beyond +-2^53 are clamped (casting an out-of-range double to an integer is undefined in C++).
inline qint64 secondsFromJson(double value)
{
    constexpr double limit = 9007199254740992.0; // 2^53
    if (!(value == value))
        return 0;
    if (value >= limit)
        return qint64(limit);
    if (value <= -limit)
        return -qint64(limit);
    return qint64(value);
}

// Injectable time source: every time-dependent check asks a Clock, never the system directly,
// so tests and `inspect --now` can pin the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowSecsSinceEpoch() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowSecsSinceEpoch() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 secsSinceEpoch) : m_now(secsSinceEpoch) {}
    qint64 nowSecsSinceEpoch() const override { return m_now; }
    void set(qint64 secsSinceEpoch) { m_now = secsSinceEpoch; }
    void advance(qint64 secs) { m_now += secs; }

private:
    qint64 m_now;
};

} // namespace tokenscope
