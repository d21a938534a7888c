#include "core/common/Translation.h"

#include <QCoreApplication>

namespace tokenscope {

namespace {
thread_local TranslationCache *currentCache = nullptr;
} // namespace

TranslationCache::TranslationCache() : m_outer(currentCache)
{
    currentCache = this;
}

TranslationCache::~TranslationCache()
{
    currentCache = m_outer;
}

QString cachedTranslate(const char *context, const char *sourceText, const char *disambiguation, int n)
{
    TranslationCache *cache = currentCache;
    if (!cache || n >= 0)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    const TranslationCache::Key key{context, sourceText, disambiguation};
    const auto it = cache->m_texts.constFind(key);
    if (it != cache->m_texts.constEnd())
        return *it;
    return *cache->m_texts.insert(key, QCoreApplication::translate(context, sourceText, disambiguation, n));
}

} // namespace tokenscope
