// The confidential web app (hybrid-app) may also use every grant without a browser: client credentials (with a
// client grant for the API, as Auth0 requires), the device code and token exchange. For the probe's flow matrix,
// whose grant cells then show what works for one client.
import { API_AUDIENCE } from '../lib/settings.js';

export default {
  description: 'hybrid-app may also use client credentials, the device code and token exchange',
  apply(settings) {
    const app = settings.clients.find((c) => c.client_id === 'hybrid-app');
    app.grant_types.push('client_credentials', 'urn:ietf:params:oauth:grant-type:device_code',
      'urn:ietf:params:oauth:grant-type:token-exchange');
    settings.clientGrants['hybrid-app'] = [API_AUDIENCE];
  },
};
