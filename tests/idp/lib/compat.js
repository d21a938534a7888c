// Auth0 compatibility shims that must run before oidc-provider parses a
// request:
//  * `audience` (Auth0) -> `resource` (RFC 8707, what oidc-provider speaks) on
//    /authorize and on the refresh_token grant at /oauth/token (see
//    rewriteToken; `audience` on other grants is ignored, as Auth0 does);
//  * scope=offline_access without prompt=consent: oidc-provider (per OIDC
//    Core 11) drops offline_access unless prompt contains consent, Auth0 does
//    not. We add `consent` to prompt (unless prompt=none); the consent prompt
//    itself never renders a page in this tenant (see provider.js policy).
//  * token responses for API access tokens get the Auth0-style `scope`.
//  * /userinfo also accepts the API JWT access tokens (Auth0 does).
//  * `audience` on the client_credentials grant -> `resource`; a grant the
//    client may not use is unauthorized_client, as Auth0 answers.
//  * /oauth/introspect answers for the API JWT access tokens too, which
//    oidc-provider refuses (it introspects only the tokens it stores).
//  * device authorization (RFC 8628): `audience` and offline_access as on
//    /authorize; the response gets `interval` (oidc-provider sends none); a
//    poll sooner than the interval is answered slow_down and the device code's
//    interval grows by 5 seconds (3.5), as Auth0 does (see devicePolling).
import { jwtVerify } from 'jose';

import { ROUTES } from './provider.js';
import { createDpopVerifier, DPOP_ALGS } from './dpop.js';
import { findUserBySub, userClaims } from './users.js';

const MAX_BODY = 56 * 1024;

async function readRaw(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request entity too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function rewriteAuthorize(q, settings) {
  let changed = false;
  const audience = q.get('audience');
  if (audience && !q.has('resource')) {
    q.set('resource', audience);
    changed = true;
  }
  const scopes = (q.get('scope') || '').split(' ');
  if (settings.offlineAccessWithoutConsent && scopes.includes('offline_access')) {
    const prompt = (q.get('prompt') || '').split(' ').filter(Boolean);
    if (!prompt.includes('none') && !prompt.includes('consent')) {
      prompt.push('consent');
      q.set('prompt', prompt.join(' '));
      changed = true;
    }
  }
  return changed;
}

/**
 * refresh_token grant: `audience` becomes `resource` when the refresh token
 * was granted for that audience, otherwise it is ignored (the new access
 * token keeps the original audience). oidc-provider rotates (consumes) the
 * refresh token before it validates `resource`, so an unknown resource would
 * burn the token and, on reuse, revoke the grant; reject it up front instead.
 * Returns [changed, error].
 */
async function rewriteToken(q, provider) {
  if (q.get('grant_type') === 'client_credentials') {
    // Auth0's client credentials grant names the API in `audience`.
    const audience = q.get('audience');
    if (!audience) return [false];
    q.delete('audience');
    if (!q.has('resource')) q.set('resource', audience);
    return [true];
  }
  if (q.get('grant_type') !== 'refresh_token') return [false];
  const audience = q.get('audience');
  const resource = q.getAll('resource');
  if (!audience && resource.length === 0) return [false];
  const rt = q.get('refresh_token')
    ? await provider.RefreshToken.find(q.get('refresh_token'), { ignoreExpiration: true })
    : undefined;
  if (!rt) return [false]; // let oidc-provider report invalid_grant
  const granted = rt.resourceIndicators;
  if (resource.length) {
    const unknown = resource.find((r) => !granted.has(r));
    if (unknown) {
      return [false, {
        error: 'invalid_target',
        error_description: `resource ${unknown} was not granted to this refresh token`,
      }];
    }
    return [false];
  }
  q.delete('audience');
  if (granted.has(audience)) q.set('resource', audience);
  return [true];
}

const PROFILE = ['name', 'nickname', 'given_name', 'family_name', 'picture', 'updated_at'];
const EMAIL = ['email', 'email_verified'];

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

// RFC 8628 3.5 as Auth0 enforces it: a device code may be polled once per interval; a poll sooner than that after the
// previous one (or the authorization) is answered slow_down and the code's interval grows by 5 seconds. 150 ms of
// slack for the network. settings.deviceSlowDownPolls answers slow_down to the first N polls whatever their timing.
function devicePolling(settings) {
  const codes = new Map(); // device_code -> { last: ms, interval: s, polls }
  const SLACK_MS = 150;
  return {
    issued(deviceCode) {
      codes.set(deviceCode, { last: Date.now(), interval: settings.deviceInterval, polls: 0 });
      if (codes.size > 1000) codes.delete(codes.keys().next().value);
    },
    check(q) {
      if (q.get('grant_type') !== DEVICE_GRANT) return undefined;
      const entry = codes.get(q.get('device_code'));
      if (!entry) return undefined; // let oidc-provider answer (invalid_grant)
      const now = Date.now();
      entry.polls += 1;
      const early = now - entry.last < entry.interval * 1000 - SLACK_MS;
      entry.last = now;
      if (entry.polls <= settings.deviceSlowDownPolls || early) {
        entry.interval += 5;
        return {
          error: 'slow_down',
          error_description: `You are polling faster than allowed; wait ${entry.interval} seconds between requests.`,
        };
      }
      return undefined;
    },
  };
}

export function auth0Compat({
  settings, issuer, publicKey, provider,
}) {
  const polling = devicePolling(settings);
  return async function auth0CompatMiddleware(ctx, next) {
    // RFC 8414 authorization server metadata, which Auth0 serves next to the OpenID discovery document (for OAuth
    // clients such as MCP clients): the same document, or none (settings.oauthAuthorizationServerMetadata).
    if (ctx.path === '/.well-known/oauth-authorization-server' && ctx.method === 'GET') {
      if (!settings.oauthAuthorizationServerMetadata) {
        ctx.status = 404;
        ctx.body = { error: 'not_found', error_description: 'no such route' };
        return;
      }
      ctx.path = '/.well-known/openid-configuration';
      ctx.state.tokenscopeOAuthMetadata = true;
    }
    const isAuthorize = ctx.path === ROUTES.authorization;
    const isToken = ctx.path === ROUTES.token;
    const isDevice = ctx.path === ROUTES.device_authorization;
    // RFC 9126: a pushed request carries the authorization parameters, rewritten as at /authorize.
    const isPar = ctx.path === ROUTES.pushed_authorization_request;
    const isForm = ctx.method === 'POST' && ctx.is('application/x-www-form-urlencoded');

    if (isAuthorize && ctx.method === 'GET') {
      const q = new URLSearchParams(ctx.querystring);
      if (rewriteAuthorize(q, settings)) ctx.querystring = q.toString();
    } else if ((isAuthorize || isToken || isDevice || isPar) && isForm) {
      // Consume the body and hand the (possibly rewritten) string to
      // oidc-provider via req.body, which it supports as a pre-parsed body.
      let raw;
      try {
        raw = await readRaw(ctx.req);
      } catch {
        ctx.status = 413;
        ctx.body = { error: 'invalid_request', error_description: 'request entity too large' };
        return;
      }
      const q = new URLSearchParams(raw);
      let changed;
      if (isAuthorize || isDevice || isPar) {
        changed = rewriteAuthorize(q, settings);
      } else {
        let error;
        [changed, error] = await rewriteToken(q, provider);
        if (error) {
          ctx.status = 400;
          ctx.set('cache-control', 'no-store');
          ctx.body = error;
          return;
        }
        const slowDown = polling.check(q);
        if (slowDown) {
          ctx.status = 400;
          ctx.set('cache-control', 'no-store');
          ctx.body = slowDown;
          return;
        }
      }
      ctx.req.body = changed ? q.toString() : raw;
    }

    if (ctx.path === ROUTES.introspection && ctx.method === 'POST') {
      const handled = await introspectApiJwt(ctx, { settings, issuer, publicKey, provider });
      if (handled) return;
    }

    if (ctx.path === ROUTES.userinfo && settings.userinfoAcceptsApiJwt) {
      const handled = await userinfoForApiJwt(ctx, { settings, issuer, publicKey });
      if (handled) return;
    }

    await next();

    // The same at the device authorization endpoint (RFC 8628 3.2 uses RFC 6749 5.2's codes).
    if (isDevice && ctx.status === 400 && ctx.body?.error === 'invalid_request'
      && /is not allowed for this client$/.test(ctx.body.error_description || '')) {
      ctx.body = {
        error: 'unauthorized_client',
        error_description: 'Grant type \'urn:ietf:params:oauth:grant-type:device_code\' not allowed for the client.',
      };
    }

    if (isDevice && ctx.status === 200 && ctx.body?.device_code) {
      ctx.body.interval = settings.deviceInterval;
      polling.issued(ctx.body.device_code);
    }

    // RFC 6749 5.2 (and Auth0): a grant the client may not use is
    // unauthorized_client; oidc-provider says invalid_request.
    if (isToken && ctx.status === 400 && ctx.body?.error === 'invalid_request'
      && ctx.body.error_description === 'requested grant type is not allowed for this client') {
      ctx.body = {
        error: 'unauthorized_client',
        error_description: `Grant type '${ctx.oidc?.params?.grant_type}' not allowed for the client.`,
      };
    }

    if (isToken && ctx.status === 200 && ctx.body && typeof ctx.body === 'object'
      && ctx.body.access_token && ctx.state.tokenscopeAtScope) {
      ctx.body.scope = ctx.state.tokenscopeAtScope;
    }

    if (ctx.path === '/.well-known/openid-configuration' && ctx.status === 200
      && ctx.body && typeof ctx.body === 'object') {
      let body = ctx.body;
      for (const hook of settings.hooks.discovery) {
        body = (await hook(body, { issuer, settings })) ?? body;
      }
      if (ctx.state.tokenscopeOAuthMetadata) {
        for (const hook of settings.hooks.oauthMetadata) {
          body = (await hook({ ...body }, { issuer, settings })) ?? body;
        }
      }
      ctx.body = body;
    }
  };
}

// The client's credentials (client_secret_basic or client_secret_post) of a
// request already read into ctx.req.body; the client, or undefined.
async function authenticatedClient(ctx, q, provider) {
  let id;
  let secret;
  const basic = /^Basic\s+(.+)$/i.exec(ctx.get('authorization'));
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
  } else {
    id = q.get('client_id');
    secret = q.get('client_secret');
  }
  const client = id ? await provider.Client.find(id) : undefined;
  if (!client || !client.clientSecret || secret !== client.clientSecret) return undefined;
  return client;
}

// RFC 7662 for the API's JWT access tokens: active when the signature, issuer
// and expiry verify; the answer carries the token's own claims.
async function introspectApiJwt(ctx, { settings, issuer, publicKey, provider }) {
  let raw;
  try {
    raw = await readRaw(ctx.req);
  } catch {
    ctx.status = 413;
    ctx.body = { error: 'invalid_request', error_description: 'request entity too large' };
    return true;
  }
  ctx.req.body = raw; // oidc-provider reads it when this is not a JWT
  const q = new URLSearchParams(raw);
  const token = q.get('token') || '';
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) return false;
  ctx.set('cache-control', 'no-store');
  const client = await authenticatedClient(ctx, q, provider);
  if (!client) {
    ctx.status = 401;
    ctx.body = { error: 'invalid_client', error_description: 'client authentication failed' };
    return true;
  }
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer,
      audience: settings.api.audience,
      algorithms: ['RS256'],
    });
    ctx.body = { ...payload, active: true, token_type: 'Bearer' };
  } catch {
    ctx.body = { active: false };
  }
  return true;
}

// Userinfo's DPoP state (RFC 9449 7: userinfo is a protected resource; no nonce required, as oidc-provider's own).
const userinfoDpop = createDpopVerifier({ requireNonce: false });

async function userinfoForApiJwt(ctx, { settings, issuer, publicKey }) {
  if (!['GET', 'POST'].includes(ctx.method)) return false;
  const m = /^(Bearer|DPoP)\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(ctx.get('authorization'));
  if (!m) return false;
  let payload;
  try {
    ({ payload } = await jwtVerify(m[2], publicKey, {
      issuer,
      audience: settings.api.audience,
      algorithms: ['RS256'],
    }));
  } catch {
    return false; // let oidc-provider answer (invalid_token)
  }
  // A DPoP-bound token only with the DPoP scheme and a proof of its key (RFC 9449 7.1).
  const jkt = payload.cnf?.jkt;
  if (jkt !== undefined || m[1] === 'DPoP') {
    const problem = m[1] !== 'DPoP' || typeof jkt !== 'string'
      ? { error: 'invalid_token', description: jkt ? 'the access token is DPoP-bound: use the DPoP scheme with a proof' : 'the access token is not DPoP-bound' }
      : await userinfoDpop.check({ method: ctx.method, htu: `${issuer.replace(/\/$/, '')}${ctx.path}`, proof: ctx.get('dpop') }, m[2], jkt);
    if (problem) {
      ctx.status = 401;
      ctx.set('www-authenticate', `DPoP algs="${DPOP_ALGS.join(' ')}", error="${problem.error}", error_description="${problem.description.replace(/"/g, "'")}"`);
      ctx.body = { error: problem.error, error_description: problem.description };
      return true;
    }
  }
  const scopes = String(payload.scope || '').split(' ');
  const user = findUserBySub(payload.sub);
  if (!user || !scopes.includes('openid')) return false;
  const all = userClaims(user, issuer);
  const allowed = new Set(['sub', ...Object.keys(all).filter((k) => k.startsWith('https://'))]);
  if (scopes.includes('profile')) PROFILE.forEach((c) => allowed.add(c));
  if (scopes.includes('email')) EMAIL.forEach((c) => allowed.add(c));
  if (!settings.rolesClaim) allowed.forEach((k) => { if (k.startsWith('https://')) allowed.delete(k); });
  ctx.set('cache-control', 'no-store');
  ctx.set('access-control-allow-origin', ctx.get('origin') || '*');
  ctx.body = Object.fromEntries(Object.entries(all).filter(([k]) => allowed.has(k)));
  return true;
}
