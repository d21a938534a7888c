// DPoP proofs (RFC 9449 4.3) as a resource server checks them: the protected API (api.js) and the userinfo shim for
// API access tokens (compat.js).
import { createHash, randomBytes } from 'node:crypto';

import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify } from 'jose';

export const DPOP_ALGS = ['ES256', 'ES384', 'ES512', 'EdDSA', 'RS256', 'PS256'];

// One resource server's DPoP state: its nonces (RFC 9449 9; a new one every five minutes, the previous one stays good
// meanwhile) when it requires them, and the proofs it has seen (11.1: a jti is accepted once).
export function createDpopVerifier({ requireNonce }) {
  let current = randomBytes(16).toString('base64url');
  let previous;
  let issuedAt = Date.now();
  const seen = new Map();

  function nonce() {
    if (Date.now() - issuedAt > 300_000) {
      previous = current;
      current = randomBytes(16).toString('base64url');
      issuedAt = Date.now();
    }
    return current;
  }

  function replayed(jti) {
    const now = Date.now();
    for (const [k, t] of seen) if (now - t > 600_000) seen.delete(k);
    if (seen.has(jti)) return true;
    seen.set(jti, now);
    return false;
  }

  // The proof of `request` ({ method, htu, proof: the DPoP header }) for the access token `token` bound to the key
  // `jkt`. Returns { error, description } when it is not good, else undefined.
  async function check({ method, htu, proof }, token, jkt) {
    if (typeof proof !== 'string' || !proof) return { error: 'invalid_dpop_proof', description: 'the request has no DPoP header' };
    let verified;
    try {
      verified = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: DPOP_ALGS, maxTokenAge: '60s', clockTolerance: 30 });
    } catch (err) {
      return { error: 'invalid_dpop_proof', description: `the proof does not verify: ${err?.message || err}` };
    }
    const { payload, protectedHeader } = verified;
    if (payload.htm !== method) return { error: 'invalid_dpop_proof', description: `htm ${payload.htm} is not this request's method ${method}` };
    if (payload.htu !== htu) return { error: 'invalid_dpop_proof', description: `htu ${payload.htu} is not this request's URL ${htu}` };
    if (typeof payload.jti !== 'string' || !payload.jti) return { error: 'invalid_dpop_proof', description: 'the proof has no jti' };
    const ath = createHash('sha256').update(token).digest('base64url');
    if (payload.ath !== ath) return { error: 'invalid_dpop_proof', description: 'ath is not the hash of this access token' };
    if (await calculateJwkThumbprint(protectedHeader.jwk) !== jkt) {
      return { error: 'invalid_token', description: 'the proof is signed with another key than the one the token is bound to (cnf.jkt)' };
    }
    if (requireNonce && payload.nonce !== current && (payload.nonce === undefined || payload.nonce !== previous)) {
      return { error: 'use_dpop_nonce', description: payload.nonce === undefined ? 'a nonce is required' : 'the nonce is not current' };
    }
    if (replayed(payload.jti)) return { error: 'invalid_dpop_proof', description: `the proof's jti ${payload.jti} was used before (replay)` };
    return undefined;
  }

  return { nonce, check };
}
