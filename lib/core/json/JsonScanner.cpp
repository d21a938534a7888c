#include "core/json/JsonScanner.h"

#include "core/common/Text.h"

#include <QSet>
#include <QStringDecoder>
#include <QVarLengthArray>

namespace tokenscope::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size() && isSpace(json[i]))
        ++i;
    return i;
}

// The code unit of the \u escape whose 'u' is at `u`, or -1 when its four hex digits are not all there.
int escapedUnit(QByteArrayView s, qsizetype u)
{
    if (u + 4 >= s.size())
        return -1;
    int unit = 0;
    for (qsizetype k = u + 1; k <= u + 4; ++k) {
        const int d = hexDigitValue(s[k]);
        if (d < 0)
            return -1;
        unit = unit * 16 + d;
    }
    return unit;
}

// The single-character escapes of RFC 8259 7 (anything else is invalid JSON; it then stands for itself).
char simpleEscape(char e)
{
    switch (e) {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return e;
    }
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    // Lone surrogates are kept as their own three bytes (as WTF-8 does): distinct surrogates stay distinct, and no
    // valid UTF-8 in the text (which never encodes a surrogate) can equal them.
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xc0 | (cp >> 6))).append(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.append(char(0xe0 | (cp >> 12))).append(char(0x80 | ((cp >> 6) & 0x3f))).append(char(0x80 | (cp & 0x3f)));
    } else {
        out.append(char(0xf0 | (cp >> 18)))
            .append(char(0x80 | ((cp >> 12) & 0x3f)))
            .append(char(0x80 | ((cp >> 6) & 0x3f)))
            .append(char(0x80 | (cp & 0x3f)));
    }
}

// decodeString() as UTF-8 bytes, the form member names are compared in.
QByteArray decodeToUtf8(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out.append(s[i]);
            continue;
        }
        if (++i >= s.size())
            break;
        if (s[i] != 'u') {
            out.append(simpleEscape(s[i]));
            continue;
        }
        const int unit = escapedUnit(s, i);
        if (unit < 0) {
            appendUtf8(out, 0xfffd);
            i = std::min(i + 4, s.size() - 1);
            continue;
        }
        i += 4;
        if (unit >= 0xd800 && unit < 0xdc00 && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
            const int low = escapedUnit(s, i + 2);
            if (low >= 0xdc00 && low < 0xe000) {
                appendUtf8(out, 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (char32_t(low) - 0xdc00));
                i += 6;
                continue;
            }
        }
        appendUtf8(out, char32_t(unit));
    }
    return out;
}

// UTF-8 to a string as a JSON parser reads it: a byte order mark is a character like any other. QString::fromUtf8
// drops one at the start of its input, so a name such as "a\u0000<BOM>b", converted in pieces around its escape,
// lost a character (found by scripts/fuzz: the profile's extraParams order changed after a save and a reload).
QString utf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace

qsizetype stringEnd(QByteArrayView json, qsizetype open, bool *escapes)
{
    const qsizetype n = json.size();
    qsizetype end = open + 1;
    for (; end < n && json[end] != '"'; ++end) {
        if (json[end] != '\\')
            continue;
        if (escapes)
            *escapes = true;
        if (++end >= n)
            break;
        if (json[end] == 'u')
            end = std::min(end + 4, n - 1);
    }
    return std::min(end, n);
}

QString decodeString(QByteArrayView contents)
{
    QString out;
    out.reserve(contents.size());
    QByteArray run; // unescaped bytes not yet converted
    const auto flush = [&] {
        out += utf8Text(run);
        run.clear();
    };
    for (qsizetype i = 0; i < contents.size(); ++i) {
        if (contents[i] != '\\') {
            run.append(contents[i]);
            continue;
        }
        if (++i >= contents.size())
            break;
        if (contents[i] != 'u') {
            run.append(simpleEscape(contents[i]));
            continue;
        }
        flush();
        const int unit = escapedUnit(contents, i);
        out += QChar(unit < 0 ? char16_t(0xfffd) : char16_t(unit));
        i = std::min(i + 4, contents.size() - 1);
    }
    flush();
    return out;
}

ScanResult scan(QByteArrayView json, int maxDepth, const TopLevelMember &topLevelMember)
{
    // Member names are compared as bytes: the text's own (valid UTF-8, so equal bytes <=> equal strings) or, for a name
    // with escapes, its decoded UTF-8 (kept in `decoded`). Small objects compare linearly, without hashing; an object
    // with many members gets a hash set, so a hostile document with a huge object stays linear.
    constexpr qsizetype LinearLimit = 32;
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        qsizetype firstKey = 0; // this object's names are keys[firstKey..]
        QSet<QByteArrayView> names; // used once the object has more than LinearLimit members
    };
    ScanResult result;
    QVarLengthArray<Frame, 16> stack;
    QVarLengthArray<QByteArrayView, 64> keys; // names of every open object, innermost last
    QList<QByteArray> decoded;                // storage for the decoded names that `keys` views
    QSet<QByteArrayView> reported;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            if (stack.size() >= maxDepth) {
                result.tooDeep = true;
                return result;
            }
            stack.append(Frame{c == '{', c == '{', keys.size(), {}});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty()) {
                keys.resize(stack.last().firstKey);
                stack.removeLast();
            }
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        case '"': {
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            bool escapes = false;
            const qsizetype end = stringEnd(json, i, &escapes);
            if (isKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                QByteArrayView name = json.sliced(i + 1, end - i - 1);
                if (escapes) {
                    decoded.append(decodeToUtf8(name));
                    name = decoded.last();
                }
                bool seen = false;
                if (frame.names.isEmpty()) {
                    for (qsizetype k = frame.firstKey; k < keys.size() && !seen; ++k)
                        seen = keys[k] == name;
                    if (!seen && keys.size() - frame.firstKey >= LinearLimit) {
                        for (qsizetype k = frame.firstKey; k < keys.size(); ++k)
                            frame.names.insert(keys[k]);
                        frame.names.insert(name);
                    }
                } else {
                    seen = frame.names.contains(name);
                    if (!seen)
                        frame.names.insert(name);
                }
                if (!seen) {
                    keys.append(name);
                } else if (!reported.contains(name)) {
                    reported.insert(name);
                    result.duplicateMembers.append(utf8Text(name));
                }
                if (topLevelMember && stack.size() == 1)
                    topLevelMember(name, std::min(n, skipSpace(json, skipSpace(json, end + 1) + 1))); // after the ':'
            }
            i = end; // at the closing quote (or the end)
            break;
        }
        default:
            break;
        }
    }
    return result;
}

QList<Member> objectMembers(QByteArrayView json, qsizetype offset)
{
    QList<Member> out;
    qsizetype i = skipSpace(json, offset);
    if (i >= json.size() || json[i] != '{')
        return out;
    const auto skipValue = [&json](qsizetype at) {
        if (at >= json.size())
            return at;
        if (json[at] == '"')
            return stringEnd(json, at) + 1;
        if (json[at] == '{' || json[at] == '[') {
            qsizetype depth = 0;
            while (at < json.size()) {
                const char d = json[at];
                if (d == '"') {
                    at = stringEnd(json, at) + 1;
                    continue;
                }
                if (d == '{' || d == '[') {
                    ++depth;
                } else if ((d == '}' || d == ']') && --depth == 0) {
                    return at + 1;
                }
                ++at;
            }
            return at;
        }
        while (at < json.size() && json[at] != ',' && json[at] != '}' && json[at] != ']' && !isSpace(json[at]))
            ++at;
        return at;
    };
    ++i;
    while (true) {
        i = skipSpace(json, i);
        if (i >= json.size() || json[i] != '"')
            break;
        const qsizetype nameEnd = stringEnd(json, i);
        const QString name = decodeString(json.sliced(i + 1, nameEnd - i - 1));
        i = skipSpace(json, nameEnd + 1);
        if (i >= json.size() || json[i] != ':')
            break;
        i = skipSpace(json, i + 1);
        out.append({name, i});
        i = skipSpace(json, skipValue(i));
        if (i >= json.size() || json[i] != ',')
            break;
        ++i;
    }
    return out;
}

} // namespace tokenscope::json
