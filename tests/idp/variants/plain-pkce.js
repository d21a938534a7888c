// Deliberate misconfiguration: the discovery document offers the PKCE method
// "plain" next to S256 (as some tenants do), which protects nothing once the
// authorization request is seen. The provider itself still verifies S256.
export default {
  description: 'misconfigured: code_challenge_methods_supported offers "plain" next to "S256"',
  apply(settings) {
    settings.hooks.discovery.push((body) => ({ ...body, code_challenge_methods_supported: ['S256', 'plain'] }));
  },
};
