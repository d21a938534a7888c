#!/usr/bin/env node
// End-to-end smoke test of the test IdP: starts server.js, drives the login
// over plain HTTP (manual redirects + cookie jar), exchanges codes, calls the
// API, refreshes, logs out. Prints "N passed, M failed"; exit code 1 on failure.
// It asserts the behaviour of the `default` variant (and `no-rotation`).
//
//   node tests/idp/smoke.mjs [--variant NAME] [--verbose]
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import {
  createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify,
} from 'jose';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose');

let passed = 0;
let failed = 0;

function check(name, cond, detail) {
  if (cond) {
    passed += 1;
    if (VERBOSE) process.stdout.write(`ok   ${name}\n`);
  } else {
    failed += 1;
    process.stdout.write(`FAIL ${name}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}\n`);
  }
  return !!cond;
}

function eq(name, actual, expected) {
  return check(name, JSON.stringify(actual) === JSON.stringify(expected), { actual, expected });
}

async function step(name, fn) {
  try {
    await fn();
  } catch (err) {
    check(`${name} (threw)`, false, err?.stack || String(err));
  }
}

// --- helpers ---------------------------------------------------------------

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const pkce = () => {
  const verifier = b64url(crypto.randomBytes(32));
  return { verifier, challenge: b64url(crypto.createHash('sha256').update(verifier).digest()) };
};
const rnd = () => b64url(crypto.randomBytes(12));

/** Tiny browser: cookie jar (single host) + manual redirects. */
class Browser {
  constructor(origin) {
    this.origin = origin;
    this.jar = new Map();
  }

  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(res) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => {
        const [k, v] = a.split('=');
        return k.trim().toLowerCase() === 'expires' && Date.parse(v) < Date.now();
      });
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  async request(url, { method = 'GET', form, headers = {} } = {}) {
    const u = new URL(url, this.origin);
    const h = { ...headers };
    if (u.origin === this.origin && this.jar.size) h.cookie = this.cookieHeader();
    let body;
    if (form) {
      body = new URLSearchParams(form).toString();
      h['content-type'] = 'application/x-www-form-urlencoded';
    }
    const res = await fetch(u, {
      method, headers: h, body, redirect: 'manual',
    });
    if (u.origin === this.origin) this.store(res);
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, url: u.href };
  }

  /** Follows redirects while they stay on the IdP origin. */
  async follow(url, opts) {
    let res = await this.request(url, opts);
    for (let i = 0; i < 20 && res.status >= 300 && res.status < 400; i += 1) {
      const loc = new URL(res.headers.get('location'), res.url);
      if (loc.origin !== this.origin) return { ...res, location: loc.href };
      res = await this.request(loc.href);
    }
    return res;
  }
}

function parseLoginForm(html) {
  const form = /<form id="login-form" method="post" action="([^"]+)"/.exec(html);
  const user = /<input id="username" name="username" type="text" value="([^"]*)"/.exec(html);
  return {
    action: form?.[1],
    username: user?.[1],
    hasPassword: /<input id="password" name="password" type="password"/.test(html),
    hasCancel: /<button id="cancel" type="submit" name="cancel" value="1">/.test(html),
    hasLogin: /<button id="login"[^>]* type="submit"/.test(html),
  };
}

function callbackParams(location) {
  const u = new URL(location);
  const p = new URLSearchParams(u.hash ? u.hash.slice(1) : u.search);
  return { base: `${u.origin}${u.pathname}`, params: Object.fromEntries(p) };
}

async function postToken(issuer, form, { basic } = {}) {
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  if (basic) {
    const enc = (s) => encodeURIComponent(s);
    headers.authorization = `Basic ${Buffer.from(`${enc(basic[0])}:${enc(basic[1])}`).toString('base64')}`;
  }
  const res = await fetch(`${issuer}oauth/token`, {
    method: 'POST', headers, body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, json: await res.json() };
}

/** GET /authorize -> login page -> POST credentials -> callback URL. */
async function login(browser, issuer, query, { username = 'alice', password = 'wonderland-42' } = {}) {
  const page = await browser.follow(`${issuer}authorize?${new URLSearchParams(query)}`);
  if (page.location) return { location: page.location, page };
  const form = parseLoginForm(page.text);
  if (!form.action) throw new Error(`no login form (status ${page.status}): ${page.text.slice(0, 300)}`);
  const done = await browser.follow(form.action, { method: 'POST', form: { username, password } });
  return { location: done.location, page, done };
}

// --- start the server ------------------------------------------------------

const serverArgs = [path.join(HERE, 'server.js')];
const vi = args.indexOf('--variant');
if (vi !== -1) serverArgs.push('--variant', args[vi + 1]);

const child = spawn(process.execPath, serverArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => {
  stderr += d;
  if (VERBOSE) process.stderr.write(d);
});
const exited = new Promise((resolve) => { child.on('exit', (code, signal) => resolve({ code, signal })); });

const rl = createInterface({ input: child.stdout });
const lines = [];
const firstLine = new Promise((resolve, reject) => {
  const t = setTimeout(() => reject(new Error(`server did not print its JSON line in time\n${stderr}`)), 20000);
  rl.on('line', (line) => {
    lines.push(line);
    if (lines.length === 1) {
      clearTimeout(t);
      resolve(line);
    }
  });
  child.on('exit', () => reject(new Error(`server exited early\n${stderr}`)));
});

let info;
try {
  info = JSON.parse(await firstLine);
} catch (err) {
  process.stdout.write(`FAIL start: ${err.message}\n0 passed, 1 failed\n`);
  child.kill('SIGKILL');
  process.exit(1);
}

const { issuer } = info;
const API = info.apiUrl.replace(/\/api\/private$/, '');
const AUD = 'https://api.tokenscope.test/';
const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', issuer));

// --- tests -------------------------------------------------------------------

await step('ready line', async () => {
  check('ready line keys', ['issuer', 'apiUrl', 'apiAudience', 'port', 'apiPort'].every((k) => k in info), info);
  check('issuer form', /^http:\/\/127\.0\.0\.1:\d+\/$/.test(issuer), issuer);
  eq('issuer port', issuer, `http://127.0.0.1:${info.port}/`);
  eq('apiUrl', info.apiUrl, `http://127.0.0.1:${info.apiPort}/api/private`);
  eq('apiAudience', info.apiAudience, AUD);
});

await step('discovery', async () => {
  const res = await fetch(`${issuer}.well-known/openid-configuration`);
  const d = await res.json();
  eq('discovery issuer', d.issuer, issuer);
  eq('authorization_endpoint', d.authorization_endpoint, `${issuer}authorize`);
  eq('token_endpoint', d.token_endpoint, `${issuer}oauth/token`);
  eq('userinfo_endpoint', d.userinfo_endpoint, `${issuer}userinfo`);
  eq('jwks_uri', d.jwks_uri, `${issuer}.well-known/jwks.json`);
  eq('end_session_endpoint', d.end_session_endpoint, `${issuer}oidc/logout`);
  eq('revocation_endpoint', d.revocation_endpoint, `${issuer}oauth/revoke`);
  eq('iss parameter supported', d.authorization_response_iss_parameter_supported, true);
  eq('code_challenge_methods_supported', d.code_challenge_methods_supported, ['S256']);
  for (const rt of ['code', 'id_token', 'id_token token', 'code id_token', 'code token', 'code id_token token']) {
    check(`response type "${rt}" advertised`, d.response_types_supported.includes(rt), d.response_types_supported);
  }
  eq('response modes', [...d.response_modes_supported].sort(), ['form_post', 'fragment', 'query']);
});

await step('jwks', async () => {
  const res = await fetch(`${issuer}.well-known/jwks.json`);
  const { keys } = await res.json();
  check('jwks has one RSA RS256 key with kid', keys.length === 1 && keys[0].kty === 'RSA'
    && keys[0].alg === 'RS256' && typeof keys[0].kid === 'string' && !keys[0].d, keys);
});

await step('avatar + public API', async () => {
  const res = await fetch(`${issuer}avatars/alice.png`);
  const buf = Buffer.from(await res.arrayBuffer());
  check('avatar is a PNG', res.status === 200 && buf.subarray(1, 4).toString() === 'PNG', res.status);
  const pub = await fetch(`${API}/api/public`);
  eq('GET /api/public', pub.status, 200);
  const noTok = await fetch(`${API}/api/private`);
  eq('private without token -> 401', noTok.status, 401);
  eq('private without token WWW-Authenticate', noTok.headers.get('www-authenticate'),
    `Bearer realm="api", resource_metadata="${API}/.well-known/oauth-protected-resource/api/private"`);
  // RFC 9728: the metadata the challenge names; "resource" is the URL requested (3.3), the tenant its server.
  const prm = await (await fetch(`${API}/.well-known/oauth-protected-resource/api/private`)).json();
  eq('protected resource metadata resource', prm.resource, `${API}/api/private`);
  eq('protected resource metadata authorization_servers', JSON.stringify(prm.authorization_servers), JSON.stringify([issuer]));
  // RFC 8414: the tenant's authorization server metadata, for its own issuer.
  const asm = await (await fetch(`${issuer}.well-known/oauth-authorization-server`)).json();
  eq('RFC 8414 issuer', asm.issuer, issuer);
  const bad = await fetch(`${API}/api/private`, { headers: { authorization: 'Bearer abc.def.ghi' } });
  const badBody = await bad.json();
  check('private with garbage -> 401 invalid_token', bad.status === 401 && badBody.error === 'invalid_token'
    && /^Bearer realm="api", error="invalid_token", error_description="/.test(bad.headers.get('www-authenticate')), badBody);
});

// Full code + PKCE flow on the public SPA client with audience + offline_access.
let spaTokens;
let spaBrowser;
await step('spa-pkce code flow', async () => {
  const browser = new Browser(new URL(issuer).origin);
  spaBrowser = browser;
  const { verifier, challenge } = pkce();
  const state = rnd();
  const nonce = rnd();
  const query = {
    client_id: 'spa-pkce',
    response_type: 'code',
    redirect_uri: 'https://spa.example/callback',
    scope: 'openid profile email offline_access read:tests',
    audience: AUD,
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    login_hint: 'alice',
    connection: 'Username-Password-Authentication',
  };

  const page = await browser.follow(`${issuer}authorize?${new URLSearchParams(query)}`);
  eq('login page status', page.status, 200);
  const form = parseLoginForm(page.text);
  check('login form present', form.action?.startsWith('/interaction/') && form.hasPassword && form.hasCancel && form.hasLogin, form);
  eq('login_hint prefilled', form.username, 'alice');

  const wrong = await browser.follow(form.action, { method: 'POST', form: { username: 'alice', password: 'nope' } });
  check('wrong password re-shows page with error', wrong.status === 200 && wrong.text.includes('Wrong username or password.')
    && parseLoginForm(wrong.text).action === form.action, wrong.status);

  const done = await browser.follow(form.action, { method: 'POST', form: { username: 'alice', password: 'wonderland-42' } });
  check('redirected to callback', done.location?.startsWith('https://spa.example/callback?'), done.location ?? done.text.slice(0, 500));
  const cb = callbackParams(done.location);
  eq('callback state', cb.params.state, state);
  eq('callback iss (RFC 9207)', cb.params.iss, issuer);
  check('callback code', typeof cb.params.code === 'string' && cb.params.code.length > 10, cb.params);

  const withoutVerifier = await postToken(issuer, {
    grant_type: 'authorization_code', code: cb.params.code, redirect_uri: 'https://spa.example/callback', client_id: 'spa-pkce',
  });
  check('PKCE verifier is required', withoutVerifier.status === 400, withoutVerifier);

  // the failed attempt above did not consume the code (PKCE check fails first)
  const tok = await postToken(issuer, {
    grant_type: 'authorization_code',
    code: cb.params.code,
    redirect_uri: 'https://spa.example/callback',
    client_id: 'spa-pkce',
    code_verifier: verifier,
  });
  eq('token endpoint 200', tok.status, 200);
  const t = tok.json;
  spaTokens = { ...t, nonce };
  check('token response has access/id/refresh tokens', t.access_token && t.id_token && t.refresh_token && t.token_type === 'Bearer', t);
  check('token response scope (Auth0 style)', t.scope?.split(' ').includes('read:tests') && t.scope.split(' ').includes('openid') && t.scope.split(' ').includes('offline_access'), t.scope);

  const at = await jwtVerify(t.access_token, jwks, { issuer, audience: AUD, algorithms: ['RS256'] });
  eq('AT sub', at.payload.sub, 'auth0|alice-0001');
  eq('AT client_id', at.payload.client_id, 'spa-pkce');
  check('AT scope has read:tests', at.payload.scope.split(' ').includes('read:tests'), at.payload.scope);
  check('AT exp/iat', Number.isInteger(at.payload.exp) && Number.isInteger(at.payload.iat), at.payload);
  eq('AT roles claim', at.payload['https://tokenscope.test/roles'], ['tester']);
  check('AT has kid', typeof at.protectedHeader.kid === 'string', at.protectedHeader);

  const id = await jwtVerify(t.id_token, jwks, { issuer, audience: 'spa-pkce', algorithms: ['RS256'] });
  eq('ID nonce', id.payload.nonce, nonce);
  eq('ID sub', id.payload.sub, 'auth0|alice-0001');
  eq('ID name', id.payload.name, 'Alice Liddell');
  eq('ID email', id.payload.email, 'alice@example.com');
  eq('ID email_verified', id.payload.email_verified, true);
  eq('ID picture', id.payload.picture, `${issuer}avatars/alice.png`);
  eq('ID roles claim', id.payload['https://tokenscope.test/roles'], ['tester']);

  const apiRes = await fetch(info.apiUrl, { headers: { authorization: `Bearer ${t.access_token}` } });
  const apiBody = await apiRes.json();
  check('API /api/private 200', apiRes.status === 200 && apiBody.message === 'Hello from the private API'
    && apiBody.sub === 'auth0|alice-0001', apiBody);
  const scoped = await fetch(`${API}/api/private-scoped`, { headers: { authorization: `Bearer ${t.access_token}` } });
  eq('API /api/private-scoped 200', scoped.status, 200);

  const ui = await fetch(`${issuer}userinfo`, { headers: { authorization: `Bearer ${t.access_token}` } });
  const uiBody = await ui.json();
  check('userinfo with API JWT', ui.status === 200 && uiBody.sub === 'auth0|alice-0001' && uiBody.email === 'alice@example.com', uiBody);

  // refresh (rotation on, audience on the refresh grant)
  const r1 = await postToken(issuer, {
    grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: 'spa-pkce', audience: AUD,
  });
  eq('refresh 200', r1.status, 200);
  const rotation = info.variant !== 'no-rotation';
  if (rotation) {
    check('refresh returns a new refresh token (rotation)', r1.json.refresh_token && r1.json.refresh_token !== t.refresh_token, r1.json);
  } else {
    eq('refresh keeps the refresh token (no rotation)', r1.json.refresh_token, t.refresh_token);
  }
  const rid = await jwtVerify(r1.json.id_token, jwks, { issuer, audience: 'spa-pkce' });
  eq('refresh returns an id_token', rid.payload.sub, 'auth0|alice-0001');
  const at2 = await jwtVerify(r1.json.access_token, jwks, { issuer, audience: AUD });
  eq('refreshed AT aud', at2.payload.aud, AUD);
  const api2 = await fetch(info.apiUrl, { headers: { authorization: `Bearer ${r1.json.access_token}` } });
  eq('API with refreshed AT', api2.status, 200);

  const r2 = await postToken(issuer, {
    grant_type: 'refresh_token', refresh_token: r1.json.refresh_token, client_id: 'spa-pkce', audience: 'https://unknown.example/',
  });
  eq('second refresh (ungranted audience is ignored) 200', r2.status, 200);
  if (r2.status === 200) {
    const at3 = await jwtVerify(r2.json.access_token, jwks, { issuer, audience: AUD });
    eq('second refresh keeps audience', at3.payload.aud, AUD);
    spaTokens.refresh_token = r2.json.refresh_token;
    spaTokens.id_token = r2.json.id_token;
  }

  if (rotation) {
    const reuse = await postToken(issuer, {
      grant_type: 'refresh_token', refresh_token: t.refresh_token, client_id: 'spa-pkce',
    });
    check('reused (rotated) refresh token rejected', reuse.status === 400 && reuse.json.error === 'invalid_grant', reuse);
  }

  // SSO: a second authorization request reuses the session, no login page
  const sso = await browser.follow(`${issuer}authorize?${new URLSearchParams({
    ...query, state: 'sso', code_challenge: pkce().challenge, prompt: 'none',
  })}`);
  check('prompt=none with session -> code', sso.location && callbackParams(sso.location).params.code, sso.location ?? sso.status);
});

await step('prompt=none without session', async () => {
  const b = new Browser(new URL(issuer).origin);
  const res = await b.follow(`${issuer}authorize?${new URLSearchParams({
    client_id: 'spa-pkce', response_type: 'code', redirect_uri: 'https://spa.example/callback',
    scope: 'openid', state: 's1', code_challenge: pkce().challenge, code_challenge_method: 'S256', prompt: 'none',
  })}`);
  const cb = res.location && callbackParams(res.location);
  check('prompt=none -> error=login_required', cb?.params.error === 'login_required' && cb.params.state === 's1' && cb.params.iss === issuer, res.location ?? res.status);
});

await step('cancel and error_test', async () => {
  const b = new Browser(new URL(issuer).origin);
  const q = {
    client_id: 'hybrid-app', response_type: 'code', redirect_uri: 'https://app.example/callback', scope: 'openid', state: 'c1',
  };
  const page = await b.follow(`${issuer}authorize?${new URLSearchParams(q)}`);
  const form = parseLoginForm(page.text);
  const res = await b.follow(form.action, { method: 'POST', form: { username: '', password: '', cancel: '1' } });
  const cb = res.location && callbackParams(res.location);
  check('cancel -> error=access_denied', cb?.params.error === 'access_denied' && !!cb.params.error_description && cb.params.state === 'c1', res.location ?? res.status);

  const et = await b.follow(`${issuer}authorize?${new URLSearchParams({ ...q, state: 'e1', error_test: 'access_denied' })}`);
  const cb2 = et.location && callbackParams(et.location);
  check('error_test=access_denied -> error redirect', cb2?.params.error === 'access_denied' && cb2.params.state === 'e1', et.location ?? et.status);
});

await step('hybrid-app code id_token token (fragment) + client_secret_basic', async () => {
  const b = new Browser(new URL(issuer).origin);
  const nonce = rnd();
  const { location } = await login(b, issuer, {
    client_id: 'hybrid-app', response_type: 'code id_token token', redirect_uri: 'http://127.0.0.1/callback',
    scope: 'openid profile email offline_access read:tests write:tests', audience: AUD, state: 'h1', nonce,
  });
  check('hybrid response in fragment', location?.startsWith('http://127.0.0.1/callback#'), location);
  const { params } = callbackParams(location);
  check('hybrid fragment has code, id_token, access_token', params.code && params.id_token && params.access_token, params);
  // oidc-provider's default: no RFC 9207 iss next to an ID token (the ID token's iss names the issuer).
  check('hybrid fragment has no iss (provider default)', params.iss === undefined, params);
  const frag = decodeProtectedHeader(params.access_token);
  check('hybrid fragment access token is a JWT', frag.alg === 'RS256', frag);
  const api = await fetch(info.apiUrl, { headers: { authorization: `Bearer ${params.access_token}` } });
  eq('API accepts the fragment access token', api.status, 200);

  const basic = await postToken(issuer, {
    grant_type: 'authorization_code', code: params.code, redirect_uri: 'http://127.0.0.1/callback',
  }, { basic: ['hybrid-app', 'hybrid-app-secret-3f9a1c'] });
  check('hybrid code exchange (client_secret_basic)', basic.status === 200 && basic.json.refresh_token && basic.json.id_token, basic);
  const at = await jwtVerify(basic.json.access_token, jwks, { issuer, audience: AUD });
  check('hybrid AT scopes', at.payload.scope.includes('write:tests'), at.payload.scope);

  // loopback redirect with a port (RFC 8252) + client_secret_post client
  const { location: loc2 } = await login(b, issuer, {
    client_id: 'hybrid-app-post', response_type: 'code', redirect_uri: 'http://127.0.0.1:53682/callback',
    scope: 'openid', state: 'h2',
  });
  check('loopback redirect with port accepted', loc2?.startsWith('http://127.0.0.1:53682/callback?'), loc2);
  const post = await postToken(issuer, {
    grant_type: 'authorization_code', code: callbackParams(loc2).params.code, redirect_uri: 'http://127.0.0.1:53682/callback',
    client_id: 'hybrid-app-post', client_secret: 'hybrid-app-secret-3f9a1c',
  });
  check('code exchange (client_secret_post)', post.status === 200 && post.json.id_token, post);
  check('no audience -> opaque access token', post.json.access_token && post.json.access_token.split('.').length !== 3, post.json.access_token);
  const ui = await fetch(`${issuer}userinfo`, { headers: { authorization: `Bearer ${post.json.access_token}` } });
  eq('userinfo with opaque token', ui.status, 200);

  // form_post response mode
  const fp = await b.follow(`${issuer}authorize?${new URLSearchParams({
    client_id: 'hybrid-app', response_type: 'code id_token', response_mode: 'form_post', redirect_uri: 'https://app.example/callback',
    scope: 'openid', state: 'fp1', nonce: rnd(),
  })}`);
  check('form_post page', fp.status === 200 && fp.text.includes('action="https://app.example/callback"')
    && !fp.text.includes('name="iss"') && fp.text.includes('name="id_token"'), fp.text.slice(0, 300));
});

await step('spa-pkce implicit id_token token with audience', async () => {
  const b = new Browser(new URL(issuer).origin);
  const nonce = rnd();
  const { location } = await login(b, issuer, {
    client_id: 'spa-pkce', response_type: 'id_token token', redirect_uri: 'https://spa.example/callback',
    scope: 'openid profile email offline_access', audience: AUD, state: 'i1', nonce,
  });
  const { params } = callbackParams(location ?? 'about:blank');
  check('implicit fragment has id_token + access_token, no iss', params.id_token && params.access_token && params.iss === undefined && params.state === 'i1', location);
  const id = await jwtVerify(params.id_token, jwks, { issuer, audience: 'spa-pkce' });
  check('implicit id_token nonce + at_hash', id.payload.nonce === nonce && typeof id.payload.at_hash === 'string', id.payload);
  const at = await jwtVerify(params.access_token, jwks, { issuer, audience: AUD });
  check('implicit access token is the API JWT', at.payload.client_id === 'spa-pkce', at.payload);
  const ui = await fetch(`${issuer}userinfo`, { headers: { authorization: `Bearer ${params.access_token}` } });
  const uiBody = await ui.json();
  check('userinfo with implicit API JWT', ui.status === 200 && uiBody.sub === 'auth0|alice-0001', uiBody);
  const api = await fetch(info.apiUrl, { headers: { authorization: `Bearer ${params.access_token}` } });
  eq('API with implicit access token', api.status, 200);
});

await step('hs256-app', async () => {
  const b = new Browser(new URL(issuer).origin);
  const nonce = rnd();
  const { location } = await login(b, issuer, {
    client_id: 'hs256-app', response_type: 'id_token', redirect_uri: 'https://app.example/callback',
    scope: 'openid profile', state: 'hs', nonce,
  }, { username: 'bob', password: 'builder-7' });
  const { params } = callbackParams(location);
  const key = new TextEncoder().encode('hs256-app-secret-0123456789abcdef0123');
  const { payload, protectedHeader } = await jwtVerify(params.id_token, key, { issuer, audience: 'hs256-app' });
  check('HS256 id_token for bob', protectedHeader.alg === 'HS256' && payload.name === 'Bob Builder' && payload.nonce === nonce, payload);
});

await step('native-app custom scheme', async () => {
  const b = new Browser(new URL(issuer).origin);
  const { verifier, challenge } = pkce();
  const { location } = await login(b, issuer, {
    client_id: 'native-app', response_type: 'code', redirect_uri: 'com.tokenscope.demo://callback',
    scope: 'openid offline_access', state: 'n1', code_challenge: challenge, code_challenge_method: 'S256',
  });
  check('native redirect', location?.startsWith('com.tokenscope.demo://callback?'), location);
  const tok = await postToken(issuer, {
    grant_type: 'authorization_code', code: callbackParams(location).params.code, redirect_uri: 'com.tokenscope.demo://callback',
    client_id: 'native-app', code_verifier: verifier,
  });
  check('native token exchange with refresh token', tok.status === 200 && tok.json.refresh_token, tok);
});

await step('native-loopback on any port (RFC 8252 7.3)', async () => {
  const b = new Browser(new URL(issuer).origin);
  const { verifier, challenge } = pkce();
  const redirect = 'http://127.0.0.1:54321/callback';
  const { location } = await login(b, issuer, {
    client_id: 'native-loopback', response_type: 'code', redirect_uri: redirect,
    scope: 'openid', state: 'l1', code_challenge: challenge, code_challenge_method: 'S256',
  });
  check('loopback redirect keeps the port', location?.startsWith(`${redirect}?`), location);
  const tok = await postToken(issuer, {
    grant_type: 'authorization_code', code: callbackParams(location).params.code, redirect_uri: redirect,
    client_id: 'native-loopback', code_verifier: verifier,
  });
  check('loopback token exchange', tok.status === 200 && tok.json.id_token, tok);
  const other = await b.follow(`${issuer}authorize?${new URLSearchParams({
    client_id: 'native-loopback', response_type: 'code', redirect_uri: 'http://127.0.0.1:8/elsewhere', scope: 'openid',
    state: 'l2', code_challenge: challenge, code_challenge_method: 'S256',
  })}`);
  check('another path is refused', other.status === 400 && other.text.includes('redirect_uri'), other.status);
});

await step('revocation', async () => {
  const res = await fetch(`${issuer}oauth/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: spaTokens.refresh_token, client_id: 'spa-pkce' }),
  });
  eq('revoke 200', res.status, 200);
  const after = await postToken(issuer, { grant_type: 'refresh_token', refresh_token: spaTokens.refresh_token, client_id: 'spa-pkce' });
  eq('revoked refresh token rejected', after.json.error, 'invalid_grant');
});

await step('logout', async () => {
  const b = spaBrowser;
  const res = await b.follow(`${issuer}oidc/logout?${new URLSearchParams({
    id_token_hint: spaTokens.id_token, post_logout_redirect_uri: 'https://spa.example/logout', state: 'bye',
  })}`);
  eq('logout confirm page', res.status, 200);
  const action = /<form id="op.logoutForm" method="post" action="([^"]+)"><input type="hidden" name="xsrf" value="([^"]+)"/.exec(res.text);
  check('logout form (auto-confirm with id_token_hint)', action && res.text.includes("getElementById('logout-yes').click()"), res.text.slice(0, 400));
  const done = await b.follow(action[1], { method: 'POST', form: { xsrf: action[2], logout: 'yes' } });
  check('logout -> post_logout_redirect_uri', done.location === 'https://spa.example/logout?state=bye', done.location ?? done.status);
  const again = await b.follow(`${issuer}authorize?${new URLSearchParams({
    client_id: 'spa-pkce', response_type: 'code', redirect_uri: 'https://spa.example/callback', scope: 'openid',
    state: 's', code_challenge: pkce().challenge, code_challenge_method: 'S256', prompt: 'none',
  })}`);
  check('session gone after logout', again.location && callbackParams(again.location).params.error === 'login_required', again.location);
});

// --- shutdown: EOF on stdin must stop the server with exit code 0 -------------
child.stdin.end();
const timeout = new Promise((resolve) => { setTimeout(() => resolve({ timeout: true }), 5000).unref(); });
const ex = await Promise.race([exited, timeout]);
check('server exits 0 on stdin EOF', ex.code === 0, ex);
check('stdout had exactly one line', lines.length === 1, lines);
if (ex.timeout) child.kill('SIGKILL');

process.stdout.write(`${passed} passed, ${failed} failed\n`);
if (failed && !VERBOSE && stderr) process.stdout.write(`--- server stderr ---\n${stderr}\n`);
process.exit(failed ? 1 : 0);
