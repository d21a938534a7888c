#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <initializer_list>

// Small text helpers for the engine's messages.
namespace tokenscope {

// "value", in the double quotes every message of Tokenscope uses around a value it quotes.
QString quoted(const QString &s);

// The value of one hexadecimal digit (0-9, a-f, A-F), or -1 for any other character.
int hexDigitValue(char c);

// "a", "b", "c": each quoted, joined with ", " (empty for no values).
QString quotedList(const QStringList &values);

// `text` contains any of `words`, ignoring case (a provider's error_description names the cause: "mfa", "realm", ...).
bool mentions(const QString &text, std::initializer_list<const char *> words);
inline bool mentions(const QString &text, const char *word) { return mentions(text, {word}); }

// `s` without any terminating "/": two URLs equal after this differ only in the trailing slash, which for an
// issuer (OpenID Connect Discovery 4.3, RFC 8414 3.3) or a resource (RFC 9728 3.3) still counts.
QString withoutTrailingSlashes(QString s);

// "2026-01-01 10:00:00" (separator ' ') or "2026-01-01T10:00:00" ('T', Qt::ISODate without an offset): the date and
// time of `when` in its own time spec, without the format interpreter and the locale machinery behind
// QDateTime::toString() (three per token in a batch inspect, issue 17). Years outside 1..9999 go to Qt's own formatter.
QString dateTimeText(const QDateTime &when, char16_t separator);

// dateTimeText(QDateTime::fromSecsSinceEpoch(secs), separator): the local date and time of a moment, converted with
// localtime_r() directly. QDateTime's conversion calls tzset() each time behind a lock every thread shares (1.3% of a
// batch inspect's CPU, perf); the zone is the one that call would read: Qt's own conversions keep glibc's up to date,
// and tokenscope-cli names it before any thread starts. Beyond what localtime_r() converts, QDateTime's way.
QString localDateTimeText(qint64 secs, char16_t separator);

} // namespace tokenscope
