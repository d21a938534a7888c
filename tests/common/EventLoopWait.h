#pragma once

// Waiting for the embedded browser without starving it.
//
// QTest::qWaitFor, QTest::qWait and the QTRY_ macros process the pending events, then sleep the thread for 10 ms, in
// a loop. Chromium runs part of its work on Qt's main thread and waits on it many times per page load, so under them a
// sign-in through the embedded browser took about 5 s (9 s under X) where the app takes 150 ms. These run a real event
// loop instead (the thread blocks until an event or the 10 ms check), like QSignalSpy::wait.
//
//   LOOP_VERIFY_WITH_TIMEOUT(expr, ms)        as QTRY_VERIFY_WITH_TIMEOUT
//   LOOP_COMPARE_WITH_TIMEOUT(actual, expected, ms)  as QTRY_COMPARE_WITH_TIMEOUT (QCOMPARE's message on failure)
//   LOOP_VERIFY(expr), LOOP_COMPARE(a, e)     5 s, as QTRY_VERIFY and QTRY_COMPARE
#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <functional>

namespace tokenscope::test {

// Runs the event loop until done() or timeoutMs; done() is checked every 10 ms. What done() returns at the end.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

} // namespace tokenscope::test

#define LOOP_VERIFY_WITH_TIMEOUT(expr, timeout) QVERIFY2(::tokenscope::test::waitUntil([&] { return bool(expr); }, (timeout)), #expr)
#define LOOP_VERIFY(expr) LOOP_VERIFY_WITH_TIMEOUT(expr, 5000)
#define LOOP_COMPARE_WITH_TIMEOUT(actual, expected, timeout)                                                             \
    do {                                                                                                               \
        (void)::tokenscope::test::waitUntil([&] { return (actual) == (expected); }, (timeout));                        \
        QCOMPARE(actual, expected);                                                                                    \
    } while (false)
#define LOOP_COMPARE(actual, expected) LOOP_COMPARE_WITH_TIMEOUT(actual, expected, 5000)
