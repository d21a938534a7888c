#include "core/oidc/Introspection.h"

#include "core/jose/Jwt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::IntrospectionText.
struct IntrospectionText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::IntrospectionText)
};

namespace {

// A claim as a set of strings (aud and scope may be lists), or a number's canonical text, for comparing.
QStringList values(const QString &name, const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            out << (item.isString() ? item.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
    } else if (v.isString()) {
        out = name == QLatin1String("scope") ? v.toString().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList{v.toString()};
    } else if (v.isDouble()) {
        out << QString::number(std::floor(v.toDouble()), 'f', 0);
    } else if (!v.isUndefined() && !v.isNull()) {
        out << QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

IntrospectionResponse parseIntrospectionResponse(const QByteArray &body)
{
    IntrospectionResponse r;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        r.defects << IntrospectionText::tr("the answer is not a JSON object (RFC 7662 2.2)");
        return r;
    }
    r.claims = doc.object();
    const QJsonValue active = r.claims.value(QLatin1String("active"));
    if (active.isBool())
        r.active = active.toBool();
    else
        r.defects << (active.isUndefined() ? IntrospectionText::tr("the answer has no \"active\", which RFC 7662 2.2 requires")
                                           : IntrospectionText::tr("\"active\" must be true or false (RFC 7662 2.2)"));
    return r;
}

CheckList introspectionChecks(const IntrospectionResponse &response, const QString &token)
{
    CheckList checks;
    const QString activeId = QStringLiteral("introspection.active");
    if (!response.active) {
        checks << Check::fail(activeId, response.defects.join(QStringLiteral("; ")));
        return checks;
    }
    if (!*response.active) {
        checks << Check::fail(activeId, IntrospectionText::tr("the provider says the token is not active: it is expired, revoked, unknown to it, or not this "
                                             "client's to ask about (RFC 7662 2.2)"));
        return checks;
    }
    checks << Check::pass(activeId, IntrospectionText::tr("the provider says the token is active"));
    const QByteArray raw = token.trimmed().toUtf8();
    if (!looksLikeJwt(raw))
        return checks; // an opaque token has no claims of its own to compare with
    const ParsedJwt jwt = parseJwt(raw);
    if (!jwt.structurallyValid)
        return checks;
    for (const char *name : {"iss", "sub", "aud", "exp", "scope", "client_id"}) {
        const QString claim = QString::fromLatin1(name);
        const QString id = QStringLiteral("introspection.") + claim;
        QJsonValue own = jwt.payload.value(claim);
        QString ownName = claim;
        if (claim == QLatin1String("client_id") && own.isUndefined() && jwt.payload.contains(QLatin1String("azp"))) {
            own = jwt.payload.value(QLatin1String("azp")); // Auth0 names the client in azp
            ownName = QStringLiteral("azp");
        }
        const QJsonValue theirs = response.claims.value(claim);
        const QStringList a = values(claim, own);
        const QStringList b = values(claim, theirs);
        if (a.isEmpty() || b.isEmpty()) {
            checks << Check::skip(id, a.isEmpty() && b.isEmpty() ? IntrospectionText::tr("neither the token nor the introspection answer has %1").arg(claim)
                                      : a.isEmpty()             ? IntrospectionText::tr("the token has no %1 to compare with the answer's").arg(claim)
                                                                : IntrospectionText::tr("the introspection answer has no %1 (it is optional, RFC 7662 2.2)").arg(claim));
        } else if (a == b) {
            checks << Check::pass(id, IntrospectionText::tr("the answer's %1 is the token's: %2").arg(claim, b.join(QLatin1Char(' '))));
        } else {
            checks << Check::fail(id, IntrospectionText::tr("the answer's %1 \"%2\" is not the token's %3 \"%4\": the provider and the token disagree")
                                          .arg(claim, b.join(QLatin1Char(' ')), ownName, a.join(QLatin1Char(' '))));
        }
    }
    return checks;
}

} // namespace tokenscope
