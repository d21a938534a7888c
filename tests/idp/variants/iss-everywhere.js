// RFC 9207 `iss` in every authorization response, also in those that carry an
// ID token (oidc-provider leaves it out there by default, as the default
// tenant does): for the tests of a response where both are present.
export default {
  description: 'iss in every authorization response, also next to an ID token',
  apply(settings) {
    settings.issInEveryAuthorizationResponse = true;
  },
};
