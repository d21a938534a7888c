#pragma once

#include "core/common/Check.h"
#include "core/jose/Jwk.h"
#include "core/profile/Profile.h"
#include "core/oidc/ProviderMetadata.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace tokenscope {

// How much a finding matters. Error: the tenant is broken or unsafe as configured (the CLI exits 1). Warning: it
// works, but should be changed. Info: how the tenant is set up, or that a check found nothing wrong.
enum class FindingLevel { Error, Warning, Info };

QString findingLevelName(FindingLevel level); // "error" | "warning" | "info"

// One result of the configuration lint. `id` is stable (part of the CLI contract, e.g. "lint.issuer.matches_url");
// `detail` is one or two sentences that say what was found and, when something is wrong, what to change.
// `status` follows the check convention: fail for errors, skip when the check could not run (the detail says why),
// pass otherwise (a warning is a pass: the tenant works, but the detail says what to change).
struct Finding
{
    QString id;
    FindingLevel level = FindingLevel::Info;
    CheckStatus status = CheckStatus::Pass;
    QString detail;

    static Finding error(const QString &id, const QString &detail) { return {id, FindingLevel::Error, CheckStatus::Fail, detail}; }
    static Finding warning(const QString &id, const QString &detail) { return {id, FindingLevel::Warning, CheckStatus::Pass, detail}; }
    static Finding info(const QString &id, const QString &detail) { return {id, FindingLevel::Info, CheckStatus::Pass, detail}; }
    static Finding skip(const QString &id, const QString &detail) { return {id, FindingLevel::Info, CheckStatus::Skip, detail}; }

    bool operator==(const Finding &other) const = default;
};

using FindingList = QList<Finding>;

// What the lint looks at. Everything except the metadata is optional.
struct LintInput
{
    // The discovery document as parsed (parseProviderMetadata); an empty `raw` means there was no usable document
    // and `discoveryError` says why.
    ProviderMetadata metadata;
    QString discoveryError;
    // Where the document was fetched from: the discovery URL or the issuer it was built from. The issuer must be
    // this URL without "/.well-known/openid-configuration" (OpenID Connect Discovery 4.3).
    QUrl fetchedFrom;
    // The JWKS from jwks_uri; nullopt when it was not fetched (jwksError says why, or the lint skips the key checks).
    std::optional<JwkSet> jwks;
    QString jwksError;
    // The profile the tenant is meant to serve: response type, mode, scope, token endpoint auth, PKCE, alg are
    // compared with what the provider offers. Without one those checks are skipped.
    std::optional<Profile> profile;
};

// The configuration lint: a pure function, no network. Ids (each appears at most once, in this order):
//   lint.discovery.document, lint.metadata.required, lint.metadata.types, lint.metadata.recommended,
//   lint.issuer.format, lint.issuer.matches_url, lint.https.endpoints,
//   lint.jwks.reachable, lint.jwks.parseable, lint.jwks.key_defects, lint.jwks.private_material, lint.jwks.unique_kids,
//   lint.jwks.rsa_key_size, lint.jwks.use_alg, lint.jwks.covers_algs,
//   lint.signing.none, lint.signing.hs_only, lint.signing.rs256, lint.signing.profile_alg,
//   lint.response_types.offered, lint.response_types.profile, lint.response_modes.offered, lint.response_modes.profile,
//   lint.pkce.s256, lint.pkce.plain, lint.grant_types.authorization_code, lint.grant_types.implicit,
//   lint.grant_types.refresh_token, lint.grant_types.profile, lint.token_auth.profile, lint.scopes.profile,
//   lint.endpoints.userinfo, lint.endpoints.end_session, lint.endpoints.revocation, lint.endpoints.introspection,
//   lint.iss_parameter
// When there is no usable document, only lint.discovery.document (error) and the JWKS checks that can run appear.
// TenantLintRunner adds, after these, the RFC 8414 findings (lint.oauth_metadata.*) and, for a protected resource, the
// RFC 9728 ones (lint.resource.*): ResourceLint.h.
FindingList lintTenant(const LintInput &input);

bool hasErrors(const FindingList &findings);
const Finding *findFinding(const FindingList &findings, const QString &id);
// [{"id", "level", "status", "detail"}]
QJsonArray findingsToJson(const FindingList &findings);
// The `discover --json` report: {"ok" (no error), "issuer", "findings", "metadata" (the document as fetched)}.
QJsonObject lintReport(const QString &issuer, const FindingList &findings, const LintInput &input);

} // namespace tokenscope
