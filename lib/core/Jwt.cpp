#include "Jwt.h"

#include "Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QVarLengthArray>

#include <cstring>
#include <initializer_list>
#include <iterator>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::JwtText.
struct JwtText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::JwtText)
};

namespace {


QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// "a string", "a number", ... for messages about JSON types.
QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JwtText::tr("null");
    case QJsonValue::Bool:
        return JwtText::tr("a boolean");
    case QJsonValue::Double:
        return JwtText::tr("a number");
    case QJsonValue::String:
        return JwtText::tr("a string");
    case QJsonValue::Array:
        return JwtText::tr("an array");
    case QJsonValue::Object:
        return JwtText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JwtText::tr("undefined");
}

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time (JSON of tokens is nearly all ASCII).
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min2 = 0x80, max2 = 0xbf; // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                min2 = 0xa0; // overlong
            else if (c == 0xed)
                max2 = 0x9f; // surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                min2 = 0x90; // overlong
            else if (c == 0xf4)
                max2 = 0x8f; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < min2 || p[i + 1] > max2)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}

struct JsonScan
{
    bool tooDeep = false;
    QStringList duplicateKeys; // in order of first repetition, each once
};

// The end of the JSON string whose opening quote is at `open`: the index of its closing quote, or where the input
// ends first. Escapes are stepped over as the member-name decoder in scanJson() reads them: "\u" and a backslash +
// NUL take four more characters, any other escape one. `escapes` tells whether the string has any.
qsizetype stringEnd(QByteArrayView json, qsizetype open, bool &escapes)
{
    const qsizetype n = json.size();
    qsizetype end = open + 1;
    for (; end < n && json[end] != '"'; ++end) {
        if (json[end] != '\\')
            continue;
        escapes = true;
        if (++end >= n)
            break;
        if (json[end] != 'u' && json[end] != '\0')
            continue; // one-character escape (the decoder steps over a backslash + NUL like \u)
        if (end + 4 >= n)
            break;
        end += 4;
    }
    return end;
}

// QJsonDocument silently keeps one value of a repeated member and has a nesting limit far above what a
// token needs, so scan the text first: nesting depth and repeated member names (compared after
// unescaping, so "\u0061lg" repeats "alg"). The input may be invalid JSON; the result then does not
// matter because the real parser reports the error.
JsonScan scanJson(QByteArrayView json)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    JsonScan result;
    QList<Frame> stack;
    QSet<QString> reported;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            if (stack.size() >= MaxJwtJsonDepth) {
                result.tooDeep = true;
                return result;
            }
            stack.append(Frame{c == '{', c == '{', {}});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
            break;
        case '"': {
            // Fast path: find the end of the string with the same escape stepping as the decoder below. Values are
            // never decoded, and a key without escapes is just its bytes (the usual case); only keys with escapes
            // take the decoder.
            const bool isKey = !stack.isEmpty() && stack.last().object && stack.last().expectKey;
            bool escapes = false;
            const qsizetype end = stringEnd(json, i, escapes);
            if (!isKey) {
                i = end; // at the closing quote (or the end)
                break;
            }
            QString decoded;
            QByteArray run;
            qsizetype j = i + 1;
            if (!escapes) {
                decoded = QString::fromUtf8(json.sliced(j, end - j));
                j = end;
            }
            for (; escapes && j < n && json[j] != '"'; ++j) {
                if (json[j] != '\\') {
                    run.append(json[j]);
                    continue;
                }
                if (++j >= n)
                    break;
                const char e = json[j];
                char simple = 0;
                switch (e) {
                case 'b': simple = '\b'; break;
                case 'f': simple = '\f'; break;
                case 'n': simple = '\n'; break;
                case 'r': simple = '\r'; break;
                case 't': simple = '\t'; break;
                case 'u': break;
                default: simple = e; break; // '"', '\\', '/', or invalid (the parser will complain)
                }
                if (simple) {
                    run.append(simple);
                    continue;
                }
                if (j + 4 >= n)
                    break;
                bool ok = false;
                const ushort unit = QByteArrayView(json.data() + j + 1, 4).toByteArray().toUShort(&ok, 16);
                decoded += QString::fromUtf8(run);
                run.clear();
                decoded += QChar(ok ? unit : 0xfffd);
                j += 4;
            }
            if (escapes)
                decoded += QString::fromUtf8(run);
            i = j; // at the closing quote (or the end)
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                if (frame.keys.contains(decoded)) {
                    if (!reported.contains(decoded)) {
                        reported.insert(decoded);
                        result.duplicateKeys.append(decoded);
                    }
                } else {
                    frame.keys.insert(decoded);
                }
            }
            break;
        }
        default:
            break;
        }
    }
    return result;
}

// What the fast scan saw of some top-level members: the first character of each one's value ('"' string, '[' array,
// '{' object, 't'/'f' boolean, 'n' null, '-' or a digit: number), 0 when the member is absent. Meaningful only when
// the scan found no repeated member and the text is valid JSON; checkHeader() and checkPayload() then need no member
// lookups for members of the expected types (or absent) and look up only the others.
struct MemberKinds
{
    explicit MemberKinds(std::initializer_list<const char *> memberNames)
    {
        Q_ASSERT(memberNames.size() <= std::size(names));
        for (const char *name : memberNames)
            names[count++] = QByteArrayView(name, qsizetype(std::strlen(name)));
    }

    // `key` is a top-level member name; `after` indexes the character after its closing quote.
    void record(QByteArrayView key, QByteArrayView json, qsizetype after)
    {
        for (int k = 0; k < count; ++k) {
            if (names[k] != key)
                continue;
            const auto skipSpace = [&json](qsizetype j) {
                while (j < json.size() && (json[j] == ' ' || json[j] == '\t' || json[j] == '\n' || json[j] == '\r'))
                    ++j;
                return j;
            };
            qsizetype j = skipSpace(after);
            if (j < json.size() && json[j] == ':')
                j = skipSpace(j + 1);
            kinds[k] = j < json.size() ? json[j] : '?';
            return;
        }
    }

    char kind(int k) const { return kinds[k]; }
    bool absentOr(int k, char first) const { return kinds[k] == 0 || kinds[k] == first; }
    bool absentOrNumber(int k) const { return kinds[k] == 0 || kinds[k] == '-' || (kinds[k] >= '0' && kinds[k] <= '9'); }

    QByteArrayView names[10];
    char kinds[10] = {};
    int count = 0;
};

// scanJson() for the usual case, without building a QString or a hash set per member: member names are compared
// as the bytes they are (valid UTF-8, so equal bytes <=> equal strings). Returns nullopt as soon as a member name
// has an escape; scanJson() then decides, comparing names after unescaping. `kinds`, when given, records the value
// types of its top-level members.
std::optional<JsonScan> scanJsonFast(QByteArrayView json, MemberKinds *kinds)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        qsizetype firstKey = 0; // this object's names are keys[firstKey..]
    };
    JsonScan result;
    QVarLengthArray<Frame, 16> stack;
    QVarLengthArray<QByteArrayView, 64> keys; // names of every open object, innermost last
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '{':
        case '[':
            if (stack.size() >= MaxJwtJsonDepth) {
                result.tooDeep = true;
                return result;
            }
            stack.append(Frame{c == '{', c == '{', keys.size()});
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
            const qsizetype end = stringEnd(json, i, escapes);
            if (isKey && escapes)
                return std::nullopt;
            if (isKey) {
                Frame &frame = stack.last();
                frame.expectKey = false;
                const QByteArrayView key = json.sliced(i + 1, end - i - 1);
                bool seen = false;
                for (qsizetype k = frame.firstKey; k < keys.size() && !seen; ++k)
                    seen = keys[k] == key;
                if (!seen) {
                    keys.append(key);
                } else if (const QString name = QString::fromUtf8(key); !result.duplicateKeys.contains(name)) {
                    result.duplicateKeys.append(name);
                }
                if (kinds && stack.size() == 1)
                    kinds->record(key, json, end + 1);
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

// Decodes one JSON part of the token (header or payload); records defects and returns nullopt when the
// part is unusable. `nameText` ("header", "payload") is translated only for a defect. `kinds` is filled in (see
// MemberKinds) and `kindsValid` says whether it may be used.
std::optional<QJsonObject> decodeJsonPart(QByteArrayView part, const char *nameText, QStringList &defects,
                                          MemberKinds *kinds = nullptr, bool *kindsValid = nullptr)
{
    const auto name = [nameText] { return JwtText::tr(nameText); };
    if (part.isEmpty()) {
        defects.append(JwtText::tr("the %1 is empty").arg(name()));
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = Base64Url::decode(part);
    if (!bytes) {
        defects.append(JwtText::tr("the %1 is not valid base64url (%2)").arg(name(), Base64Url::explainInvalid(part)));
        return std::nullopt;
    }
    const qsizetype bad = firstInvalidUtf8(*bytes);
    if (bad >= 0) {
        defects.append(JwtText::tr("the %1 is not valid UTF-8 (byte 0x%2 at offset %3 of the decoded JSON)")
                           .arg(name())
                           .arg(static_cast<unsigned char>(bytes->at(bad)), 2, 16, QLatin1Char('0'))
                           .arg(bad));
        return std::nullopt;
    }
    std::optional<JsonScan> fastScan = scanJsonFast(*bytes, kinds);
    const bool fast = fastScan.has_value();
    const JsonScan scan = fast ? std::move(*fastScan) : scanJson(*bytes);
    if (scan.tooDeep) {
        defects.append(JwtText::tr("the %1 JSON nests deeper than %2 levels").arg(name()).arg(MaxJwtJsonDepth));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        defects.append(JwtText::tr("the %1 is not valid JSON: %2 at offset %3").arg(name(), error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        defects.append(JwtText::tr("the %1 is JSON but not an object (it is %2)")
                           .arg(name(), doc.isArray() ? JwtText::tr("an array") : JwtText::tr("a single value")));
        return std::nullopt;
    }
    for (const QString &key : scan.duplicateKeys) {
        defects.append(JwtText::tr("the %1 has the member %2 more than once; JSON parsers disagree about which value wins, "
                                   "so the token is ambiguous")
                           .arg(name(), quoted(key)));
    }
    if (kindsValid)
        *kindsValid = fast && scan.duplicateKeys.isEmpty();
    return doc.object();
}

MemberKinds headerKinds()
{
    return MemberKinds{"alg", "kid", "typ", "cty", "crit"};
}

MemberKinds payloadKinds()
{
    return MemberKinds{"exp", "iat", "nbf", "auth_time", "iss", "sub", "nonce", "azp", "aud"};
}

// `known`: the scan's kinds of headerKinds() members, or null; a member whose kind shows it is fine is not looked up.
void checkHeader(const QJsonObject &header, QStringList &defects, const MemberKinds *known)
{
    if (!known || known->kind(0) != '"') {
        const QJsonValue alg = header.value(QLatin1String("alg"));
        if (alg.isUndefined())
            defects.append(JwtText::tr("the header has no \"alg\" member"));
        else if (!alg.isString())
            defects.append(JwtText::tr("the header member \"alg\" is %1, not a string").arg(jsonTypeName(alg)));
    }
    int k = 1;
    for (const char *member : {"kid", "typ", "cty"}) {
        if (known && known->absentOr(k++, '"'))
            continue;
        const QJsonValue v = header.value(QLatin1String(member));
        if (!v.isUndefined() && !v.isString())
            defects.append(JwtText::tr("the header member %1 is %2, not a string").arg(quoted(QLatin1String(member)), jsonTypeName(v)));
    }
    if ((!known || known->kind(4) != 0) && header.contains(QLatin1String("crit"))) {
        const QJsonValue crit = header.value(QLatin1String("crit"));
        QString names;
        if (crit.isArray()) {
            QStringList list;
            for (const QJsonValue &v : crit.toArray())
                list.append(v.isString() ? v.toString() : jsonTypeName(v));
            names = list.join(QLatin1String(", "));
        } else {
            names = jsonTypeName(crit);
        }
        defects.append(JwtText::tr("the header has \"crit\" (%1): Tokenscope supports no critical header extensions, and RFC 7515 "
                                   "section 4.1.11 requires rejecting a token whose critical extensions are not understood")
                           .arg(names));
    }
}

// `known`: the scan's kinds of payloadKinds() members, or null (as for checkHeader()).
void checkPayload(const QJsonObject &payload, QStringList &defects, const MemberKinds *known)
{
    int k = 0;
    for (const char *claim : {"exp", "iat", "nbf", "auth_time"}) {
        if (known && known->absentOrNumber(k++))
            continue;
        const QJsonValue v = payload.value(QLatin1String(claim));
        if (!v.isUndefined() && !v.isDouble())
            defects.append(JwtText::tr("the claim %1 is %2, not a number (a NumericDate: seconds since 1970-01-01 UTC)")
                               .arg(quoted(QLatin1String(claim)), jsonTypeName(v)));
    }
    for (const char *claim : {"iss", "sub", "nonce", "azp"}) {
        if (known && known->absentOr(k++, '"'))
            continue;
        const QJsonValue v = payload.value(QLatin1String(claim));
        if (!v.isUndefined() && !v.isString())
            defects.append(JwtText::tr("the claim %1 is %2, not a string").arg(quoted(QLatin1String(claim)), jsonTypeName(v)));
    }
    if (known && known->absentOr(k, '"'))
        return;
    const QJsonValue aud = payload.value(QLatin1String("aud"));
    bool audOk = aud.isUndefined() || aud.isString();
    if (aud.isArray()) {
        const QJsonArray array = aud.toArray();
        audOk = std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString(); });
    }
    if (!audOk)
        defects.append(JwtText::tr("the claim \"aud\" is %1, not a string or an array of strings")
                           .arg(aud.isArray() ? JwtText::tr("an array with non-string members") : jsonTypeName(aud)));
}

} // namespace

QString ParsedJwt::alg() const
{
    return header.value(QLatin1String("alg")).toString();
}

QString ParsedJwt::kid() const
{
    return header.value(QLatin1String("kid")).toString();
}

QString ParsedJwt::typ() const
{
    return header.value(QLatin1String("typ")).toString();
}

ParsedJwt parseJwt(QByteArrayView input)
{
    ParsedJwt jwt;
    if (input.size() > MaxJwtSize) {
        jwt.defects.append(JwtText::tr("the token is %1 bytes, more than the 256 KiB limit").arg(input.size()));
        return jwt;
    }
    const QByteArrayView text = input.trimmed();
    jwt.raw = text.toByteArray();
    if (text.isEmpty()) {
        jwt.defects.append(JwtText::tr("the token is empty"));
        return jwt;
    }

    QVarLengthArray<QByteArrayView, 5> parts;
    for (qsizetype start = 0;;) {
        const qsizetype dot = text.indexOf('.', start);
        if (dot < 0) {
            parts.append(text.sliced(start));
            break;
        }
        parts.append(text.sliced(start, dot - start));
        start = dot + 1;
    }

    // Translated only for a defect.
    const char *const headerName = QT_TRANSLATE_NOOP("Jwt", "header");
    const char *const payloadName = QT_TRANSLATE_NOOP("Jwt", "payload");
    if (parts.size() == 5) {
        jwt.defects.append(JwtText::tr("the token has 5 parts: it is an encrypted JWE, which Tokenscope cannot decrypt"));
        if (auto header = decodeJsonPart(parts[0], headerName, jwt.defects))
            jwt.header = *header; // alg/enc are readable and worth showing
        return jwt;
    }
    if (parts.size() == 1) {
        jwt.defects.append(JwtText::tr("the token has no '.' separators: it is not a JWT (a JWS has 3 parts), perhaps an opaque token"));
        return jwt;
    }
    if (parts.size() != 3)
        jwt.defects.append(JwtText::tr("the token has %1 parts separated by '.'; a signed JWT (JWS) has 3").arg(parts.size()));

    MemberKinds headerMembers = headerKinds(), payloadMembers = payloadKinds();
    bool headerKnown = false, payloadKnown = false;
    const std::optional<QJsonObject> header = decodeJsonPart(parts[0], headerName, jwt.defects, &headerMembers, &headerKnown);
    const std::optional<QJsonObject> payload = decodeJsonPart(parts[1], payloadName, jwt.defects, &payloadMembers, &payloadKnown);
    if (header) {
        jwt.header = *header;
        checkHeader(jwt.header, jwt.defects, headerKnown ? &headerMembers : nullptr);
    }
    if (payload) {
        jwt.payload = *payload;
        checkPayload(jwt.payload, jwt.defects, payloadKnown ? &payloadMembers : nullptr);
    }
    if (parts.size() != 3)
        return jwt;

    jwt.signingInput = text.first(parts[0].size() + 1 + parts[1].size()).toByteArray();
    if (parts[2].isEmpty()) {
        jwt.defects.append(JwtText::tr("the signature is empty: the token is unsigned"));
    } else if (const std::optional<QByteArray> signature = Base64Url::decode(parts[2])) {
        jwt.signature = *signature;
    } else {
        jwt.defects.append(JwtText::tr("the signature is not valid base64url (%1)").arg(Base64Url::explainInvalid(parts[2])));
    }
    jwt.structurallyValid = header.has_value() && payload.has_value();
    return jwt;
}

bool looksLikeJwt(QByteArrayView raw)
{
    const QByteArrayView text = raw.trimmed();
    if (text.size() > MaxJwtSize)
        return false;
    int dots = 0;
    qsizetype firstDot = -1, secondDot = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (++dots > 2)
                return false;
            (dots == 1 ? firstDot : secondDot) = i;
            continue;
        }
        const bool b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!b64)
            return false;
    }
    return dots == 2 && firstDot > 0 && secondDot > firstDot + 1;
}

QJsonObject jwtToJson(const ParsedJwt &jwt)
{
    return QJsonObject{{QStringLiteral("header"), jwt.header}, {QStringLiteral("payload"), jwt.payload}};
}

} // namespace tokenscope
