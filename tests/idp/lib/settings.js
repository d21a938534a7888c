// The tenant description. A variant (see ../variants/) receives a fresh copy of
// these settings and may change anything before the servers are built.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';

export const API_AUDIENCE = 'https://api.tokenscope.test/';
export const API_SCOPES = ['read:tests', 'write:tests'];

// Every client may use every response type / mode the tenant supports.
export const ALL_RESPONSE_TYPES = [
  'code',
  'id_token',
  'id_token token',
  'code id_token',
  'code token',
  'code id_token token',
  'none',
];

const ALL_GRANT_TYPES = ['authorization_code', 'implicit', 'refresh_token'];

function client(meta) {
  return {
    grant_types: [...ALL_GRANT_TYPES],
    response_types: [...ALL_RESPONSE_TYPES],
    ...meta,
  };
}

export function defaultClients() {
  return [
    client({
      client_id: 'hybrid-app',
      client_name: 'Hybrid App (confidential, client_secret_basic)',
      client_secret: 'hybrid-app-secret-3f9a1c',
      token_endpoint_auth_method: 'client_secret_basic',
      redirect_uris: ['https://app.example/callback', 'http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['https://app.example/logout'],
    }),
    client({
      client_id: 'hybrid-app-post',
      client_name: 'Hybrid App (confidential, client_secret_post)',
      client_secret: 'hybrid-app-secret-3f9a1c',
      token_endpoint_auth_method: 'client_secret_post',
      redirect_uris: ['https://app.example/callback', 'http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['https://app.example/logout'],
    }),
    client({
      client_id: 'spa-pkce',
      client_name: 'SPA (public, PKCE)',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['https://spa.example/callback'],
      post_logout_redirect_uris: ['https://spa.example/logout'],
    }),
    client({
      client_id: 'native-app',
      client_name: 'Native App (public, PKCE, custom scheme)',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['com.tokenscope.demo://callback'],
      post_logout_redirect_uris: ['com.tokenscope.demo://logout'],
    }),
    client({
      // RFC 8252 7.3: oidc-provider itself lets a native client's loopback
      // redirect URIs (redirect and post-logout) use any port.
      client_id: 'native-loopback',
      client_name: 'Native App (public, PKCE, loopback redirect on any port)',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['http://127.0.0.1/logout'],
    }),
    client({
      client_id: 'hs256-app',
      client_name: 'HS256 ID token app (confidential)',
      client_secret: 'hs256-app-secret-0123456789abcdef0123',
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'HS256',
      redirect_uris: ['https://app.example/callback'],
      post_logout_redirect_uris: ['https://app.example/logout'],
    }),
  ];
}

// Machine-to-machine applications (RFC 6749 4.4): only client_credentials,
// no redirect URIs. Which APIs each may call is settings.clientGrants.
// The public JWK of a test client's key pair (keys/<file>, a PEM private key committed as a test fixture).
// Its kid is its RFC 7638 thumbprint, as Tokenscope's default key id.
function testClientPublicJwk(file) {
  const pem = fs.readFileSync(new URL(`../keys/${file}`, import.meta.url));
  const jwk = crypto.createPublicKey(pem).export({ format: 'jwk' });
  const members = { EC: ['crv', 'kty', 'x', 'y'], RSA: ['e', 'kty', 'n'], OKP: ['crv', 'kty', 'x'] }[jwk.kty];
  const canonical = JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
  const kid = crypto.createHash('sha256').update(canonical).digest('base64url');
  return { ...jwk, kid, use: 'sig' };
}

export function m2mClients() {
  return [
    {
      client_id: 'm2m-app',
      client_name: 'Machine to Machine app (authorized for the API)',
      client_secret: 'm2m-app-secret-7d41b2e9',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
    {
      client_id: 'm2m-no-api',
      client_name: 'Machine to Machine app (no client grant for the API)',
      client_secret: 'm2m-no-api-secret-5c0e8a17',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
    {
      // RFC 7523 / OpenID Connect Core 9: authenticates with a JWT signed with its private key (private_key_jwt); the
      // key pair is a test fixture (keys/m2m-pkjwt.pem, EC P-256), the tenant knows its public half.
      client_id: 'm2m-pkjwt',
      client_name: 'Machine to Machine app (private_key_jwt)',
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: [testClientPublicJwk('m2m-pkjwt.pem')] },
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
    {
      // RFC 7523 / OpenID Connect Core 9: authenticates with a JWT MACed with its secret (client_secret_jwt).
      client_id: 'm2m-jwt',
      client_name: 'Machine to Machine app (client_secret_jwt)',
      client_secret: 'm2m-jwt-secret-0f4e6a2b9c8d7e1f3a5b7c9d0e2f4a6b',
      token_endpoint_auth_method: 'client_secret_jwt',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

// Device authorization (RFC 8628): Auth0's device code grant is for native applications (public, no secret) with the
// grant type enabled; refresh tokens for offline_access.
// Request protection (RFC 9126 PAR, RFC 9101 JAR, RFC 9449 DPoP): each client requires one of them.
export function protectedRequestClients() {
  return [
    client({
      client_id: 'web-par',
      client_name: 'Web App (requires pushed authorization requests)',
      client_secret: 'web-par-secret-6a1d93c4',
      token_endpoint_auth_method: 'client_secret_basic',
      require_pushed_authorization_requests: true,
      redirect_uris: ['https://app.example/callback', 'http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['https://app.example/logout'],
    }),
    client({
      client_id: 'web-jar',
      client_name: 'Web App (private_key_jwt, requires signed request objects)',
      token_endpoint_auth_method: 'private_key_jwt',
      jwks: { keys: [testClientPublicJwk('m2m-pkjwt.pem')] },
      require_signed_request_object: true,
      redirect_uris: ['https://app.example/callback', 'http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['https://app.example/logout'],
    }),
    client({
      client_id: 'spa-dpop',
      client_name: 'SPA (public, PKCE, DPoP-bound tokens)',
      token_endpoint_auth_method: 'none',
      dpop_bound_access_tokens: true,
      // oidc-provider: no access token from the authorization endpoint, which could not be bound
      response_types: ALL_RESPONSE_TYPES.filter((t) => !t.split(' ').includes('token')),
      redirect_uris: ['https://spa.example/callback', 'http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['https://spa.example/logout'],
    }),
  ];
}

// Mutual TLS (RFC 8705) at the tenant's mTLS endpoint aliases: a CA-issued certificate (tls_client_auth, subject
// CN=web-mtls) and a self-signed one registered by its thumbprint; both get certificate-bound access tokens.
function selfSignedCertificateJwk(file) {
  const pem = fs.readFileSync(new URL(`../keys/${file}`, import.meta.url));
  const cert = new crypto.X509Certificate(pem);
  const jwk = cert.publicKey.export({ format: 'jwk' });
  return {
    ...jwk,
    use: 'sig',
    x5c: [cert.raw.toString('base64')],
    'x5t#S256': crypto.createHash('sha256').update(cert.raw).digest('base64url'),
  };
}

export function mtlsClients() {
  return [
    client({
      client_id: 'web-mtls',
      client_name: 'Web App (tls_client_auth, certificate-bound tokens)',
      token_endpoint_auth_method: 'tls_client_auth',
      tls_client_auth_subject_dn: 'CN=web-mtls',
      tls_client_certificate_bound_access_tokens: true,
      response_types: ALL_RESPONSE_TYPES.filter((t) => !t.split(' ').includes('token')), // as for spa-dpop
      redirect_uris: ['https://app.example/callback', 'http://127.0.0.1/callback'],
      post_logout_redirect_uris: ['https://app.example/logout'],
    }),
    {
      client_id: 'm2m-self-signed',
      client_name: 'Machine to Machine app (self_signed_tls_client_auth, certificate-bound tokens)',
      token_endpoint_auth_method: 'self_signed_tls_client_auth',
      tls_client_certificate_bound_access_tokens: true,
      jwks: { keys: [selfSignedCertificateJwk('mtls-self-signed.pem')] },
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

export function deviceClients() {
  return [
    {
      client_id: 'device-app',
      client_name: 'TV App (device authorization)',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

// A legacy first-party application (Auth0: a Regular Web Application with the grant type Password enabled): the
// resource owner password grant (RFC 6749 4.3) and Auth0's password-realm grant, refresh tokens for offline_access.
// The other applications do not have the grant, as on Auth0, where it is off by default.
export function passwordClients() {
  return [
    {
      client_id: 'legacy-app',
      client_name: 'Legacy App (password and password-realm grants)',
      client_secret: 'legacy-app-secret-9b2f60d4',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['password', 'http://auth0.com/oauth/grant-type/password-realm', 'refresh_token'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

// A service in a chain (RFC 8693 token exchange): it exchanges the token it received for one meant for the next API.
export function exchangeClients() {
  return [
    {
      client_id: 'api-gateway',
      client_name: 'API gateway (token exchange)',
      client_secret: 'api-gateway-secret-1e7c35a0',
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['urn:ietf:params:oauth:grant-type:token-exchange'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}

// The second API of the tenant: only token exchange issues tokens for it.
export const DOWNSTREAM_AUDIENCE = 'https://downstream.tokenscope.test/';

export function defaultSettings() {
  return {
    variant: 'default',
    verbose: false,

    clients: [...defaultClients(), ...protectedRequestClients(), ...mtlsClients(), ...m2mClients(), ...deviceClients(), ...passwordClients(), ...exchangeClients()],
    // The audiences token exchange (RFC 8693) issues tokens for.
    exchangeAudiences: [API_AUDIENCE, DOWNSTREAM_AUDIENCE],
    // Auth0 "client grants": client_id -> the API audiences it may get
    // client credentials tokens for (others: access_denied, as Auth0).
    clientGrants: {
      'm2m-app': [API_AUDIENCE], 'm2m-jwt': [API_AUDIENCE], 'm2m-pkjwt': [API_AUDIENCE], 'm2m-self-signed': [API_AUDIENCE],
    },

    api: {
      audience: API_AUDIENCE,
      scopes: [...API_SCOPES],
      // 'jwt' (Auth0 behaviour for APIs) or 'opaque'
      accessTokenFormat: 'jwt',
    },

    // Seconds. Auth0 defaults: access token 86400, ID token 36000.
    ttl: {
      accessToken: 86400,
      idToken: 36000,
      refreshToken: 30 * 24 * 3600,
      authorizationCode: 60,
      interaction: 3600,
      session: 14 * 24 * 3600,
      grant: 30 * 24 * 3600,
      // The device code's lifetime, expires_in (oidc-provider's default; Auth0 says 900).
      deviceCode: 600,
    },

    // RFC 8628 3.2 `interval` of the device authorization response, seconds (Auth0: 5, the RFC's default). The token
    // endpoint answers slow_down to a poll sooner than that after the previous one (or the authorization), and the
    // device code's interval grows by 5 (3.5), as Auth0 does.
    deviceInterval: 5,
    // Answer slow_down to the first N polls of every device code whatever their timing (variant device-slow-down).
    deviceSlowDownPolls: 0,

    // New refresh token on every refresh (Auth0 "Refresh Token Rotation").
    rotateRefreshToken: true,
    // Issue refresh tokens for scope=offline_access without prompt=consent.
    offlineAccessWithoutConsent: true,
    // RFC 8252 7.3: a registered http://127.0.0.1/... redirect URI also
    // matches the same URI with any port (for desktop loopback listeners).
    loopbackAnyPort: true,
    // Accept JWT access tokens issued for the API at /userinfo (Auth0 puts the
    // userinfo endpoint in the `aud` of such tokens; we only accept them).
    userinfoAcceptsApiJwt: true,
    // With a valid id_token_hint, /oidc/logout signs out without asking.
    logoutAutoConfirmWithIdTokenHint: true,
    // RFC 9207 `iss` also in responses that contain an id_token. Off, as in
    // oidc-provider's defaults: it leaves `iss` out there (the ID token's iss
    // is the mix-up countermeasure), and the tests must see what users see.
    // The variant iss-everywhere turns it on.
    issInEveryAuthorizationResponse: false,
    // RFC 8414 authorization server metadata at /.well-known/oauth-authorization-server (Auth0 serves it).
    oauthAuthorizationServerMetadata: true,
    // RFC 9728: the API's 401 names its protected resource metadata, which names this tenant as its authorization
    // server. 'url': "resource" is the API's URL, as RFC 9728 3.3 requires; 'audience': its audience identifier, a
    // common mistake (variant metadata-mismatch).
    protectedResourceMetadata: 'url',
    // Add the namespaced roles claim to ID tokens / access tokens.
    rolesClaim: true,

    // Escape hatches for variants: functions that may mutate/replace things.
    hooks: {
      // (configuration, ctx) => void — the oidc-provider configuration object
      providerConfiguration: [],
      // (body, ctx) => body — discovery document
      discovery: [],
      // (body, ctx) => body — the RFC 8414 document (a copy of the discovery document, after the discovery hooks)
      oauthMetadata: [],
      // (provider, ctx) => void — after the Provider instance exists
      provider: [],
    },
  };
}
