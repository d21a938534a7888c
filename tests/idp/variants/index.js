// Variant registry. A variant is { description, apply(settings) } where
// `settings` is the object from ../lib/settings.js (defaultSettings()).
// `apply` mutates it: flip a flag, edit clients, change TTLs, or push hooks:
//   settings.hooks.providerConfiguration.push((configuration) => { ... })
//   settings.hooks.discovery.push((body) => { ...; return body; })
//   settings.hooks.provider.push((provider) => { ... })
// To add one: create variants/<name>.js exporting such an object and list
// it below. Start the server with `--variant <name>`.
import defaultVariant from './default.js';
import noRotation from './no-rotation.js';
import noReuseDetection from './no-reuse-detection.js';
import hs256Only from './hs256-only.js';
import plainPkce from './plain-pkce.js';
import issEverywhere from './iss-everywhere.js';
import consentNotRemembered from './consent-not-remembered.js';
import spaLogin from './spa-login.js';
import mfaTotp from './mfa-totp.js';
import logoutConfirm from './logout-confirm.js';
import deviceSlowDown from './device-slow-down.js';
import metadataMismatch from './metadata-mismatch.js';
import allGrants from './all-grants.js';
import dpopNonce from './dpop-nonce.js';

export const VARIANTS = {
  default: defaultVariant,
  'no-rotation': noRotation,
  'no-reuse-detection': noReuseDetection,
  'hs256-only': hs256Only,
  'plain-pkce': plainPkce,
  'iss-everywhere': issEverywhere,
  'consent-not-remembered': consentNotRemembered,
  'spa-login': spaLogin,
  'mfa-totp': mfaTotp,
  'metadata-mismatch': metadataMismatch,
  'all-grants': allGrants,
  'logout-confirm': logoutConfirm,
  'device-slow-down': deviceSlowDown,
  'dpop-nonce': dpopNonce,
};
