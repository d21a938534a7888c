#include "core/oidc/ResourceMetadata.h"

#include "core/common/Text.h"
#include "core/json/JsonScanner.h"
#include "core/json/JsonValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace tokenscope {

// The translation context of this file's texts.
struct ResourceMetadataText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::ResourceMetadataText)
};

namespace {

QUrl wellKnownUrl(const QUrl &base, const QString &suffix)
{
    if (!base.isValid() || base.isRelative() || base.host().isEmpty())
        return {};
    QUrl url = base;
    url.setFragment(QString());
    url.setPath(QStringLiteral("/.well-known/") + suffix + withoutTrailingSlashes(base.path()));
    return url;
}

bool isTokenChar(char c)
{
    // RFC 9110 5.6.2 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

QUrl authorizationServerMetadataUrl(const QString &issuer)
{
    QUrl url = wellKnownUrl(QUrl(issuer, QUrl::StrictMode), QStringLiteral("oauth-authorization-server"));
    url.setQuery(QString());
    return url;
}

QUrl protectedResourceMetadataUrl(const QUrl &resource)
{
    return wellKnownUrl(resource, QStringLiteral("oauth-protected-resource"));
}

QString AuthChallenge::param(const QString &name) const
{
    for (const auto &p : params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

QList<AuthChallenge> parseWwwAuthenticate(QByteArrayView header)
{
    // challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ], challenges separated by commas; an auth-param is
    // token BWS "=" BWS ( token / quoted-string ). A new challenge starts where a token is followed by a space and
    // another token rather than by "=".
    QList<AuthChallenge> out;
    const QByteArray h = header.toByteArray();
    qsizetype i = 0;
    const qsizetype n = h.size();
    auto skipSpace = [&] {
        while (i < n && (h[i] == ' ' || h[i] == '\t'))
            ++i;
    };
    auto readToken = [&] {
        const qsizetype start = i;
        while (i < n && isTokenChar(h[i]))
            ++i;
        return h.mid(start, i - start);
    };
    AuthChallenge *current = nullptr;
    while (i < n) {
        skipSpace();
        if (i < n && h[i] == ',') {
            ++i;
            continue;
        }
        const QByteArray token = readToken();
        if (token.isEmpty()) {
            ++i; // not a token character: skip it
            continue;
        }
        skipSpace();
        if (current && i < n && h[i] == '=') {
            // an auth-param of the current challenge (or a token68 ending in "=")
            ++i;
            skipSpace();
            QString value;
            if (i < n && h[i] == '"') {
                ++i;
                QByteArray v;
                while (i < n && h[i] != '"') {
                    if (h[i] == '\\' && i + 1 < n)
                        ++i;
                    v += h[i++];
                }
                ++i; // closing quote
                value = QString::fromUtf8(v);
            } else {
                value = QString::fromUtf8(readToken());
            }
            current->params.append({QString::fromLatin1(token).toLower(), value});
            continue;
        }
        // a new challenge's scheme (a token68 credential, which no challenge Tokenscope reads has, also lands here)
        out.append(AuthChallenge{QString::fromLatin1(token), {}});
        current = &out.last();
    }
    return out;
}

JsonDocumentResult parseJsonObjectDocument(QByteArrayView json)
{
    JsonDocumentResult r;
    if (json.size() > MaxMetadataBytes) {
        r.error = ResourceMetadataText::tr("the document is %1 bytes; documents larger than 1 MiB are not read").arg(json.size());
        return r;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        r.error = ResourceMetadataText::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.error = ResourceMetadataText::tr("not a JSON object");
        return r;
    }
    r.object = doc.object();
    r.duplicateMembers = json::scan(json).duplicateMembers;
    return r;
}

ProtectedResourceMetadata parseProtectedResourceMetadata(QByteArrayView json)
{
    const JsonDocumentResult doc = parseJsonObjectDocument(json);
    if (!doc.error.isEmpty()) {
        ProtectedResourceMetadata m;
        m.defects << doc.error;
        return m;
    }
    ProtectedResourceMetadata m = protectedResourceMetadataFrom(doc.object);
    for (const QString &name : doc.duplicateMembers)
        m.defects << ResourceMetadataText::tr("the member \"%1\" appears more than once: the document is ambiguous").arg(name);
    return m;
}

ProtectedResourceMetadata protectedResourceMetadataFrom(const QJsonObject &object)
{
    ProtectedResourceMetadata m;
    m.raw = object;
    const QJsonValue resource = m.raw.value(QLatin1String("resource"));
    if (resource.isUndefined())
        m.defects << ResourceMetadataText::tr("required member \"resource\" is missing (RFC 9728 2)");
    else if (!resource.isString())
        m.defects << ResourceMetadataText::tr("\"resource\" must be a string, not %1 (RFC 9728 2)").arg(json::typeName(resource));
    else
        m.resource = resource.toString();
    auto strings = [&m](const char *key) {
        QStringList out;
        const QJsonValue v = m.raw.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        bool bad = !v.isArray();
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString())
                out << item.toString();
            else
                bad = true;
        }
        if (bad)
            m.defects << ResourceMetadataText::tr("\"%1\" must be an array of strings (RFC 9728 2)").arg(QLatin1String(key));
        return out;
    };
    m.authorizationServers = strings("authorization_servers");
    m.scopesSupported = strings("scopes_supported");
    m.bearerMethodsSupported = strings("bearer_methods_supported");
    const QJsonValue name = m.raw.value(QLatin1String("resource_name"));
    if (name.isString())
        m.resourceName = name.toString();
    const QJsonValue jwks = m.raw.value(QLatin1String("jwks_uri"));
    if (jwks.isString())
        m.jwksUri = QUrl(jwks.toString(), QUrl::StrictMode);
    return m;
}

} // namespace tokenscope
