// Consent is not remembered (like a third-party application whose user never
// ticked "remember"): a silent sign-in (prompt=none) finds no grant for the
// scopes it asks, so the provider answers consent_required although the
// session is alive (OpenID Connect Core 3.1.2.6).
export default {
  description: 'consent not remembered: prompt=none is answered consent_required while the session lives',
  apply(settings) {
    settings.hooks.providerConfiguration.push((configuration) => {
      const load = configuration.loadExistingGrant;
      configuration.loadExistingGrant = async (ctx) => {
        const prompts = (ctx.oidc.params.prompt || '').split(' ');
        if (!prompts.includes('none')) return load(ctx);
        const { Grant } = ctx.oidc.provider;
        return new Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
      };
    });
  },
};
