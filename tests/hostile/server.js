#!/usr/bin/env node
// Tokenscope's hostile OpenID provider, for tests only. See README.md.
//
//   node tests/hostile/server.js [--tls-cert FILE --tls-key FILE] [--verbose] [--log-issued] [--ignore-stdin] [--list]
//
// It answers at once (no login page: /authorize redirects straight back to the redirect_uri) and breaks exactly one
// rule per scenario. The scenario is the first path segment of the issuer: http://127.0.0.1:PORT/<scenario>/, with
// discovery, JWKS, authorize, token and userinfo under it. `good` breaks nothing.
//
// stdout: exactly one JSON line once the server listens, nothing else.
// stderr: diagnostics (quiet unless --verbose).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as util from 'node:util';

import { SignJWT, calculateJwkThumbprint, exportJWK } from 'jose';

import { listen, runUntilStopped } from '../common/listen.cjs';

const argv = process.argv.slice(2);
const toStderr = (...args) => { process.stderr.write(`${util.format(...args)}\n`); };
console.log = toStderr;
console.info = toStderr;

const SUB = 'hostile|user-0001';
const OTHER_SUB = 'hostile|someone-else-0002';
const EVIL_ISSUER = 'https://evil.example/';
const MB = 1024 * 1024;

// ---- scenarios ------------------------------------------------------------------------------------------------------
// Each entry overrides one hook of the good provider:
//   algs: id_token_signing_alg_values_supported
//   discovery(doc, ctx): edit the discovery document
//   jwks(fetchNumber): which public keys the JWKS lists (fetchNumber counts from 1 after each discovery fetch)
//   jwksBody(): the raw JWKS answer instead
//   jwksExtra(): raw JWKs appended to the JWKS (keys Tokenscope cannot use, for example)
//   signWith(where): how ID tokens are signed: 'k1' | 'k2' | 'k1-nokid' | 'rogue' | 'none' | 'hs-public' | 'k1-badsig' |
//     'k1-rs384' (RS384 with k1) | 'e1' (ES256 with the P-256 key e1) | 'e1-badsig' | 'hs-client-secret' (HS256 keyed
//     with the client secret of HOSTILE_CLIENT_SECRET) | 'hs-other-secret' (HS256 keyed with another secret)
//   claims(claims, where): edit ID token claims; where is 'authorization' | 'token' | 'refresh'
//   callback(params): edit the authorization response parameters
//   token(req, res, grant): answer the token endpoint instead (return true when handled)
//   tokenBody(body, where): edit the token endpoint's JSON answer; where is 'token' | 'refresh'
//   userinfo(claims): edit the userinfo claims
//   userinfoSigned: answer userinfo as a signed JWT (application/jwt, OpenID Connect Core 5.3.2) signed as signWith
//     names ('k1', 'k1-badsig', ...), with iss and aud; discovery then lists userinfo_signing_alg_values_supported
//   userinfoJwt(claims): edit the signed userinfo's claims (iss, aud) before signing
//   revokeIgnored: the revocation endpoint answers 200 but the token stays valid
//   sHash(state): the front-channel ID token gets s_hash = the left half hash of what this returns for the request's state
//   aggregated: {signWith, iss: 'self' | <scenario> | null}: userinfo carries aggregated claims (Core 5.6.2, address and
//     phone_number as in the spec's example) in a JWT signed as signWith names, with iss the issuer of that scenario
//   distributed: {accessToken: bool}: userinfo carries a distributed claim (credit_score) served as a signed JWT by
//     <issuer>claims, which requires the source's own access token when accessToken is true
//   authorizePage(callbackUrl, ctx): /authorize answers this HTML page instead of redirecting (query and fragment
//     modes); callbackUrl is where the redirect would have gone
const SCENARIOS = {
  good: { description: 'breaks nothing: every step and check passes' },
  'kid-unknown': {
    description: 'ID tokens are signed with a key that is not in the JWKS (also not after a refetch)',
    signWith: () => 'rogue',
  },
  'alg-none': {
    description: 'ID tokens are unsigned: alg "none" and an empty signature',
    signWith: () => 'none',
  },
  'hs256-rsa-public': {
    description: 'ID tokens use HS256 with the RSA public key (PEM) as the HMAC secret; discovery offers HS256',
    algs: ['RS256', 'HS256'],
    signWith: () => 'hs-public',
  },
  'no-kid-single-key': {
    description: 'neither the tokens nor the only JWKS key have a kid (allowed: must pass)',
    jwks: () => ['k1-nokid'],
    signWith: () => 'k1-nokid',
  },
  'no-kid-several-keys': {
    description: 'tokens have no kid, and the JWKS has two RSA keys',
    jwks: () => ['k1', 'k2'],
    signWith: () => 'k1-nokid',
  },
  'key-rotation': {
    description: 'tokens use kid k2, which the JWKS lists only from its second fetch on (must pass after one refetch)',
    jwks: (fetchNumber) => (fetchNumber <= 1 ? ['k1'] : ['k1', 'k2']),
    signWith: () => 'k2',
  },
  'iss-wrong': {
    description: 'every ID token has iss https://evil.example/',
    claims: (c) => { c.iss = EVIL_ISSUER; },
  },
  'aud-wrong': {
    description: 'every ID token is for another client',
    claims: (c) => { c.aud = 'some-other-client'; },
  },
  'aud-several-no-azp': {
    description: 'every ID token has two audiences and no azp',
    claims: (c) => { c.aud = [c.aud, 'https://other.example/']; delete c.azp; },
  },
  expired: {
    description: 'every ID token expired 40 minutes ago (issued 50 minutes ago)',
    // auth_time moves along: later than iat would break a second rule, and so would an iat more than an hour old in the
    // authorization response (iat-old).
    claims: (c) => { c.iat -= 3000; c.exp = c.iat + 600; if (c.auth_time !== undefined) c.auth_time -= 3000; },
  },
  'iat-future': {
    description: 'every ID token is issued a year from now',
    claims: (c) => { c.iat += 365 * 86400; c.exp = c.iat + 600; },
  },
  'nbf-future': {
    description: 'every ID token is not valid before an hour from now',
    claims: (c) => { c.nbf = c.iat + 3600; },
  },
  'nonce-wrong': {
    description: 'the ID tokens of the authorization response and the code exchange carry another nonce',
    claims: (c, where) => { if (where !== 'refresh') c.nonce = 'not-the-nonce-that-was-sent'; },
  },
  'nonce-missing': {
    description: 'the ID tokens of the authorization response and the code exchange carry no nonce',
    claims: (c) => { delete c.nonce; },
  },
  'state-wrong': {
    description: 'the authorization response carries another state',
    callback: (p) => { p.set('state', `forged-${crypto.randomBytes(8).toString('hex')}`); },
  },
  'c-hash-wrong': {
    description: 'the front-channel ID token has the c_hash of another code',
    claims: (c, where) => { if (where === 'authorization' && c.c_hash) c.c_hash = leftHalfHash('another-code'); },
  },
  'at-hash-wrong': {
    description: 'the front-channel ID token has the at_hash of another access token',
    claims: (c, where) => { if (where === 'authorization' && c.at_hash) c.at_hash = leftHalfHash('another-token'); },
  },
  'iss-param-wrong': {
    description: 'the authorization response carries iss https://evil.example/ (RFC 9207 mix-up)',
    callback: (p) => { p.set('iss', EVIL_ISSUER); },
  },
  'userinfo-other-sub': {
    description: 'userinfo answers for another subject',
    userinfo: (c) => { c.sub = OTHER_SUB; },
  },
  'refresh-bad-signature': {
    description: 'the ID token of the refresh has a broken signature (kid k1, last signature byte flipped)',
    signWith: (where) => (where === 'refresh' ? 'k1-badsig' : 'k1'),
  },
  'refresh-other-sub': {
    description: 'the ID token of the refresh is for another subject',
    claims: (c, where) => { if (where === 'refresh') c.sub = OTHER_SUB; },
  },
  'error-redirect': {
    description: '/authorize redirects back with error=access_denied',
    authorizeError: { error: 'access_denied', error_description: 'The user said no (hostile test provider)' },
  },
  'token-invalid-grant': {
    description: 'the token endpoint answers 400 invalid_grant',
    token: (req, res) => {
      send(res, 400, { error: 'invalid_grant', error_description: 'the authorization code is invalid or expired' });
      return true;
    },
  },
  'token-500-html': {
    description: 'the token endpoint answers 500 with an HTML page',
    token: (req, res) => {
      const page = '<!DOCTYPE html><html><head><title>500 Internal Server Error</title><style>body{color:red}</style>'
        + '<script>var x = 1;</script></head><body><h1>Internal Server Error</h1><p>The upstream exploded.</p></body></html>';
      res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
      res.end(page);
      return true;
    },
  },
  'token-50mb': {
    description: 'the token endpoint answers 200 with a 50 MB body (Content-Length announced)',
    token: (req, res) => { streamBody(res, 50 * MB, true); return true; },
  },
  'token-50mb-chunked': {
    description: 'the token endpoint answers 200 with a 50 MB body in chunked encoding (no Content-Length)',
    token: (req, res) => { streamBody(res, 50 * MB, false); return true; },
  },
  'token-never-answers': {
    description: 'the token endpoint reads the request and never answers',
    token: (req, res) => { hanging.add(res); res.on('close', () => hanging.delete(res)); return true; },
  },
  'jwks-not-json': {
    description: 'the JWKS is an HTML page served as application/json',
    jwksBody: () => '<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>',
  },
  'discovery-issuer-mismatch': {
    description: 'the discovery document names another issuer than the URL it is served from',
    discovery: (doc, ctx) => { doc.issuer = `${ctx.base}someone-else/`; },
  },
  'revoke-ignored': {
    description: 'the revocation endpoint answers 200 but the refresh token stays valid',
    revokeIgnored: true,
  },
  // ---- the OpenID conformance checklist (see README.md): one rule each --------------------------------------------
  'iss-param-missing': {
    description: 'the authorization response has no iss although discovery advertises authorization_response_iss_parameter_supported',
    callback: (p) => { p.delete('iss'); },
  },
  'iss-param-missing-iss-wrong': {
    description: 'no iss in the authorization response, and its ID token (the mix-up defence then) has iss https://evil.example/',
    callback: (p) => { p.delete('iss'); },
    claims: (c) => { c.iss = EVIL_ISSUER; },
  },
  'no-iss-support': {
    description: 'discovery does not advertise authorization_response_iss_parameter_supported and responses carry no iss (must pass)',
    discovery: (doc) => { delete doc.authorization_response_iss_parameter_supported; },
    callback: (p) => { p.delete('iss'); },
  },
  'state-missing': {
    description: 'the authorization response carries no state',
    callback: (p) => { p.delete('state'); },
  },
  'sub-missing': {
    description: 'every ID token has no sub',
    claims: (c) => { delete c.sub; },
  },
  'iat-missing': {
    description: 'every ID token has no iat',
    claims: (c) => { delete c.iat; },
  },
  'aud-missing': {
    description: 'every ID token has no aud',
    claims: (c) => { delete c.aud; },
  },
  'exp-missing': {
    description: 'every ID token has no exp',
    claims: (c) => { delete c.exp; },
  },
  'iss-missing': {
    description: 'every ID token has no iss',
    claims: (c) => { delete c.iss; },
  },
  'aud-array-single': {
    description: 'every ID token has aud as an array with only the client (must pass)',
    claims: (c) => { c.aud = [c.aud]; },
  },
  'aud-several-with-azp': {
    description: 'every ID token has two audiences and azp = the client (must pass)',
    claims: (c) => { c.azp = c.aud; c.aud = [c.aud, 'https://other.example/']; },
  },
  'bad-signature': {
    description: 'every ID token has a broken RS256 signature (kid k1, last signature byte flipped)',
    signWith: () => 'k1-badsig',
  },
  'alg-not-advertised': {
    description: 'ID tokens are RS384 (kid k1, its JWK names no alg) while discovery offers only RS256',
    jwks: () => ['k1-noalg'],
    signWith: () => 'k1-rs384',
  },
  'jwks-extra-key-types': {
    description: 'the JWKS also holds keys Tokenscope cannot use (secp256k1, X25519 enc, AKP, kty FOO; no kid): they are ignored (must pass)',
    jwksExtra: () => [
      { kty: 'EC', crv: 'secp256k1', use: 'sig', x: 'Hm2w8nRYyOq2gbuofPo4q6oTJA_ViQNPMSzlGQ2uj-g', y: 'lfKM0Ir7kdnWxuzDnxR5d42rPH6UzvD1LlvkeS1LDiA' },
      { kty: 'OKP', crv: 'X25519', use: 'enc', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' },
      { kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA' },
      { kty: 'FOO', foo: 'bar' },
    ],
  },
  'no-kid-single-rsa-among-others': {
    description: 'tokens have no kid; the JWKS holds one RSA key, one P-256 key and keys of unsupported types, none with kid (the conformance suite\'s kid-absent-single-jwks: must pass)',
    algs: ['RS256', 'ES256'],
    jwks: () => ['k1-nokid', 'e1-nokid'],
    jwksExtra: () => [
      { kty: 'EC', crv: 'secp256k1', use: 'sig', x: 'Hm2w8nRYyOq2gbuofPo4q6oTJA_ViQNPMSzlGQ2uj-g', y: 'lfKM0Ir7kdnWxuzDnxR5d42rPH6UzvD1LlvkeS1LDiA' },
      { kty: 'OKP', crv: 'X25519', use: 'enc', x: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' },
    ],
    signWith: () => 'k1-nokid',
  },
  'token-at-hash-wrong': {
    description: 'the ID token of the code exchange has the at_hash of another access token (Core 3.1.3.8 lets a client skip it; a false claim still fails)',
    claims: (c, where) => { if (where === 'token' && c.at_hash) c.at_hash = leftHalfHash('another-token'); },
  },
  es256: {
    description: 'ID tokens are ES256 with the P-256 key e1; discovery offers RS256 and ES256 (must pass)',
    algs: ['RS256', 'ES256'],
    jwks: () => ['k1', 'e1'],
    signWith: () => 'e1',
  },
  'bad-signature-es256': {
    description: 'every ID token is ES256 (kid e1) with a broken signature (last byte flipped)',
    algs: ['RS256', 'ES256'],
    jwks: () => ['k1', 'e1'],
    signWith: () => 'e1-badsig',
  },
  'hs256-client-secret': {
    description: 'ID tokens are HS256 keyed with the client secret; discovery offers RS256 and HS256 (must pass)',
    algs: ['RS256', 'HS256'],
    signWith: () => 'hs-client-secret',
  },
  'hs256-other-secret': {
    description: 'ID tokens are HS256 keyed with a secret that is not the client secret; discovery offers RS256 and HS256',
    algs: ['RS256', 'HS256'],
    signWith: () => 'hs-other-secret',
  },
  'c-hash-missing': {
    description: 'the front-channel ID token has no c_hash',
    claims: (c, where) => { if (where === 'authorization') delete c.c_hash; },
  },
  'at-hash-missing': {
    description: 'the front-channel ID token has no at_hash although an access token comes with it',
    claims: (c, where) => { if (where === 'authorization') delete c.at_hash; },
  },
  'at-hash-absent-optional': {
    description: 'the token endpoint\'s ID tokens have no at_hash, which is optional there (must pass)',
    claims: (c, where) => { if (where !== 'authorization') delete c.at_hash; },
  },
  'token-other-sub': {
    description: 'the ID token of the code exchange is for another subject than the authorization response\'s',
    claims: (c, where) => { if (where === 'token') c.sub = OTHER_SUB; },
  },
  'token-other-iss': {
    description: 'the ID token of the code exchange has iss https://evil.example/',
    claims: (c, where) => { if (where === 'token') c.iss = EVIL_ISSUER; },
  },
  'token-other-auth-time': {
    description: 'the ID token of the code exchange has another auth_time than the authorization response\'s (100 s earlier)',
    claims: (c, where) => { if (where === 'token') c.auth_time -= 100; },
  },
  'auth-time-zero': {
    description: 'every ID token has auth_time 0 (1970)',
    claims: (c) => { c.auth_time = 0; },
  },
  'refresh-other-iss': {
    description: 'the ID token of the refresh has iss https://evil.example/',
    claims: (c, where) => { if (where === 'refresh') c.iss = EVIL_ISSUER; },
  },
  'refresh-other-auth-time': {
    description: 'the ID token of the refresh has another auth_time than the original authentication (100 s earlier)',
    claims: (c, where) => { if (where === 'refresh') c.auth_time -= 100; },
  },
  'refresh-no-id-token': {
    description: 'the refresh answer has no id_token (OpenID Connect Core 12.2 allows that: must pass)',
    tokenBody: (body, where) => { if (where === 'refresh') delete body.id_token; },
  },
  'userinfo-no-sub': {
    description: 'the userinfo answer has no sub',
    userinfo: (c) => { delete c.sub; },
  },
  'token-no-id-token': {
    description: 'the code exchange answers without id_token although the scope has openid',
    tokenBody: (body, where) => { if (where === 'token') delete body.id_token; },
  },
  'token-no-access-token': {
    description: 'the code exchange answers without access_token',
    tokenBody: (body, where) => { if (where === 'token') delete body.access_token; },
  },
  'token-type-case': {
    description: 'the token endpoint answers token_type "bEARER" (case-insensitive: must pass)',
    tokenBody: (body) => { body.token_type = 'bEARER'; },
  },
  'token-type-missing': {
    description: 'the code exchange answers without token_type',
    tokenBody: (body, where) => { if (where === 'token') delete body.token_type; },
  },
  'token-type-unknown': {
    description: 'the code exchange answers token_type "mac", a type the client does not understand',
    tokenBody: (body, where) => { if (where === 'token') body.token_type = 'mac'; },
  },
  'token-type-dpop': {
    description: 'the code exchange answers token_type "DPoP" although the client sent no DPoP proof',
    tokenBody: (body, where) => { if (where === 'token') body.token_type = 'DPoP'; },
  },
  'refresh-token-type-unknown': {
    description: 'the refresh answers token_type "mac"',
    tokenBody: (body, where) => { if (where === 'refresh') body.token_type = 'mac'; },
  },
  'token-expires-in-negative': {
    description: 'the code exchange answers expires_in -5',
    tokenBody: (body, where) => { if (where === 'token') body.expires_in = -5; },
  },
  'token-expires-in-string': {
    description: 'the token endpoint answers expires_in "600", a string (read as a number, as oauth4webapi does: must pass)',
    tokenBody: (body) => { body.expires_in = '600'; },
  },
  'token-no-expires-in': {
    description: 'the token endpoint answers without expires_in (RECOMMENDED only: must pass)',
    tokenBody: (body) => { delete body.expires_in; },
  },
  'token-no-scope': {
    description: 'the token endpoint answers without scope (means the scope asked for: must pass)',
    tokenBody: (body) => { delete body.scope; },
  },
  'userinfo-signed': {
    description: 'userinfo answers a signed JWT (application/jwt, RS256, kid k1, with iss and aud) (must pass)',
    userinfoSigned: 'k1',
  },
  'userinfo-signed-bad-signature': {
    description: 'userinfo answers a signed JWT whose signature is broken (kid k1, last signature byte flipped)',
    userinfoSigned: 'k1-badsig',
  },
  'userinfo-signed-other-iss': {
    description: 'userinfo answers a signed JWT with iss https://evil.example/',
    userinfoSigned: 'k1',
    userinfoJwt: (c) => { c.iss = EVIL_ISSUER; },
  },
  'hostile-page': {
    description: '/authorize answers a login page that tries what the embedded browser must refuse (file:, qrc: and data: '
      + 'navigations, permissions, clipboard, a download, the callback in a frame, a local fetch, dialogs) before it links '
      + 'to the callback (must pass once a link is followed)',
    authorizePage: hostilePage,
  },
  'error-login-required': {
    description: '/authorize answers error=login_required (as to prompt=none without a session)',
    authorizeError: { error: 'login_required', error_description: 'End-User authentication is required (hostile test provider)' },
  },
  'iat-old': {
    description: 'every ID token was issued a week ago (iat), but has not expired (exp in 10 minutes); auth_time is before iat',
    // The FAPI client test iat-is-week-in-past; auth_time (the same in every ID token of the flow) moves back with it.
    claims: (c) => { c.iat -= 7 * 86400; c.auth_time -= 7 * 86400 + 60; },
  },
  'auth-time-missing': {
    description: 'every ID token has no auth_time (optional, unless the request carried max_age)',
    claims: (c) => { delete c.auth_time; },
  },
  's-hash-wrong': {
    description: 'the front-channel ID token has the s_hash of another state (FAPI 1 Advanced 5.2.2.1)',
    sHash: () => 'another-state',
  },
  's-hash-right': {
    description: 'the front-channel ID token has the s_hash of the state (must pass)',
    sHash: (state) => state,
  },
  'userinfo-aggregated-claims': {
    description: 'userinfo has aggregated claims (Core 5.6.2): address and phone_number in a JWT signed by the issuer\'s key k1 (must pass)',
    aggregated: { signWith: 'k1', iss: 'self' },
  },
  'userinfo-aggregated-claims-unsigned': {
    description: 'userinfo has aggregated claims in an unsigned JWT (alg none, as the conformance suite sends them): shown, not verified (must pass)',
    aggregated: { signWith: 'none', iss: null },
  },
  'userinfo-aggregated-claims-bad-signature': {
    description: 'userinfo has aggregated claims in a JWT of the issuer whose signature is broken (kid k1, last byte flipped)',
    aggregated: { signWith: 'k1-badsig', iss: 'self' },
  },
  'userinfo-aggregated-claims-other-issuer': {
    description: 'userinfo has aggregated claims signed by another provider with k2 (iss: the scenario no-kid-several-keys, whose JWKS holds k2; this issuer\'s does not): its JWKS is found through its discovery (must pass)',
    aggregated: { signWith: 'k2', iss: 'no-kid-several-keys' },
  },
  'userinfo-aggregated-claims-unknown-issuer': {
    description: 'userinfo has aggregated claims from an issuer without a discovery document (404): shown, not verified (must pass)',
    aggregated: { signWith: 'k1', iss: 'nowhere' },
  },
  'userinfo-distributed-claims': {
    description: 'userinfo has a distributed claim (Core 5.6.2): credit_score at <issuer>claims with the source\'s own access token; the endpoint answers a JWT signed with k1 (must pass)',
    distributed: { accessToken: true },
  },
  'userinfo-distributed-claims-no-token': {
    description: 'userinfo has a distributed claim whose source names no access token: not fetched (the client\'s own access token is not sent elsewhere), shown as not retrieved (must pass)',
    distributed: { accessToken: false },
  },
};

// ---- the hostile login page ---------------------------------------------------------------------------------------
// It tries, on load, everything Tokenscope's embedded browser must refuse, writes what it saw into #results (one
// <li data-name> each) and window.hostileResults, and sets its title to "hostile page: tried everything" when done.
// It does not go on by itself: #continue (a link), #continue-blank (target=_blank) and #continue-open (window.open)
// lead to the real callback; the test follows one of them. A browser that lets any of the attempts through either
// leaves this page (file:, qrc:, data:) or takes the framed callback, and the test sees that.
function hostilePage(callbackUrl, ctx) {
  const js = (v) => JSON.stringify(v).replace(/</g, '\\u003c');
  const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>hostile page: trying</title></head>
<body>
<h1>Hostile login page</h1>
<p>This page tries what a login page must not be able to do, then waits.</p>
<ul id="results"></ul>
<p><a id="continue" href="${esc(callbackUrl)}">Continue</a>
<a id="continue-blank" href="${esc(callbackUrl)}" target="_blank">Continue in a new tab</a>
<button id="continue-open" type="button">Continue in a new window</button></p>
<script>
(function () {
  const callback = ${js(callbackUrl)};
  const results = {};
  window.hostileResults = results;
  document.getElementById('continue-open').addEventListener('click', () => { window.open(callback, 'hostile'); });
  const note = (name, outcome) => {
    results[name] = String(outcome);
    const li = document.createElement('li');
    li.dataset.name = name;
    li.textContent = name + ': ' + outcome;
    document.getElementById('results').append(li);
  };
  const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });
  // An attempt the browser never answers counts as not granted after 3 s (the page cannot tell a prompt nobody sees
  // from a silent refusal).
  const attempt = async (name, fn) => {
    try {
      const outcome = await Promise.race([fn(), pause(3000).then(() => { throw new Error('no answer within 3 s'); })]);
      note(name, 'allowed: ' + outcome);
    } catch (e) {
      note(name, 'refused: ' + (e && e.name ? e.name + (e.message ? ' (' + e.message + ')' : '') : e));
    }
  };
  const frame = (name, src) => {
    const f = document.createElement('iframe');
    f.name = name;
    f.src = src;
    document.body.append(f);
  };
  async function run() {
    // JavaScript dialogs: shown as the page's (attributed to its origin) or, headless, not shown and reported.
    alert('The hostile page says hello');
    note('alert', 'returned');
    note('confirm', confirm('Allow the hostile page everything?'));
    note('prompt', prompt('Your password, please', 'hunter2'));
    // Permissions: each must be denied. One media request at a time (Chromium queues them per frame).
    await attempt('camera', () => navigator.mediaDevices.getUserMedia({ video: true }).then(() => 'a camera stream'));
    await attempt('microphone', () => navigator.mediaDevices.getUserMedia({ audio: true }).then(() => 'a microphone stream'));
    await attempt('desktop', () => navigator.mediaDevices.getUserMedia({ video: { mandatory: { chromeMediaSource: 'desktop' } } })
      .then(() => 'a desktop stream'));
    await attempt('screen', () => navigator.mediaDevices.getDisplayMedia({ video: true }).then(() => 'a screen stream'));
    await attempt('geolocation', () => new Promise((resolve, reject) => {
      navigator.geolocation.getCurrentPosition(() => resolve('a position'), (e) => reject(new Error('code ' + e.code + ' ' + e.message)));
    }));
    await Promise.all([
      attempt('notifications', () => Notification.requestPermission().then((r) => {
        if (r !== 'granted') throw new Error(r);
        return r;
      })),
      attempt('clipboard', () => navigator.clipboard.readText().then((t) => 'read ' + t.length + ' characters')),
      attempt('paste', () => { if (document.execCommand('paste')) return 'pasted'; throw new Error('execCommand refused'); }),
      attempt('local fetch', () => fetch('file:///etc/hosts').then((r) => r.text()).then((t) => 'read ' + t.length + ' bytes')),
      attempt('qrc fetch', () => fetch('qrc:/tokenscope/browser/fetched.js').then((r) => r.text()).then((t) => 'read ' + t.length + ' bytes')),
    ]);
    // A download.
    const a = document.createElement('a');
    a.href = ${js(ctx.downloadUrl)};
    a.download = 'hostile.txt';
    document.body.append(a);
    a.click();
    note('download', 'clicked');
    // Frames: the callback itself (it must be reported, not used) and a local file.
    frame('framed-callback', callback);
    frame('framed-file', 'file:///etc/hostname');
    note('frames', 'added');
    await pause(300);
    // The main frame to schemes that are not http(s): each must be refused, the page stays.
    for (const target of ['file:///etc/passwd', 'qrc:/tokenscope/browser/filler.js', 'data:text/html,<h1>data page</h1>']) {
      location.href = target;
      await pause(300);
    }
    note('navigations', 'stayed on the page');
    document.title = 'hostile page: tried everything';
  }
  window.addEventListener('load', () => { run().catch((e) => { note('error', e); document.title = 'hostile page: error'; }); });
})();
</script>
</body></html>`;
}

// ---- helpers ------------------------------------------------------------------------------------------------------

const hanging = new Set();

function b64url(data) {
  return Buffer.from(data).toString('base64url');
}

// OpenID Connect Core 3.1.3.6 / 3.3.2.11: the left half of the hash of the ID token's alg (SHA-256 for *256).
function leftHalfHash(value, hash = 'sha256') {
  const digest = crypto.createHash(hash).update(value, 'utf8').digest();
  return b64url(digest.subarray(0, digest.length / 2));
}

function random(prefix) {
  return `${prefix}${crypto.randomBytes(24).toString('base64url')}`;
}

function send(res, status, body, headers = {}) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(data);
}

// Writes `total` bytes of JSON-looking filler, honouring back-pressure, and stops as soon as the client goes away.
function streamBody(res, total, announceLength) {
  const headers = { 'content-type': 'application/json' };
  if (announceLength) headers['content-length'] = String(total);
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, 'A');
  let sent = 0;
  let closed = false;
  res.on('close', () => { closed = true; });
  res.on('error', () => { closed = true; });
  const pump = () => {
    while (!closed && sent < total) {
      const n = Math.min(chunk.length, total - sent);
      sent += n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
}

function readBody(req, limit = MB) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(args) {
  const opts = { verbose: false, ignoreStdin: false };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    const next = () => {
      i += 1;
      if (i >= args.length) throw new Error(`${a} needs a value`);
      return args[i];
    };
    switch (a) {
      case '--tls-cert': opts.tlsCert = next(); break;
      case '--tls-key': opts.tlsKey = next(); break;
      case '--verbose': case '-v': opts.verbose = true; break;
      case '--ignore-stdin': opts.ignoreStdin = true; break;
      case '--log-issued': opts.logIssued = true; break;
      case '--list': opts.list = true; break;
      case '--help': case '-h': opts.help = true; break;
      default: throw new Error(`unknown argument: ${a}`);
    }
  }
  if (!!opts.tlsCert !== !!opts.tlsKey) throw new Error('--tls-cert and --tls-key go together');
  return opts;
}

// ---- keys and tokens ---------------------------------------------------------------------------------------------

async function makeKey(kid) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = await exportJWK(publicKey);
  return {
    kid, privateKey, publicKey, jwk, thumbprint: await calculateJwkThumbprint(jwk),
  };
}

async function makeEcKey(kid) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = await exportJWK(publicKey);
  return {
    kid, privateKey, publicKey, jwk, alg: 'ES256', thumbprint: await calculateJwkThumbprint(jwk),
  };
}

function publicJwk(key, { withKid = true, withAlg = true } = {}) {
  const jwk = { ...key.jwk, use: 'sig' };
  if (withAlg) jwk.alg = key.alg || 'RS256';
  if (withKid) jwk.kid = key.kid;
  return jwk;
}

function hmacJwt(claims, secret, kid) {
  const header = { alg: 'HS256', typ: 'JWT' };
  if (kid) header.kid = kid;
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${crypto.createHmac('sha256', secret).update(input).digest('base64url')}`;
}

async function signIdToken(claims, how, keys) {
  switch (how) {
    case 'none': {
      return `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.`;
    }
    case 'hs-public': {
      // The classic RS/HS confusion: the HMAC secret is the provider's public key as PEM, which anyone can download.
      return hmacJwt(claims, keys.k1.publicKey.export({ type: 'spki', format: 'pem' }), keys.k1.kid);
    }
    case 'hs-client-secret': {
      // OpenID Connect Core 10.1: HS* is keyed with the octets of the client secret (the test passes it at start).
      if (!keys.clientSecret) throw new Error('hs-client-secret needs HOSTILE_CLIENT_SECRET in the environment');
      return hmacJwt(claims, keys.clientSecret);
    }
    case 'hs-other-secret': return hmacJwt(claims, 'not-the-client-secret-of-anyone');
    case 'k1-badsig':
    case 'e1-badsig': {
      const token = await signIdToken(claims, how.slice(0, 2), keys);
      const [h, p, s] = token.split('.');
      const sig = Buffer.from(s, 'base64url');
      sig[sig.length - 1] ^= 0x01;
      return `${h}.${p}.${b64url(sig)}`;
    }
    default: {
      const key = how === 'k1-nokid' || how === 'k1-rs384' ? keys.k1 : keys[how];
      const header = { alg: how === 'k1-rs384' ? 'RS384' : key.alg || 'RS256', typ: 'JWT' };
      if (how !== 'k1-nokid') header.kid = key.kid;
      return new SignJWT(claims).setProtectedHeader(header).sign(key.privateKey);
    }
  }
}

// ---- the provider -------------------------------------------------------------------------------------------------

function createProvider({ base, keys, log, logIssued }) {
  const grants = new Map(); // code or refresh token -> { scenario, clientId, nonce, scope, authTime }
  const accessTokens = new Map(); // access token -> its grant (for the aud of a signed userinfo)
  const jwksFetches = new Map(); // scenario -> JWKS fetches since its last discovery fetch
  const distributedTokens = new Set(); // the access tokens of distributed claim sources

  // hashed: the values to put c_hash / at_hash of ({ c_hash: code, at_hash: accessToken }).
  async function idToken(name, grant, where, hashed) {
    const scenario = SCENARIOS[name];
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: `${base}${name}/`,
      sub: SUB,
      aud: grant.clientId,
      iat: now,
      exp: now + 600,
      auth_time: grant.authTime,
    };
    const how = scenario.signWith ? scenario.signWith(where) : 'k1';
    for (const [claim, value] of Object.entries(hashed)) claims[claim] = leftHalfHash(value, how === 'k1-rs384' ? 'sha384' : 'sha256');
    if (grant.nonce && where !== 'refresh') claims.nonce = grant.nonce; // OIDC Core 12.2: a refresh need not repeat it
    if (scenario.claims) scenario.claims(claims, where);
    return signIdToken(claims, how, keys);
  }

  function discovery(name) {
    const scenario = SCENARIOS[name];
    const issuer = `${base}${name}/`;
    const doc = {
      issuer,
      authorization_endpoint: `${issuer}authorize`,
      token_endpoint: `${issuer}oauth/token`,
      revocation_endpoint: `${issuer}oauth/revoke`,
      userinfo_endpoint: `${issuer}userinfo`,
      jwks_uri: `${issuer}.well-known/jwks.json`,
      response_types_supported: ['code', 'id_token', 'id_token token', 'code id_token', 'code token', 'code id_token token'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      grant_types_supported: ['authorization_code', 'implicit', 'refresh_token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: scenario.algs || ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'name', 'email'],
      authorization_response_iss_parameter_supported: true,
    };
    if (scenario.userinfoSigned) doc.userinfo_signing_alg_values_supported = ['RS256'];
    if (scenario.discovery) scenario.discovery(doc, { base });
    return doc;
  }

  function jwks(name) {
    const scenario = SCENARIOS[name];
    const n = (jwksFetches.get(name) || 0) + 1;
    jwksFetches.set(name, n);
    const names = scenario.jwks ? scenario.jwks(n) : ['k1'];
    const listed = names.map((k) => {
      if (k === 'k1-nokid') return publicJwk(keys.k1, { withKid: false });
      if (k === 'k1-noalg') return publicJwk(keys.k1, { withAlg: false });
      if (k === 'e1-nokid') return publicJwk(keys.e1, { withKid: false });
      return publicJwk(keys[k]);
    });
    return { keys: [...listed, ...(scenario.jwksExtra ? scenario.jwksExtra() : [])] };
  }

  async function authorize(name, url, res) {
    const scenario = SCENARIOS[name];
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri');
    if (!redirectUri) {
      send(res, 400, { error: 'invalid_request', error_description: 'redirect_uri is missing' });
      return;
    }
    const responseType = (q.get('response_type') || '').split(' ').filter(Boolean);
    const mode = q.get('response_mode') || (responseType.some((t) => t === 'id_token' || t === 'token') ? 'fragment' : 'query');
    const params = new URLSearchParams();
    if (scenario.authorizeError) {
      for (const [k, v] of Object.entries(scenario.authorizeError)) params.set(k, v);
    } else {
      const grant = {
        scenario: name,
        clientId: q.get('client_id') || '',
        nonce: q.get('nonce') || '',
        scope: q.get('scope') || '',
        authTime: Math.floor(Date.now() / 1000),
      };
      const extra = {};
      if (responseType.includes('code')) {
        const code = random('code-');
        grants.set(code, grant);
        params.set('code', code);
        logIssued(`code ${code}`);
        extra.c_hash = code;
      }
      if (responseType.includes('token')) {
        const accessToken = random('at-front-');
        accessTokens.set(accessToken, grant);
        params.set('access_token', accessToken);
        params.set('token_type', 'Bearer');
        params.set('expires_in', '600');
        extra.at_hash = accessToken;
      }
      if (scenario.sHash && q.has('state')) extra.s_hash = scenario.sHash(q.get('state'));
      if (responseType.includes('id_token')) params.set('id_token', await idToken(name, grant, 'authorization', extra));
    }
    if (q.has('state')) params.set('state', q.get('state'));
    params.set('iss', `${base}${name}/`);
    if (scenario.callback) scenario.callback(params);

    if (mode === 'form_post') {
      const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const inputs = [...params].map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
      const page = `<!DOCTYPE html><html><head><title>Submitting</title></head><body onload="document.forms[0].submit()">`
        + `<form method="post" action="${esc(redirectUri)}">${inputs}</form></body></html>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    let location;
    if (mode === 'query') location = `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${params}`;
    else location = `${redirectUri}#${params}`;
    if (scenario.authorizePage) {
      const page = scenario.authorizePage(location, { downloadUrl: `${base}${name}/download` });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page), 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    res.writeHead(302, { location, 'cache-control': 'no-store' });
    res.end();
  }

  async function token(name, req, res) {
    const scenario = SCENARIOS[name];
    const form = new URLSearchParams(await readBody(req));
    if (scenario.token && scenario.token(req, res)) return;
    const grantType = form.get('grant_type');
    const key = grantType === 'authorization_code' ? form.get('code') : grantType === 'refresh_token' ? form.get('refresh_token') : null;
    const grant = key ? grants.get(key) : undefined;
    if (!grant || grant.scenario !== name) {
      send(res, 400, { error: grantType ? 'invalid_grant' : 'unsupported_grant_type', error_description: 'unknown code or refresh token' });
      return;
    }
    grants.delete(key); // codes are single use, refresh tokens rotate
    const accessToken = random('at-');
    accessTokens.set(accessToken, grant);
    const where = grantType === 'refresh_token' ? 'refresh' : 'token';
    const body = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 600,
      scope: grant.scope,
    };
    if (grant.scope.split(' ').includes('openid')) {
      body.id_token = await idToken(name, grant, where, { at_hash: accessToken });
    }
    if (grant.scope.split(' ').includes('offline_access')) {
      const refreshToken = random('rt-');
      grants.set(refreshToken, grant);
      body.refresh_token = refreshToken;
      logIssued(`refresh_token ${refreshToken}`);
    }
    if (scenario.tokenBody) scenario.tokenBody(body, where);
    send(res, 200, body);
  }

  // RFC 7009: 200 whether or not the token was known; the refresh token is dead afterwards (unless the scenario lies).
  async function revoke(name, req, res) {
    const form = new URLSearchParams(await readBody(req));
    const token = form.get('token');
    const grant = token ? grants.get(token) : undefined;
    if (grant && grant.scenario === name && !SCENARIOS[name].revokeIgnored) grants.delete(token);
    res.writeHead(200, { 'cache-control': 'no-store', 'content-length': 0 });
    res.end();
  }

  async function userinfo(name, req, res) {
    const scenario = SCENARIOS[name];
    if (!/^Bearer \S+/.test(req.headers.authorization || '')) {
      send(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
      return;
    }
    const claims = { sub: SUB, name: 'Hostile Test User', email: 'user@hostile.example' };
    if (scenario.aggregated) {
      // OpenID Connect Core 5.6.2.1, the example's claims.
      const a = scenario.aggregated;
      const sourceClaims = {
        address: { street_address: '1234 Hollywood Blvd.', locality: 'Los Angeles', region: 'CA', postal_code: '90210', country: 'US' },
        phone_number: '+1 (310) 123-4567',
      };
      if (a.iss) sourceClaims.iss = `${base}${a.iss === 'self' ? name : a.iss}/`;
      claims._claim_names = { address: 'src1', phone_number: 'src1' };
      claims._claim_sources = { src1: { JWT: await signIdToken(sourceClaims, a.signWith, keys) } };
    }
    if (scenario.distributed) {
      const source = { endpoint: `${base}${name}/claims` };
      if (scenario.distributed.accessToken) {
        source.access_token = random('dist-');
        distributedTokens.add(source.access_token);
      }
      claims._claim_names = { credit_score: 'src1' };
      claims._claim_sources = { src1: source };
    }
    if (scenario.userinfo) scenario.userinfo(claims);
    if (scenario.userinfoSigned) {
      // Core 5.3.2: a signed userinfo response SHOULD carry iss and aud.
      const jwtClaims = { ...claims, iss: `${base}${name}/`, aud: accessTokens.get((req.headers.authorization || '').slice(7))?.clientId || '' };
      if (scenario.userinfoJwt) scenario.userinfoJwt(jwtClaims);
      const body = await signIdToken(jwtClaims, scenario.userinfoSigned, keys);
      res.writeHead(200, { 'content-type': 'application/jwt', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    send(res, 200, claims);
  }

  // The distributed claims endpoint (Core 5.6.2.2): answers the claims as a JWT signed with k1 to the source's token.
  async function claimsEndpoint(name, req, res) {
    const auth = req.headers.authorization || '';
    if (!SCENARIOS[name].distributed || !/^Bearer /.test(auth) || !distributedTokens.has(auth.slice(7))) {
      send(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
      return;
    }
    const body = await signIdToken({ iss: `${base}${name}/`, sub: SUB, credit_score: 650 }, 'k1', keys);
    res.writeHead(200, { 'content-type': 'application/jwt', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(body);
  }

  return async (req, res) => {
    const started = Date.now();
    res.on('finish', () => log(`${req.method} ${req.url.split('?')[0]} ${res.statusCode} ${Date.now() - started}ms`));
    const url = new URL(req.url, base);
    const match = /^\/([a-z0-9-]+)(\/.*)$/.exec(url.pathname);
    const name = match && Object.hasOwn(SCENARIOS, match[1]) ? match[1] : null;
    if (!name) {
      send(res, 404, { error: 'not_found', error_description: `no scenario in ${url.pathname}; known: ${Object.keys(SCENARIOS).join(', ')}` });
      return;
    }
    const scenario = SCENARIOS[name];
    const path = match[2].replace(/^\/+/, '/');
    try {
      if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
        jwksFetches.set(name, 0);
        send(res, 200, discovery(name));
      } else if (req.method === 'GET' && path === '/.well-known/jwks.json') {
        if (scenario.jwksBody) {
          const body = scenario.jwksBody();
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        } else {
          send(res, 200, jwks(name));
        }
      } else if (req.method === 'GET' && path === '/authorize') {
        await authorize(name, url, res);
      } else if (req.method === 'POST' && path === '/oauth/token') {
        await token(name, req, res);
      } else if (req.method === 'POST' && path === '/oauth/revoke') {
        await revoke(name, req, res);
      } else if (req.method === 'GET' && path === '/download' && scenario.authorizePage) {
        const body = 'a file the hostile page wants on your disk\n';
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-disposition': 'attachment; filename="hostile.txt"',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      } else if ((req.method === 'GET' || req.method === 'POST') && path === '/userinfo') {
        await userinfo(name, req, res);
      } else if (req.method === 'GET' && path === '/claims') {
        await claimsEndpoint(name, req, res);
      } else {
        send(res, 404, { error: 'not_found', error_description: `${req.method} ${path} is not an endpoint of scenario ${name}` });
      }
    } catch (err) {
      toStderr(`hostile provider: ${req.method} ${req.url}: ${err?.stack || err}`);
      if (!res.headersSent) send(res, 500, { error: 'server_error', error_description: String(err?.message || err) });
      else res.destroy();
    }
  };
}

async function main() {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${err.message}\nusage: node server.js [--tls-cert FILE --tls-key FILE] [--verbose] [--log-issued] [--ignore-stdin] [--list]\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stderr.write('usage: node server.js [--tls-cert FILE --tls-key FILE] [--verbose] [--log-issued] [--ignore-stdin] [--list]\n');
    process.exit(0);
  }
  if (opts.list) {
    for (const [name, s] of Object.entries(SCENARIOS)) process.stderr.write(`${name}\t${s.description}\n`);
    process.exit(0);
  }
  const log = opts.verbose ? toStderr : () => {};
  const keys = {
    k1: await makeKey('k1'),
    k2: await makeKey('k2'),
    rogue: await makeKey('rogue-key'),
    e1: await makeEcKey('e1'),
    // For 'hs-client-secret': the test's client secret, from the environment (never from the command line, which
    // other processes can read).
    clientSecret: process.env.HOSTILE_CLIENT_SECRET || '',
  };

  const tls = !!opts.tlsCert;
  const server = tls
    ? https.createServer({ cert: fs.readFileSync(opts.tlsCert), key: fs.readFileSync(opts.tlsKey) })
    : http.createServer();
  server.keepAliveTimeout = 5000;
  server.on('clientError', (err, socket) => socket.destroy());
  const port = await listen(server);
  const base = `${tls ? 'https' : 'http'}://127.0.0.1:${port}/`;
  const logIssued = opts.logIssued ? (what) => toStderr(`issued ${what}`) : () => {};
  server.on('request', createProvider({ base, keys, log, logIssued }));

  runUntilStopped({ baseUrl: base, port, tls, scenarios: Object.keys(SCENARIOS) }, {
    servers: [server],
    ignoreStdin: opts.ignoreStdin,
    onStop: () => { for (const res of hanging) res.destroy(); },
  });
}

main().catch((err) => {
  toStderr(`hostile provider failed to start: ${err?.stack || err}`);
  process.exit(1);
});
