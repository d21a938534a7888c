// Metadata that a client following it must refuse, two mistakes seen in real deployments: the RFC 8414 document
// names the issuer without its trailing slash (RFC 8414 3.3: it must be identical to the issuer the URL was built
// from), and the API's protected resource metadata names its audience identifier as "resource" instead of its URL
// (RFC 9728 3.3: it must be the URL the client requested).
export default {
  description: 'RFC 8414 issuer without the trailing slash; RFC 9728 resource = the API audience, not its URL',
  apply(settings) {
    settings.hooks.oauthMetadata.push((body) => ({ ...body, issuer: body.issuer.replace(/\/+$/, '') }));
    settings.protectedResourceMetadata = 'audience';
  },
};
