#pragma once

#include <QString>
#include <QStringList>

// Small text helpers for the engine's messages.
namespace tokenscope {

// "value", in the double quotes every message of Tokenscope uses around a value it quotes.
QString quoted(const QString &s);

// The value of one hexadecimal digit (0-9, a-f, A-F), or -1 for any other character.
int hexDigitValue(char c);

// "a", "b", "c": each quoted, joined with ", " (empty for no values).
QString quotedList(const QStringList &values);

} // namespace tokenscope
