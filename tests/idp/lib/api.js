// The protected API ("https://api.tokenscope.test/") on its own port.
//   GET /api/public          200, no token needed
//   GET /api/private         valid RS256 JWT access token for the API
//   GET /api/private-scoped  as above + scope read:tests (else 403)
import * as http from 'node:http';

import { createRemoteJWKSet, jwtVerify, errors as joseErrors } from 'jose';

function send(res, status, body, headers = {}) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    ...headers,
  });
  res.end(data);
}

function quote(s) {
  return String(s).replace(/["\\]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}

function unauthorized(res, error, description) {
  if (!error) {
    send(res, 401, { error: 'unauthorized', error_description: description }, {
      'www-authenticate': 'Bearer realm="api"',
    });
    return;
  }
  send(res, 401, { error, error_description: description }, {
    'www-authenticate': `Bearer realm="api", error="${error}", error_description="${quote(description)}"`,
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

export function createApiServer({ issuer, audience, log = () => {} }) {
  const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', issuer), {
    cacheMaxAge: 60_000,
    cooldownDuration: 0,
  });

  async function authenticate(req, res) {
    const header = req.headers.authorization;
    if (!header) {
      unauthorized(res, undefined, 'missing Authorization header');
      return undefined;
    }
    if (!/^Bearer(\s|$)/i.test(header)) {
      // another scheme (RFC 6750 3.1: no error code for unsupported methods)
      unauthorized(res, undefined, 'the Authorization header does not use the Bearer scheme');
      return undefined;
    }
    const m = /^Bearer +([^ ]+) *$/i.exec(header);
    if (!m) {
      unauthorized(res, 'invalid_request', 'Authorization header must be "Bearer <token>"');
      return undefined;
    }
    try {
      const { payload } = await jwtVerify(m[1], jwks, {
        issuer,
        audience,
        algorithms: ['RS256'],
      });
      return payload;
    } catch (err) {
      unauthorized(res, 'invalid_token', describe(err));
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
          'access-control-allow-headers': 'authorization, content-type',
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
