#pragma once

#include <QtGlobal>

namespace tokenscope {

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
