#include "core/profile/Profile.h"

#include "core/common/Text.h"
#include "core/http/FetchPolicy.h"

#include "core/json/JsonValues.h"

#include "core/json/JsonScanner.h"

#include <cmath>
#include <utility>

#include <QCoreApplication>
#include <QFileInfo>
#include <QFile>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

namespace tokenscope {

namespace {

const QString kName = QStringLiteral("name");
const QString kIssuer = QStringLiteral("issuer");
const QString kClientId = QStringLiteral("clientId");
const QString kClientSecret = QStringLiteral("clientSecret");
const QString kTokenEndpointAuth = QStringLiteral("tokenEndpointAuth");
const QString kClientKey = QStringLiteral("clientKey");
const QString kClientKeyId = QStringLiteral("clientKeyId");
const QString kGrant = QStringLiteral("grant");
const QString kRealm = QStringLiteral("realm");
const QString kSubjectToken = QStringLiteral("subjectToken");
const QString kSubjectTokenType = QStringLiteral("subjectTokenType");
const QString kRequestedTokenType = QStringLiteral("requestedTokenType");
const QString kRedirectUri = QStringLiteral("redirectUri");
const QString kResponseType = QStringLiteral("responseType");
const QString kResponseMode = QStringLiteral("responseMode");
const QString kScope = QStringLiteral("scope");
const QString kAudience = QStringLiteral("audience");
const QString kRefreshScope = QStringLiteral("refreshScope");
const QString kPkce = QStringLiteral("pkce");
const QString kPar = QStringLiteral("par");
const QString kClientCertificate = QStringLiteral("clientCertificate");
const QString kClientCertificateKey = QStringLiteral("clientCertificateKey");
const QString kRequestObject = QStringLiteral("requestObject");
const QString kDpop = QStringLiteral("dpop");
const QString kDpopAlg = QStringLiteral("dpopAlg");
const QString kExtraParams = QStringLiteral("extraParams");
const QString kApiUrl = QStringLiteral("apiUrl");
const QString kPostLogoutRedirectUri = QStringLiteral("postLogoutRedirectUri");
const QString kExpectedAlg = QStringLiteral("expectedAlg");
const QString kBrowser = QStringLiteral("browser");
const QString kEndpoints = QStringLiteral("endpoints");
const QString kCaCertificates = QStringLiteral("caCertificates");

const QStringList &knownKeys()
{
    static const QStringList keys{kName, kIssuer, kClientId, kClientSecret, kGrant, kRealm, kSubjectToken, kSubjectTokenType, kRequestedTokenType,
                                  kTokenEndpointAuth, kClientKey, kClientKeyId, kClientCertificate, kClientCertificateKey, kPar, kRequestObject, kDpop, kDpopAlg, kRedirectUri,
                                  kResponseType, kResponseMode, kScope, kAudience, kRefreshScope, kPkce, kExtraParams,
                                  kApiUrl, kPostLogoutRedirectUri, kExpectedAlg, kEndpoints, kBrowser, kCaCertificates};
    return keys;
}

const QStringList &endpointKeys()
{
    static const QStringList keys{QStringLiteral("authorization"), QStringLiteral("token"), QStringLiteral("userinfo"),
                                  QStringLiteral("jwks"), QStringLiteral("endSession"), QStringLiteral("revocation"),
                                  QStringLiteral("introspection")};
    return keys;
}

QUrl *endpointField(ProviderEndpoints &e, const QString &key)
{
    if (key == QLatin1String("authorization"))
        return &e.authorization;
    if (key == QLatin1String("token"))
        return &e.token;
    if (key == QLatin1String("userinfo"))
        return &e.userinfo;
    if (key == QLatin1String("jwks"))
        return &e.jwks;
    if (key == QLatin1String("endSession"))
        return &e.endSession;
    if (key == QLatin1String("revocation"))
        return &e.revocation;
    if (key == QLatin1String("introspection"))
        return &e.introspection;
    return nullptr;
}

const QUrl *endpointField(const ProviderEndpoints &e, const QString &key)
{
    return endpointField(const_cast<ProviderEndpoints &>(e), key);
}

// An absolute URL with a scheme and something after it; for http(s), a host too.
bool isAbsoluteUrl(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return !url.host().isEmpty() || !url.path().isEmpty();
}

// Schemes that name a local file or the browser's own content, never an application's callback: a redirect URI with
// one of them would have the embedded browser treat a local page as the callback (issue 19).
bool isLocalOrBrowserScheme(const QString &scheme)
{
    static const QStringList schemes{QStringLiteral("file"),       QStringLiteral("ftp"),  QStringLiteral("data"),
                                     QStringLiteral("javascript"), QStringLiteral("qrc"),  QStringLiteral("about"),
                                     QStringLiteral("blob"),       QStringLiteral("filesystem"), QStringLiteral("view-source"),
                                     QStringLiteral("chrome"),     QStringLiteral("devtools")};
    return schemes.contains(scheme.toLower());
}

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.isRelative() && !url.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

bool isHttpUrl(const QString &text)
{
    return !text.isEmpty() && isHttpUrl(QUrl(text, QUrl::StrictMode));
}

QString numberToString(const QJsonValue &value)
{
    const double d = value.toDouble();
    constexpr double maxExact = 9007199254740992.0; // 2^53
    // Range first: converting a double outside qint64's range is undefined behaviour (found by fuzz_profile).
    if (std::isfinite(d) && d > -maxExact && d < maxExact && d == std::trunc(d))
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 17);
}

// Canonical JSON text for one value; multi-line values are indented for nesting level `level`.
QByteArray encodeValue(const QJsonValue &value, int level)
{
    if (value.isObject() || value.isArray()) {
        const QJsonDocument doc = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        QByteArray text = doc.toJson(QJsonDocument::Indented).trimmed();
        const QByteArray indent(level * 4, ' ');
        text.replace("\n", "\n" + indent);
        return text;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray encodeObject(const QList<QPair<QString, QByteArray>> &members, int level)
{
    if (members.isEmpty())
        return QByteArrayLiteral("{}");
    const QByteArray inner((level + 1) * 4, ' ');
    const QByteArray outer(level * 4, ' ');
    QByteArray out("{\n");
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += inner + encodeValue(members[i].first, 0) + ": " + members[i].second;
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += outer + '}';
    return out;
}

bool isCanonicalInteger(const QString &text)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i == text.size() || (text[i] == QLatin1Char('0') && text.size() > i + 1))
        return false;
    for (; i < text.size(); ++i) {
        if (!text[i].isDigit() || text[i].unicode() > '9')
            return false;
    }
    return true;
}

const QStringList &validResponseTypes()
{
    static const QStringList types{QStringLiteral("code"),         QStringLiteral("id_token"),
                                   QStringLiteral("id_token token"), QStringLiteral("code id_token"),
                                   QStringLiteral("code token"),   QStringLiteral("code id_token token"),
                                   QStringLiteral("token")};
    return types;
}

const QStringList &knownAlgs()
{
    static const QStringList algs{QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512"),
                                  QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
                                  QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
                                  QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                  QStringLiteral("ES256K"), QStringLiteral("EdDSA")};
    return algs;
}

using Problem = ProfileProblem;

// The problems of the keys only the browser-based grant uses: redirectUri, responseType, responseMode, browser.
template<typename Add>
void addBrowserProblems(const Profile &p, Add &add)
{
    if (p.redirectUri.trimmed().isEmpty()) {
        add(kRedirectUri, QCoreApplication::translate("Profile", "\"redirectUri\" is missing: enter a callback URL that "
                                                                 "is listed in the application's Allowed Callback URLs"));
    } else if (!isAbsoluteUrl(p.redirectUri)) {
        add(kRedirectUri, QCoreApplication::translate("Profile", "\"redirectUri\" is not an absolute URL: use a full URL "
                                                                 "such as https://app.example/callback or "
                                                                 "com.example.app://callback"));
    } else if (QUrl(p.redirectUri, QUrl::StrictMode).hasFragment()) {
        add(kRedirectUri, QCoreApplication::translate("Profile", "\"redirectUri\" must not contain a fragment (\"#...\", "
                                                                 "RFC 6749 3.1.2): the provider drops it; remove it"));
    } else if (const QString scheme = QUrl(p.redirectUri.trimmed()).scheme(); isLocalOrBrowserScheme(scheme)) {
        add(kRedirectUri, QCoreApplication::translate("Profile", "\"redirectUri\" must not be a %1: URL: that names a local "
                                                                 "file or the browser's own content, not an application; use "
                                                                 "https, a loopback http URL or the application's own scheme "
                                                                 "(RFC 8252 7)")
                              .arg(scheme.toLower()));
    }

    // response type and mode
    bool responseTypeValid = false;
    for (const QString &valid : validResponseTypes()) {
        if (sameResponseType(valid, p.responseType))
            responseTypeValid = true;
    }
    if (!responseTypeValid) {
        add(kResponseType, QCoreApplication::translate("Profile", "\"responseType\" \"%1\" is not a valid response type: "
                                                                  "use one of code, id_token, id_token token, code "
                                                                  "id_token, code token, code id_token token, token")
                               .arg(p.responseType));
    }
    const QString mode = p.responseMode.trimmed();
    if (!mode.isEmpty() && mode != QLatin1String("query") && mode != QLatin1String("fragment")
        && mode != QLatin1String("form_post")) {
        add(kResponseMode, QCoreApplication::translate("Profile", "\"responseMode\" \"%1\" is not supported: use query, "
                                                                  "fragment or form_post, or leave it empty for the "
                                                                  "default of the response type")
                               .arg(p.responseMode));
    }
    const bool returnsTokens = responseTypeHas(p.responseType, QStringLiteral("id_token"))
                               || responseTypeHas(p.responseType, QStringLiteral("token"));
    if (mode == QLatin1String("query") && returnsTokens) {
        add(kResponseMode, QCoreApplication::translate("Profile", "\"responseMode\" query cannot be used with response "
                                                                  "type \"%1\": tokens must not travel in the query (OAuth "
                                                                  "2.0 Multiple Response Types 5); use fragment or "
                                                                  "form_post")
                               .arg(p.responseType));
    }
    // the system browser (loopback redirect)
    const QString browser = p.browser.trimmed();
    if (!browser.isEmpty() && browser != QLatin1String("embedded") && browser != QLatin1String("system")) {
        add(kBrowser, QCoreApplication::translate("Profile", "\"browser\" \"%1\" is not supported: use embedded (the login "
                                                             "page inside Tokenscope) or system (your default browser, "
                                                             "with a loopback redirect)")
                          .arg(p.browser));
    } else if (p.usesSystemBrowser()) {
        if (isAbsoluteUrl(p.redirectUri) && !isLoopbackIpRedirectUri(QUrl(p.redirectUri.trimmed()))) {
            add(kRedirectUri, QCoreApplication::translate("Profile", "\"redirectUri\" must be a loopback URL such as "
                                                                     "http://127.0.0.1/callback when \"browser\" is "
                                                                     "system: Tokenscope listens there on a free port "
                                                                     "(RFC 8252 7.3); register it at the provider "
                                                                     "(a native application's redirect URI)"));
        }
        if (p.effectiveResponseMode() == QLatin1String("form_post")) {
            add(kResponseMode, QCoreApplication::translate("Profile", "\"responseMode\" form_post cannot be used with the "
                                                                      "system browser: the loopback listener only sees the "
                                                                      "URL the browser requests, never a posted form; use "
                                                                      "query or fragment, or the embedded browser"));
        }
    }
}

QList<Problem> problemsOf(const Profile &p)
{
    QList<Problem> out;
    auto add = [&out](const QString &field, const QString &message, bool deferrable = false) {
        out.append({field, message, deferrable});
    };

    // issuer
    if (p.issuer.trimmed().isEmpty()) {
        add(kIssuer, QCoreApplication::translate("Profile", "\"issuer\" is missing: enter the tenant domain (for example "
                                                            "tenant.eu.auth0.com) or the issuer URL"));
    } else {
        const QUrl issuer(p.issuer, QUrl::StrictMode);
        const QString scheme = issuer.scheme().toLower();
        if (!issuer.isValid() || issuer.isRelative()) {
            add(kIssuer, QCoreApplication::translate("Profile", "\"issuer\" \"%1\" is not a valid URL: enter the tenant "
                                                                "domain or a URL such as https://tenant.eu.auth0.com/")
                             .arg(p.issuer));
        } else if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
            add(kIssuer, QCoreApplication::translate("Profile", "\"issuer\" must be an https URL, not a %1: URL")
                             .arg(issuer.scheme()));
        } else if (issuer.host().isEmpty()) {
            add(kIssuer, QCoreApplication::translate("Profile", "\"issuer\" \"%1\" has no host name").arg(p.issuer));
        } else if (issuer.hasQuery() || issuer.hasFragment()) {
            add(kIssuer, QCoreApplication::translate("Profile", "\"issuer\" must not have a query or fragment (OpenID "
                                                                "Connect Discovery 3): remove everything from \"?\" or "
                                                                "\"#\" on"));
        }
    }

    if (p.clientId.trimmed().isEmpty()) {
        add(kClientId, QCoreApplication::translate("Profile", "\"clientId\" is missing: copy the Client ID from the "
                                                              "application's settings at the provider"));
    }

    // the grant (RFC 6749 4.1, 4.4; RFC 8628; RFC 8693)
    const QString grant = p.effectiveGrant();
    if (grant != Grants::AuthorizationCode && grant != Grants::ClientCredentials && grant != Grants::DeviceCode
        && grant != Grants::Password && grant != Grants::TokenExchange) {
        add(kGrant, QCoreApplication::translate("Profile", "\"grant\" \"%1\" is not a grant Tokenscope knows: use "
                                                           "authorization_code (the default), client_credentials, device_code, "
                                                           "password or token_exchange")
                        .arg(p.grant));
    }
    if (grant != Grants::TokenExchange) {
        if (!p.subjectToken.trimmed().isEmpty())
            add(kSubjectToken, QCoreApplication::translate("Profile", "\"subjectToken\" is only used by token exchange (RFC "
                                                                      "8693): set \"grant\" to token_exchange, or remove it"));
        for (const auto &[key, value] : {std::pair{kSubjectTokenType, p.subjectTokenType}, std::pair{kRequestedTokenType, p.requestedTokenType}}) {
            if (!value.trimmed().isEmpty())
                add(key, QCoreApplication::translate("Profile", "\"%1\" is only used by token exchange (RFC 8693): set \"grant\" to "
                                                                "token_exchange, or remove it")
                             .arg(key));
        }
    } else {
        // RFC 8693 3: the token type identifiers it registers; any other type is a URI.
        static const QStringList known{QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                       QStringLiteral("id_token"), QStringLiteral("saml1"), QStringLiteral("saml2"),
                                       QStringLiteral("jwt")};
        for (const auto &[key, value] : {std::pair{kSubjectTokenType, p.subjectTokenType}, std::pair{kRequestedTokenType, p.requestedTokenType}}) {
            const QString type = value.trimmed();
            if (!type.isEmpty() && !type.contains(QLatin1Char(':')) && !known.contains(type)) {
                add(key, QCoreApplication::translate("Profile", "\"%1\" \"%2\" is not a token type of RFC 8693 3: use access_token, "
                                                                "refresh_token, id_token, jwt, saml1, saml2 or a token type URI")
                             .arg(key, type));
            }
        }
    }
    if (!p.realm.trimmed().isEmpty() && grant != Grants::Password) {
        add(kRealm, QCoreApplication::translate("Profile", "\"realm\" is only used by the password grant (Auth0's "
                                                           "password-realm): set \"grant\" to password, or remove it"));
    }
    if (grant == Grants::ClientCredentials && p.effectiveTokenEndpointAuth() == QLatin1String("none")) {
        // RFC 6749 4.4: "The client credentials grant type MUST only be used by confidential clients."
        add(kClientSecret,
            QCoreApplication::translate("Profile", "\"clientSecret\" is missing: the client credentials grant is only for "
                                                   "confidential clients (RFC 6749 4.4); enter the client secret (or set "
                                                   "TOKENSCOPE_CLIENT_SECRET)"),
            true);
    }
    // A grant without a browser needs no redirect URI, response type or mode, and no browser.
    if (!p.grantNeedsNoBrowser())
        addBrowserProblems(p, add);

    if (!p.grantNeedsNoBrowser() && responseTypeHas(p.responseType, QStringLiteral("id_token"))
        && !scopeHas(p.scope, QStringLiteral("openid"))) {
        add(kScope, QCoreApplication::translate("Profile", "\"scope\" must contain openid for response type \"%1\": an ID "
                                                           "token is only issued to OpenID Connect requests; add openid")
                        .arg(p.responseType));
    }

    const QStringList wider = scopeValuesNotIn(p.refreshScope, p.scope);
    if (!wider.isEmpty()) {
        add(kRefreshScope, QCoreApplication::translate("Profile", "\"refreshScope\" can only narrow the scope (RFC 6749 6): %1 "
                                                                  "is not in \"scope\"; add it there or remove it here")
                               .arg(wider.join(QLatin1Char(' '))));
    }

    // client authentication
    const QString auth = p.tokenEndpointAuth.trimmed();
    const bool usesSecret = auth == QLatin1String("client_secret_basic") || auth == QLatin1String("client_secret_post")
        || auth == QLatin1String("client_secret_jwt");
    const bool usesKey = auth == QLatin1String("private_key_jwt");
    if (!auth.isEmpty() && !usesSecret && !usesKey && auth != QLatin1String("none") && !p.usesMtlsAuth()) {
        add(kTokenEndpointAuth, QCoreApplication::translate("Profile", "\"tokenEndpointAuth\" \"%1\" is not supported: use "
                                                                       "client_secret_basic, client_secret_post, client_secret_jwt, "
                                                                       "private_key_jwt, tls_client_auth, "
                                                                       "self_signed_tls_client_auth or none")
                                    .arg(p.tokenEndpointAuth));
    } else if (p.usesMtlsAuth() && (p.clientCertificate.trimmed().isEmpty() || p.clientCertificateKey.trimmed().isEmpty())) {
        add(p.clientCertificate.trimmed().isEmpty() ? kClientCertificate : kClientCertificateKey,
            QCoreApplication::translate("Profile", "\"clientCertificate\" and \"clientCertificateKey\" are needed: %1 "
                                                   "authenticates the client with its TLS certificate (RFC 8705 2); name the "
                                                   "certificate's PEM file and its key's")
                .arg(auth));
    } else if (usesKey && p.clientKey.trimmed().isEmpty()) {
        add(kClientKey, QCoreApplication::translate("Profile", "\"clientKey\" is missing: private_key_jwt signs with the client's "
                                                               "private key; name its PEM or JWK file (or generate a key pair in the "
                                                               "profile editor and register the public key at the provider)"));
    } else if (!usesKey && !p.signsRequestObject() && (!p.clientKey.trimmed().isEmpty() || !p.clientKeyId.trimmed().isEmpty())) {
        add(p.clientKey.trimmed().isEmpty() ? kClientKeyId : kClientKey,
            QCoreApplication::translate("Profile", "\"clientKey\" and \"clientKeyId\" are only used by private_key_jwt and signed "
                                                   "request objects: set \"tokenEndpointAuth\" to private_key_jwt or "
                                                   "\"requestObject\" to signed, or remove them"));
    } else if (usesSecret && p.clientSecret.isEmpty()) {
        add(kClientSecret,
            QCoreApplication::translate("Profile", "\"clientSecret\" is missing but \"tokenEndpointAuth\" is %1: enter "
                                                   "the client secret (or set TOKENSCOPE_CLIENT_SECRET), or set "
                                                   "tokenEndpointAuth to none for a public client")
                .arg(auth),
            true);
    }

    // request protection: PAR (RFC 9126), JAR (RFC 9101), DPoP (RFC 9449)
    const QString requestObject = p.requestObject.trimmed();
    if (!requestObject.isEmpty() && requestObject != QLatin1String("signed")) {
        add(kRequestObject, QCoreApplication::translate("Profile", "\"requestObject\" \"%1\" is not supported: use signed (RFC "
                                                                   "9101), or remove it for a plain request")
                                .arg(p.requestObject));
    } else if (p.signsRequestObject() && p.clientKey.trimmed().isEmpty() && p.clientSecret.isEmpty()
               && p.effectiveTokenEndpointAuth() == QLatin1String("none")) {
        add(kRequestObject, QCoreApplication::translate("Profile", "\"requestObject\" signed needs a key: name the client's "
                                                                   "private key in \"clientKey\" (or a client secret for HS256)"));
    }
    if ((p.par || p.signsRequestObject()) && grant != Grants::AuthorizationCode) {
        add(p.par ? kPar : kRequestObject,
            QCoreApplication::translate("Profile", "\"par\" and \"requestObject\" protect the authorization request, which the "
                                                   "%1 grant does not send: remove them")
                .arg(grant));
    }
    static const QStringList dpopAlgs{QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
                                      QStringLiteral("EdDSA"), QStringLiteral("RS256"), QStringLiteral("PS256")};
    if (!p.dpopAlg.trimmed().isEmpty() && !dpopAlgs.contains(p.dpopAlg.trimmed())) {
        add(kDpopAlg, QCoreApplication::translate("Profile", "\"dpopAlg\" \"%1\" is not one Tokenscope makes proofs with: use "
                                                             "%2")
                          .arg(p.dpopAlg, dpopAlgs.join(QStringLiteral(", "))));
    } else if (!p.dpopAlg.trimmed().isEmpty() && !p.dpop) {
        add(kDpopAlg, QCoreApplication::translate("Profile", "\"dpopAlg\" is only used with DPoP: set \"dpop\" to true, or "
                                                             "remove it"));
    }

    // other URLs
    if (!p.apiUrl.isEmpty() && !isHttpUrl(p.apiUrl)) {
        add(kApiUrl, QCoreApplication::translate("Profile", "\"apiUrl\" \"%1\" is not an absolute http(s) URL: use a full "
                                                            "URL such as https://api.example/private, or leave it empty")
                         .arg(p.apiUrl));
    }
    if (!p.postLogoutRedirectUri.isEmpty() && !isAbsoluteUrl(p.postLogoutRedirectUri)) {
        add(kPostLogoutRedirectUri, QCoreApplication::translate("Profile", "\"postLogoutRedirectUri\" \"%1\" is not an "
                                                                           "absolute URL: use a full URL listed in the "
                                                                           "application's Allowed Logout URLs, or leave "
                                                                           "it empty")
                                        .arg(p.postLogoutRedirectUri));
    } else if (const QString scheme = QUrl(p.postLogoutRedirectUri.trimmed()).scheme();
               !p.postLogoutRedirectUri.isEmpty() && isLocalOrBrowserScheme(scheme)) {
        add(kPostLogoutRedirectUri, QCoreApplication::translate("Profile", "\"postLogoutRedirectUri\" must not be a %1: "
                                                                           "URL: that names a local file or the browser's "
                                                                           "own content; use https, a loopback http URL or "
                                                                           "the application's own scheme, or leave it empty")
                                        .arg(scheme.toLower()));
    }
    for (const QString &key : endpointKeys()) {
        const QUrl *url = endpointField(p.endpoints, key);
        if (!url->isEmpty() && !isHttpUrl(*url)) {
            add(kEndpoints, QCoreApplication::translate("Profile", "\"endpoints.%1\" \"%2\" is not an absolute http(s) "
                                                                   "URL: use a full URL, or leave it empty to use the "
                                                                   "discovery document")
                                .arg(key, url->toString()));
        }
    }

    if (!p.expectedAlg.isEmpty()) {
        if (p.expectedAlg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            add(kExpectedAlg, QCoreApplication::translate("Profile", "\"expectedAlg\" must not be none: unsigned ID tokens "
                                                                     "are never acceptable; use the algorithm configured "
                                                                     "at the provider (for example RS256)"));
        } else if (!knownAlgs().contains(p.expectedAlg)) {
            add(kExpectedAlg, QCoreApplication::translate("Profile", "\"expectedAlg\" \"%1\" is not a JWS algorithm this "
                                                                     "version knows: use RS256, HS256, PS256, ES256 or "
                                                                     "another standard name (case matters)")
                                  .arg(p.expectedAlg));
        }
    }
    return out;
}

// "did you mean" for an unknown key: same letters ignoring case and underscores/hyphens, or a well-known alias.
QString suggestionFor(const QString &key)
{
    auto squash = [](QString s) {
        s.remove(QLatin1Char('_'));
        s.remove(QLatin1Char('-'));
        return s.toLower();
    };
    const QString squashed = squash(key);
    for (const QString &known : knownKeys()) {
        if (squash(known) == squashed)
            return known;
    }
    static const QList<QPair<QString, QString>> aliases{
        {QStringLiteral("domain"), kIssuer},           {QStringLiteral("secret"), kClientSecret},
        {QStringLiteral("callback"), kRedirectUri},    {QStringLiteral("callbackurl"), kRedirectUri},
        {QStringLiteral("redirecturl"), kRedirectUri}, {QStringLiteral("scopes"), kScope},
        {QStringLiteral("params"), kExtraParams},      {QStringLiteral("extraparameters"), kExtraParams},
        {QStringLiteral("clientauth"), kTokenEndpointAuth},
        {QStringLiteral("tokenendpointauthmethod"), kTokenEndpointAuth},
    };
    for (const auto &alias : aliases) {
        if (alias.first == squashed)
            return alias.second;
    }
    return {};
}

const QStringList &builderOwnedParams()
{
    static const QStringList names{QStringLiteral("response_type"), QStringLiteral("client_id"),
                                   QStringLiteral("redirect_uri"),  QStringLiteral("state"),
                                   QStringLiteral("nonce"),         QStringLiteral("code_challenge"),
                                   QStringLiteral("code_challenge_method")};
    return names;
}

} // namespace

bool ProviderEndpoints::isEmpty() const
{
    return authorization.isEmpty() && token.isEmpty() && userinfo.isEmpty() && jwks.isEmpty() && endSession.isEmpty()
           && revocation.isEmpty() && introspection.isEmpty();
}

QUrl discoveryUrlForIssuer(const QString &issuer)
{
    QUrl url(issuer);
    if (!url.isValid() || url.isRelative())
        return {};
    url.setPath(withoutTrailingSlashes(url.path(QUrl::FullyEncoded)) + QLatin1String("/.well-known/openid-configuration"), QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl Profile::discoveryUrl() const
{
    const QString trimmed = issuer.trimmed();
    if (trimmed.isEmpty())
        return {};
    return discoveryUrlForIssuer(normalizeIssuer(trimmed));
}

QString Profile::effectiveResponseMode() const
{
    const QString mode = responseMode.trimmed();
    if (!mode.isEmpty())
        return mode;
    if (returnsFrontChannelTokens(responseType))
        return QStringLiteral("fragment");
    return QStringLiteral("query");
}

bool Profile::usesSystemBrowser() const
{
    return browser.trimmed() == QLatin1String("system");
}

bool isLoopbackIpRedirectUri(const QUrl &uri)
{
    if (!uri.isValid() || uri.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 || uri.hasFragment())
        return false;
    const QHostAddress address(uri.host());
    return !address.isNull() && address.isLoopback();
}

QString profileRelativeFile(const QString &name, const QString &profilePath)
{
    const QDir base = profilePath.isEmpty() ? QDir::current() : QFileInfo(profilePath).absoluteDir();
    return QDir::cleanPath(base.absoluteFilePath(name));
}

QString clientKeyFile(const Profile &profile, const QString &profilePath)
{
    const QString name = profile.clientKey.trimmed();
    return name.isEmpty() ? QString() : profileRelativeFile(name, profilePath);
}

QString loadClientKey(Profile &profile, const QString &profilePath)
{
    // What each file is, for the messages: the client key, the client certificate, the certificate's key.
    const struct
    {
        const QString *name;
        QByteArray *contents;
        const char *what;
    } files[] = {{&profile.clientKey, &profile.clientKeyPem, QT_TRANSLATE_NOOP("Profile", "the client key")},
                 {&profile.clientCertificate, &profile.clientCertificatePem, QT_TRANSLATE_NOOP("Profile", "the client certificate")},
                 {&profile.clientCertificateKey, &profile.clientCertificateKeyPem, QT_TRANSLATE_NOOP("Profile", "the client certificate's key")}};
    for (const auto &f : files) {
        f.contents->clear();
        const QString name = f.name->trimmed();
        if (name.isEmpty())
            continue;
        const QString path = profileRelativeFile(name, profilePath);
        const QString what = QCoreApplication::translate("Profile", f.what);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("Profile", "%1 %2 cannot be read: %3").arg(what, path, file.errorString());
        constexpr qint64 maxBytes = 64 * 1024;
        if (file.size() > maxBytes)
            return QCoreApplication::translate("Profile", "%1 %2 is larger than 64 KiB: not a key or certificate").arg(what, path);
        *f.contents = file.read(maxBytes);
    }
    return {};
}

QString Profile::effectiveGrant() const
{
    const QString g = grant.trimmed();
    return g.isEmpty() ? Grants::AuthorizationCode : g;
}

QString tokenTypeUri(const QString &type)
{
    const QString t = type.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char(':')))
        return t;
    return QStringLiteral("urn:ietf:params:oauth:token-type:") + t;
}

QString Profile::effectiveSubjectTokenType() const
{
    const QString type = tokenTypeUri(subjectTokenType);
    return type.isEmpty() ? QStringLiteral("urn:ietf:params:oauth:token-type:access_token") : type;
}

QString Profile::effectiveRequestedTokenType() const
{
    return tokenTypeUri(requestedTokenType);
}

bool Profile::grantNeedsNoBrowser() const
{
    const QString g = effectiveGrant();
    return g == Grants::ClientCredentials || g == Grants::Password || g == Grants::TokenExchange || g == Grants::DeviceCode;
}

QString Profile::effectiveDpopAlg() const
{
    const QString alg = dpopAlg.trimmed();
    return alg.isEmpty() ? QStringLiteral("ES256") : alg;
}

bool Profile::usesMtlsAuth() const
{
    const QString auth = tokenEndpointAuth.trimmed();
    return auth == QLatin1String("tls_client_auth") || auth == QLatin1String("self_signed_tls_client_auth");
}

bool Profile::signsRequestObject() const
{
    return requestObject.trimmed() == QLatin1String("signed");
}

QString Profile::effectiveTokenEndpointAuth() const
{
    const QString auth = tokenEndpointAuth.trimmed();
    if (!auth.isEmpty())
        return auth;
    return clientSecret.isEmpty() ? QStringLiteral("none") : QStringLiteral("client_secret_basic");
}

bool Profile::isAuth0Domain() const
{
    const QString host = QUrl(normalizeIssuer(issuer)).host().toLower();
    return host.endsWith(QLatin1String(".auth0.com"));
}

QString Profile::extraParam(const QString &paramName) const
{
    for (const auto &param : extraParams) {
        if (param.first == paramName)
            return param.second;
    }
    return {};
}

bool Profile::hasExtraParam(const QString &paramName) const
{
    return std::any_of(extraParams.begin(), extraParams.end(),
                       [&paramName](const auto &param) { return param.first == paramName; });
}

QString normalizeIssuer(const QString &issuer)
{
    const QString trimmed = issuer.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1String("://")))
        return trimmed;
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString host = (slash < 0 ? trimmed : trimmed.left(slash)).toLower();
    const QString path = slash < 0 ? QStringLiteral("/") : trimmed.mid(slash);
    return QLatin1String("https://") + host + path;
}

QStringList responseTypeParts(const QString &responseType)
{
    return responseType.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool responseTypeHas(const QString &responseType, const QString &part)
{
    return responseTypeParts(responseType).contains(part);
}

bool returnsFrontChannelTokens(const QString &responseType)
{
    return responseTypeHas(responseType, QStringLiteral("id_token")) || responseTypeHas(responseType, QStringLiteral("token"));
}

bool sameResponseType(const QString &a, const QString &b)
{
    QStringList pa = responseTypeParts(a);
    QStringList pb = responseTypeParts(b);
    if (pa.isEmpty() || pa.size() != pb.size())
        return false;
    pa.sort();
    pb.sort();
    return pa == pb && pa.removeDuplicates() == 0;
}

bool scopeHas(const QString &scope, const QString &value)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(value);
}

QStringList scopeValuesNotIn(const QString &values, const QString &scope)
{
    QStringList missing;
    for (const QString &value : values.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopeHas(scope, value))
            missing << value;
    }
    return missing;
}

ProfileLoadResult loadProfile(QByteArrayView json)
{
    ProfileLoadResult result;
    Profile &p = result.profile;

    if (json.size() > MaxProfileBytes) {
        result.errors << QCoreApplication::translate("Profile", "the profile is %1 bytes; profiles larger than 1 MiB are "
                                                                "refused: check that this is the right file")
                             .arg(json.size());
        return result;
    }
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.sliced(3);
    if (json.trimmed().isEmpty()) {
        result.errors << QCoreApplication::translate("Profile", "the profile is empty: it must be a JSON object such as "
                                                                "{\"issuer\": \"tenant.eu.auth0.com\", \"clientId\": "
                                                                "\"...\", \"redirectUri\": \"...\"}");
        return result;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << QCoreApplication::translate("Profile", "the profile is not valid JSON (%1 at byte %2): fix the "
                                                                "file or create the profile again")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.errors << QCoreApplication::translate("Profile", "the profile must be a JSON object ({...}), not %1")
                             .arg(doc.isArray() ? json::typeName(QJsonArray()) : json::typeName(QJsonValue()));
        return result;
    }

    const QJsonObject root = doc.object();
    const QList<json::Member> rootMembers = json::objectMembers(json);
    QSet<QString> fieldsWithErrors;

    {
        QSet<QString> seen;
        QSet<QString> reported;
        for (const auto &member : rootMembers) {
            if (seen.contains(member.name) && !reported.contains(member.name)) {
                reported.insert(member.name);
                result.warnings << QCoreApplication::translate("Profile", "\"%1\" appears more than once; the last "
                                                                          "value is used: remove the others")
                                       .arg(member.name);
            }
            seen.insert(member.name);
        }
    }

    auto typeError = [&](const QString &field, const QString &expected, const QJsonValue &v) {
        fieldsWithErrors.insert(field.section(QLatin1Char('.'), 0, 0));
        result.errors << QCoreApplication::translate("Profile", "\"%1\" must be %2, not %3").arg(field, expected, json::typeName(v));
    };
    const QString aString = QCoreApplication::translate("Profile", "a string (in double quotes)");

    auto readString = [&](const QString &key, QString *out, bool trim) {
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            typeError(key, aString, v);
            return;
        }
        QString s = v.toString();
        if (trim) {
            const QString t = s.trimmed();
            if (std::any_of(t.begin(), t.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; })) {
                fieldsWithErrors.insert(key);
                result.errors << QCoreApplication::translate("Profile", "\"%1\" contains control characters (a line "
                                                                        "break, tab or NUL inside the value): remove "
                                                                        "them")
                                     .arg(key);
                return;
            }
            if (t != s) {
                result.warnings << QCoreApplication::translate("Profile", "\"%1\" had spaces or line breaks around it; "
                                                                          "they were removed")
                                       .arg(key);
            }
            s = t;
        }
        *out = s;
    };

    readString(kName, &p.name, false);
    QString issuer;
    readString(kIssuer, &issuer, true);
    p.issuer = normalizeIssuer(issuer);
    readString(kClientId, &p.clientId, true);
    readString(kClientSecret, &p.clientSecret, false);
    readString(kGrant, &p.grant, true);
    readString(kRealm, &p.realm, true);
    readString(kSubjectToken, &p.subjectToken, true);
    readString(kSubjectTokenType, &p.subjectTokenType, true);
    readString(kRequestedTokenType, &p.requestedTokenType, true);
    readString(kTokenEndpointAuth, &p.tokenEndpointAuth, true);
    readString(kClientKey, &p.clientKey, true);
    readString(kClientKeyId, &p.clientKeyId, true);
    readString(kClientCertificate, &p.clientCertificate, true);
    readString(kClientCertificateKey, &p.clientCertificateKey, true);
    readString(kRequestObject, &p.requestObject, true);
    readString(kDpopAlg, &p.dpopAlg, true);
    readString(kRedirectUri, &p.redirectUri, true);
    readString(kResponseType, &p.responseType, true);
    readString(kResponseMode, &p.responseMode, true);
    readString(kScope, &p.scope, true);
    readString(kAudience, &p.audience, true);
    readString(kRefreshScope, &p.refreshScope, true);
    readString(kApiUrl, &p.apiUrl, true);
    readString(kPostLogoutRedirectUri, &p.postLogoutRedirectUri, true);
    readString(kExpectedAlg, &p.expectedAlg, true);
    readString(kBrowser, &p.browser, true);

    // One file name or a list of them.
    if (const QJsonValue v = root.value(kCaCertificates); !v.isUndefined() && !v.isNull()) {
        const QJsonArray names = v.isArray() ? v.toArray() : QJsonArray{v};
        const bool strings = std::all_of(names.begin(), names.end(), [](const QJsonValue &n) { return n.isString(); });
        if (!strings) {
            typeError(kCaCertificates, QCoreApplication::translate("Profile", "a file name or a list of file names, such as "
                                                                              "[\"ca.pem\"]"),
                      v);
        } else {
            for (const QJsonValue &n : names) {
                if (const QString name = n.toString().trimmed(); !name.isEmpty())
                    p.caCertificates << name;
            }
        }
    }

    for (const auto &[key, flag] : {std::pair{kPkce, &p.pkce}, std::pair{kPar, &p.par}, std::pair{kDpop, &p.dpop}}) {
        if (const QJsonValue v = root.value(key); !v.isUndefined() && !v.isNull()) {
            if (v.isBool())
                *flag = v.toBool();
            else
                typeError(key, QCoreApplication::translate("Profile", "true or false (without quotes)"), v);
        }
    }

    if (const QJsonValue v = root.value(kExtraParams); !v.isUndefined() && !v.isNull()) {
        if (!v.isObject()) {
            typeError(kExtraParams, QCoreApplication::translate("Profile", "an object such as {\"connection\": "
                                                                            "\"github\", \"prompt\": \"login\"}"),
                      v);
        } else {
            const QJsonObject params = v.toObject();
            // Document order from the last "extraParams" member (the one QJsonDocument kept).
            QStringList order;
            for (const auto &member : rootMembers) {
                if (member.name != kExtraParams)
                    continue;
                order.clear();
                for (const auto &inner : json::objectMembers(json, member.valueOffset))
                    order.append(inner.name);
            }
            QStringList ordered;
            QSet<QString> duplicates;
            for (const QString &key : std::as_const(order)) {
                if (ordered.contains(key))
                    duplicates.insert(key);
                else if (params.contains(key))
                    ordered.append(key);
            }
            for (auto it = params.begin(); it != params.end(); ++it) { // safety net: anything the scanner missed
                if (!ordered.contains(it.key()))
                    ordered.append(it.key());
            }
            for (const QString &key : std::as_const(duplicates)) {
                result.warnings << QCoreApplication::translate("Profile", "\"extraParams.%1\" appears more than once; "
                                                                          "the last value is used")
                                       .arg(key);
            }
            for (const QString &key : std::as_const(ordered)) {
                const QJsonValue value = params.value(key);
                if (key.trimmed().isEmpty()) {
                    fieldsWithErrors.insert(kExtraParams);
                    result.errors << QCoreApplication::translate("Profile", "\"extraParams\" has a parameter with an "
                                                                            "empty name: remove it");
                    continue;
                }
                if (value.isString()) {
                    p.extraParams.append({key, value.toString()});
                } else if (value.isDouble()) {
                    p.extraParams.append({key, numberToString(value)});
                } else {
                    typeError(kExtraParams + QLatin1Char('.') + key,
                              QCoreApplication::translate("Profile", "a string or a number"), value);
                    continue;
                }
                if (builderOwnedParams().contains(key)) {
                    result.warnings << QCoreApplication::translate("Profile", "\"extraParams.%1\" is ignored: Tokenscope "
                                                                              "sets %1 itself for every attempt; remove "
                                                                              "it")
                                           .arg(key);
                }
            }
        }
    }

    if (const QJsonValue v = root.value(kEndpoints); !v.isUndefined() && !v.isNull()) {
        if (!v.isObject()) {
            typeError(kEndpoints, QCoreApplication::translate("Profile", "an object such as {\"token\": "
                                                                          "\"https://tenant.example/oauth/token\"}"),
                      v);
        } else {
            const QJsonObject endpoints = v.toObject();
            for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
                const QString field = kEndpoints + QLatin1Char('.') + it.key();
                QUrl *target = endpointField(p.endpoints, it.key());
                if (!target) {
                    p.unknownEndpointKeys.insert(it.key(), it.value());
                    result.warnings << QCoreApplication::translate("Profile", "\"%1\" is not a known endpoint (known: "
                                                                              "%2); it is kept but not used")
                                           .arg(field, endpointKeys().join(QLatin1String(", ")));
                    continue;
                }
                if (it.value().isNull())
                    continue;
                if (!it.value().isString()) {
                    typeError(field, aString, it.value());
                    continue;
                }
                const QString text = it.value().toString().trimmed();
                if (text.isEmpty())
                    continue;
                if (!isHttpUrl(text)) {
                    fieldsWithErrors.insert(kEndpoints);
                    result.errors << QCoreApplication::translate("Profile", "\"%1\" \"%2\" is not an absolute http(s) "
                                                                            "URL: use a full URL, or remove it to use "
                                                                            "the discovery document")
                                         .arg(field, text);
                    continue;
                }
                *target = QUrl(text, QUrl::StrictMode);
            }
        }
    }

    for (auto it = root.begin(); it != root.end(); ++it) {
        if (knownKeys().contains(it.key()))
            continue;
        p.unknownKeys.insert(it.key(), it.value());
        const QString suggestion = suggestionFor(it.key());
        if (!suggestion.isEmpty()) {
            result.warnings << QCoreApplication::translate("Profile", "unknown key \"%1\" is kept but not used: did you "
                                                                      "mean \"%2\"?")
                                   .arg(it.key(), suggestion);
        }
    }

    // Remarks on values that are usable but suspicious.
    if (!p.clientSecret.isEmpty()) {
        result.warnings << QCoreApplication::translate("Profile", "the profile file contains \"clientSecret\" in plain "
                                                                 "text; Tokenscope never writes it back when saving: keep "
                                                                 "it in the keychain or in TOKENSCOPE_CLIENT_SECRET");
    }
    if (!p.issuer.isEmpty()) {
        const QUrl issuerUrl(p.issuer);
        if (issuerUrl.scheme() == QLatin1String("http") && !isLoopbackHost(issuerUrl.host())) {
            result.warnings << QCoreApplication::translate("Profile", "\"issuer\" uses http on a host that is not this "
                                                                      "computer: OpenID Connect requires https, and "
                                                                      "tokens would travel unencrypted");
        }
        if (p.isAuth0Domain() && issuerUrl.path().isEmpty()) {
            result.warnings << QCoreApplication::translate("Profile", "\"issuer\" \"%1\" has no trailing slash, but "
                                                                      "Auth0's issuer is \"%1/\": the issuer checks will "
                                                                      "fail; add the slash or use the bare domain")
                                   .arg(p.issuer);
        }
    }

    for (const Problem &problem : problemsOf(p)) {
        if (fieldsWithErrors.contains(problem.field))
            continue; // already reported as a type error
        if (problem.deferrable)
            result.warnings << problem.message;
        else
            result.errors << problem.message;
    }
    return result;
}

QByteArray saveProfile(const Profile &p)
{
    QList<QPair<QString, QByteArray>> members;
    auto addString = [&members](const QString &key, const QString &value, bool always) {
        if (always || !value.isEmpty())
            members.append({key, encodeValue(QJsonValue(value), 1)});
    };
    addString(kName, p.name, true);
    addString(kIssuer, p.issuer, true);
    addString(kClientId, p.clientId, true);
    addString(kGrant, p.grant, false);
    addString(kRealm, p.realm, false);
    addString(kSubjectToken, p.subjectToken, false);
    addString(kSubjectTokenType, p.subjectTokenType, false);
    addString(kRequestedTokenType, p.requestedTokenType, false);
    addString(kTokenEndpointAuth, p.tokenEndpointAuth, false);
    addString(kClientKey, p.clientKey, false);
    addString(kClientKeyId, p.clientKeyId, false);
    addString(kClientCertificate, p.clientCertificate, false);
    addString(kClientCertificateKey, p.clientCertificateKey, false);
    if (p.par)
        members.append({kPar, encodeValue(QJsonValue(true), 1)});
    addString(kRequestObject, p.requestObject, false);
    if (p.dpop)
        members.append({kDpop, encodeValue(QJsonValue(true), 1)});
    addString(kDpopAlg, p.dpopAlg, false);
    addString(kRedirectUri, p.redirectUri, true);
    addString(kResponseType, p.responseType, true);
    addString(kResponseMode, p.responseMode, false);
    addString(kScope, p.scope, true);
    addString(kAudience, p.audience, false);
    addString(kRefreshScope, p.refreshScope, false);
    members.append({kPkce, encodeValue(QJsonValue(p.pkce), 1)});
    if (!p.extraParams.isEmpty()) {
        QList<QPair<QString, QByteArray>> params;
        QSet<QString> written;
        for (const auto &param : p.extraParams) {
            if (written.contains(param.first))
                continue; // JSON object keys are unique; the first value is the one the request builder uses
            written.insert(param.first);
            const bool asNumber = param.first == QLatin1String("max_age") && isCanonicalInteger(param.second);
            params.append({param.first, asNumber ? param.second.toUtf8() : encodeValue(QJsonValue(param.second), 2)});
        }
        members.append({kExtraParams, encodeObject(params, 1)});
    }
    addString(kApiUrl, p.apiUrl, false);
    addString(kPostLogoutRedirectUri, p.postLogoutRedirectUri, false);
    addString(kExpectedAlg, p.expectedAlg, false);
    addString(kBrowser, p.browser, false);
    if (!p.caCertificates.isEmpty())
        members.append({kCaCertificates, encodeValue(QJsonArray::fromStringList(p.caCertificates), 1)});
    if (!p.endpoints.isEmpty() || !p.unknownEndpointKeys.isEmpty()) {
        QList<QPair<QString, QByteArray>> endpoints;
        for (const QString &key : endpointKeys()) {
            const QUrl *url = endpointField(p.endpoints, key);
            if (!url->isEmpty())
                endpoints.append({key, encodeValue(QJsonValue(url->toString(QUrl::FullyEncoded)), 2)});
        }
        for (auto it = p.unknownEndpointKeys.begin(); it != p.unknownEndpointKeys.end(); ++it) {
            if (!endpointKeys().contains(it.key()))
                endpoints.append({it.key(), encodeValue(it.value(), 2)});
        }
        members.append({kEndpoints, encodeObject(endpoints, 1)});
    }
    for (auto it = p.unknownKeys.begin(); it != p.unknownKeys.end(); ++it) {
        if (knownKeys().contains(it.key()))
            continue; // known keys (clientSecret above all) are written from the fields or not at all
        members.append({it.key(), encodeValue(it.value(), 1)});
    }
    return encodeObject(members, 0) + '\n';
}

QList<ProfileProblem> profileProblems(const Profile &profile)
{
    return problemsOf(profile);
}

QStringList validateProfile(const Profile &profile)
{
    QStringList out;
    for (const Problem &problem : problemsOf(profile))
        out << problem.message;
    return out;
}

} // namespace tokenscope
