#include "core/oidc/CallbackResponse.h"

#include "core/common/Text.h"

#include "core/oidc/TokenResponse.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QUrlQuery>

namespace tokenscope {

namespace {

const QStringList &oauthParamNames()
{
    static const QStringList names{QStringLiteral("code"),         QStringLiteral("state"),
                                   QStringLiteral("error"),        QStringLiteral("error_description"),
                                   QStringLiteral("id_token"),     QStringLiteral("access_token"),
                                   QStringLiteral("token_type"),   QStringLiteral("expires_in"),
                                   QStringLiteral("iss"),          QStringLiteral("session_state")};
    return names;
}

struct Decoded
{
    QString text;
    QByteArray badEscape; // the first malformed escape ("%G1", "%"), empty when none
    bool badUtf8 = false;
};

// application/x-www-form-urlencoded decoding of one name or value: '+' is a space, %XX a byte, strict UTF-8.
Decoded decodeComponent(QByteArrayView raw)
{
    Decoded out;
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%') {
            const int hi = i + 1 < raw.size() ? hexDigitValue(raw[i + 1]) : -1;
            const int lo = i + 2 < raw.size() ? hexDigitValue(raw[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                if (out.badEscape.isEmpty())
                    out.badEscape = raw.sliced(i, std::min<qsizetype>(3, raw.size() - i)).toByteArray();
                bytes += '%';
            } else {
                bytes += static_cast<char>(hi * 16 + lo);
                i += 2;
            }
        } else {
            bytes += c;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out.text = decoder(bytes);
    out.badUtf8 = decoder.hasError();
    return out;
}

struct ParsedPart
{
    QMap<QString, QString> params;
    QStringList repeated;
    QStringList defects;
    bool hasOAuthParams() const
    {
        return std::any_of(oauthParamNames().begin(), oauthParamNames().end(),
                           [this](const QString &name) { return params.contains(name); });
    }
};

ParsedPart parseFormEncoded(QByteArrayView data, const QString &where)
{
    ParsedPart part;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('&', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView piece = data.sliced(start, end - start);
        start = end + 1;
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const Decoded name = decodeComponent(eq < 0 ? piece : piece.first(eq));
        const Decoded value = decodeComponent(eq < 0 ? QByteArrayView() : piece.sliced(eq + 1));
        if (name.text.isEmpty()) {
            part.defects << QCoreApplication::translate("CallbackResponse", "a parameter in the %1 has an empty name "
                                                                            "(\"=...\")")
                                .arg(where);
            continue;
        }
        if (!name.badEscape.isEmpty()) {
            part.defects << QCoreApplication::translate("CallbackResponse", "malformed percent-encoding in a parameter "
                                                                            "name in the %1: \"%2\" is not % followed "
                                                                            "by two hex digits")
                                .arg(where, QString::fromLatin1(name.badEscape));
        }
        if (name.badUtf8) {
            part.defects << QCoreApplication::translate("CallbackResponse", "a parameter name in the %1 is not valid "
                                                                            "UTF-8")
                                .arg(where);
        }
        if (!value.badEscape.isEmpty()) {
            part.defects << QCoreApplication::translate("CallbackResponse", "malformed percent-encoding in \"%1\" in "
                                                                            "the %2: \"%3\" is not % followed by two "
                                                                            "hex digits")
                                .arg(name.text, where, QString::fromLatin1(value.badEscape));
        }
        if (value.badUtf8) {
            part.defects << QCoreApplication::translate("CallbackResponse", "the value of \"%1\" in the %2 is not valid "
                                                                            "UTF-8")
                                .arg(name.text, where);
        }
        if (part.params.contains(name.text)) {
            if (!part.repeated.contains(name.text))
                part.repeated << name.text;
        } else {
            part.params.insert(name.text, value.text);
        }
    }
    return part;
}

QString placeName(CallbackSource source)
{
    switch (source) {
    case CallbackSource::Query:
        return QCoreApplication::translate("CallbackResponse", "query");
    case CallbackSource::Fragment:
        return QCoreApplication::translate("CallbackResponse", "fragment");
    case CallbackSource::FormPost:
        return QCoreApplication::translate("CallbackResponse", "form body");
    }
    return {};
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

QString shortened(const QString &value)
{
    return value.size() > 16 ? value.left(12) + QStringLiteral("…") : value;
}

} // namespace

bool CallbackResponse::isError() const
{
    return params.contains(QStringLiteral("error"));
}

QString CallbackResponse::error() const
{
    return params.value(QStringLiteral("error"));
}

QString CallbackResponse::errorDescription() const
{
    return params.value(QStringLiteral("error_description"));
}

QString CallbackResponse::errorUri() const
{
    return params.value(QStringLiteral("error_uri"));
}

QString callbackSourceName(CallbackSource source)
{
    switch (source) {
    case CallbackSource::Query:
        return QStringLiteral("query");
    case CallbackSource::Fragment:
        return QStringLiteral("fragment");
    case CallbackSource::FormPost:
        return QStringLiteral("form_post");
    }
    return {};
}

bool isCallbackUrl(const QUrl &candidate, const QUrl &redirectUri)
{
    if (!candidate.isValid() || !redirectUri.isValid() || candidate.isRelative() || redirectUri.isRelative())
        return false;
    const QString scheme = redirectUri.scheme().toLower();
    if (candidate.scheme().toLower() != scheme)
        return false;
    if (candidate.host().compare(redirectUri.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int port = defaultPort(scheme);
    if (candidate.port(port) != redirectUri.port(port))
        return false;
    QString candidatePath = candidate.path(QUrl::FullyEncoded);
    QString redirectPath = redirectUri.path(QUrl::FullyEncoded);
    if (port != -1) { // http(s): "https://host" and "https://host/" are the same resource
        if (candidatePath.isEmpty())
            candidatePath = QStringLiteral("/");
        if (redirectPath.isEmpty())
            redirectPath = QStringLiteral("/");
    }
    if (candidatePath != redirectPath)
        return false;
    if (redirectUri.hasQuery()) {
        const QUrlQuery expected(redirectUri);
        const QUrlQuery actual(candidate);
        const auto items = expected.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (!actual.allQueryItemValues(item.first, QUrl::FullyDecoded).contains(item.second))
                return false;
        }
    }
    return true;
}

CallbackResponse parseCallback(const QUrl &url, const QByteArray &formBody, const QString &responseMode)
{
    CallbackResponse response = parseRawCallback(url.toEncoded(QUrl::FullyEncoded), formBody, responseMode);
    response.url = url;
    return response;
}

CallbackResponse parseRawCallback(QByteArrayView rawUrl, const QByteArray &formBody, const QString &responseMode)
{
    CallbackResponse response;
    if (rawUrl.size() > MaxCallbackBytes || formBody.size() > MaxCallbackBytes) {
        response.defects << QCoreApplication::translate("CallbackResponse", "the callback is larger than 1 MiB (URL "
                                                                            "%1 bytes, form body %2 bytes); it was not "
                                                                            "read")
                                .arg(rawUrl.size())
                                .arg(formBody.size());
        return response;
    }
    response.url = QUrl::fromEncoded(rawUrl.toByteArray());

    const qsizetype hash = rawUrl.indexOf('#');
    const QByteArrayView beforeFragment = hash < 0 ? rawUrl : rawUrl.first(hash);
    const QByteArrayView fragment = hash < 0 ? QByteArrayView() : rawUrl.sliced(hash + 1);
    const qsizetype question = beforeFragment.indexOf('?');
    const QByteArrayView query = question < 0 ? QByteArrayView() : beforeFragment.sliced(question + 1);

    auto parse = [&](CallbackSource source) {
        switch (source) {
        case CallbackSource::Query:
            return parseFormEncoded(query, placeName(source));
        case CallbackSource::Fragment:
            return parseFormEncoded(fragment, placeName(source));
        case CallbackSource::FormPost:
            break;
        }
        return parseFormEncoded(formBody, placeName(source));
    };

    const QString mode = responseMode.trimmed();
    CallbackSource expected;
    QList<CallbackSource> others;
    if (mode == QLatin1String("form_post")) {
        expected = CallbackSource::FormPost;
        others = {CallbackSource::Query, CallbackSource::Fragment};
    } else if (mode == QLatin1String("fragment")) {
        expected = CallbackSource::Fragment;
        others = {CallbackSource::Query, CallbackSource::FormPost};
    } else if (mode == QLatin1String("query")) {
        expected = CallbackSource::Query;
        others = {CallbackSource::Fragment, CallbackSource::FormPost};
    } else {
        if (!mode.isEmpty()) {
            response.notes << QCoreApplication::translate("CallbackResponse", "response_mode \"%1\" is not one "
                                                                              "Tokenscope reads; the parameters were "
                                                                              "looked for in the form body, the "
                                                                              "fragment and the query")
                                  .arg(mode);
        }
        expected = !formBody.isEmpty() ? CallbackSource::FormPost
                                       : (parse(CallbackSource::Fragment).hasOAuthParams() ? CallbackSource::Fragment
                                                                                            : CallbackSource::Query);
        others = {CallbackSource::FormPost, CallbackSource::Fragment, CallbackSource::Query};
        others.removeAll(expected);
    }

    ParsedPart chosen = parse(expected);
    CallbackSource source = expected;
    if (!chosen.hasOAuthParams()) {
        for (CallbackSource other : std::as_const(others)) {
            ParsedPart candidate = parse(other);
            if (candidate.hasOAuthParams()) {
                if (!mode.isEmpty()) {
                    response.notes << QCoreApplication::translate("CallbackResponse", "the response came in the %1 "
                                                                                      "although response_mode %2 puts "
                                                                                      "it in the %3 (providers do this "
                                                                                      "for some errors); it was read "
                                                                                      "from the %1")
                                          .arg(placeName(other), mode, placeName(expected));
                }
                chosen = candidate;
                source = other;
                break;
            }
        }
    }
    if (!chosen.hasOAuthParams()) {
        response.notes << QCoreApplication::translate("CallbackResponse", "the callback carries no OAuth parameters "
                                                                          "(code, state, error, tokens) in the %1")
                              .arg(placeName(source));
    }
    response.source = source;
    response.params = chosen.params;
    response.repeatedParams = chosen.repeated;
    response.defects = chosen.defects;
    return response;
}

bool issParamAwaitsIdToken(const CallbackResponse &response, const ProviderMetadata &metadata)
{
    return metadata.issParameterSupported && !response.isError() && !response.params.contains(QStringLiteral("iss"))
        && !response.params.value(QStringLiteral("id_token")).isEmpty();
}

Check issParamFromIdToken(const CheckList &idTokenChecks)
{
    const QString issId = QStringLiteral("iss_param");
    const Check *signature = findCheck(idTokenChecks, QStringLiteral("id_token.signature"));
    const Check *iss = findCheck(idTokenChecks, QStringLiteral("id_token.iss"));
    const bool signatureOk = signature && signature->status == CheckStatus::Pass;
    const bool issOk = iss && iss->status == CheckStatus::Pass;
    if (signatureOk && issOk) {
        return Check::pass(issId, QCoreApplication::translate("CallbackResponse", "no iss parameter although the provider "
                                                                                  "advertises it, but the response carries "
                                                                                  "an ID token whose signature and iss "
                                                                                  "validate: its iss names the issuer "
                                                                                  "(RFC 9207 2.4, OpenID Connect Core "
                                                                                  "3.3.2.12), so a mix-up is excluded"));
    }
    const Check *failed = !signatureOk ? signature : iss;
    return Check::fail(issId, QCoreApplication::translate("CallbackResponse", "no iss parameter although the provider "
                                                                              "advertises it, and the response's ID token "
                                                                              "cannot stand in for it (%1): the response "
                                                                              "may come from another provider (mix-up "
                                                                              "attack, RFC 9207 2.4)")
                                  .arg(failed ? failed->summary()
                                              : QCoreApplication::translate("CallbackResponse", "it was not validated")));
}

CheckList validateCallback(const CallbackResponse &response, const AuthorizationRequest &request,
                           const ProviderMetadata &metadata)
{
    CheckList checks;
    const QMap<QString, QString> &p = response.params;
    const QString stateId = QStringLiteral("state");
    const QString issId = QStringLiteral("iss_param");
    const QString paramsId = QStringLiteral("callback.params");

    if (response.isError()) {
        QString detail = response.error();
        if (!response.errorDescription().isEmpty())
            detail += QStringLiteral(": ") + response.errorDescription();
        const QString hint = explainOAuthError(response.error(), response.errorDescription(), 0);
        if (!hint.isEmpty())
            detail += QStringLiteral(" — ") + hint;
        if (!response.errorUri().isEmpty())
            detail += QCoreApplication::translate("CallbackResponse", " (more: %1)").arg(response.errorUri());
        checks << Check::fail(QStringLiteral("callback.error"), detail);
    }

    // state (RFC 6749 4.1.2 / 10.12)
    if (request.state.isEmpty()) {
        checks << Check::skip(stateId, QCoreApplication::translate("CallbackResponse", "no state was sent"));
    } else if (!p.contains(stateId)) {
        checks << Check::fail(stateId, QCoreApplication::translate("CallbackResponse", "the response has no state, but "
                                                                                       "one was sent: the provider must "
                                                                                       "return it unchanged (RFC 6749 "
                                                                                       "4.1.2); without it the response "
                                                                                       "cannot be tied to this attempt"));
    } else if (p.value(stateId) != request.state) {
        checks << Check::fail(stateId, QCoreApplication::translate("CallbackResponse", "state \"%1\" does not equal the "
                                                                                       "state sent (\"%2\"): the "
                                                                                       "response belongs to another "
                                                                                       "attempt or was forged (CSRF); "
                                                                                       "start a new sign-in")
                                           .arg(shortened(p.value(stateId)), shortened(request.state)));
    } else {
        checks << Check::pass(stateId, QCoreApplication::translate("CallbackResponse", "equals the state sent"));
    }

    // iss (RFC 9207)
    const bool issPresent = p.contains(QStringLiteral("iss"));
    const QString iss = p.value(QStringLiteral("iss"));
    if (issParamAwaitsIdToken(response, metadata)) {
        // decided by issParamFromIdToken() once the ID token is validated
    } else if (!issPresent) {
        if (metadata.issParameterSupported) {
            checks << Check::fail(issId, QCoreApplication::translate("CallbackResponse", "the provider advertises "
                                                                                         "authorization_response_iss_"
                                                                                         "parameter_supported but the "
                                                                                         "response has no iss (RFC "
                                                                                         "9207 2.4): it may come from "
                                                                                         "another provider (mix-up "
                                                                                         "attack)"));
        } else {
            checks << Check::skip(issId, QCoreApplication::translate("CallbackResponse", "no iss in the response, and "
                                                                                         "the provider does not "
                                                                                         "advertise it (RFC 9207)"));
        }
    } else if (metadata.issuer.isEmpty()) {
        checks << Check::skip(issId, QCoreApplication::translate("CallbackResponse", "iss \"%1\" came back, but no "
                                                                                     "issuer is known to compare it "
                                                                                     "with")
                                         .arg(iss));
    } else if (iss != metadata.issuer) {
        checks << Check::fail(issId, QCoreApplication::translate("CallbackResponse", "iss \"%1\" does not equal the "
                                                                                     "issuer \"%2\" (RFC 9207 2.4): "
                                                                                     "the response may come from "
                                                                                     "another provider (mix-up "
                                                                                     "attack); do not use it")
                                         .arg(iss, metadata.issuer));
    } else {
        checks << Check::pass(issId, metadata.issParameterSupported
                                         ? QCoreApplication::translate("CallbackResponse", "equals the issuer")
                                         : QCoreApplication::translate("CallbackResponse", "equals the issuer (sent "
                                                                                           "although not advertised)"));
    }

    // callback.params
    QStringList problems;
    if (!response.repeatedParams.isEmpty()) {
        problems << QCoreApplication::translate("CallbackResponse", "parameters repeated: %1 (RFC 6749 3.1: each may "
                                                                    "appear only once)")
                        .arg(response.repeatedParams.join(QLatin1String(", ")));
    }
    problems << response.defects;
    QStringList present;
    if (!response.isError()) {
        const QString &type = request.responseType;
        struct Artifact
        {
            QString param;
            bool wanted;
        };
        const bool wantsCode = responseTypeHas(type, QStringLiteral("code"));
        const bool wantsIdToken = responseTypeHas(type, QStringLiteral("id_token"));
        const bool wantsToken = responseTypeHas(type, QStringLiteral("token"));
        const QList<Artifact> artifacts{{QStringLiteral("code"), wantsCode},
                                        {QStringLiteral("id_token"), wantsIdToken},
                                        {QStringLiteral("access_token"), wantsToken},
                                        {QStringLiteral("token_type"), wantsToken}};
        for (const Artifact &a : artifacts) {
            const bool has = p.contains(a.param) && !p.value(a.param).isEmpty();
            if (a.wanted && !has) {
                problems << QCoreApplication::translate("CallbackResponse", "no %1, although response_type \"%2\" asks "
                                                                            "for it: check that the application may use "
                                                                            "this response type")
                                .arg(a.param, type);
            } else if (!a.wanted && has && a.param != QLatin1String("token_type")) {
                problems << QCoreApplication::translate("CallbackResponse", "%1 came back although response_type "
                                                                            "\"%2\" did not ask for it")
                                .arg(a.param, type);
            }
            if (has)
                present << a.param;
        }
        if (response.source == CallbackSource::Query
            && (p.contains(QStringLiteral("access_token")) || p.contains(QStringLiteral("id_token")))) {
            problems << QCoreApplication::translate("CallbackResponse", "tokens arrived in the query string, where they "
                                                                        "leak into server logs and Referer headers: use "
                                                                        "response_mode fragment or form_post");
        }
    }
    if (!problems.isEmpty()) {
        checks << Check::fail(paramsId, problems.join(QLatin1String("; ")));
    } else if (response.isError()) {
        checks << Check::pass(paramsId, QCoreApplication::translate("CallbackResponse", "well-formed error response in "
                                                                                        "the %1")
                                            .arg(placeName(response.source)));
    } else {
        checks << Check::pass(paramsId, QCoreApplication::translate("CallbackResponse", "%1 in the %2; no repeated or "
                                                                                        "malformed parameters")
                                            .arg(present.join(QLatin1String(", ")), placeName(response.source)));
    }
    return checks;
}

} // namespace tokenscope
