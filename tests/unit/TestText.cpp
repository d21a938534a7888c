// The engine's small text helpers (core/common/Text): dateTimeText() writes what QDateTime::toString() writes, for the
// claim dates of every token a batch inspect reports, and localDateTimeText() what it writes for a local time, in zones
// with daylight saving and half-hour offsets too.
#include "core/common/Text.h"

#include <QFile>
#include <QTest>

#include <ctime>

using namespace tokenscope;

class TestText : public QObject
{
    Q_OBJECT
private slots:
    void dateTimeText_data();
    void dateTimeText();
    void localDateTimeText_data();
    void localDateTimeText();
    void quotedList();
};

void TestText::dateTimeText_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("bench token exp") << qint64(1767261600);
    QTest::newRow("leap day") << qint64(951782400);
    QTest::newRow("last second of 9999") << qint64(253402300799);
    QTest::newRow("year 10000 (Qt's formatter)") << qint64(253402300800);
    QTest::newRow("year 1") << qint64(-62135596800);
    QTest::newRow("before year 1 (Qt's formatter)") << qint64(-62135596801);
    QTest::newRow("before 1970") << qint64(-1);
}

void TestText::dateTimeText()
{
    QFETCH(qint64, secs);
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    QCOMPARE(tokenscope::dateTimeText(utc, u' '), utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString iso = utc.toString(Qt::ISODate); // "...Z"; empty outside the years ISO 8601 writes with four digits
    QCOMPARE(tokenscope::dateTimeText(utc, u'T'), iso.isEmpty() ? iso : iso.chopped(1));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs);
    QCOMPARE(tokenscope::dateTimeText(local, u'T'), local.toString(Qt::ISODate));
}

void TestText::localDateTimeText_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("secs");
    const QList<QPair<const char *, qint64>> moments{
        {"epoch", 0},
        {"bench token exp", 1767261600},
        {"before 1970", -1},
        {"1900", -2208988800},
        {"last second of 9999", 253402300799},
        {"year 10000 (Qt's formatter)", 253402300800},
        {"before year 1 (Qt's formatter)", -62135596801},
        // Europe/Berlin leaves summer time at 01:00 UTC on 2026-10-25, Lord Howe at 15:00 UTC on 2026-04-04 (half an
        // hour), Newfoundland is 3:30 behind UTC.
        {"a second before a change", 1792890000 - 1},
        {"at a change", 1792890000},
        {"Lord Howe's change", 1775314800},
        {"Lord Howe's change - 1", 1775314800 - 1},
    };
    for (const char *zone : {"UTC", "Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns"}) {
        for (const auto &[name, secs] : moments)
            QTest::addRow("%s, %s", zone, name) << QByteArray(zone) << secs;
    }
}

// What QDateTime shows for the moment in the zone TZ names, with the zone set for the process as tokenscope-cli does.
void TestText::localDateTimeText()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, secs);
    QVERIFY2(QFile::exists(QStringLiteral("/usr/share/zoneinfo/") + QString::fromLatin1(zone)), "tzdata (scripts/setup) is installed");
    const QByteArray before = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", zone);
    tzset();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secs);
    const QString iso = local.toString(Qt::ISODate);
    const QString ours = tokenscope::localDateTimeText(secs, u'T');
    const QString spaced = tokenscope::localDateTimeText(secs, u' ');
    if (hadZone)
        qputenv("TZ", before);
    else
        qunsetenv("TZ");
    tzset();
    QCOMPARE(ours, iso);
    QCOMPARE(spaced, tokenscope::dateTimeText(local, u' '));
}

void TestText::quotedList()
{
    QCOMPARE(tokenscope::quotedList({}), QString());
    QCOMPARE(tokenscope::quotedList({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("\"a\", \"b\""));
}

QTEST_GUILESS_MAIN(TestText)
#include "TestText.moc"
