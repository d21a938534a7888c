// The per-thread translation cache (core/common/Translation): inside a TranslationCache, a text is looked up once
// and the translators are asked no more; outside one, and for texts with a count, every call asks them.
#include "core/common/Translation.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <thread>

using namespace tokenscope;

namespace {

// A translator that counts the lookups it answers and translates every text to "<text> (<n>th lookup)".
class CountingTranslator : public QTranslator
{
public:
    int lookups = 0;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const int number = ++const_cast<CountingTranslator *>(this)->lookups;
        return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(sourceText)).arg(n >= 0 ? QStringLiteral("n=%1, ").arg(n) + QString::number(number) : QString::number(number));
    }
};

struct CachedText
{
    TOKENSCOPE_CACHED_TR_FUNCTIONS(tokenscope::CachedText)
};

const char *const Hello = "hello";

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withoutCacheEveryCallAsks();
    void cacheAsksOncePerText();
    void countsAreNotCached();
    void cacheEndsWithItsScope();
    void cachesAreNestedAndPerThread();

private:
    CountingTranslator m_translator;
};

void TestTranslation::init()
{
    m_translator.lookups = 0;
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void TestTranslation::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestTranslation::withoutCacheEveryCallAsks()
{
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (2)"));
    QCOMPARE(m_translator.lookups, 2);
}

void TestTranslation::cacheAsksOncePerText()
{
    const TranslationCache cache;
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    QCOMPARE(CachedText::tr("other"), QStringLiteral("other (2)"));
    QCOMPARE(CachedText::tr(Hello, "a disambiguation"), QStringLiteral("hello (3)"));
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    QCOMPARE(m_translator.lookups, 3);
}

void TestTranslation::countsAreNotCached()
{
    const TranslationCache cache;
    QCOMPARE(CachedText::tr("%n item(s)", nullptr, 1), QStringLiteral("1 item(s) (n=1, 1)"));
    QCOMPARE(CachedText::tr("%n item(s)", nullptr, 2), QStringLiteral("2 item(s) (n=2, 2)"));
    QCOMPARE(m_translator.lookups, 2);
}

void TestTranslation::cacheEndsWithItsScope()
{
    {
        const TranslationCache cache;
        QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    }
    // A translator installed after the scope is asked again: nothing stale survives it.
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (2)"));
    const TranslationCache fresh;
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (3)"));
}

void TestTranslation::cachesAreNestedAndPerThread()
{
    const TranslationCache outer;
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    {
        const TranslationCache inner;
        QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (2)"));
        QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (2)"));
    }
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
    // Another thread has no cache of its own here: it asks.
    QString fromThread;
    std::thread([&fromThread] { fromThread = CachedText::tr(Hello); }).join();
    QCOMPARE(fromThread, QStringLiteral("hello (3)"));
    QCOMPARE(CachedText::tr(Hello), QStringLiteral("hello (1)"));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "TestTranslation.moc"
