// The login page is a single-page app that renders its form with JavaScript after the load event, keeps controlled
// inputs (state from input events only), asks identifier first without a navigation, then consent (checkboxes) and
// "Stay signed in?" before it posts (lib/pages.js spaLoginPage).
export default {
  description: 'login page is a JavaScript single-page app: identifier first, consent checkboxes, "Stay signed in?"',
  apply(settings) {
    settings.loginUi = 'spa';
  },
};
