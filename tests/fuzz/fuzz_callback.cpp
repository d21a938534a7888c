// libFuzzer target: the authorization-response parser (URL text and form_post body, every response mode) and the
// callback checks. The first byte picks the mode; the rest up to the first NUL is the URL, after it the form body.
#include "FuzzCommon.h"

#include "core/oidc/CallbackResponse.h"

using namespace tokenscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QString modes[] = {QString(), QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post"),
                                    QStringLiteral("web_message")};
    const QString &mode = modes[data[0] % 5];
    const QByteArrayView rest = fuzz::bytes(data + 1, size - 1);
    const qsizetype nul = rest.indexOf('\0');
    const QByteArrayView url = nul < 0 ? rest : rest.first(nul);
    const QByteArray body = nul < 0 ? QByteArray() : rest.sliced(nul + 1).toByteArray();

    const CallbackResponse raw = parseRawCallback(url, body, mode);
    const CallbackResponse viaQUrl = parseCallback(QUrl::fromEncoded(url.toByteArray()), body, mode);
    (void)isCallbackUrl(raw.url, QUrl(QStringLiteral("https://app.example/callback?x=1")));
    (void)isCallbackUrl(viaQUrl.url, QUrl(QStringLiteral("com.example.app:/callback")));

    AuthorizationRequest request;
    request.state = QStringLiteral("state-1");
    request.nonce = QStringLiteral("nonce-1");
    request.responseType = QStringLiteral("code id_token token");
    ProviderMetadata metadata;
    metadata.issuer = QStringLiteral("https://tenant.example/");
    metadata.issParameterSupported = true;
    const CheckList checks = validateCallback(raw, request, metadata);
    const Check *state = findCheck(checks, QStringLiteral("state"));
    if (!state || (state->status == CheckStatus::Pass && raw.param(QStringLiteral("state")) != request.state))
        fuzz::invariantBroken(); // a state check that passes a foreign state
    if (!raw.defects.isEmpty() && findCheck(checks, QStringLiteral("callback.params"))->status != CheckStatus::Fail)
        fuzz::invariantBroken(); // a defect the checks do not report
    return 0;
}
