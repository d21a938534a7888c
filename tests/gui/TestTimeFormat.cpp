#include "ui/common/TimeFormat.h"

#include "EnglishPlurals.h"

#include <QTest>

using namespace tokenscope::ui;

class TestTimeFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installEnglishPlurals()); }
    void relative_data();
    void relative();
    void duration();
    void countdown_data();
    void countdown();
};

void TestTimeFormat::relative_data()
{
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(0) << "now";
    QTest::newRow("seconds ahead") << qint64(42) << "in 42 s";
    QTest::newRow("seconds ago") << qint64(-12) << "12 s ago";
    QTest::newRow("minutes") << qint64(299) << "in 4 min 59 s";
    QTest::newRow("whole minutes") << qint64(300) << "in 5 min";
    QTest::newRow("hours") << qint64(-(2 * 3600 + 3 * 60 + 5)) << "2 h 3 min ago";
    QTest::newRow("days") << qint64(3 * 86400 + 5) << "in 3 days";
    QTest::newRow("one day") << qint64(-86400) << "1 day ago";
}

void TestTimeFormat::relative()
{
    QFETCH(qint64, delta);
    QFETCH(QString, text);
    QCOMPARE(formatRelative(delta), text);
}

// Durations people read: not "1228000 ms".
void TestTimeFormat::duration()
{
    QCOMPARE(formatDuration(42), QStringLiteral("42 ms"));
    QCOMPARE(formatDuration(1228), QStringLiteral("1.2 s"));
    QCOMPARE(formatDuration(1228000), QStringLiteral("20 min 28 s"));
    QCOMPARE(formatDuration(3720000), QStringLiteral("1 h 2 min"));
}

void TestTimeFormat::countdown_data()
{
    QTest::addColumn<qint64>("exp");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes") << qint64(1000 + 299) << "expires in 04:59";
    QTest::newRow("hours") << qint64(1000 + 7380) << "expires in 2 h 03 min";
    QTest::newRow("expired") << qint64(1000 - 12) << "expired 12 s ago";
    QTest::newRow("exactly now") << qint64(1000) << "expired 0 s ago";
}

void TestTimeFormat::countdown()
{
    QFETCH(qint64, exp);
    QFETCH(QString, text);
    QCOMPARE(formatCountdown(exp, 1000), text);
}

QTEST_MAIN(TestTimeFormat)
#include "TestTimeFormat.moc"
