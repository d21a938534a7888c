#pragma once

// DPoP, Demonstrating Proof of Possession (RFC 9449): a key pair of the client's own, a proof JWT signed with it on
// every request that obtains or uses a token, and the checks that the provider really bound the tokens to it. The
// private key lives in memory only, for one sign-in and what follows it (refresh, userinfo, API calls).

#include "core/common/Check.h"
#include "core/http/HttpExchange.h"
#include "core/jose/JwsSigner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace tokenscope {

// The algs Tokenscope makes proofs with (the profile's dpopAlg); ES256 is the default RFC 9449 suggests.
QStringList dpopAlgs();

struct DpopKey
{
    SigningKey key;
    QJsonObject publicJwk; // the header's jwk: the public members only
    QString thumbprint;    // its RFC 7638 SHA-256 thumbprint, base64url: what cnf.jkt and dpop_jkt carry
    QString error;         // why there is no key; empty when key is valid
    bool isValid() const { return key.isValid(); }
};

// token_type DPoP (RFC 9449 5; token types compare case-insensitively, RFC 6749 5.1).
bool isDpopTokenType(const QString &tokenType);

// A fresh key pair for `alg` (one of dpopAlgs()).
DpopKey generateDpopKey(const QString &alg);

// RFC 9449 4.2 htu: the request's URL without its query and fragment.
QString dpopHtu(const QUrl &url);

// The proof of RFC 9449 4.2: header {typ "dpop+jwt", alg, jwk}; claims jti, htm, htu, iat, and nonce when the server
// gave one, ath (base64url SHA-256 of the access token, 4.2) when it goes with an access token.
QByteArray dpopProof(const DpopKey &key, const QByteArray &method, const QUrl &url, qint64 now, const QString &jti,
                     const QString &nonce = {}, const QString &accessToken = {});

// The nonce a server asks for when it refused a request for lacking it (RFC 9449 8: the authorization server's 400
// {"error": "use_dpop_nonce"}; 9: the resource server's 401 with WWW-Authenticate: DPoP error="use_dpop_nonce"), taken
// from its DPoP-Nonce header; empty when the answer is not such a demand.
QString dpopNonceDemand(const HttpExchange &exchange);

// dpop.cnf_jkt (`id`): the access token is bound to the proof key (RFC 9449 6.1: cnf.jkt is the key's thumbprint). A
// JWT whose cnf.jkt is missing or another key's fails; an opaque token is skipped (only the provider can tell).
Check dpopBindingCheck(const QString &id, const QString &accessToken, const QString &thumbprint);

// dpop.proof: the token endpoint's answer to a request with a proof says token_type DPoP (RFC 9449 5); Bearer means the
// provider ignored the proof and the token is not bound.
Check dpopTokenTypeCheck(const QString &id, const QString &tokenType);

} // namespace tokenscope
