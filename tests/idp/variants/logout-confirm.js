// oidc-provider's default at the end-session endpoint: always the "Do you want to sign out?" confirmation page, also
// with a valid id_token_hint (the default variant signs out without asking then).
export default {
  description: 'logout always asks "Do you want to sign out?" (oidc-provider default)',
  apply(settings) {
    settings.logoutAutoConfirmWithIdTokenHint = false;
  },
};
