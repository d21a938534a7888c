// Refresh token rotation on, reuse detection off: every refresh returns a new
// refresh token, but the ones it replaced keep working (like an Auth0 tenant
// with rotation and a long "reuse interval"). A replayed, stolen refresh token
// is not noticed and the token family is never revoked.
export default {
  description: 'refresh token rotation on, reuse detection off (rotated-away refresh tokens stay valid)',
  apply(settings) {
    settings.rotateRefreshToken = true;
    settings.hooks.provider.push((provider) => {
      // oidc-provider detects reuse through the "consumed" mark that rotation
      // puts on the old token; without it the old token is simply valid.
      provider.RefreshToken.prototype.consume = async function consumeNothing() {};
    });
  },
};
