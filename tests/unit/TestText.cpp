// The engine's small text helpers (core/common/Text): dateTimeText() writes what QDateTime::toString() writes, for the
// claim dates of every token a batch inspect reports.
#include "core/common/Text.h"

#include <QTest>

using namespace tokenscope;

class TestText : public QObject
{
    Q_OBJECT
private slots:
    void dateTimeText_data();
    void dateTimeText();
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

void TestText::quotedList()
{
    QCOMPARE(tokenscope::quotedList({}), QString());
    QCOMPARE(tokenscope::quotedList({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("\"a\", \"b\""));
}

QTEST_GUILESS_MAIN(TestText)
#include "TestText.moc"
