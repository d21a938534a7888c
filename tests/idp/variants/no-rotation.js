// Example variant: refresh token rotation off (the same refresh token is
// returned by every refresh, like Auth0 with "Rotation" disabled).
export default {
  description: 'refresh token rotation disabled',
  apply(settings) {
    settings.rotateRefreshToken = false;
  },
};
