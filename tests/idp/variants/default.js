// The well-behaved Auth0-like tenant described in ../README.md.
export default {
  description: 'Auth0-like tenant, everything configured correctly',
  apply() {},
};
