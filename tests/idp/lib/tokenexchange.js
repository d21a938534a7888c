// Token exchange (RFC 8693), which oidc-provider does not implement, registered as a custom grant type. A service
// (client `api-gateway`) exchanges a token it received for one meant for another API of the tenant:
//  * subject_token: a JWT of this issuer (an access token for one of the tenant's APIs, subject_token_type
//    ...:access_token or ...:jwt, or an ID token, ...:id_token), verified with the tenant's key; anything else is
//    invalid_request (an unsupported type) or invalid_grant (a token that does not verify);
//  * audience (or resource): one of the tenant's APIs (settings.exchangeAudiences), else invalid_target;
//  * the issued token: a JWT access token for that audience, for the subject's `sub`, with the scope asked for
//    narrowed to what the subject token had (an ID token carries no API scope: nothing), and `act` naming the client
//    that asked (RFC 8693 4.1, delegation); a subject token whose `may_act` (4.4) does not name the client is refused.
import * as crypto from 'node:crypto';

import { jwtVerify } from 'jose';
import { errors } from 'oidc-provider';

export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const TYPES = {
  access_token: 'urn:ietf:params:oauth:token-type:access_token',
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
  id_token: 'urn:ietf:params:oauth:token-type:id_token',
};

export function registerTokenExchange(provider, { issuer, settings, signingJwk, resourceServer }) {
  const publicKey = crypto.createPublicKey({ key: signingJwk, format: 'jwk' });

  async function tokenExchange(ctx) {
    const { client, params } = ctx.oidc;
    const { AccessToken, ResourceServer } = provider;
    for (const name of ['subject_token', 'subject_token_type']) {
      if (!params[name]) throw new errors.InvalidRequest(`missing required parameter '${name}'`);
    }
    const type = params.subject_token_type;
    if (![TYPES.access_token, TYPES.jwt, TYPES.id_token].includes(type)) {
      throw new errors.InvalidRequest(`unsupported subject_token_type ${type}`);
    }
    if (params.requested_token_type && ![TYPES.access_token, TYPES.jwt].includes(params.requested_token_type)) {
      throw new errors.InvalidRequest(`unsupported requested_token_type ${params.requested_token_type}`);
    }
    const audience = params.audience || params.resource;
    if (!audience) throw new errors.InvalidRequest("missing required parameter 'audience'");
    if (!settings.exchangeAudiences.includes(audience)) throw new errors.InvalidTarget(`Service not found: ${audience}`);

    let subject;
    try {
      ({ payload: subject } = await jwtVerify(params.subject_token, publicKey, { issuer, algorithms: ['RS256'] }));
    } catch (err) {
      throw new errors.CustomOIDCProviderError('invalid_grant', `subject_token is invalid: ${err.code || err.message}`);
    }
    if (!subject.sub) throw new errors.CustomOIDCProviderError('invalid_grant', 'subject_token has no sub');
    if (subject.may_act && subject.may_act.sub !== client.clientId) {
      throw new errors.CustomOIDCProviderError('invalid_grant', `the subject token's may_act does not name ${client.clientId}`);
    }

    const held = type === TYPES.id_token ? [] : String(subject.scope || '').split(' ').filter(Boolean);
    const asked = String(params.scope || '').split(' ').filter(Boolean);
    const scope = (asked.length ? asked.filter((s) => held.includes(s)) : held)
      .filter((s) => settings.api.scopes.includes(s));

    const at = new AccessToken({
      accountId: subject.sub, client, gty: 'token-exchange', scope: scope.join(' ') || undefined,
    });
    at.resourceServer = new ResourceServer(audience, { ...resourceServer, audience });
    ctx.state.tokenscopeAtScope = scope.join(' ');
    const accessToken = await at.save();
    ctx.body = {
      access_token: accessToken,
      issued_token_type: TYPES.access_token,
      token_type: 'Bearer',
      expires_in: at.expiration,
      ...(scope.length ? { scope: scope.join(' ') } : {}),
    };
  }

  provider.registerGrantType(TOKEN_EXCHANGE_GRANT, tokenExchange,
    ['subject_token', 'subject_token_type', 'actor_token', 'actor_token_type', 'requested_token_type', 'audience', 'scope']);
}
