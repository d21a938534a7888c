// Builds the oidc-provider instance configured like an Auth0 tenant.
import * as crypto from 'node:crypto';

import Provider, { errors, interactionPolicy } from 'oidc-provider';

import { registerPasswordGrants } from './password.js';
import { registerTokenExchange } from './tokenexchange.js';
import { findUserBySub, userClaims, ROLES_CLAIM } from './users.js';
import {
  renderDeviceConfirmPage, renderDeviceInputPage, renderDeviceSuccessPage,
  renderErrorPage, renderLogoutPage, renderLogoutSuccessPage,
} from './pages.js';

const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

/** Auth0 endpoint paths. */
export const ROUTES = {
  authorization: '/authorize',
  token: '/oauth/token',
  userinfo: '/userinfo',
  jwks: '/.well-known/jwks.json',
  end_session: '/oidc/logout',
  revocation: '/oauth/revoke',
  pushed_authorization_request: '/oauth/par',
  introspection: '/oauth/introspect',
  // RFC 8628, where Auth0 has them.
  device_authorization: '/oauth/device/code',
  code_verification: '/activate',
};

function loopbackWithoutPort(uri) {
  const u = URL.parse(uri);
  if (!u || u.protocol !== 'http:' || !['127.0.0.1', '[::1]', 'localhost'].includes(u.hostname)) {
    return undefined;
  }
  u.port = '';
  return u.href;
}

/**
 * Builds the interaction policy: the login prompt as usual (plus a check that
 * forces an interaction for `error_test=...`), and a consent prompt that never
 * shows a page on its own (first-party apps: everything is auto-granted in
 * loadExistingGrant).
 */
function buildPolicy() {
  const { Check, base } = interactionPolicy;
  const policy = base();

  const login = policy.get('login');
  login.checks.add(new Check(
    'error_test',
    'an error response was requested with error_test',
    'login_required',
    (ctx) => ctx.oidc.params.error_test !== undefined,
  ));

  const consent = policy.get('consent');
  // prompt=consent is accepted but does not force a consent page, native
  // clients do not need an explicit consent either.
  consent.checks.remove('consent_prompt');
  consent.checks.remove('native_client_prompt');
  return policy;
}

/** Scope string like Auth0 puts into API access tokens: OIDC + API scopes. */
function auth0StyleScope(ctx, token) {
  const src = ctx?.oidc?.entities?.AuthorizationCode ?? ctx?.oidc?.entities?.DeviceCode
    ?? ctx?.oidc?.entities?.RefreshToken;
  const requested = (ctx?.oidc?.params?.scope ?? src?.scope ?? '').split(' ').filter(Boolean);
  const oidc = requested.filter((s) => OIDC_SCOPES.includes(s) && s !== 'offline_access');
  const api = (token.scope ?? '').split(' ').filter(Boolean);
  const offline = requested.includes('offline_access');
  return [...new Set([...oidc, ...api, ...(offline ? ['offline_access'] : [])])].join(' ');
}

export async function createProvider({ issuer, settings, signingJwk, cookieSuffix }) {
  const { api, ttl } = settings;

  const resourceServer = {
    scope: api.scopes.join(' '),
    audience: api.audience,
    accessTokenTTL: ttl.accessToken,
    accessTokenFormat: api.accessTokenFormat,
    ...(api.accessTokenFormat === 'jwt' ? { jwt: { sign: { alg: 'RS256' } } } : {}),
  };

  const cookieKeys = [crypto.randomBytes(32).toString('base64url')];
  const offlineRequestObjects = new Set(); // nonces of request objects that asked for offline_access

  const configuration = {
    clients: settings.clients,
    jwks: { keys: [signingJwk] },

    async findAccount(ctx, sub) {
      const user = findUserBySub(sub);
      if (!user) return undefined;
      return {
        accountId: user.sub,
        async claims() {
          const claims = userClaims(user, issuer);
          if (!settings.rolesClaim) delete claims[ROLES_CLAIM];
          return claims;
        },
      };
    },

    claims: {
      openid: ['sub', ROLES_CLAIM],
      profile: ['name', 'nickname', 'given_name', 'family_name', 'picture', 'updated_at'],
      email: ['email', 'email_verified'],
    },
    scopes: [...OIDC_SCOPES],
    // Auth0 puts profile/email claims into the ID token even when an access
    // token is issued too.
    conformIdTokenClaims: false,

    responseTypes: [
      'code id_token token',
      'code id_token',
      'code token',
      'code',
      'id_token token',
      'id_token',
      'none',
    ],

    routes: { ...ROUTES },

    // Auth0 / tenant specific authorization parameters that must not be
    // rejected. `audience` is also rewritten to `resource` (see compat.js).
    extraParams: {
      audience: null,
      connection: null,
      error_test: null,
      screen_hint: null,
      organization: null,
      invitation: null,
    },

    // oidc-provider's default methods plus RFC 8705's (Auth0 offers mTLS client authentication too).
    clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_jwt', 'client_secret_post', 'private_key_jwt',
      'tls_client_auth', 'self_signed_tls_client_auth'],

    enabledJWA: {
      idTokenSigningAlgValues: ['RS256', 'HS256'],
    },

    pkce: {
      required: (ctx, client) => client.clientAuthMethod === 'none',
    },

    cookies: {
      names: {
        session: `_session${cookieSuffix}`,
        interaction: `_interaction${cookieSuffix}`,
        resume: `_interaction_resume${cookieSuffix}`,
      },
      // Plain http on 127.0.0.1: no `secure` flag (oidc-provider only sets it
      // when the request itself is https), SameSite=Lax works on http.
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
      keys: cookieKeys,
    },

    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      // RFC 6749 4.4, for the machine-to-machine clients (settings.js).
      clientCredentials: { enabled: true },
      // RFC 8628 for the device clients (settings.js); the provider's own user code, confirmation and success pages
      // restyled like the login page (theirs load a web font from the internet). oidc-provider sends no `interval` and
      // never slow_down: compat.js adds both as Auth0 does.
      deviceFlow: {
        enabled: true,
        userCodeInputSource: renderDeviceInputPage,
        userCodeConfirmSource: renderDeviceConfirmPage,
        successSource: renderDeviceSuccessPage,
      },
      // RFC 7662. Confidential clients may ask about any token; public ones
      // only about their own. JWT access tokens are answered by compat.js.
      introspection: {
        enabled: true,
        async allowedPolicy(ctx, client, token) {
          return client.clientAuthMethod !== 'none' || token.clientId === client.clientId;
        },
      },
      // RFC 8705 at the mTLS listener (server.js): the client certificate comes from the TLS connection, which checks
      // CA-issued ones against the test CA (keys/mtls-ca.pem) and lets self-signed ones through for their thumbprint.
      mTLS: {
        enabled: true,
        certificateBoundAccessTokens: true,
        tlsClientAuth: true,
        selfSignedTlsClientAuth: true,
        getCertificate(ctx) {
          return ctx.req.socket.getPeerX509Certificate?.() || undefined;
        },
        certificateAuthorized(ctx) {
          return ctx.req.socket.authorized === true;
        },
        certificateSubjectMatches(ctx, property, expected) {
          const cert = ctx.req.socket.getPeerX509Certificate?.();
          if (!cert || property !== 'tls_client_auth_subject_dn') return false;
          return cert.subject.split('\n').join(',') === expected;
        },
      },
      // RFC 9101 (Auth0 supports JAR for clients that register a key); PAR (RFC 9126) and DPoP (RFC 9449) are on by
      // default, as at Auth0.
      requestObjects: {
        enabled: true,
        // A signed request object cannot be rewritten like a plain request (compat.js): Auth0's offline_access without
        // prompt=consent is remembered by its nonce for issueRefreshToken. (Not FAPI: oidc-provider's default asserts
        // nothing more here.)
        async assertJwtClaimsAndHeader(ctx, claims) {
          if (settings.offlineAccessWithoutConsent && typeof claims.nonce === 'string'
            && String(claims.scope ?? '').split(' ').includes('offline_access')) {
            offlineRequestObjects.add(claims.nonce);
          }
        },
      },
      revocation: {
        enabled: true,
        async allowedPolicy(ctx, client, token) {
          return token.clientId === client.clientId;
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          renderLogoutPage(ctx, form, {
            autoConfirm: settings.logoutAutoConfirmWithIdTokenHint
              && ctx.oidc.entities.IdTokenHint !== undefined,
          });
        },
        async postLogoutSuccessSource(ctx) {
          renderLogoutSuccessPage(ctx);
        },
      },
      resourceIndicators: {
        enabled: true,
        async defaultResource(ctx, client, oneOf) {
          // Auth0's `audience`, also from inside a signed request object (compat.js rewrites only plain requests).
          return oneOf || ctx.oidc.params?.audience || undefined;
        },
        // Token endpoint without `resource`: use the audience requested at
        // /authorize (so the code exchange / refresh returns the API JWT).
        async useGrantedResource() {
          return true;
        },
        async getResourceServerInfo(ctx, resourceIndicator, client) {
          if (resourceIndicator === api.audience) {
            // Auth0: a machine-to-machine application gets tokens for an API
            // only with a client grant for it (settings.clientGrants).
            if (ctx.oidc.params?.grant_type === 'client_credentials'
              && !(settings.clientGrants[client.clientId] ?? []).includes(resourceIndicator)) {
              throw new errors.AccessDenied(`Client is not authorized to access "${resourceIndicator}". You need to create a "client-grant" associated to this API.`);
            }
            return { ...resourceServer };
          }
          throw new errors.InvalidTarget(`Service not found: ${resourceIndicator}`);
        },
      },
    },

    // Like an Auth0 rule adding a namespaced claim to access tokens.
    async extraTokenClaims(ctx, token) {
      const user = token.accountId ? findUserBySub(token.accountId) : undefined;
      return settings.rolesClaim && user ? { [ROLES_CLAIM]: [...user.profile.roles] } : undefined;
    },

    formats: {
      customizers: {
        async jwt(ctx, token, jwt) {
          const scope = auth0StyleScope(ctx, token);
          jwt.payload.scope = scope;
          if (token.gty === 'token-exchange') {
            // RFC 8693 4.1: the client that asked acts for the subject.
            jwt.payload.act = { sub: token.clientId };
          }
          if (token.kind === 'ClientCredentials') {
            // Auth0's client credentials tokens: the client in azp, the
            // grant in gty (oidc-provider adds client_id, RFC 9068).
            jwt.payload.azp = token.clientId;
            jwt.payload.gty = 'client-credentials';
          }
          if (ctx) ctx.state.tokenscopeAtScope = scope;
        },
      },
    },

    // offline_access => refresh token (no prompt=consent needed: compat.js
    // keeps offline_access in the request, see README).
    async issueRefreshToken(ctx, client, source) {
      return client.grantTypeAllowed('refresh_token')
        && (source.scopes.has('offline_access') || (source.nonce !== undefined && offlineRequestObjects.has(source.nonce)));
    },
    rotateRefreshToken: () => settings.rotateRefreshToken,

    // First-party apps: every requested scope/claim/API scope is granted
    // automatically, so no consent page is ever rendered.
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const { Grant } = oidc.provider;
      const accountId = oidc.session.accountId;
      const clientId = oidc.client.clientId;
      const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(clientId);

      let grant = grantId ? await Grant.find(grantId) : undefined;
      if (!grant || grant.accountId !== accountId || grant.clientId !== clientId) {
        grant = new Grant({ accountId, clientId });
      }

      const oidcScopes = [...oidc.requestParamOIDCScopes];
      if (oidcScopes.length) grant.addOIDCScope(oidcScopes.join(' '));
      const claims = [...oidc.requestParamClaims];
      if (claims.length) grant.addOIDCClaims(claims);
      for (const [indicator, rs] of Object.entries(oidc.resourceServers)) {
        const scopes = [...oidc.requestParamScopes].filter((s) => rs.scopes.has(s));
        if (scopes.length) grant.addResourceScope(indicator, scopes.join(' '));
      }
      await grant.save();
      return grant;
    },

    interactions: {
      policy: buildPolicy(),
      url: (ctx, interaction) => `/interaction/${interaction.uid}`,
    },

    // Desktop/test tenant: any origin may call the token/userinfo endpoints.
    clientBasedCORS: () => true,

    async renderError(ctx, out, error) {
      renderErrorPage(ctx, out, error);
    },

    ttl: {
      AccessToken: (ctx, token) => token.resourceServer?.accessTokenTTL || ttl.accessToken,
      AuthorizationCode: ttl.authorizationCode,
      IdToken: ttl.idToken,
      RefreshToken: ttl.refreshToken,
      Interaction: ttl.interaction,
      Session: ttl.session,
      Grant: ttl.grant,
      ClientCredentials: ttl.accessToken,
      DeviceCode: ttl.deviceCode,
      BackchannelAuthenticationRequest: 600,
      PreAuthorizedCode: 600,
    },
  };

  for (const hook of settings.hooks.providerConfiguration) {
    await hook(configuration, { issuer, settings });
  }

  const provider = new Provider(issuer, configuration);
  // Auth0's password and password-realm grants (RFC 6749 4.3), for the clients that list them (settings.js).
  registerPasswordGrants(provider, { settings, resourceServer, findAccount: configuration.findAccount });
  // RFC 8693 token exchange, for the clients that list it (settings.js).
  registerTokenExchange(provider, { issuer, settings, signingJwk, resourceServer });

  // http://127.0.0.1/callback is registered for a web client that may use the
  // implicit flow; oidc-provider rejects plain-http implicit redirect URIs for
  // web clients by default. This is a test tenant: allow it.
  const { invalidate } = provider.Client.Schema.prototype;
  provider.Client.Schema.prototype.invalidate = function relaxedInvalidate(message, code) {
    if (code === 'implicit-force-https' || code === 'implicit-forbid-localhost') return;
    invalidate.call(this, message, code);
  };

  if (settings.loopbackAnyPort) {
    const { redirectUriAllowed } = provider.Client.prototype;
    provider.Client.prototype.redirectUriAllowed = function loopbackAware(value) {
      if (redirectUriAllowed.call(this, value)) return true;
      const stripped = loopbackWithoutPort(value);
      return stripped !== undefined
        && this.redirectUris.some((u) => loopbackWithoutPort(u) === stripped);
    };
  }

  // oidc-provider omits the RFC 9207 `iss` parameter when the authorization
  // response carries an ID token; add it to every response so clients can
  // always check it. The listener runs synchronously before the response
  // mode renders `out`. Also give implicit/hybrid API access tokens the same
  // Auth0-style `scope` the JWT carries.
  provider.on('authorization.success', (ctx, out) => {
    if (!out) return; // the device flow's verification (RFC 8628) emits it without a response
    if (settings.issInEveryAuthorizationResponse && out.iss === undefined) out.iss = issuer;
    if (out.access_token && ctx.state.tokenscopeAtScope) out.scope = ctx.state.tokenscopeAtScope;
  });

  for (const hook of settings.hooks.provider) {
    await hook(provider, { issuer, settings });
  }

  return provider;
}
