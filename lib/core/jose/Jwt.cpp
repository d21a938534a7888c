#include "core/jose/Jwt.h"

#include <utility>

#include "core/json/JsonValues.h"

#include "core/common/Text.h"

#include "core/jose/Base64Url.h"
#include "core/json/JsonScanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
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


// "a string", "a number", ... for messages about JSON types.
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

// What the scan saw of some top-level members: the first character of each one's value ('"' string, '[' array,
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

    // `key` is a top-level member name; `value` is the first character of its value.
    void record(QByteArrayView key, char value)
    {
        for (int k = 0; k < count; ++k) {
            if (names[k] == key) {
                kinds[k] = value;
                return;
            }
        }
    }

    char kind(int k) const { return kinds[k]; }
    bool absentOr(int k, char first) const { return kinds[k] == 0 || kinds[k] == first; }
    bool absentOrNumber(int k) const { return kinds[k] == 0 || kinds[k] == '-' || (kinds[k] >= '0' && kinds[k] <= '9'); }

    QByteArrayView names[10];
    char kinds[10] = {};
    int count = 0;
};

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
    const QByteArrayView text = *bytes;
    json::TopLevelMember record;
    if (kinds)
        record = [kinds, text](QByteArrayView key, qsizetype value) { kinds->record(key, value < text.size() ? text[value] : '?'); };
    const json::ScanResult scan = json::scan(text, MaxJwtJsonDepth, record);
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
    for (const QString &key : scan.duplicateMembers) {
        defects.append(JwtText::tr("the %1 has the member %2 more than once; JSON parsers disagree about which value wins, "
                                   "so the token is ambiguous")
                           .arg(name(), quoted(key)));
    }
    if (kindsValid)
        *kindsValid = scan.duplicateMembers.isEmpty();
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
            defects.append(JwtText::tr("the header member \"alg\" is %1, not a string").arg(json::typeName(alg)));
    }
    int k = 1;
    for (const char *member : {"kid", "typ", "cty"}) {
        if (known && known->absentOr(k++, '"'))
            continue;
        const QJsonValue v = header.value(QLatin1String(member));
        if (!v.isUndefined() && !v.isString())
            defects.append(JwtText::tr("the header member %1 is %2, not a string").arg(quoted(QLatin1String(member)), json::typeName(v)));
    }
    if ((!known || known->kind(4) != 0) && header.contains(QLatin1String("crit"))) {
        const QJsonValue crit = header.value(QLatin1String("crit"));
        QString names;
        if (crit.isArray()) {
            QStringList list;
            for (const QJsonValue &v : crit.toArray())
                list.append(v.isString() ? v.toString() : json::typeName(v));
            names = list.join(QLatin1String(", "));
        } else {
            names = json::typeName(crit);
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
                               .arg(quoted(QLatin1String(claim)), json::typeName(v)));
    }
    for (const char *claim : {"iss", "sub", "nonce", "azp"}) {
        if (known && known->absentOr(k++, '"'))
            continue;
        const QJsonValue v = payload.value(QLatin1String(claim));
        if (!v.isUndefined() && !v.isString())
            defects.append(JwtText::tr("the claim %1 is %2, not a string").arg(quoted(QLatin1String(claim)), json::typeName(v)));
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
                           .arg(aud.isArray() ? JwtText::tr("an array with non-string members") : json::typeName(aud)));
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

QJsonObject jwtPayloadOrEmpty(QByteArrayView raw)
{
    if (!looksLikeJwt(raw))
        return {};
    ParsedJwt jwt = parseJwt(raw);
    return jwt.structurallyValid ? std::move(jwt.payload) : QJsonObject();
}

QString confirmationMember(QByteArrayView raw, QLatin1String member)
{
    return jwtPayloadOrEmpty(raw).value(QLatin1String("cnf")).toObject().value(member).toString();
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
