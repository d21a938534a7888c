#include "core/tenant/TenantLint.h"
#include "core/tenant/TenantLintText.h"

#include "core/common/Text.h"
#include "core/http/FetchPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QSet>

namespace tokenscope {

namespace {


QString list(const QStringList &items)
{
    return items.isEmpty() ? TenantLintText::tr("(none)") : quotedList(items);
}

bool isHsAlg(const QString &alg)
{
    return alg.startsWith(QLatin1String("HS"));
}

// The JWK family an asymmetric JWS alg needs: {kty, crv} ("" crv = any); empty kty for HS*/none/unknown.
QPair<QString, QString> keyFamilyFor(const QString &alg)
{
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS")))
        return {QStringLiteral("RSA"), {}};
    if (alg == QLatin1String("ES256"))
        return {QStringLiteral("EC"), QStringLiteral("P-256")};
    if (alg == QLatin1String("ES384"))
        return {QStringLiteral("EC"), QStringLiteral("P-384")};
    if (alg == QLatin1String("ES512"))
        return {QStringLiteral("EC"), QStringLiteral("P-521")};
    if (alg == QLatin1String("EdDSA"))
        return {QStringLiteral("OKP"), {}};
    if (alg == QLatin1String("Ed25519"))
        return {QStringLiteral("OKP"), QStringLiteral("Ed25519")};
    if (alg == QLatin1String("Ed448"))
        return {QStringLiteral("OKP"), QStringLiteral("Ed448")};
    return {};
}

bool isSignatureAlg(const QString &alg)
{
    return isHsAlg(alg) || !keyFamilyFor(alg).first.isEmpty();
}

QString keyName(const JsonWebKey &key, qsizetype index)
{
    return key.kid.isEmpty() ? QStringLiteral("keys[%1]").arg(index) : QStringLiteral("\"%1\"").arg(key.kid);
}

enum class MemberType { String, Url, StringArray, Bool };

struct MemberSpec
{
    const char *name;
    MemberType type;
};

constexpr MemberSpec KnownMembers[] = {
    {"issuer", MemberType::String},
    {"authorization_endpoint", MemberType::Url},
    {"token_endpoint", MemberType::Url},
    {"userinfo_endpoint", MemberType::Url},
    {"jwks_uri", MemberType::Url},
    {"registration_endpoint", MemberType::Url},
    {"end_session_endpoint", MemberType::Url},
    {"revocation_endpoint", MemberType::Url},
    {"introspection_endpoint", MemberType::Url},
    {"scopes_supported", MemberType::StringArray},
    {"response_types_supported", MemberType::StringArray},
    {"response_modes_supported", MemberType::StringArray},
    {"grant_types_supported", MemberType::StringArray},
    {"acr_values_supported", MemberType::StringArray},
    {"subject_types_supported", MemberType::StringArray},
    {"id_token_signing_alg_values_supported", MemberType::StringArray},
    {"token_endpoint_auth_methods_supported", MemberType::StringArray},
    {"code_challenge_methods_supported", MemberType::StringArray},
    {"claims_supported", MemberType::StringArray},
    {"authorization_response_iss_parameter_supported", MemberType::Bool},
    {"claims_parameter_supported", MemberType::Bool},
    {"request_parameter_supported", MemberType::Bool},
    {"request_uri_parameter_supported", MemberType::Bool},
};

QString typeProblem(const QJsonValue &v, MemberType type)
{
    switch (type) {
    case MemberType::String:
    case MemberType::Url:
        if (!v.isString())
            return TenantLintText::tr("must be a string");
        if (type == MemberType::Url) {
            const QUrl url(v.toString(), QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || url.host().isEmpty())
                return TenantLintText::tr("must be an absolute URL");
        }
        return {};
    case MemberType::StringArray: {
        if (!v.isArray())
            return TenantLintText::tr("must be an array of strings");
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return TenantLintText::tr("must contain only strings");
        }
        return {};
    }
    case MemberType::Bool:
        return v.isBool() ? QString() : TenantLintText::tr("must be true or false");
    }
    return {};
}

class Linter
{
public:
    explicit Linter(const LintInput &input) : in(input), m(input.metadata), raw(input.metadata.raw) {}

    FindingList run()
    {
        const bool haveDocument = !raw.isEmpty();
        if (!haveDocument) {
            QString why = in.discoveryError;
            if (why.isEmpty())
                why = m.defects.join(QStringLiteral("; "));
            if (why.isEmpty())
                why = TenantLintText::tr("no discovery document was fetched");
            add(Finding::error(QStringLiteral("lint.discovery.document"),
                               TenantLintText::tr("There is no usable discovery document: %1. Check the issuer URL: "
                                                  "<issuer>/.well-known/openid-configuration must return the provider's JSON metadata.")
                                   .arg(why)));
            if (in.jwks || !in.jwksError.isEmpty())
                jwks();
            return out;
        }
        add(Finding::info(QStringLiteral("lint.discovery.document"),
                          TenantLintText::tr("The discovery document is a JSON object with %1 members.").arg(raw.size())));
        metadata();
        issuer();
        https();
        jwks();
        signing();
        responseTypes();
        responseModes();
        pkce();
        grantTypes();
        profileChecks();
        endpoints();
        issParameter();
        return out;
    }

private:
    void add(const Finding &f) { out.append(f); }
    bool has(const char *member) const { return raw.contains(QLatin1String(member)); }
    const Profile *profile() const { return in.profile ? &*in.profile : nullptr; }

    void metadata()
    {
        bool implicitOnly = !m.responseTypesSupported.isEmpty();
        for (const QString &type : m.responseTypesSupported) {
            if (responseTypeHas(type, QStringLiteral("code")))
                implicitOnly = false;
        }
        QStringList required{QStringLiteral("issuer"), QStringLiteral("authorization_endpoint"), QStringLiteral("jwks_uri"),
                             QStringLiteral("response_types_supported"), QStringLiteral("subject_types_supported"),
                             QStringLiteral("id_token_signing_alg_values_supported")};
        if (!implicitOnly)
            required.insert(2, QStringLiteral("token_endpoint"));
        QStringList missing;
        for (const QString &name : std::as_const(required)) {
            if (!raw.contains(name))
                missing << name;
        }
        if (missing.isEmpty())
            add(Finding::info(QStringLiteral("lint.metadata.required"), TenantLintText::tr("Every required member is present (OpenID Connect Discovery 3).")));
        else
            add(Finding::error(QStringLiteral("lint.metadata.required"),
                               TenantLintText::tr("Required members are missing: %1. Add them to the discovery document (OpenID Connect "
                                                  "Discovery 3); clients cannot sign in or verify tokens without them.")
                                   .arg(list(missing))));

        QStringList wrong;
        for (const MemberSpec &spec : KnownMembers) {
            const QJsonValue v = raw.value(QLatin1String(spec.name));
            if (v.isUndefined())
                continue;
            const QString problem = typeProblem(v, spec.type);
            if (!problem.isEmpty())
                wrong << QStringLiteral("\"%1\" %2").arg(QLatin1String(spec.name), problem);
        }
        if (wrong.isEmpty())
            add(Finding::info(QStringLiteral("lint.metadata.types"), TenantLintText::tr("Every known member has the type OpenID Connect Discovery 3 gives it.")));
        else
            add(Finding::error(QStringLiteral("lint.metadata.types"),
                               TenantLintText::tr("Members with the wrong type: %1. Fix their values; clients reject or ignore them.")
                                   .arg(wrong.join(QStringLiteral("; ")))));

        QStringList absent;
        for (const char *name : {"userinfo_endpoint", "scopes_supported", "claims_supported"}) {
            if (!has(name))
                absent << QLatin1String(name);
        }
        if (absent.isEmpty())
            add(Finding::info(QStringLiteral("lint.metadata.recommended"), TenantLintText::tr("The recommended members userinfo_endpoint, scopes_supported and claims_supported are present.")));
        else
            add(Finding::warning(QStringLiteral("lint.metadata.recommended"),
                                 TenantLintText::tr("Recommended members are missing: %1. Publish them so clients can discover what the "
                                                    "provider supports (OpenID Connect Discovery 3).")
                                     .arg(list(absent))));
    }

    void issuer()
    {
        const QString iss = raw.value(QStringLiteral("issuer")).toString();
        if (iss.isEmpty()) {
            add(Finding::skip(QStringLiteral("lint.issuer.format"), TenantLintText::tr("The document has no issuer.")));
            add(Finding::skip(QStringLiteral("lint.issuer.matches_url"), TenantLintText::tr("The document has no issuer.")));
            return;
        }
        const QUrl url(iss, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            add(Finding::error(QStringLiteral("lint.issuer.format"), TenantLintText::tr("The issuer \"%1\" is not an absolute URL. Set it to the provider's https URL, e.g. \"https://tenant.example.com/\".").arg(iss)));
        else if (url.hasQuery() || url.hasFragment())
            add(Finding::error(QStringLiteral("lint.issuer.format"), TenantLintText::tr("The issuer \"%1\" has a query or fragment, which OpenID Connect Discovery 3 forbids. Remove it.").arg(iss)));
        else if (url.scheme() != QLatin1String("https") && !isLoopbackHost(url.host()))
            add(Finding::error(QStringLiteral("lint.issuer.format"), TenantLintText::tr("The issuer \"%1\" does not use https. Serve the provider over https and make the issuer an https URL.").arg(iss)));
        else
            add(Finding::info(QStringLiteral("lint.issuer.format"), TenantLintText::tr("The issuer \"%1\" is an absolute URL without query or fragment.").arg(iss)));

        if (in.fetchedFrom.isEmpty()) {
            add(Finding::skip(QStringLiteral("lint.issuer.matches_url"), TenantLintText::tr("It is not known which URL the document was fetched from.")));
            return;
        }
        // OpenID Connect Discovery 4 / 4.3: the document lives at the issuer, without a terminating "/", followed by
        // "/.well-known/openid-configuration", and its issuer is exactly the one that URL was built from. So
        // "https://accounts.google.com" and "https://t.example/" both match the URL they are fetched from; what the
        // URL cannot tell apart (a trailing slash) is the client's to get right, not the provider's.
        const bool viaWellKnown = in.fetchedFrom.path().endsWith(QLatin1String("/.well-known/openid-configuration"));
        const QUrl fetched = (viaWellKnown ? in.fetchedFrom : discoveryUrlForIssuer(in.fetchedFrom.toString())).adjusted(QUrl::NormalizePathSegments);
        const QUrl expected = discoveryUrlForIssuer(iss).adjusted(QUrl::NormalizePathSegments);
        if (expected == fetched) {
            add(Finding::info(QStringLiteral("lint.issuer.matches_url"),
                              TenantLintText::tr("The issuer \"%1\" is the URL the document was fetched from, less \"/.well-known/openid-configuration\" "
                                                 "(OpenID Connect Discovery 4).")
                                  .arg(iss)));
            return;
        }
        const QString fetchedText = in.fetchedFrom.toDisplayString();
        add(Finding::error(QStringLiteral("lint.issuer.matches_url"),
                           TenantLintText::tr("The document says issuer \"%1\" but was fetched from \"%2\"; OpenID Connect Discovery 4.3 "
                                              "requires the issuer to be the URL the document is served under (less "
                                              "\"/.well-known/openid-configuration\"), and clients reject every token. Either the "
                                              "document belongs to another provider (a proxy or a wrong custom domain?) or the issuer "
                                              "setting is wrong.")
                               .arg(iss, fetchedText)));
    }

    void https()
    {
        QStringList insecure;
        QStringList loopback;
        QStringList unfetchable;
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            const QString key = it.key();
            if (key != QLatin1String("issuer") && !key.endsWith(QLatin1String("_endpoint")) && !key.endsWith(QLatin1String("_uri")))
                continue;
            if (!it.value().isString())
                continue;
            const QUrl url(it.value().toString());
            if (url.scheme() == QLatin1String("https") && !url.host().isEmpty())
                continue;
            if (url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
                // FetchPolicy: no client may be sent to file:, data:, ftp: ... (and Tokenscope refuses to fetch them).
                if (!url.isRelative() || !url.scheme().isEmpty())
                    unfetchable << QStringLiteral("%1 (%2)").arg(key, url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment));
                continue;
            }
            if (isLoopbackHost(url.host()))
                loopback << key;
            else
                insecure << QStringLiteral("%1 (%2)").arg(key, it.value().toString());
        }
        if (!unfetchable.isEmpty())
            add(Finding::error(QStringLiteral("lint.https.endpoints"),
                               TenantLintText::tr("These URLs are not http(s) URLs of a host: %1. Endpoints must be https URLs (OpenID Connect "
                                                  "Discovery 3, RFC 8414 2); a client sent to another scheme could read local files. "
                                                  "Tokenscope refuses to fetch them.")
                                   .arg(unfetchable.join(QStringLiteral(", ")))));
        else if (!insecure.isEmpty())
            add(Finding::error(QStringLiteral("lint.https.endpoints"),
                               TenantLintText::tr("These URLs use plain http on a non-loopback host: %1. Serve them over https; tokens, "
                                                  "codes and keys would otherwise travel unencrypted and unauthenticated.")
                                   .arg(insecure.join(QStringLiteral(", ")))));
        else if (!loopback.isEmpty())
            add(Finding::info(QStringLiteral("lint.https.endpoints"),
                              TenantLintText::tr("Every URL uses https, except %n on a loopback host (accepted for local test tenants only).", nullptr,
                                 int(loopback.size()))));
        else
            add(Finding::info(QStringLiteral("lint.https.endpoints"), TenantLintText::tr("Every endpoint URL uses https.")));
    }

    void skipJwks(const QString &why)
    {
        for (const char *id : {"lint.jwks.parseable", "lint.jwks.key_defects", "lint.jwks.private_material", "lint.jwks.unique_kids",
                               "lint.jwks.rsa_key_size", "lint.jwks.use_alg", "lint.jwks.covers_algs"})
            add(Finding::skip(QLatin1String(id), why));
    }

    void jwks()
    {
        const QString uri = raw.value(QStringLiteral("jwks_uri")).toString();
        if (!in.jwks) {
            if (!in.jwksError.isEmpty())
                add(Finding::error(QStringLiteral("lint.jwks.reachable"),
                                   TenantLintText::tr("The JWKS could not be fetched: %1. Make jwks_uri reachable without authentication; "
                                                      "no client can verify a signature without it.")
                                       .arg(in.jwksError)));
            else if (uri.isEmpty())
                add(Finding::error(QStringLiteral("lint.jwks.reachable"), TenantLintText::tr("There is no jwks_uri, so no client can verify ID token signatures. Publish the signing keys and add jwks_uri.")));
            else
                add(Finding::skip(QStringLiteral("lint.jwks.reachable"), TenantLintText::tr("The JWKS was not fetched.")));
            skipJwks(TenantLintText::tr("The JWKS is not available."));
            return;
        }
        const JwkSet &set = *in.jwks;
        add(Finding::info(QStringLiteral("lint.jwks.reachable"), uri.isEmpty() ? TenantLintText::tr("The JWKS was fetched.") : TenantLintText::tr("The JWKS %1 was fetched.").arg(uri)));
        if (!set.parsed || set.keys.isEmpty()) {
            add(Finding::error(QStringLiteral("lint.jwks.parseable"),
                               TenantLintText::tr("The JWKS is unusable: %1. Serve {\"keys\": [...]} with the public signing keys.")
                                   .arg(set.defects.join(QStringLiteral("; ")))));
            for (const char *id : {"lint.jwks.key_defects", "lint.jwks.private_material", "lint.jwks.unique_kids", "lint.jwks.rsa_key_size",
                                   "lint.jwks.use_alg", "lint.jwks.covers_algs"})
                add(Finding::skip(QLatin1String(id), TenantLintText::tr("The JWKS has no keys.")));
            return;
        }
        int usable = 0;
        for (const JsonWebKey &key : set.keys)
            usable += key.usable() ? 1 : 0;
        add(Finding::info(QStringLiteral("lint.jwks.parseable"), TenantLintText::tr("The JWKS has %1 key(s), %2 of them usable.").arg(set.keys.size()).arg(usable)));

        // RFC 7517 section 5: a client ignores keys whose kty it does not understand; the same goes for curves it does not
        // implement (secp256k1, X25519 for encryption, AKP, ...). They are no defect of the set (certified clients such as
        // oauth4webapi filter them out; the conformance suite's own JWKS has them), so they are only named.
        QStringList defects;
        QStringList ignored;
        for (qsizetype i = 0; i < set.keys.size(); ++i) {
            const JsonWebKey &key = set.keys.at(i);
            if (key.unsupportedType) {
                ignored << QStringLiteral("%1 (%2)").arg(keyName(key, i), key.crv.isEmpty() ? key.kty : key.kty + QLatin1Char(' ') + key.crv);
                continue;
            }
            for (const QString &defect : key.defects) {
                if (key.kty == QLatin1String("RSA") && key.bits > 0 && key.bits < 2048 && defect.contains(QString::number(key.bits)))
                    continue; // reported by lint.jwks.rsa_key_size
                defects << QStringLiteral("%1: %2").arg(keyName(key, i), defect);
            }
        }
        const QString ignoredText = ignored.isEmpty()
            ? QString()
            : TenantLintText::tr("Keys of types Tokenscope cannot use are ignored, as RFC 7517 section 5 says: %1.").arg(ignored.join(QStringLiteral(", ")));
        if (!defects.isEmpty())
            add(Finding::error(QStringLiteral("lint.jwks.key_defects"),
                               (TenantLintText::tr("Keys with defects: %1. Fix or remove these keys from the JWKS.").arg(defects.join(QStringLiteral("; ")))
                                + QLatin1Char(' ') + ignoredText)
                                   .trimmed()));
        else if (!ignored.isEmpty())
            add(Finding::info(QStringLiteral("lint.jwks.key_defects"), TenantLintText::tr("Every key of a supported type parses and imports cleanly.") + QLatin1Char(' ') + ignoredText));
        else
            add(Finding::info(QStringLiteral("lint.jwks.key_defects"), TenantLintText::tr("Every key parses and imports cleanly.")));

        QStringList exposed;
        for (qsizetype i = 0; i < set.keys.size(); ++i) {
            const JsonWebKey &key = set.keys.at(i);
            if (!key.privateMembers().isEmpty())
                exposed << TenantLintText::tr("%1 has private members %2").arg(keyName(key, i), key.privateMembers().join(QStringLiteral(", ")));
            else if (key.kty == QLatin1String("oct"))
                exposed << TenantLintText::tr("%1 is a symmetric (oct) key").arg(keyName(key, i));
        }
        if (exposed.isEmpty())
            add(Finding::info(QStringLiteral("lint.jwks.private_material"), TenantLintText::tr("The JWKS publishes public keys only.")));
        else
            add(Finding::error(QStringLiteral("lint.jwks.private_material"),
                               TenantLintText::tr("The JWKS publishes secret key material: %1. Anyone can sign tokens with it: rotate "
                                                  "these keys now and publish only the public parts.")
                                   .arg(exposed.join(QStringLiteral("; ")))));

        // OpenID Connect Core 10.1: a kid is needed where a client could not otherwise tell which key verifies a token.
        // Clients pick candidates by key type and curve and leave out "enc" keys (oauth4webapi, openid-client), so only
        // signing keys of one type need kids to be told apart; keys of unsupported types are ignored (RFC 7517 section 5).
        QHash<QString, int> kidCount;
        QHash<QString, int> perType;  // signing keys of each kty/crv
        QHash<QString, int> kidlessPerType;
        int withoutKid = 0;
        int considered = 0;
        for (const JsonWebKey &key : set.keys) {
            if (key.unsupportedType)
                continue;
            ++considered;
            if (!key.kid.isEmpty())
                ++kidCount[key.kid];
            if (key.use == QLatin1String("enc"))
                continue;
            const QString type = key.crv.isEmpty() ? key.kty : key.kty + QLatin1Char(' ') + key.crv;
            ++perType[type];
            if (key.kid.isEmpty()) {
                ++withoutKid;
                ++kidlessPerType[type];
            }
        }
        QStringList duplicates;
        for (auto it = kidCount.cbegin(); it != kidCount.cend(); ++it) {
            if (it.value() > 1)
                duplicates << it.key();
        }
        duplicates.sort();
        QStringList ambiguous; // types with several signing keys, some of them without kid
        for (auto it = kidlessPerType.cbegin(); it != kidlessPerType.cend(); ++it) {
            if (perType.value(it.key()) > 1)
                ambiguous << it.key();
        }
        ambiguous.sort();
        const QString ignoredNote = ignored.isEmpty() ? QString()
                                                      : QLatin1Char(' ') + TenantLintText::tr("Keys of unsupported types ignored: %1.").arg(ignored.size());
        if (!duplicates.isEmpty())
            add(Finding::error(QStringLiteral("lint.jwks.unique_kids"),
                               TenantLintText::tr("The kid(s) %1 are used by more than one key, so a token's kid cannot select its key. Give every key its own kid.")
                                   .arg(list(duplicates))));
        else if (!ambiguous.isEmpty())
            add(Finding::error(QStringLiteral("lint.jwks.unique_kids"),
                               TenantLintText::tr("%1 of the %2 keys have no kid; with several signing keys of one type (%3), tokens must name their key (OpenID Connect Core 10.1). Add a kid to every key.")
                                   .arg(withoutKid)
                                   .arg(considered)
                                   .arg(ambiguous.join(QStringLiteral(", ")))));
        else if (withoutKid > 0 && considered == 1)
            add(Finding::warning(QStringLiteral("lint.jwks.unique_kids"),
                                 TenantLintText::tr("The only key has no kid. It works until the first key rotation; add a kid so old and new keys can be told apart.")
                                     + ignoredNote));
        else if (withoutKid > 0)
            add(Finding::warning(QStringLiteral("lint.jwks.unique_kids"),
                                 TenantLintText::tr("Signing keys without kid: %1; each is the only one of its type, so clients can still select it (OpenID Connect Core 10.1). Add kids before the first key rotation.").arg(withoutKid)
                                     + ignoredNote));
        else
            add(Finding::info(QStringLiteral("lint.jwks.unique_kids"), ignored.isEmpty() ? TenantLintText::tr("Every key has its own kid.")
                                                                                         : TenantLintText::tr("Every key of a supported type has its own kid.") + ignoredNote));

        QStringList small;
        QList<int> sizes;
        for (qsizetype i = 0; i < set.keys.size(); ++i) {
            const JsonWebKey &key = set.keys.at(i);
            if (key.kty != QLatin1String("RSA") || key.bits <= 0)
                continue;
            sizes << key.bits;
            if (key.bits < 2048)
                small << TenantLintText::tr("%1 (%2 bits)").arg(keyName(key, i)).arg(key.bits);
        }
        if (sizes.isEmpty())
            add(Finding::skip(QStringLiteral("lint.jwks.rsa_key_size"), TenantLintText::tr("The JWKS has no RSA keys.")));
        else if (!small.isEmpty())
            add(Finding::error(QStringLiteral("lint.jwks.rsa_key_size"),
                               TenantLintText::tr("RSA keys shorter than 2048 bits: %1. Replace them with keys of at least 2048 bits (RFC 7518 3.3); short keys can be factored.")
                                   .arg(small.join(QStringLiteral(", ")))));
        else
            add(Finding::info(QStringLiteral("lint.jwks.rsa_key_size"), TenantLintText::tr("Every RSA key has at least 2048 bits.")));

        QStringList useErrors;
        QStringList useWarnings;
        int signingKeys = 0;
        for (qsizetype i = 0; i < set.keys.size(); ++i) {
            const JsonWebKey &key = set.keys.at(i);
            if (key.unsupportedType)
                continue; // ignored (RFC 7517 section 5), see lint.jwks.key_defects
            const bool enc = key.use == QLatin1String("enc");
            if (!key.alg.isEmpty()) {
                const auto family = keyFamilyFor(key.alg);
                if (!family.first.isEmpty()
                    && (family.first != key.kty || (!family.second.isEmpty() && !key.crv.isEmpty() && family.second != key.crv)))
                    useErrors << TenantLintText::tr("%1 is a %2 key but declares alg %3").arg(keyName(key, i), key.kty, key.alg);
                if (enc && isSignatureAlg(key.alg))
                    useErrors << TenantLintText::tr("%1 has use \"enc\" but a signature alg %2").arg(keyName(key, i), key.alg);
            }
            if (!key.keyOps.isEmpty() && !key.keyOps.contains(QLatin1String("verify")) && !enc)
                useWarnings << TenantLintText::tr("%1 has key_ops %2 without \"verify\"").arg(keyName(key, i), list(key.keyOps));
            if (!enc && key.kty != QLatin1String("oct"))
                ++signingKeys;
        }
        if (signingKeys == 0)
            useErrors << TenantLintText::tr("no key is meant for signatures (all are \"enc\" or symmetric)");
        if (!useErrors.isEmpty())
            add(Finding::error(QStringLiteral("lint.jwks.use_alg"),
                               TenantLintText::tr("Inconsistent use/alg: %1. Make each key's use \"sig\", alg and key type agree.").arg(useErrors.join(QStringLiteral("; ")))));
        else if (!useWarnings.isEmpty())
            add(Finding::warning(QStringLiteral("lint.jwks.use_alg"),
                                 TenantLintText::tr("Questionable key_ops: %1. Signing keys should allow \"verify\" or leave key_ops out.").arg(useWarnings.join(QStringLiteral("; ")))));
        else
            add(Finding::info(QStringLiteral("lint.jwks.use_alg"), TenantLintText::tr("Every key's use, alg and key type agree.")));

        if (!raw.value(QStringLiteral("id_token_signing_alg_values_supported")).isArray()) {
            add(Finding::skip(QStringLiteral("lint.jwks.covers_algs"), TenantLintText::tr("The document advertises no ID token signing algorithms.")));
            return;
        }
        QStringList uncovered;
        for (const QString &alg : m.idTokenSigningAlgs) {
            const auto family = keyFamilyFor(alg);
            if (family.first.isEmpty())
                continue;
            const bool covered = std::any_of(set.keys.begin(), set.keys.end(), [&](const JsonWebKey &key) {
                return key.usable() && key.use != QLatin1String("enc") && key.kty == family.first
                    && (family.second.isEmpty() || key.crv == family.second);
            });
            if (!covered)
                uncovered << alg;
        }
        if (uncovered.isEmpty())
            add(Finding::info(QStringLiteral("lint.jwks.covers_algs"), TenantLintText::tr("The JWKS has a key for every advertised asymmetric algorithm.")));
        else
            add(Finding::warning(QStringLiteral("lint.jwks.covers_algs"),
                                 TenantLintText::tr("%1 advertised, but the JWKS has no key of that type: tokens signed with it could not be verified. Publish the key or stop advertising the algorithm.")
                                     .arg(list(uncovered))));
    }

    void signing()
    {
        const QStringList &algs = m.idTokenSigningAlgs;
        if (!raw.value(QStringLiteral("id_token_signing_alg_values_supported")).isArray()) {
            for (const char *id : {"lint.signing.none", "lint.signing.hs_only", "lint.signing.rs256"})
                add(Finding::skip(QLatin1String(id), TenantLintText::tr("id_token_signing_alg_values_supported is missing.")));
        } else {
            if (algs.contains(QLatin1String("none")))
                // OpenID Connect Discovery 3 lets a provider list "none" (Core 2: only where no ID token comes from the
                // authorization endpoint); it is the app registered for it that is at risk, which the lint cannot see.
                add(Finding::warning(QStringLiteral("lint.signing.none"),
                                     TenantLintText::tr("\"none\" is offered for ID tokens (OpenID Connect Discovery 3 allows it, for flows where no "
                                                        "ID token comes from the authorization endpoint). An app registered for it gets unsigned ID "
                                                        "tokens that anyone can forge: make sure no app uses it (Tokenscope never accepts them).")));
            else
                add(Finding::info(QStringLiteral("lint.signing.none"), TenantLintText::tr("\"none\" is not offered.")));

            QStringList hs, asym;
            for (const QString &alg : algs) {
                if (isHsAlg(alg))
                    hs << alg;
                else if (!keyFamilyFor(alg).first.isEmpty())
                    asym << alg;
            }
            if (!hs.isEmpty() && asym.isEmpty())
                add(Finding::error(QStringLiteral("lint.signing.hs_only"),
                                   TenantLintText::tr("Only %1 (shared-secret HMAC) is offered for ID tokens: public apps (SPA, native) "
                                                      "have no secret and cannot verify them, and every app holding the secret can forge "
                                                      "them. Switch the signing algorithm to RS256 (Auth0: Application > Advanced > OAuth > "
                                                      "JSON Web Token Signature Algorithm).")
                                       .arg(list(hs))));
            else if (!hs.isEmpty())
                add(Finding::info(QStringLiteral("lint.signing.hs_only"),
                                  TenantLintText::tr("%1 and %2 are offered: HMAC ID tokens are verified with the client secret, so only confidential apps should use them.")
                                      .arg(list(hs), list(asym))));
            else
                add(Finding::info(QStringLiteral("lint.signing.hs_only"), TenantLintText::tr("Only asymmetric algorithms are offered: %1.").arg(list(asym))));

            if (algs.contains(QLatin1String("RS256")))
                add(Finding::info(QStringLiteral("lint.signing.rs256"), TenantLintText::tr("RS256 is offered, as OpenID Connect Discovery 3 requires.")));
            else
                add(Finding::error(QStringLiteral("lint.signing.rs256"),
                                   TenantLintText::tr("RS256 is not offered; OpenID Connect Discovery 3 requires it and many client libraries only support it. Add RS256.")));
        }

        const Profile *p = profile();
        if (!p || p->expectedAlg.isEmpty()) {
            add(Finding::skip(QStringLiteral("lint.signing.profile_alg"), p ? TenantLintText::tr("The profile sets no expected algorithm.") : TenantLintText::tr("No profile to compare with.")));
        } else if (algs.contains(p->expectedAlg)) {
            add(Finding::info(QStringLiteral("lint.signing.profile_alg"), TenantLintText::tr("The profile's algorithm %1 is offered.").arg(p->expectedAlg)));
        } else {
            add(Finding::error(QStringLiteral("lint.signing.profile_alg"),
                               TenantLintText::tr("The profile expects %1, but the provider offers %2. Align the app's signing algorithm with the profile.")
                                   .arg(p->expectedAlg, list(algs))));
        }
    }

    void responseTypes()
    {
        const bool advertised = raw.value(QStringLiteral("response_types_supported")).isArray();
        if (advertised)
            add(Finding::info(QStringLiteral("lint.response_types.offered"), TenantLintText::tr("Response types offered: %1.").arg(list(m.responseTypesSupported))));
        else
            add(Finding::skip(QStringLiteral("lint.response_types.offered"), TenantLintText::tr("response_types_supported is missing.")));
        const Profile *p = profile();
        if (!p) {
            add(Finding::skip(QStringLiteral("lint.response_types.profile"), TenantLintText::tr("No profile to compare with.")));
            return;
        }
        if (!advertised) {
            add(Finding::skip(QStringLiteral("lint.response_types.profile"), TenantLintText::tr("response_types_supported is missing.")));
            return;
        }
        const bool offered = std::any_of(m.responseTypesSupported.begin(), m.responseTypesSupported.end(),
                                         [p](const QString &t) { return sameResponseType(t, p->responseType); });
        if (offered)
            add(Finding::info(QStringLiteral("lint.response_types.profile"), TenantLintText::tr("The profile's response type \"%1\" is offered.").arg(p->responseType)));
        else
            add(Finding::error(QStringLiteral("lint.response_types.profile"),
                               TenantLintText::tr("The profile uses response type \"%1\", which the provider does not offer (%2). Change the profile's responseType, or enable it for the app at the provider.")
                                   .arg(p->responseType, list(m.responseTypesSupported))));
    }

    void responseModes()
    {
        const bool advertised = raw.value(QStringLiteral("response_modes_supported")).isArray();
        if (advertised)
            add(Finding::info(QStringLiteral("lint.response_modes.offered"), TenantLintText::tr("Response modes offered: %1.").arg(list(m.responseModesSupported))));
        else
            add(Finding::info(QStringLiteral("lint.response_modes.offered"),
                              TenantLintText::tr("response_modes_supported is not advertised, so clients assume \"query\" and \"fragment\" only; advertise \"form_post\" too if it is supported.")));
        const Profile *p = profile();
        if (!p) {
            add(Finding::skip(QStringLiteral("lint.response_modes.profile"), TenantLintText::tr("No profile to compare with.")));
            return;
        }
        const QString mode = p->effectiveResponseMode();
        if (mode == QLatin1String("query") && returnsFrontChannelTokens(p->responseType)) {
            add(Finding::error(QStringLiteral("lint.response_modes.profile"),
                               TenantLintText::tr("The profile asks for response type \"%1\" in the query: tokens must never travel in the query string (server logs, Referer). Use fragment or form_post.")
                                   .arg(p->responseType)));
            return;
        }
        if (m.responseModesSupported.contains(mode))
            add(Finding::info(QStringLiteral("lint.response_modes.profile"), TenantLintText::tr("The profile's response mode \"%1\" is offered.").arg(mode)));
        else if (!advertised)
            add(Finding::warning(QStringLiteral("lint.response_modes.profile"),
                                 TenantLintText::tr("The profile uses response mode \"%1\", which the provider does not advertise (it advertises no response modes). Advertise it, or expect it may not work.").arg(mode)));
        else
            add(Finding::error(QStringLiteral("lint.response_modes.profile"),
                               TenantLintText::tr("The profile uses response mode \"%1\", which the provider does not offer (%2). Change the profile's responseMode.")
                                   .arg(mode, list(m.responseModesSupported))));
    }

    void pkce()
    {
        const bool advertised = raw.value(QStringLiteral("code_challenge_methods_supported")).isArray();
        const QStringList &methods = m.codeChallengeMethods;
        const Profile *p = profile();
        const bool publicClient = p && p->effectiveTokenEndpointAuth() == QLatin1String("none");
        if (!advertised) {
            const QString text = TenantLintText::tr("code_challenge_methods_supported is not advertised, so clients cannot tell whether PKCE works. Support PKCE and advertise [\"S256\"] (RFC 8414, RFC 9700 2.1.1).");
            add(publicClient ? Finding::error(QStringLiteral("lint.pkce.s256"), text + TenantLintText::tr(" The profile is a public client, which needs PKCE."))
                             : Finding::warning(QStringLiteral("lint.pkce.s256"), text));
        } else if (methods.contains(QLatin1String("S256"))) {
            add(Finding::info(QStringLiteral("lint.pkce.s256"), TenantLintText::tr("PKCE with S256 is offered.")));
        } else {
            add(Finding::error(QStringLiteral("lint.pkce.s256"),
                               TenantLintText::tr("PKCE S256 is not offered (only %1). Enable S256: it is the only method that protects the code if the authorization request leaks.").arg(list(methods))));
        }
        if (methods.contains(QLatin1String("plain")))
            add(Finding::warning(QStringLiteral("lint.pkce.plain"),
                                 TenantLintText::tr("PKCE \"plain\" is offered: the challenge is the verifier itself, so it protects nothing once the request is seen. Remove \"plain\" and keep only \"S256\" (RFC 9700 2.1.1).")));
        else
            add(Finding::info(QStringLiteral("lint.pkce.plain"), advertised ? TenantLintText::tr("PKCE \"plain\" is not offered.") : TenantLintText::tr("PKCE \"plain\" is not advertised.")));
    }

    void grantTypes()
    {
        const bool advertised = raw.value(QStringLiteral("grant_types_supported")).isArray();
        const QStringList &grants = m.grantTypesSupported;
        const QString note = advertised ? QString() : TenantLintText::tr(" (grant_types_supported is not advertised; the default is authorization_code and implicit)");
        bool codeOffered = false;
        for (const QString &t : m.responseTypesSupported)
            codeOffered = codeOffered || responseTypeHas(t, QStringLiteral("code"));

        if (grants.contains(QLatin1String("authorization_code")))
            add(Finding::info(QStringLiteral("lint.grant_types.authorization_code"), TenantLintText::tr("The authorization code grant is offered%1.").arg(note)));
        else if (codeOffered)
            add(Finding::error(QStringLiteral("lint.grant_types.authorization_code"),
                               TenantLintText::tr("Response types with \"code\" are offered but grant_types_supported lacks authorization_code: codes could not be exchanged. Add authorization_code.")));
        else
            add(Finding::warning(QStringLiteral("lint.grant_types.authorization_code"),
                                 TenantLintText::tr("The authorization code grant is not offered. Offer it: the code flow with PKCE is the recommended flow for every kind of app (RFC 9700).")));

        if (grants.contains(QLatin1String("implicit")))
            add(Finding::info(QStringLiteral("lint.grant_types.implicit"),
                              TenantLintText::tr("The implicit grant is offered%1: only apps that use response types with id_token or token need it; RFC 9700 advises against access tokens in the front channel, so disable it for apps that do not.")
                                  .arg(note)));
        else
            add(Finding::info(QStringLiteral("lint.grant_types.implicit"), TenantLintText::tr("The implicit grant is not offered.")));

        const Profile *p = profile();
        const bool wantsOffline = p && scopeHas(p->scope, QStringLiteral("offline_access"));
        if (grants.contains(QLatin1String("refresh_token")))
            add(Finding::info(QStringLiteral("lint.grant_types.refresh_token"), TenantLintText::tr("The refresh token grant is offered.")));
        else if (wantsOffline)
            add(Finding::warning(QStringLiteral("lint.grant_types.refresh_token"),
                                 TenantLintText::tr("The profile asks for offline_access but refresh_token is not in grant_types_supported: no refresh token may come back. Enable the refresh token grant for the app.")));
        else
            add(Finding::info(QStringLiteral("lint.grant_types.refresh_token"), TenantLintText::tr("The refresh token grant is not advertised.")));

        if (!p) {
            add(Finding::skip(QStringLiteral("lint.grant_types.profile"), TenantLintText::tr("No profile to compare with.")));
            return;
        }
        QStringList needed;
        if (responseTypeHas(p->responseType, QStringLiteral("code")))
            needed << QStringLiteral("authorization_code");
        if (returnsFrontChannelTokens(p->responseType))
            needed << QStringLiteral("implicit");
        QStringList missing;
        for (const QString &g : std::as_const(needed)) {
            if (!grants.contains(g))
                missing << g;
        }
        // Values outside the IANA "OAuth Parameters: OAuth Grant Type" registry (some providers list "hybrid").
        static const QStringList registered{QStringLiteral("authorization_code"), QStringLiteral("implicit"), QStringLiteral("refresh_token"),
                                            QStringLiteral("password"), QStringLiteral("client_credentials")};
        QStringList unregistered;
        for (const QString &g : grants) {
            if (!registered.contains(g) && !g.contains(QLatin1Char(':')))
                unregistered << g;
        }
        if (missing.isEmpty())
            add(Finding::info(QStringLiteral("lint.grant_types.profile"),
                              TenantLintText::tr("The grants the profile's response type needs are offered: %1.").arg(list(needed))));
        else
            // grant_types_supported documents the provider (Discovery 3); clients do not gate on it (openid-client and
            // oauth4webapi never read it), so a missing value is a warning: the sign-in itself tells whether it works.
            add(Finding::warning(QStringLiteral("lint.grant_types.profile"),
                                 TenantLintText::tr("Response type \"%1\" needs the grant(s) %2, which grant_types_supported does not list%3. If the "
                                                    "sign-in fails, enable them for the app or change the profile's responseType; if it works, the "
                                                    "document under-reports what the provider does.")
                                     .arg(p->responseType, list(missing),
                                          unregistered.isEmpty() ? QString()
                                                                 : TenantLintText::tr(" (it lists %1, which is not a registered grant type)").arg(list(unregistered)))));
    }

    void profileChecks()
    {
        const Profile *p = profile();
        if (!p) {
            add(Finding::skip(QStringLiteral("lint.token_auth.profile"), TenantLintText::tr("No profile to compare with.")));
            add(Finding::skip(QStringLiteral("lint.scopes.profile"), TenantLintText::tr("No profile to compare with.")));
            return;
        }
        const QString auth = p->effectiveTokenEndpointAuth();
        const bool usesTokenEndpoint = responseTypeHas(p->responseType, QStringLiteral("code")) || scopeHas(p->scope, QStringLiteral("offline_access"));
        if (!usesTokenEndpoint)
            add(Finding::skip(QStringLiteral("lint.token_auth.profile"), TenantLintText::tr("The profile's response type does not use the token endpoint.")));
        else if (m.tokenEndpointAuthMethods.contains(auth))
            add(Finding::info(QStringLiteral("lint.token_auth.profile"), TenantLintText::tr("The profile's token endpoint authentication \"%1\" is offered.").arg(auth)));
        else
            add(Finding::error(QStringLiteral("lint.token_auth.profile"),
                               TenantLintText::tr("The profile authenticates at the token endpoint with \"%1\", which the provider does not offer (%2). Change the profile's tokenEndpointAuth to what the app is configured for.")
                                   .arg(auth, list(m.tokenEndpointAuthMethods))));

        if (!raw.value(QStringLiteral("scopes_supported")).isArray()) {
            add(Finding::skip(QStringLiteral("lint.scopes.profile"), TenantLintText::tr("scopes_supported is not advertised.")));
            return;
        }
        QStringList unknown;
        for (const QString &scope : responseTypeParts(p->scope)) {
            if (!m.scopesSupported.contains(scope))
                unknown << scope;
        }
        if (unknown.isEmpty())
            add(Finding::info(QStringLiteral("lint.scopes.profile"), TenantLintText::tr("Every scope the profile asks for is advertised.")));
        else
            add(Finding::warning(QStringLiteral("lint.scopes.profile"),
                                 TenantLintText::tr("The profile asks for scope(s) %1 that scopes_supported does not list. API scopes are often not listed; for OpenID scopes, check the spelling or enable them.")
                                     .arg(list(unknown))));
    }

    void endpoints()
    {
        if (m.userinfoEndpoint.isValid() && !m.userinfoEndpoint.isEmpty())
            add(Finding::info(QStringLiteral("lint.endpoints.userinfo"), TenantLintText::tr("userinfo_endpoint: %1").arg(m.userinfoEndpoint.toDisplayString())));
        else
            add(Finding::warning(QStringLiteral("lint.endpoints.userinfo"), TenantLintText::tr("There is no userinfo_endpoint: apps cannot fetch profile claims with the access token. Publish it (OpenID Connect Core 5.3).")));
        if (m.endSessionEndpoint.isValid() && !m.endSessionEndpoint.isEmpty())
            add(Finding::info(QStringLiteral("lint.endpoints.end_session"), TenantLintText::tr("end_session_endpoint: %1").arg(m.endSessionEndpoint.toDisplayString())));
        else
            add(Finding::warning(QStringLiteral("lint.endpoints.end_session"),
                                 TenantLintText::tr("There is no end_session_endpoint: apps cannot end the provider session on sign-out, so the next sign-in is silent. Enable RP-Initiated Logout (Auth0: tenant setting \"RP-Initiated Logout End Session Endpoint Discovery\").")));
        if (m.revocationEndpoint.isValid() && !m.revocationEndpoint.isEmpty())
            add(Finding::info(QStringLiteral("lint.endpoints.revocation"), TenantLintText::tr("revocation_endpoint: %1").arg(m.revocationEndpoint.toDisplayString())));
        else
            add(Finding::warning(QStringLiteral("lint.endpoints.revocation"),
                                 TenantLintText::tr("There is no revocation_endpoint (RFC 7009): apps cannot revoke refresh tokens when the user signs out. Publish it if the provider supports revocation.")));
        if (m.introspectionEndpoint.isValid() && !m.introspectionEndpoint.isEmpty())
            add(Finding::info(QStringLiteral("lint.endpoints.introspection"), TenantLintText::tr("introspection_endpoint: %1").arg(m.introspectionEndpoint.toDisplayString())));
        else
            add(Finding::info(QStringLiteral("lint.endpoints.introspection"),
                              TenantLintText::tr("There is no introspection_endpoint (RFC 7662): APIs must validate access tokens themselves (JWT signature and claims), and opaque access tokens are only good for userinfo.")));
    }

    void issParameter()
    {
        if (m.issParameterSupported)
            add(Finding::info(QStringLiteral("lint.iss_parameter"), TenantLintText::tr("The authorization response carries iss (RFC 9207), so clients can detect mix-up attacks.")));
        else
            add(Finding::warning(QStringLiteral("lint.iss_parameter"),
                                 TenantLintText::tr("authorization_response_iss_parameter_supported is not true: responses do not carry iss (RFC 9207), so clients talking to several providers cannot detect mix-up attacks. Enable it if the provider can.")));
    }

    const LintInput &in;
    const ProviderMetadata &m;
    const QJsonObject &raw;
    FindingList out;
};

} // namespace

QString findingLevelName(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Error:
        return QStringLiteral("error");
    case FindingLevel::Warning:
        return QStringLiteral("warning");
    case FindingLevel::Info:
        break;
    }
    return QStringLiteral("info");
}

FindingList lintTenant(const LintInput &input)
{
    return Linter(input).run();
}

bool hasErrors(const FindingList &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.level == FindingLevel::Error; });
}

const Finding *findFinding(const FindingList &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QJsonArray findingsToJson(const FindingList &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                 {QStringLiteral("level"), findingLevelName(f.level)},
                                 {QStringLiteral("status"), checkStatusName(f.status)},
                                 {QStringLiteral("detail"), f.detail}});
    }
    return array;
}

QJsonObject lintReport(const QString &issuer, const FindingList &findings, const LintInput &input)
{
    return QJsonObject{{QStringLiteral("ok"), !hasErrors(findings)},
                       {QStringLiteral("issuer"), issuer},
                       {QStringLiteral("findings"), findingsToJson(findings)},
                       {QStringLiteral("metadata"), input.metadata.raw}};
}

} // namespace tokenscope
