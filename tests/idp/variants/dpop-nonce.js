// The authorization server requires DPoP nonces (RFC 9449 8): every token request whose proof carries no current nonce
// is answered 400 use_dpop_nonce with a DPoP-Nonce header, and the client must send it again with that nonce.
import * as crypto from 'node:crypto';

export default {
  description: 'DPoP nonces required at the token endpoint (RFC 9449 8)',
  apply(settings) {
    settings.hooks.providerConfiguration.push((configuration) => {
      configuration.features.dPoP = {
        ...configuration.features.dPoP,
        enabled: true,
        nonceSecret: crypto.randomBytes(32),
        requireNonce: () => true,
      };
    });
  },
};
