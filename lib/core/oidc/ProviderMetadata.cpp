#include "core/oidc/ProviderMetadata.h"

#include "core/common/Text.h"
#include "core/http/FetchPolicy.h"

#include "core/json/JsonValues.h"

#include "core/json/JsonScanner.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tokenscope {

namespace {

class Reader
{
public:
    Reader(const QJsonObject &object, QStringList *defects) : m_o(object), m_defects(defects) {}

    QString string(const QString &key, bool required)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(key);
            return {};
        }
        if (!v.isString()) {
            *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" must be a string, not %2")
                              .arg(key, json::typeName(v));
            return {};
        }
        return v.toString();
    }

    QUrl url(const QString &key, bool required)
    {
        const QString text = string(key, required);
        if (text.isEmpty()) {
            if (m_o.value(key).isString()) {
                *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" is an empty string").arg(key);
            }
            return {};
        }
        const QUrl u(text, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (!u.isValid() || u.isRelative() || u.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" \"%2\" is not an absolute https URL")
                              .arg(key, text);
            return {};
        }
        if (scheme == QLatin1String("http") && !isLoopbackHost(u.host())) {
            *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" \"%2\" uses http: OpenID Connect "
                                                                          "requires https (tokens would travel "
                                                                          "unencrypted)")
                              .arg(key, text);
        }
        return u;
    }

    QStringList strings(const QString &key, bool required, const QStringList &defaultValue = {})
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(key);
            return defaultValue;
        }
        if (!v.isArray()) {
            *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" must be an array of strings, not %2")
                              .arg(key, json::typeName(v));
            return defaultValue;
        }
        QStringList out;
        bool reported = false;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString()) {
                out << item.toString();
            } else if (!reported) {
                reported = true;
                *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" must be an array of strings, but "
                                                                              "it contains %2")
                                  .arg(key, json::typeName(item));
            }
        }
        return out;
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            *m_defects << QCoreApplication::translate("ProviderMetadata", "\"%1\" must be true or false, not %2")
                              .arg(key, json::typeName(v));
            return false;
        }
        return v.toBool();
    }

private:
    void missing(const QString &key)
    {
        *m_defects << QCoreApplication::translate("ProviderMetadata", "required member \"%1\" is missing (OpenID "
                                                                      "Connect Discovery 3)")
                          .arg(key);
    }

    QJsonObject m_o;
    QStringList *m_defects;
};

QUrl auth0Endpoint(const QUrl &issuer, const QString &path)
{
    QUrl url;
    url.setScheme(issuer.scheme());
    url.setHost(issuer.host());
    url.setPort(issuer.port());
    url.setPath(path);
    return url;
}

void applyOverride(QUrl *target, const QUrl &value)
{
    if (!value.isEmpty())
        *target = value;
}

} // namespace

ProviderMetadata parseProviderMetadata(QByteArrayView json, const QString &expectedIssuer)
{
    ProviderMetadata m;
    m.fromDiscovery = true;

    if (json.size() > MaxDiscoveryBytes) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "the discovery document is %1 bytes; documents "
                                                                     "larger than 1 MiB are not read")
                         .arg(json.size());
        return m;
    }
    if (json.trimmed().isEmpty()) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "the discovery document is empty: check the URL "
                                                                     "(issuer + /.well-known/openid-configuration)");
        return m;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "the discovery document is not JSON (%1 at byte "
                                                                     "%2): check that the issuer URL is right")
                         .arg(error.errorString())
                         .arg(error.offset);
        return m;
    }
    if (!doc.isObject()) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "the discovery document must be a JSON object, "
                                                                     "not %1")
                         .arg(doc.isArray() ? json::typeName(QJsonArray()) : json::typeName(QJsonValue()));
        return m;
    }

    m.raw = doc.object();
    for (const QString &name : json::scan(json).duplicateMembers) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "the member \"%1\" appears more than once in one object; "
                                                                     "JSON parsers disagree about which value wins, so the "
                                                                     "document is ambiguous (Tokenscope read the last one)")
                         .arg(name);
    }
    Reader r(m.raw, &m.defects);
    m.issuer = r.string(QStringLiteral("issuer"), true);
    if (!m.issuer.isEmpty()) {
        const QUrl issuerUrl(m.issuer, QUrl::StrictMode);
        if (!issuerUrl.isValid() || issuerUrl.isRelative() || issuerUrl.host().isEmpty()) {
            m.defects << QCoreApplication::translate("ProviderMetadata", "\"issuer\" \"%1\" is not an absolute URL")
                             .arg(m.issuer);
        } else {
            if (issuerUrl.scheme() != QLatin1String("https") && !isLoopbackHost(issuerUrl.host())) {
                m.defects << QCoreApplication::translate("ProviderMetadata", "\"issuer\" \"%1\" must use https (OpenID "
                                                                             "Connect Discovery 3)")
                                 .arg(m.issuer);
            }
            if (issuerUrl.hasQuery() || issuerUrl.hasFragment()) {
                m.defects << QCoreApplication::translate("ProviderMetadata", "\"issuer\" \"%1\" must not have a query "
                                                                             "or fragment (OpenID Connect Discovery 3)")
                                 .arg(m.issuer);
            }
        }
    }
    if (!expectedIssuer.isEmpty() && m.raw.value(QStringLiteral("issuer")).isString() && m.issuer != expectedIssuer) {
        QString hint;
        if (withoutTrailingSlashes(m.issuer) == withoutTrailingSlashes(expectedIssuer)) {
            hint = QCoreApplication::translate("ProviderMetadata", "; they differ only in the trailing slash, which "
                                                                   "counts: set the profile's issuer to \"%1\"")
                       .arg(m.issuer);
        } else {
            hint = QCoreApplication::translate("ProviderMetadata", "; check the profile's issuer, or whether the "
                                                                   "document came from another provider");
        }
        m.defects << QCoreApplication::translate("ProviderMetadata", "\"issuer\" in the discovery document is \"%1\" "
                                                                     "but the expected issuer is \"%2\" (OpenID Connect "
                                                                     "Discovery 4.3 requires them to be identical)%3")
                         .arg(m.issuer, expectedIssuer, hint);
    }

    m.responseTypesSupported = r.strings(QStringLiteral("response_types_supported"), true);
    m.responseModesSupported = r.strings(QStringLiteral("response_modes_supported"), false,
                                         {QStringLiteral("query"), QStringLiteral("fragment")});
    m.grantTypesSupported = r.strings(QStringLiteral("grant_types_supported"), false,
                                      {QStringLiteral("authorization_code"), QStringLiteral("implicit")});
    m.scopesSupported = r.strings(QStringLiteral("scopes_supported"), false);
    r.strings(QStringLiteral("subject_types_supported"), true);
    m.idTokenSigningAlgs = r.strings(QStringLiteral("id_token_signing_alg_values_supported"), true);
    m.tokenEndpointAuthMethods = r.strings(QStringLiteral("token_endpoint_auth_methods_supported"), false,
                                           {QStringLiteral("client_secret_basic")});
    m.codeChallengeMethods = r.strings(QStringLiteral("code_challenge_methods_supported"), false);
    m.claimsSupported = r.strings(QStringLiteral("claims_supported"), false);
    m.issParameterSupported = r.boolean(QStringLiteral("authorization_response_iss_parameter_supported"));

    // token_endpoint is required unless only the implicit flow is supported.
    bool onlyImplicit = !m.responseTypesSupported.isEmpty();
    for (const QString &type : std::as_const(m.responseTypesSupported)) {
        if (responseTypeHas(type, QStringLiteral("code")))
            onlyImplicit = false;
    }
    m.authorizationEndpoint = r.url(QStringLiteral("authorization_endpoint"), true);
    m.tokenEndpoint = r.url(QStringLiteral("token_endpoint"), !onlyImplicit);
    m.userinfoEndpoint = r.url(QStringLiteral("userinfo_endpoint"), false);
    m.jwksUri = r.url(QStringLiteral("jwks_uri"), true);
    m.endSessionEndpoint = r.url(QStringLiteral("end_session_endpoint"), false);
    m.revocationEndpoint = r.url(QStringLiteral("revocation_endpoint"), false);
    m.introspectionEndpoint = r.url(QStringLiteral("introspection_endpoint"), false);
    m.deviceAuthorizationEndpoint = r.url(QStringLiteral("device_authorization_endpoint"), false);

    if (m.raw.value(QStringLiteral("id_token_signing_alg_values_supported")).isArray()
        && !m.idTokenSigningAlgs.contains(QLatin1String("RS256"))) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "\"id_token_signing_alg_values_supported\" does "
                                                                     "not include RS256, which OpenID Connect Discovery "
                                                                     "3 requires");
    }
    return m;
}

ProviderMetadata metadataFromProfile(const Profile &profile)
{
    ProviderMetadata m;
    m.issuer = profile.issuer;
    if (profile.isAuth0Domain()) {
        const QUrl issuer(normalizeIssuer(profile.issuer));
        m.authorizationEndpoint = auth0Endpoint(issuer, QStringLiteral("/authorize"));
        m.tokenEndpoint = auth0Endpoint(issuer, QStringLiteral("/oauth/token"));
        m.userinfoEndpoint = auth0Endpoint(issuer, QStringLiteral("/userinfo"));
        m.jwksUri = auth0Endpoint(issuer, QStringLiteral("/.well-known/jwks.json"));
        m.endSessionEndpoint = auth0Endpoint(issuer, QStringLiteral("/oidc/logout"));
        m.revocationEndpoint = auth0Endpoint(issuer, QStringLiteral("/oauth/revoke"));
        m.deviceAuthorizationEndpoint = auth0Endpoint(issuer, QStringLiteral("/oauth/device/code"));
    }
    m = withProfileOverrides(m, profile);
    if (m.authorizationEndpoint.isEmpty()) {
        m.defects << QCoreApplication::translate("ProviderMetadata", "no authorization endpoint is known: the discovery "
                                                                     "document is not available and the profile has no "
                                                                     "\"endpoints.authorization\"; fix the issuer or "
                                                                     "enter the endpoints by hand");
    }
    return m;
}

ProviderMetadata withProfileOverrides(ProviderMetadata metadata, const Profile &profile)
{
    const ProviderEndpoints &e = profile.endpoints;
    applyOverride(&metadata.authorizationEndpoint, e.authorization);
    applyOverride(&metadata.tokenEndpoint, e.token);
    applyOverride(&metadata.userinfoEndpoint, e.userinfo);
    applyOverride(&metadata.jwksUri, e.jwks);
    applyOverride(&metadata.endSessionEndpoint, e.endSession);
    applyOverride(&metadata.revocationEndpoint, e.revocation);
    applyOverride(&metadata.introspectionEndpoint, e.introspection);
    return metadata;
}

} // namespace tokenscope
