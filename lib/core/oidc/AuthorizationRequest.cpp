#include "core/oidc/AuthorizationRequest.h"

#include <QCoreApplication>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace tokenscope {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

const QStringList &builderOwnedParams()
{
    static const QStringList names{QStringLiteral("response_type"), QStringLiteral("client_id"),
                                   QStringLiteral("redirect_uri"),  QStringLiteral("state"),
                                   QStringLiteral("nonce"),         QStringLiteral("code_challenge"),
                                   QStringLiteral("code_challenge_method")};
    return names;
}

class QueryBuilder
{
public:
    void add(const QString &name, const QString &value)
    {
        if (!m_query.isEmpty())
            m_query += '&';
        m_query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        m_names.insert(name);
    }
    bool has(const QString &name) const { return m_names.contains(name); }
    void setBase(const QByteArray &existing, const QSet<QString> &names)
    {
        m_query = existing;
        m_names = names;
    }
    QString query() const { return QString::fromLatin1(m_query); }

private:
    QByteArray m_query;
    QSet<QString> m_names;
};

QString listOrNone(const QStringList &list)
{
    return list.isEmpty() ? QCoreApplication::translate("AuthorizationRequest", "none listed")
                          : list.join(QLatin1String(", "));
}

} // namespace

QString pkceChallenge(const QString &verifier)
{
    return sha256Base64Url(verifier.toUtf8());
}

QString sha256Base64Url(QByteArrayView input)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.constData(), static_cast<size_t>(input.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toBase64(kBase64Url));
}

QString randomUrlSafeToken(int bytes)
{
    if (bytes <= 0)
        return {};
    QByteArray buffer(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buffer.data()), bytes) != 1)
        return {};
    return QString::fromLatin1(buffer.toBase64(kBase64Url));
}

AuthorizationRequest buildAuthorizationRequest(const Profile &profile, const ProviderMetadata &metadata)
{
    AuthorizationRequest request;
    QStringList &warnings = request.warnings;

    request.responseType = responseTypeParts(profile.responseType).join(QLatin1Char(' '));
    request.responseMode = profile.effectiveResponseMode();
    request.responseModeSent = !profile.responseMode.trimmed().isEmpty();
    request.redirectUriParam = profile.redirectUri.trimmed();
    request.redirectUri = QUrl(request.redirectUriParam);
    request.scope = profile.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char(' '));
    request.audience = profile.audience.trimmed();

    const bool hasCode = responseTypeHas(request.responseType, QStringLiteral("code"));
    const bool hasIdToken = responseTypeHas(request.responseType, QStringLiteral("id_token"));

    request.state = randomUrlSafeToken();
    if (hasIdToken || (hasCode && scopeHas(request.scope, QStringLiteral("openid"))))
        request.nonce = randomUrlSafeToken();
    if (profile.pkce && hasCode) {
        request.codeVerifier = randomUrlSafeToken();
        request.codeChallenge = request.codeVerifier.isEmpty() ? QString() : pkceChallenge(request.codeVerifier);
    }
    if (request.state.isEmpty() || (request.nonce.isEmpty() && hasIdToken)
        || (profile.pkce && hasCode && request.codeChallenge.isEmpty())) {
        warnings << QCoreApplication::translate("AuthorizationRequest", "the system's random number generator failed "
                                                                        "(OpenSSL RAND_bytes): do not use this request; "
                                                                        "try again");
    }

    QueryBuilder query;
    if (metadata.authorizationEndpoint.hasQuery()) {
        // Keep the endpoint's own parameters (some providers select a policy or tenant that way).
        const QString existing = metadata.authorizationEndpoint.query(QUrl::FullyEncoded);
        QSet<QString> names;
        for (const QString &pair : existing.split(QLatin1Char('&'), Qt::SkipEmptyParts))
            names.insert(QUrl::fromPercentEncoding(pair.section(QLatin1Char('='), 0, 0).toLatin1()));
        query.setBase(existing.toLatin1(), names);
    }
    query.add(QStringLiteral("response_type"), request.responseType);
    query.add(QStringLiteral("client_id"), profile.clientId.trimmed());
    query.add(QStringLiteral("redirect_uri"), request.redirectUriParam);
    query.add(QStringLiteral("scope"), request.scope);
    query.add(QStringLiteral("state"), request.state);
    if (!request.nonce.isEmpty())
        query.add(QStringLiteral("nonce"), request.nonce);
    if (request.responseModeSent)
        query.add(QStringLiteral("response_mode"), request.responseMode);
    if (!request.audience.isEmpty())
        query.add(QStringLiteral("audience"), request.audience);
    if (!request.codeChallenge.isEmpty()) {
        query.add(QStringLiteral("code_challenge"), request.codeChallenge);
        query.add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }

    QSet<QString> extraNames;
    for (const auto &param : profile.extraParams) {
        const QString &name = param.first;
        if (name.trimmed().isEmpty()) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "an extra parameter with an empty name was "
                                                                            "ignored: give it a name or remove it");
            continue;
        }
        if (builderOwnedParams().contains(name)) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "extra parameter \"%1\" was ignored: "
                                                                            "Tokenscope sets %1 itself for every "
                                                                            "attempt; remove it from the extra "
                                                                            "parameters")
                            .arg(name);
            continue;
        }
        if (extraNames.contains(name)) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "extra parameter \"%1\" appears more than "
                                                                            "once; only the first value was sent "
                                                                            "(parameters must not repeat, RFC 6749 3.1)")
                            .arg(name);
            continue;
        }
        if (query.has(name)) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "extra parameter \"%1\" was ignored: %1 is "
                                                                            "already sent from the profile's own "
                                                                            "field; change it there")
                            .arg(name);
            continue;
        }
        extraNames.insert(name);
        query.add(name, param.second);
        if (name == QLatin1String("max_age")) {
            bool ok = false;
            const qint64 value = param.second.trimmed().toLongLong(&ok);
            if (ok && value >= 0) {
                request.maxAge = value;
            } else {
                warnings << QCoreApplication::translate("AuthorizationRequest", "max_age \"%1\" is not a whole number "
                                                                                "of seconds: the provider will likely "
                                                                                "reject it; use for example 3600")
                                .arg(param.second);
            }
        }
    }

    if (metadata.authorizationEndpoint.isEmpty()) {
        warnings << QCoreApplication::translate("AuthorizationRequest", "no authorization endpoint is known: fix the "
                                                                        "issuer so that discovery works, or set "
                                                                        "\"endpoints.authorization\" in the profile");
    } else {
        request.url = metadata.authorizationEndpoint;
        request.url.setQuery(query.query(), QUrl::StrictMode);
        request.url.setFragment(QString());
    }

    if (hasCode && !profile.pkce && profile.effectiveTokenEndpointAuth() == QLatin1String("none")) {
        warnings << QCoreApplication::translate("AuthorizationRequest", "PKCE is off for a public client (no client "
                                                                        "secret): the code exchange has no proof that "
                                                                        "it comes from this attempt, and most providers "
                                                                        "require PKCE here; turn \"pkce\" on");
    }

    if (metadata.fromDiscovery) {
        if (!metadata.responseTypesSupported.isEmpty()
            && std::none_of(metadata.responseTypesSupported.begin(), metadata.responseTypesSupported.end(),
                            [&](const QString &type) { return sameResponseType(type, request.responseType); })) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "the provider does not advertise "
                                                                            "response_type \"%1\" "
                                                                            "(response_types_supported: %2): expect "
                                                                            "unsupported_response_type; choose an "
                                                                            "advertised type")
                            .arg(request.responseType, listOrNone(metadata.responseTypesSupported));
        }
        if (!metadata.responseModesSupported.contains(request.responseMode)) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "response_mode %1 is not advertised by the "
                                                                            "provider (response_modes_supported: %2): "
                                                                            "it may answer in another mode or refuse")
                            .arg(request.responseMode, listOrNone(metadata.responseModesSupported));
        }
        if (!request.codeChallenge.isEmpty() && !metadata.codeChallengeMethods.contains(QLatin1String("S256"))) {
            warnings << QCoreApplication::translate("AuthorizationRequest", "PKCE requested but the provider advertises "
                                                                            "no S256 (code_challenge_methods_supported: "
                                                                            "%1): it may ignore code_challenge or "
                                                                            "reject the request")
                            .arg(listOrNone(metadata.codeChallengeMethods));
        }
    }
    return request;
}

} // namespace tokenscope
