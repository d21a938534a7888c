#pragma once

#include <QCoreApplication>
#include <QTranslator>

// The English plural forms ("1 day", "3 days") live in :/i18n/tokenscope_en.qm, as in the app.
inline bool installEnglishPlurals()
{
    static QTranslator translator;
    return translator.load(QStringLiteral(":/i18n/tokenscope_en.qm")) && QCoreApplication::installTranslator(&translator);
}
