// The protected API ("https://api.tokenscope.test/") on its own port.
//   GET /api/public          200, no token needed
//   GET /api/private         valid RS256 JWT access token for the API
//   GET /api/private-scoped  as above + scope read:tests (else 403)
//   GET /.well-known/oauth-protected-resource/api/<route>  RFC 9728 metadata of that route (resource: its URL,
//                            authorization_servers: the tenant); every 401 of a protected route names it in its
//                            challenge (resource_metadata, RFC 9728 5.1)
//   mTLS (RFC 8705): the same routes over TLS on another port; a token bound to a client certificate (cnf.x5t#S256)
//                            is accepted only over a connection that presented that certificate
//   DPoP (RFC 9449): a token bound to a key (cnf.jkt) is accepted only as "Authorization: DPoP <token>" with a valid
//                            proof of that key for this request (htm, htu, ath, a fresh iat, a jti not seen before) and
//                            the API's current nonce (the first call gets 401 use_dpop_nonce with a DPoP-Nonce header);
//                            as a Bearer token it is refused
//   GET /api/careless/<how>  deliberately careless copies of /api/private, one validation mistake each, so that
//                            Tokenscope's API probes (probe.api.*) can be shown failing against them:
//     no-exp            verifies everything but the expiry
//     no-aud            verifies everything but the audience (accepts the ID token)
//     no-signature      decodes without verifying the signature (checks exp and aud only, as many hand-made APIs do)
//     alg-none          verifies RS256 tokens, and accepts unsigned ones (alg none) with the right claims
//     hs256-public-key  verifies RS256 tokens, and HS256 ones with the PEM of the JWKS key as the HMAC secret
//     unknown-kid       verifies tokens whose kid is in the JWKS, and only decodes the others
//     no-token          answers without any token (an unprotected route)
import { createHash, createPublicKey } from 'node:crypto';
import * as http from 'node:http';

import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, UnsecuredJWT, errors as joseErrors } from 'jose';

import { createDpopVerifier, DPOP_ALGS } from './dpop.js';

export const CARELESS = ['no-exp', 'no-aud', 'no-signature', 'alg-none', 'hs256-public-key', 'unknown-kid', 'no-token'];

function send(res, status, body, headers = {}) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'www-authenticate, dpop-nonce',
    ...headers,
  });
  res.end(data);
}

function quote(s) {
  return String(s).replace(/["\\]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

// The URL a request came to, from its Host header (the API listens on 127.0.0.1 and a free port, also over TLS).
function requestBase(req) {
  return `${req.socket.encrypted ? 'https' : 'http'}://${req.headers.host || '127.0.0.1'}`;
}

// RFC 9728 3.1: /.well-known/oauth-protected-resource inserted between the host and the resource's path.
function resourceMetadataUrl(req, pathname) {
  return `${requestBase(req)}/.well-known/oauth-protected-resource${pathname}`;
}

function unauthorized(req, res, error, description) {
  const metadata = `resource_metadata="${resourceMetadataUrl(req, new URL(req.url, 'http://api.invalid').pathname)}"`;
  if (!error) {
    send(res, 401, { error: 'unauthorized', error_description: description }, {
      'www-authenticate': `Bearer realm="api", ${metadata}`,
    });
    return;
  }
  send(res, 401, { error, error_description: description }, {
    'www-authenticate': `Bearer realm="api", error="${error}", error_description="${quote(description)}", ${metadata}`,
  });
}

function dpopChallenge(req, res, error, description, extraHeaders = {}) {
  const metadata = `resource_metadata="${resourceMetadataUrl(req, new URL(req.url, 'http://api.invalid').pathname)}"`;
  send(res, 401, { error, error_description: description }, {
    'www-authenticate': `DPoP algs="${DPOP_ALGS.join(' ')}", error="${error}", error_description="${quote(description)}", ${metadata}`,
    ...extraHeaders,
  });
}

function describe(err) {
  if (err instanceof joseErrors.JWTExpired) return 'token expired';
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    return `${err.claim} claim check failed: ${err.message}`;
  }
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'signature verification failed';
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'no matching key in the issuer JWKS';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return `algorithm not allowed: ${err.message}`;
  if (err instanceof joseErrors.JWSInvalid || err instanceof joseErrors.JWTInvalid) {
    return `malformed token: ${err.message}`;
  }
  return err?.message || 'invalid token';
}

export function createApiServer({
  issuer, audience, scopes = [], protectedResourceMetadata = 'url', log = () => {},
}) {
  const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', issuer), {
    cacheMaxAge: 60_000,
    cooldownDuration: 0,
  });

  async function jwksKeys() {
    const response = await fetch(new URL('.well-known/jwks.json', issuer));
    return (await response.json()).keys ?? [];
  }

  // The careless checks (see the list at the top). Throws like jwtVerify; returns the payload.
  async function carelessVerify(how, token) {
    const strict = { issuer, audience, algorithms: ['RS256'] };
    const header = decodeProtectedHeader(token);
    switch (how) {
      case 'no-exp':
        return (await jwtVerify(token, jwks, { ...strict, clockTolerance: 10 * 365 * 86400 })).payload;
      case 'no-aud':
        return (await jwtVerify(token, jwks, { issuer, algorithms: ['RS256'] })).payload;
      case 'no-signature': {
        const payload = decodeJwt(token);
        const auds = [].concat(payload.aud ?? []);
        if (typeof payload.exp !== 'number' || payload.exp < Date.now() / 1000) throw new joseErrors.JWTExpired('"exp" claim timestamp check failed', payload);
        if (!auds.includes(audience)) throw new joseErrors.JWTClaimValidationFailed('unexpected "aud" claim value', payload, 'aud');
        return payload;
      }
      case 'alg-none':
        if (header.alg === 'none') return UnsecuredJWT.decode(token, { issuer, audience }).payload;
        break;
      case 'hs256-public-key':
        if (header.alg === 'HS256') {
          const jwk = (await jwksKeys()).find((k) => k.kid === header.kid);
          if (!jwk) throw new joseErrors.JWKSNoMatchingKey();
          const pem = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
          return (await jwtVerify(token, new TextEncoder().encode(pem), { issuer, audience, algorithms: ['HS256'] })).payload;
        }
        break;
      case 'unknown-kid':
        if (!(await jwksKeys()).some((k) => k.kid === header.kid)) {
          const payload = decodeJwt(token);
          if (payload.iss !== issuer || ![].concat(payload.aud ?? []).includes(audience)) throw new joseErrors.JWTClaimValidationFailed('claims', payload);
          return payload;
        }
        break;
      default:
        break;
    }
    return (await jwtVerify(token, jwks, strict)).payload;
  }

  const dpop = createDpopVerifier({ requireNonce: true });

  async function authenticate(req, res, careless) {
    const header = req.headers.authorization;
    if (!header && careless === 'no-token') return { sub: 'anonymous' };
    if (!header) {
      unauthorized(req, res, undefined, 'missing Authorization header');
      return undefined;
    }
    const dpopScheme = /^DPoP +([^ ]+) *$/i.exec(header);
    if (dpopScheme && !careless) {
      let payload;
      try {
        ({ payload } = await jwtVerify(dpopScheme[1], jwks, { issuer, audience, algorithms: ['RS256'] }));
      } catch (err) {
        dpopChallenge(req, res, 'invalid_token', describe(err), { 'dpop-nonce': dpop.nonce() });
        return undefined;
      }
      const jkt = payload.cnf?.jkt;
      if (typeof jkt !== 'string') {
        dpopChallenge(req, res, 'invalid_token', 'the access token is not DPoP-bound (no cnf.jkt): send it as a Bearer token', { 'dpop-nonce': dpop.nonce() });
        return undefined;
      }
      const problem = await dpop.check({ method: req.method, htu: `${requestBase(req)}${new URL(req.url, 'http://api.invalid').pathname}`, proof: req.headers.dpop }, dpopScheme[1], jkt);
      if (problem) {
        dpopChallenge(req, res, problem.error, problem.description, { 'dpop-nonce': dpop.nonce() });
        return undefined;
      }
      res.setHeader('dpop-nonce', dpop.nonce());
      return payload;
    }
    if (!/^Bearer(\s|$)/i.test(header)) {
      // another scheme (RFC 6750 3.1: no error code for unsupported methods)
      unauthorized(req, res, undefined, 'the Authorization header does not use the Bearer scheme');
      return undefined;
    }
    const m = /^Bearer +([^ ]+) *$/i.exec(header);
    if (!m) {
      unauthorized(req, res, 'invalid_request', 'Authorization header must be "Bearer <token>"');
      return undefined;
    }
    try {
      if (careless) return await carelessVerify(careless, m[1]);
      const { payload } = await jwtVerify(m[1], jwks, {
        issuer,
        audience,
        algorithms: ['RS256'],
      });
      const x5t = payload.cnf?.['x5t#S256'];
      if (x5t && !careless) {
        // RFC 8705 3: a certificate-bound token only over TLS with that certificate.
        const cert = req.socket.getPeerX509Certificate?.();
        const presented = cert ? createHash('sha256').update(cert.raw).digest('base64url') : undefined;
        if (presented !== x5t) {
          unauthorized(req, res, 'invalid_token', presented
            ? 'the access token is bound to another client certificate (cnf.x5t#S256)'
            : 'the access token is certificate-bound (cnf.x5t#S256): call over mutual TLS with that certificate');
          return undefined;
        }
      }
      if (payload.cnf?.jkt && !careless) {
        // RFC 9449 7.2: a bound token is no bearer token.
        dpopChallenge(req, res, 'invalid_token', 'the access token is DPoP-bound: send it as "Authorization: DPoP <token>" with a proof');
        return undefined;
      }
      return payload;
    } catch (err) {
      unauthorized(req, res, 'invalid_token', describe(err));
      return undefined;
    }
  }

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    res.on('finish', () => log(`api ${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      const url = new URL(req.url, 'http://api.invalid');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type, dpop',
          'access-control-allow-methods': 'GET, OPTIONS',
          'access-control-max-age': '600',
        });
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, { error: 'method_not_allowed', error_description: 'use GET' }, { allow: 'GET' });
        return;
      }
      const described = /^\/\.well-known\/oauth-protected-resource(\/api\/.+)$/.exec(url.pathname)?.[1];
      if (described) {
        // RFC 9728 2; "resource" is the URL the client requests (3.3), unless the variant makes the common mistake.
        send(res, 200, {
          resource: protectedResourceMetadata === 'audience' ? audience : `${requestBase(req)}${described}`,
          authorization_servers: [issuer],
          scopes_supported: scopes,
          bearer_methods_supported: ['header'],
          resource_name: 'Tokenscope test API',
        });
        return;
      }
      const careless = /^\/api\/careless\/([a-z0-9-]+)$/.exec(url.pathname)?.[1];
      if (careless) {
        if (!CARELESS.includes(careless)) {
          send(res, 404, { error: 'not_found', error_description: `no careless API ${careless}; known: ${CARELESS.join(', ')}` });
          return;
        }
        const payload = await authenticate(req, res, careless);
        if (!payload) return;
        send(res, 200, { message: `Hello from the careless API (${careless})`, sub: payload.sub });
        return;
      }
      switch (url.pathname) {
        case '/api/public':
          send(res, 200, { message: 'Hello from the public API' });
          return;
        case '/api/private':
        case '/api/private-scoped': {
          const payload = await authenticate(req, res);
          if (!payload) return;
          const scopes = String(payload.scope ?? '').split(' ').filter(Boolean);
          if (url.pathname === '/api/private-scoped' && !scopes.includes('read:tests')) {
            send(res, 403, {
              error: 'insufficient_scope',
              error_description: 'the access token lacks scope read:tests',
            }, {
              'www-authenticate': 'Bearer realm="api", error="insufficient_scope", error_description="the access token lacks scope read:tests", scope="read:tests"',
            });
            return;
          }
          send(res, 200, {
            message: url.pathname === '/api/private'
              ? 'Hello from the private API'
              : 'Hello from the private API (scoped)',
            sub: payload.sub,
            scope: payload.scope ?? '',
            client_id: payload.client_id,
          });
          return;
        }
        default:
          send(res, 404, { error: 'not_found', error_description: `no route ${url.pathname}` });
      }
    } catch (err) {
      log(`api error: ${err?.stack || err}`);
      if (!res.headersSent) send(res, 500, { error: 'server_error', error_description: 'internal error' });
    }
  });
  return server;
}
