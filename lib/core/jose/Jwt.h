#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tokenscope {

// A compact-serialized JWS (RFC 7515 section 7.1), decoded but NOT verified. Parsing never stops at the
// first problem: every defect found is listed, and whatever could be decoded is filled in, so the
// inspector can show as much as possible of a broken token.
struct ParsedJwt
{
    QByteArray raw;                 // as given (trimmed of surrounding whitespace); empty when over MaxJwtSize
    QByteArray signingInput;        // "<header>.<payload>" exactly as received (3-part tokens only)
    QJsonObject header;
    QJsonObject payload;
    QByteArray signature;           // decoded signature bytes
    QStringList defects;            // every problem, human readable, e.g. "the payload is not valid base64url"
    bool structurallyValid = false; // 3 parts; header and payload decode to JSON objects (header/payload usable)

    QString alg() const;            // header "alg" when it is a string, else empty
    QString kid() const;            // header "kid" when it is a string, else empty
    QString typ() const;            // header "typ" when it is a string, else empty
};

constexpr qsizetype MaxJwtSize = 256 * 1024; // larger input: one defect, nothing decoded
constexpr int MaxJwtJsonDepth = 64;          // deeper header/payload JSON is rejected (not decoded)

ParsedJwt parseJwt(QByteArrayView raw);

// Cheap test used to tell JWT access tokens from opaque ones: exactly two dots, only base64url
// characters otherwise, non-empty header and payload (the signature may be empty). Decodes nothing.
bool looksLikeJwt(QByteArrayView raw);

// The claims of a structurally valid JWS (parseJwt()); empty for an opaque token, a JWE or a broken one.
QJsonObject jwtPayloadOrEmpty(QByteArrayView raw);
// A member of the token's confirmation claim (RFC 7800 3.1, cnf): "jkt" binds it to a DPoP key (RFC 9449 6.1),
// "x5t#S256" to a client certificate (RFC 8705 3.1). Empty when the token is no JWT or has no such member.
QString confirmationMember(QByteArrayView raw, QLatin1String member);

// {"header": {...}, "payload": {...}}; never includes the signature or the raw token.
QJsonObject jwtToJson(const ParsedJwt &jwt);

} // namespace tokenscope
