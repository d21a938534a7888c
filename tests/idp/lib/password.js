// The resource owner password grants, as Auth0 offers them for legacy first-party applications:
//  * `password` (RFC 6749 4.3): username + password against the tenant's default connection (Auth0's "Default
//    Directory", here the database connection);
//  * `http://auth0.com/oauth/grant-type/password-realm`: the same with `realm`, the connection to check them against.
// oidc-provider does not implement them (OAuth 2.1 drops the grant); it lets a provider register its own grant types,
// which these are. They answer as Auth0 does: `invalid_grant` "Wrong email or password." for bad credentials,
// `unauthorized_client` for a client without the grant type (compat.js rewrites oidc-provider's wording), and issue an
// ID token (scope openid), an access token (a JWT for the API named in `audience`, else opaque, for /userinfo) and a
// refresh token for offline_access, which the ordinary refresh_token grant then rotates.
import { errors } from 'oidc-provider';

import { checkCredentials, CONNECTIONS } from './users.js';

export const PASSWORD_GRANT = 'password';
export const PASSWORD_REALM_GRANT = 'http://auth0.com/oauth/grant-type/password-realm';

const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

function handlerFor(grantType, { api, resourceServer, findAccount }) {
  return async function passwordGrant(ctx) {
    const { client, params, provider } = ctx.oidc;
    const {
      Grant, AccessToken, IdToken, RefreshToken, ResourceServer,
    } = provider;

    if (!params.username) throw new errors.InvalidRequest("missing required parameter 'username'");
    if (!params.password) throw new errors.InvalidRequest("missing required parameter 'password'");
    let realm;
    if (grantType === PASSWORD_REALM_GRANT) {
      if (!params.realm) throw new errors.InvalidRequest("missing required parameter 'realm'");
      if (!CONNECTIONS.includes(params.realm)) {
        // Auth0 names an unknown connection in the same way.
        throw new errors.InvalidRequest(`connection ${params.realm} is not enabled for this client`);
      }
      realm = params.realm;
    }
    const user = checkCredentials(params.username, params.password, realm);
    if (!user) throw new errors.CustomOIDCProviderError('invalid_grant', 'Wrong email or password.');

    const requested = (params.scope ?? '').split(' ').filter(Boolean);
    const oidcScopes = requested.filter((s) => OIDC_SCOPES.has(s));
    const audience = params.audience;
    if (audience && audience !== api.audience) throw new errors.InvalidTarget(`Service not found: ${audience}`);
    const apiScopes = audience ? requested.filter((s) => api.scopes.includes(s)) : [];

    const grant = new Grant({ accountId: user.sub, clientId: client.clientId });
    if (oidcScopes.length) grant.addOIDCScope(oidcScopes.join(' '));
    if (audience && apiScopes.length) grant.addResourceScope(audience, apiScopes.join(' '));
    const grantId = await grant.save();
    ctx.oidc.entity('Grant', grant);

    const gty = 'password';
    const authTime = Math.floor(Date.now() / 1000);
    const at = new AccessToken({
      accountId: user.sub, client, grantId, gty,
    });
    if (audience) {
      at.resourceServer = new ResourceServer(audience, resourceServer);
      at.scope = apiScopes.join(' ') || undefined;
    } else {
      at.scope = oidcScopes.filter((s) => s !== 'offline_access').join(' ') || undefined;
    }
    ctx.oidc.entity('AccessToken', at);
    const accessToken = await at.save();

    let refreshToken;
    if (oidcScopes.includes('offline_access') && client.grantTypeAllowed('refresh_token')) {
      const rt = new RefreshToken({
        accountId: user.sub,
        authTime,
        client,
        grantId,
        gty,
        resource: audience || undefined,
        rotations: 0,
        scope: [...oidcScopes, ...apiScopes].join(' '),
      });
      ctx.oidc.entity('RefreshToken', rt);
      refreshToken = await rt.save();
    }

    let idToken;
    if (oidcScopes.includes('openid')) {
      const account = await findAccount(ctx, user.sub);
      const claims = await account.claims('id_token', oidcScopes.join(' '), {}, []);
      const token = new IdToken({ ...claims, sub: user.sub, auth_time: authTime }, { ctx });
      token.scope = oidcScopes.join(' ');
      token.mask = {};
      token.rejected = [];
      token.set('at_hash', accessToken);
      idToken = await token.issue({ use: 'idtoken' });
    }

    ctx.body = {
      access_token: accessToken,
      expires_in: at.expiration,
      token_type: at.tokenType,
      scope: ctx.state.tokenscopeAtScope ?? at.scope,
      ...(idToken ? { id_token: idToken } : {}),
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
    };
  };
}

/**
 * Registers both grants with the provider: `resourceServer` is the API's resource server information, `findAccount`
 * the configuration's.
 */
export function registerPasswordGrants(provider, { settings, resourceServer, findAccount }) {
  const params = ['username', 'password', 'scope', 'audience'];
  const options = { api: settings.api, resourceServer, findAccount };
  provider.registerGrantType(PASSWORD_GRANT, handlerFor(PASSWORD_GRANT, options), params);
  provider.registerGrantType(PASSWORD_REALM_GRANT, handlerFor(PASSWORD_REALM_GRANT, options), [...params, 'realm']);
}
