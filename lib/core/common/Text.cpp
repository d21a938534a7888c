#include "core/common/Text.h"

#include <QDateTime>

#include <ctime>

namespace tokenscope {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QString quotedList(const QStringList &values)
{
    QStringList out;
    out.reserve(values.size());
    for (const QString &v : values)
        out.append(quoted(v));
    return out.join(QLatin1String(", "));
}

bool mentions(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString withoutTrailingSlashes(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

namespace {

// "yyyy-MM-dd?HH:mm:ss" from its six fields; the caller has checked the year is 1..9999.
QString formatDateTime(int year, int month, int day, int hour, int minute, int second, char16_t separator)
{
    QString out(19, Qt::Uninitialized);
    QChar *p = out.data();
    const auto digits = [&p](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = QChar(u'0' + value % 10);
        p += width;
    };
    digits(year, 4);
    *p++ = u'-';
    digits(month, 2);
    *p++ = u'-';
    digits(day, 2);
    *p++ = QChar(separator);
    digits(hour, 2);
    *p++ = u':';
    digits(minute, 2);
    *p++ = u':';
    digits(second, 2);
    return out;
}

} // namespace

QString dateTimeText(const QDateTime &when, char16_t separator)
{
    const QDate d = when.date();
    const QTime t = when.time();
    if (d.year() < 1 || d.year() > 9999)
        return separator == u'T' ? when.toString(Qt::ISODate) : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return formatDateTime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), separator);
}

QString localDateTimeText(qint64 secs, char16_t separator)
{
    const std::time_t t = std::time_t(secs);
    std::tm tm{};
    if (qint64(t) == secs && localtime_r(&t, &tm) && tm.tm_year + 1900 >= 1 && tm.tm_year + 1900 <= 9999)
        return formatDateTime(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, separator);
    return dateTimeText(QDateTime::fromSecsSinceEpoch(secs), separator);
}

} // namespace tokenscope
