#pragma once

#include <QHash>
#include <QString>

// Q_DECLARE_TR_FUNCTIONS for texts a worker thread formats for every token of a batch: tr() looks a text up once per
// thread while a TranslationCache lives there, and otherwise exactly as Q_DECLARE_TR_FUNCTIONS does. lupdate reads
// the macro as Q_DECLARE_TR_FUNCTIONS (-tr-function-alias in lib/ui and lib/cli's CMakeLists).
#define TOKENSCOPE_CACHED_TR_FUNCTIONS(context)                                                                       \
public:                                                                                                               \
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)                      \
    {                                                                                                                 \
        return ::tokenscope::cachedTranslate(#context, sourceText, disambiguation, n);                                \
    }                                                                                                                 \
                                                                                                                      \
private:

namespace tokenscope {

// QCoreApplication::translate(), answered from the calling thread's TranslationCache when one lives on it. A text with
// a count (n >= 0) is always looked up: its plural form depends on n.
QString cachedTranslate(const char *context, const char *sourceText, const char *disambiguation, int n);

// Remembers the translations its thread looks up through cachedTranslate(), from its construction to its destruction,
// on that thread. QCoreApplication::translate() takes a lock shared by every thread and asks each installed translator
// (issue 17: a twentieth of a batch inspect's time); the batch's workers open one each, and the translators do not
// change while they work. Texts are keyed by the addresses of their literals.
class TranslationCache
{
public:
    TranslationCache();
    ~TranslationCache();
    TranslationCache(const TranslationCache &) = delete;
    TranslationCache &operator=(const TranslationCache &) = delete;

private:
    friend QString cachedTranslate(const char *, const char *, const char *, int);
    struct Key
    {
        const char *context, *source, *disambiguation;
        friend bool operator==(const Key &a, const Key &b) = default;
        friend size_t qHash(const Key &k, size_t seed = 0) noexcept { return qHashMulti(seed, k.context, k.source, k.disambiguation); }
    };
    QHash<Key, QString> m_texts;
    TranslationCache *m_outer;
};

} // namespace tokenscope
