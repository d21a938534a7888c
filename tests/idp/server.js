#!/usr/bin/env node
// Tokenscope local identity provider (Auth0-like, oidc-provider) + protected
// API in one process. See README.md.
//
//   node tests/idp/server.js [--variant NAME] [--verbose] [--ttl-access S] ...
//
// stdout: exactly one JSON line once both servers listen, nothing else.
// stderr: diagnostics (quiet unless --verbose).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as util from 'node:util';

import { listen, runUntilStopped } from '../common/listen.cjs';

// ---------------------------------------------------------------------------
// stdout is reserved for the single JSON line: route all console output
// (including oidc-provider's NOTICE lines, which use console.info) to stderr.
const argv = process.argv.slice(2);
const VERBOSE = argv.includes('--verbose') || argv.includes('-v');
const toStderr = (...args) => { process.stderr.write(`${util.format(...args)}\n`); };
const isProviderChatter = (args) => typeof args[0] === 'string' && args[0].includes('oidc-provider ');
console.log = toStderr;
console.debug = toStderr;
console.info = (...args) => { if (VERBOSE || !isProviderChatter(args)) toStderr(...args); };
console.warn = (...args) => { if (VERBOSE || !isProviderChatter(args)) toStderr(...args); };

const HELP = `usage: node server.js [options]
  --variant NAME        tenant variant (default: "default"); --list-variants to list
  --verbose, -v         request logs and oidc-provider notices on stderr
  --ttl-access SECONDS  access token lifetime (default 86400)
  --ttl-id SECONDS      ID token lifetime (default 36000)
  --ttl-refresh SECONDS refresh token lifetime (default 2592000)
  --ttl-code SECONDS    authorization code lifetime (default 60)
  --ttl-device-code S   device code lifetime, expires_in (default 600)
  --device-interval S   device flow polling interval (default 5)
  --port N              IdP port (default 0 = any free port)
  --api-port N          API port (default 0 = any free port)
  --ignore-stdin        do not exit when stdin reaches EOF
Prints one JSON line to stdout when ready, runs until SIGTERM/SIGINT or EOF on
stdin (only watched when stdin is a pipe or socket).`;

function parseArgs(args) {
  const opts = {
    variant: 'default', verbose: VERBOSE, ttl: {}, port: 0, apiPort: 0, ignoreStdin: false,
  };
  const num = (name, v) => {
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} needs a non-negative integer, got ${v}`);
    return n;
  };
  for (let i = 0; i < args.length; i += 1) {
    let a = args[i];
    let value;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq !== -1) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const next = () => {
      if (value !== undefined) return value;
      i += 1;
      if (i >= args.length) throw new Error(`${a} needs a value`);
      return args[i];
    };
    switch (a) {
      case '--variant': opts.variant = next(); break;
      case '--verbose': case '-v': opts.verbose = true; break;
      case '--ttl-access': opts.ttl.accessToken = num(a, next()); break;
      case '--ttl-id': opts.ttl.idToken = num(a, next()); break;
      case '--ttl-refresh': opts.ttl.refreshToken = num(a, next()); break;
      case '--ttl-code': opts.ttl.authorizationCode = num(a, next()); break;
      case '--ttl-device-code': opts.ttl.deviceCode = num(a, next()); break;
      case '--device-interval': opts.deviceInterval = num(a, next()); break;
      case '--port': opts.port = num(a, next()); break;
      case '--api-port': opts.apiPort = num(a, next()); break;
      case '--ignore-stdin': opts.ignoreStdin = true; break;
      case '--list-variants': opts.listVariants = true; break;
      case '--help': case '-h': opts.help = true; break;
      default: throw new Error(`unknown argument: ${args[i]}`);
    }
  }
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${err.message}\n${HELP}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stderr.write(`${HELP}\n`);
    process.exit(0);
  }

  const { VARIANTS } = await import('./variants/index.js');
  if (opts.listVariants) {
    for (const [name, v] of Object.entries(VARIANTS)) process.stderr.write(`${name}\t${v.description}\n`);
    process.exit(0);
  }
  const variant = VARIANTS[opts.variant];
  if (!variant) {
    process.stderr.write(`unknown variant "${opts.variant}"; known: ${Object.keys(VARIANTS).join(', ')}\n`);
    process.exit(2);
  }

  const { defaultSettings } = await import('./lib/settings.js');
  const { createProvider } = await import('./lib/provider.js');
  const { auth0Compat } = await import('./lib/compat.js');
  const { interactionRoutes } = await import('./lib/interactions.js');
  const { createApiServer } = await import('./lib/api.js');
  const { ROUTES } = await import('./lib/provider.js');
  const { calculateJwkThumbprint } = await import('jose');

  const settings = defaultSettings();
  settings.variant = opts.variant;
  settings.verbose = opts.verbose;
  Object.assign(settings.ttl, opts.ttl);
  if (opts.deviceInterval !== undefined) settings.deviceInterval = opts.deviceInterval;
  await variant.apply(settings);

  const log = opts.verbose ? toStderr : () => {};

  // Dev-only signing key, fresh for every start (RSA 2048, RS256).
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingJwk = privateKey.export({ format: 'jwk' });
  signingJwk.kid = (await calculateJwkThumbprint(publicKey.export({ format: 'jwk' }))).slice(0, 16);
  signingJwk.alg = 'RS256';
  signingJwk.use = 'sig';

  // --- IdP -----------------------------------------------------------------
  const idpServer = http.createServer();
  idpServer.keepAliveTimeout = 5000;
  const port = await listen(idpServer, opts.port);
  const issuer = `http://127.0.0.1:${port}/`;

  // Mutual TLS (RFC 8705): the same provider and API over TLS on their own ports, asking every client for a certificate
  // (checked against the test CA, though self-signed ones get through to be matched by thumbprint). Discovery names
  // the IdP's as mtls_endpoint_aliases.
  const key = (name) => fs.readFileSync(new URL(`./keys/${name}`, import.meta.url));
  const tlsOptions = {
    key: key('mtls-server-key.pem'), cert: key('mtls-server.pem'), ca: [key('mtls-ca.pem')], requestCert: true, rejectUnauthorized: false,
  };
  const mtlsServer = https.createServer(tlsOptions);
  mtlsServer.keepAliveTimeout = 5000;
  const mtlsPort = await listen(mtlsServer, 0);
  const mtlsBase = `https://127.0.0.1:${mtlsPort}`;
  settings.hooks.discovery.push((body) => ({
    ...body,
    mtls_endpoint_aliases: Object.fromEntries(Object.entries({
      token_endpoint: 'token', userinfo_endpoint: 'userinfo', revocation_endpoint: 'revocation',
      introspection_endpoint: 'introspection', pushed_authorization_request_endpoint: 'pushed_authorization_request',
      device_authorization_endpoint: 'device_authorization',
    }).map(([name, route]) => [name, `${mtlsBase}${ROUTES[route]}`])),
  }));

  const provider = await createProvider({
    issuer, settings, signingJwk, cookieSuffix: `_${port}`,
  });

  provider.on('server_error', (ctx, err) => {
    toStderr(`idp server_error ${ctx.method} ${ctx.path}: ${err?.stack || err}`);
  });
  if (opts.verbose) {
    for (const ev of ['authorization.error', 'grant.error', 'end_session.error', 'userinfo.error',
      'revocation.error', 'discovery.error', 'jwks.error', 'check_session.error']) {
      provider.on(ev, (ctx, err) => log(`idp ${ev}: ${err?.error || ''} ${err?.error_description || err?.message || ''} ${err?.error_detail || ''}`));
    }
  }

  provider.use(async (ctx, next) => {
    const started = Date.now();
    // Tolerate "issuer + '/.well-known/...'" (double slash after the
    // trailing-slash issuer), like most reverse proxies do.
    if (ctx.path.startsWith('//')) ctx.path = ctx.path.replace(/^\/+/, '/');
    try {
      await next();
    } finally {
      log(`idp ${ctx.method} ${ctx.originalUrl} ${ctx.status} ${Date.now() - started}ms`);
    }
  });
  provider.use(auth0Compat({
    settings, issuer, publicKey, provider,
  }));
  provider.use(interactionRoutes(provider, settings));

  idpServer.on('request', provider.callback());
  mtlsServer.on('request', provider.callback());

  // --- API -----------------------------------------------------------------
  const apiServer = createApiServer({
    issuer,
    audience: settings.api.audience,
    scopes: settings.api.scopes,
    protectedResourceMetadata: settings.protectedResourceMetadata,
    log,
  });
  const apiPort = await listen(apiServer, opts.apiPort);
  const mtlsApiServer = https.createServer(tlsOptions, (req, res) => apiServer.emit('request', req, res));
  const mtlsApiPort = await listen(mtlsApiServer, 0);

  // --- lifecycle -------------------------------------------------------------
  const ready = {
    issuer,
    apiUrl: `http://127.0.0.1:${apiPort}/api/private`,
    mtlsApiUrl: `https://127.0.0.1:${mtlsApiPort}/api/private`,
    apiAudience: settings.api.audience,
    port,
    apiPort,
    variant: opts.variant,
  };
  runUntilStopped(ready, {
    servers: [idpServer, apiServer, mtlsServer, mtlsApiServer],
    ignoreStdin: opts.ignoreStdin,
    onStop: (code) => log(`stopping (exit ${code})`),
  });
}

main().catch((err) => {
  toStderr(`idp failed to start: ${err?.stack || err}`);
  process.exit(1);
});
