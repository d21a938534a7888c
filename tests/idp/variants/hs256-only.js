// Deliberate misconfiguration: HS256 is the only ID token signing algorithm.
// Every confidential app signs its ID tokens with its client secret; the
// public apps (spa-pkce, native-app), which have no secret, are removed since
// the provider cannot serve them at all. Discovery advertises ["HS256"] only.
export default {
  description: 'misconfigured: HS256 (client secret) is the only ID token signing algorithm',
  apply(settings) {
    settings.clients = settings.clients
      .filter((client) => client.client_secret)
      .map((client) => ({ ...client, id_token_signed_response_alg: 'HS256' }));
    settings.hooks.providerConfiguration.push((configuration) => {
      configuration.enabledJWA = { ...configuration.enabledJWA, idTokenSigningAlgValues: ['HS256'] };
    });
    settings.hooks.discovery.push((body) => ({ ...body, id_token_signing_alg_values_supported: ['HS256'] }));
  },
};
