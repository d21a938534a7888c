// After a right password, a one-time-code page (TOTP, RFC 6238: SHA-1, 30 s, 6 digits) for the users with a TOTP
// secret (lib/totp.js: alice and bob).
export default {
  description: 'one-time code (TOTP) asked after the password',
  apply(settings) {
    settings.mfa = 'totp';
  },
};
