// RFC 6238 TOTP (HMAC-SHA1, 30 s step, 6 digits) for the mfa-totp variant, with node:crypto.
import * as crypto from 'node:crypto';

// The test users' TOTP secrets (base32, as an authenticator app's QR code carries them). Public: a test tenant.
export const TOTP_SECRETS = {
  'auth0|alice-0001': 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  'auth0|bob-0002': 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA',
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(text) {
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=-]/g, '').toUpperCase()) {
    const i = ALPHABET.indexOf(c);
    if (i === -1) throw new Error('not base32');
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

export function totp(key, unixSeconds, { digits = 6, step = 30 } = {}) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / step)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

// RFC 6238 section 5.2: accept the current step and one step back or ahead (clock drift, a code typed at the edge).
export function checkTotp(secret, code, nowSeconds = Date.now() / 1000) {
  if (!/^[0-9]{6}$/.test(String(code ?? ''))) return false;
  const key = base32Decode(secret);
  return [-30, 0, 30].some((delta) => crypto.timingSafeEqual(
    Buffer.from(totp(key, nowSeconds + delta)), Buffer.from(String(code)),
  ));
}
