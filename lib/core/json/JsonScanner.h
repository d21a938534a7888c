#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <climits>
#include <functional>

// The one scanner over JSON text that Tokenscope reads before (or besides) QJsonDocument, on untrusted input: discovery
// documents, JWKS, token parts, profile files. QJsonDocument keeps one value of a repeated member silently, sorts object
// members, and nests far deeper than a token needs; these functions recover what it hides. Every function is linear,
// never reads out of bounds, and accepts invalid JSON (the result is then unspecified: the real parser reports the
// error). Escapes are stepped over by stringEnd() and decoded by decodeString() only.
namespace tokenscope::json {

inline constexpr int NoDepthLimit = INT_MAX;

// The index of the closing quote of the JSON string whose opening quote is at `open`, or json.size() when the input
// ends first. `escapes`, when given, is set when the string has any backslash escape.
qsizetype stringEnd(QByteArrayView json, qsizetype open, bool *escapes = nullptr);

// The contents of a JSON string (between its quotes) with its escapes decoded; an invalid \u escape gives U+FFFD.
QString decodeString(QByteArrayView contents);

struct ScanResult
{
    bool tooDeep = false;          // nesting went beyond maxDepth: the scan stopped there
    QStringList duplicateMembers;  // names repeated within one object, in order of first repetition, each once
};

// Called for each member of the top-level object, in document order: its name (the bytes of the text, or for a name
// with escapes its decoded UTF-8) and the index of the first character of its value (json.size() when the text ends
// first).
using TopLevelMember = std::function<void(QByteArrayView name, qsizetype valueOffset)>;

// Nesting depth and repeated member names (compared after unescaping, so "\u0061lg" repeats "alg"), in one pass.
ScanResult scan(QByteArrayView json, int maxDepth = NoDepthLimit, const TopLevelMember &topLevelMember = {});

struct Member
{
    QString name;
    qsizetype valueOffset;
};

// The members of the object that starts at `offset` (after any white space), in document order, repeats included.
// Empty when there is no object there.
QList<Member> objectMembers(QByteArrayView json, qsizetype offset = 0);

} // namespace tokenscope::json
