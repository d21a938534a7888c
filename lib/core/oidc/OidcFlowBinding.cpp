// OidcFlow's room for sender-constrained tokens: DPoP (RFC 9449: the nonce retry every request to a server goes through,
// the proof that presents a bound access token to a resource) and certificate binding (RFC 8705), with the checks that
// the binding took effect at the provider and at the API.

#include "core/oidc/OidcFlow.h"
#include "core/oidc/OidcFlowSupport.h"

#include "core/common/Clock.h"

namespace tokenscope {

using namespace flowdetail;

void OidcFlow::sendWithDpopNonce(const QUrl &resource, const std::function<HttpReply *()> &send, const ReplyHandler &handle)
{
    // RFC 9449 9: each resource server has its own nonces, kept by its origin.
    const QString server = resource.isEmpty() ? QString() : originOf(resource);
    // RFC 9449 8.2: a server may hand out a fresh nonce with any answer; the next proof to it carries the latest.
    auto remember = [this, server](const HttpExchange &ex) {
        const QString nonce = QString::fromLatin1(ex.responseHeader("DPoP-Nonce").trimmed());
        if (!m_dpopKey.isValid() || nonce.isEmpty())
            return;
        if (server.isEmpty())
            m_asDpopNonce = nonce;
        else
            m_rsDpopNonces.insert(server, nonce);
    };
    HttpReply *reply = send();
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, server, send, handle, remember] {
        const HttpExchange &ex = reply->exchange();
        remember(ex);
        const bool demanded = m_dpopKey.isValid() && m_running && reply->error() == HttpReply::Error::NoError
            && !dpopNonceDemand(ex).isEmpty();
        if (!demanded) {
            handle(reply);
            return;
        }
        // RFC 9449 8 and 9: the same request once more, its proof carrying the nonce just given.
        if (m_pending == reply)
            m_pending = nullptr;
        reply->deleteLater();
        if (m_state.dpop)
            ++m_state.dpop->nonceRetries;
        // RFC 9449 8 (the authorization server's nonce) and 9 (a resource server's).
        const QString who = server.isEmpty() ? tr("the authorization server (RFC 9449 8)") : tr("the resource server %1 (RFC 9449 9)").arg(server);
        HttpReply *again = send();
        m_pending = again;
        connect(again, &HttpReply::finished, this, [this, again, handle, remember, who] {
            const HttpExchange &ex2 = again->exchange();
            remember(ex2);
            const QString id = QStringLiteral("dpop.nonce");
            if (again->error() == HttpReply::Error::NoError && !dpopNonceDemand(ex2).isEmpty())
                addChecks({Check::fail(id, tr("%1 asked for a DPoP nonce (use_dpop_nonce), and asked again when the proof carried the "
                                              "nonce it had just given: it does not accept its own nonces")
                                               .arg(who))});
            else if (again->error() == HttpReply::Error::NoError)
                addChecks({Check::pass(id, tr("%1 asked for a DPoP nonce (use_dpop_nonce); the request was sent again with it and "
                                              "answered HTTP %2")
                                               .arg(who)
                                               .arg(ex2.status))});
            handle(again);
        });
    });
}

HttpHeaders OidcFlow::resourceAuthorization(const QByteArray &method, const QUrl &url, const QString &accessToken,
                                            const QString &tokenType)
{
    if (!m_dpopKey.isValid() || !isDpopTokenType(tokenType))
        return {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()}};
    // RFC 9449 7.1: the DPoP scheme, and a proof for this request that names the token (ath).
    return {{QByteArrayLiteral("Authorization"), "DPoP " + accessToken.toUtf8()},
            {QByteArrayLiteral("DPoP"), dpopProof(m_dpopKey, method, url, m_clock->nowSecsSinceEpoch(), nextJti(),
                                                  m_rsDpopNonces.value(originOf(url)), accessToken)}};
}

CheckList OidcFlow::tokenChecks(const TokenResponse &response, const QString &prefix) const
{
    CheckList checks = tokenResponseChecks(response, prefix, m_dpopKey.isValid());
    if (m_state.mtls && response.ok()) {
        // RFC 8705 3.1: the token is bound to the certificate it was obtained with, also after a refresh.
        checks << certificateBindingCheck(prefix == QLatin1String("refresh.") ? QStringLiteral("mtls.refresh_bound") : QStringLiteral("mtls.cnf_x5t"),
                                          response.accessToken, m_state.mtls->thumbprint);
    }
    if (!m_dpopKey.isValid() || !response.ok())
        return checks;
    const Check type = dpopTokenTypeCheck(QStringLiteral("dpop.proof"), response.tokenType);
    const Check bound = type.status == CheckStatus::Fail ? Check::skip(QStringLiteral("dpop.cnf_jkt"), tr("not bound: see dpop.proof"))
                                                         : dpopBindingCheck(QStringLiteral("dpop.cnf_jkt"), response.accessToken,
                                                                            m_dpopKey.thumbprint);
    if (prefix != QLatin1String("refresh.")) {
        checks << type << bound;
        return checks;
    }
    // RFC 9449 5: a refresh with the same key gives tokens bound to it again.
    const QString id = QStringLiteral("dpop.refresh_bound");
    if (type.status == CheckStatus::Fail)
        checks << Check::fail(id, tr("the refresh gave an unbound token: %1").arg(type.detail.toString()));
    else if (bound.status == CheckStatus::Fail)
        checks << Check::fail(id, tr("the refreshed access token is not bound to the proof key: %1").arg(bound.detail.toString()));
    else
        checks << Check::pass(id, tr("the refresh stayed bound: token_type DPoP; %1").arg(bound.detail.toString()));
    return checks;
}

void OidcFlow::checkApiRefusesUnboundUse(TokenBinding binding, const QUrl &url, const QByteArray &method, const QByteArray &body,
                                         const HttpHeaders &headers, const QString &accessToken,
                                         const std::function<void(const Check &)> &then)
{
    // The downgrade a thief tries: the bound token as a plain bearer token, with no proof (RFC 9449 7.2), or from a
    // connection without the certificate (RFC 8705 3).
    HttpHeaders all = headers;
    all.prepend({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()});
    const bool dpop = binding == TokenBinding::Dpop;
    HttpReply *reply = dpop ? m_http->send(method, url, Steps::Api, body, all)
                            : m_http->sendWithoutClientCertificate(method, url, Steps::Api, body, all);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, then, dpop] {
        if (!takeReply(reply))
            return;
        const HttpExchange &ex = reply->exchange();
        const QString id = dpop ? QStringLiteral("dpop.api_requires_proof") : QStringLiteral("mtls.api_requires_certificate");
        Check check;
        if (!dpop && (reply->error() == HttpReply::Error::Tls || reply->error() == HttpReply::Error::Network))
            check = Check::pass(id, tr("the API's TLS handshake failed without the client certificate (%1): the bound token is of no use "
                                       "from another connection (RFC 8705 3)")
                                        .arg(ex.error));
        else if (!ex.error.isEmpty())
            check = Check::fail(id, dpop ? tr("could not tell: the API did not answer the call without a proof (%1)").arg(ex.error)
                                         : tr("could not tell: the API did not answer the call without the certificate (%1)").arg(ex.error));
        else if (ex.status == 400 || ex.status == 401 || ex.status == 403)
            check = Check::pass(id, dpop ? tr("the API refused the bound token without a proof (HTTP %1): a stolen token alone is of no use "
                                              "there (RFC 9449 7.1)")
                                               .arg(ex.status)
                                         : tr("the API refused the bound token over a connection without the certificate (HTTP %1): a "
                                              "stolen token alone is of no use there (RFC 8705 3)")
                                               .arg(ex.status));
        else if (ex.isSuccess())
            check = Check::fail(id, dpop ? tr("the API accepted the DPoP-bound access token as a plain bearer token, without a proof (HTTP %1): "
                                              "it does not enforce the binding (RFC 9449 7.1), so whoever steals the token can use it")
                                               .arg(ex.status)
                                         : tr("the API accepted the certificate-bound access token over a connection without the "
                                              "certificate (HTTP %1): it does not enforce the binding (RFC 8705 3), so whoever steals "
                                              "the token can use it")
                                               .arg(ex.status));
        else
            check = Check::fail(id, dpop ? tr("could not tell: the API answered the call without a proof with HTTP %1").arg(ex.status)
                                         : tr("could not tell: the API answered the call without the certificate with HTTP %1").arg(ex.status));
        addChecks({check});
        then(check);
    });
}

} // namespace tokenscope
