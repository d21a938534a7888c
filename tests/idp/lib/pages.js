// Minimal HTML pages (no external assets, no JavaScript except the logout
// auto-confirm and the spa-login variant's hand-written single-page app).
// Element ids/names are part of the contract with the tests.

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f2f4f7;margin:0;padding:40px 16px;color:#1f2328}
main{max-width:360px;margin:0 auto;background:#fff;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.12);padding:28px 32px}
h1{font-size:1.4em;font-weight:600;margin:0 0 4px;text-align:center}
p.sub{margin:0 0 20px;text-align:center;color:#57606a;font-size:.95em}
label{display:block;font-size:.9em;margin:12px 0 4px}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;height:40px;padding:0 10px;font-size:1em;border:1px solid #c8ccd1;border-radius:4px}
.error{background:#ffebe9;border:1px solid #ff8182;color:#82071e;padding:8px 10px;border-radius:4px;font-size:.9em}
.buttons{margin-top:20px;display:flex;gap:8px}
button{flex:1;height:40px;font-size:1em;border-radius:4px;border:1px solid #c8ccd1;background:#f6f8fa;cursor:pointer}
button.primary{background:#635dff;border-color:#635dff;color:#fff;font-weight:600}
pre{white-space:pre-wrap;word-wrap:break-word;margin:4px 0}
`;

function layout(title, body, { head = '' } = {}) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
${head}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * Login page. Contract:
 *   <form id="login-form" method="post" action="/interaction/UID">
 *     <input id="username" name="username" type="text">
 *     <input id="password" name="password" type="password">
 *     <button id="login" type="submit" name="action" value="login">Continue</button>
 *     <button id="cancel" type="submit" name="cancel" value="1">Cancel</button>
 *   </form>
 * "Continue" comes first in the DOM so that pressing Enter in a field (implicit
 * submission uses the first submit button) logs in rather than cancels.
 * Wrong credentials: same page, plus <p id="error" class="error" role="alert">
 * Wrong username or password.</p>
 */
export function loginPage({
  uid, clientName, username = '', error, connection,
}) {
  const body = `<h1>${connection === 'github' ? 'Log in with GitHub' : 'Log in'}</h1>
<p class="sub">to continue to <strong id="client-name">${esc(clientName)}</strong></p>
${error ? `<p id="error" class="error" role="alert">${esc(error)}</p>\n` : ''}<form id="login-form" method="post" action="/interaction/${esc(uid)}" autocomplete="off">
${connection ? `<input type="hidden" name="connection" value="${esc(connection)}">\n` : ''}<label for="username">Username or email</label>
<input id="username" name="username" type="text" value="${esc(username)}" autocapitalize="none" spellcheck="false"${username ? '' : ' autofocus'}>
<label for="password">Password</label>
<input id="password" name="password" type="password"${username ? ' autofocus' : ''}>
<div class="buttons">
<button id="login" class="primary" type="submit" name="action" value="login">Continue</button>
<button id="cancel" type="submit" name="cancel" value="1">Cancel</button>
</div>
</form>`;
  return layout('Log in | Tokenscope Test IdP', body);
}

export function renderErrorPage(ctx, out) {
  ctx.type = 'html';
  const rows = Object.entries(out)
    .map(([k, v]) => `<pre><strong>${esc(k)}</strong>: <span id="${esc(k)}">${esc(v)}</span></pre>`)
    .join('\n');
  ctx.body = layout('Error | Tokenscope Test IdP', `<h1>Something went wrong</h1>\n${rows}`);
}

/**
 * oidc-provider hands us `form` =
 *   <form id="op.logoutForm" method="post" action=".../oidc/logout/confirm">
 *     <input type="hidden" name="xsrf" value="..."/></form>
 * "Yes" submits logout=yes (ends the whole IdP session), "No" only signs the
 * client out. With autoConfirm the page submits "yes" by itself (JavaScript).
 */
export function renderLogoutPage(ctx, form, { autoConfirm }) {
  ctx.type = 'html';
  const host = esc(ctx.host);
  const script = autoConfirm
    ? `<script>document.addEventListener('DOMContentLoaded',function(){document.getElementById('logout-yes').click();});</script>\n`
    : '';
  const body = `<h1>Log out</h1>
<p class="sub">Do you want to sign out from ${host}?</p>
${form}
<div class="buttons">
<button id="logout-no" type="submit" form="op.logoutForm">No</button>
<button id="logout-yes" class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
</div>`;
  ctx.body = layout('Log out | Tokenscope Test IdP', body, { head: script });
}

export function renderLogoutSuccessPage(ctx) {
  ctx.type = 'html';
  ctx.body = layout('Logged out | Tokenscope Test IdP', '<h1 id="logged-out">You are logged out.</h1>');
}

/**
 * One-time-code page of the mfa-totp variant (after a right password). Contract:
 *   <form id="otp-form" method="post" action="/interaction/UID">
 *     <input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code">
 *     <button id="verify" type="submit" name="action" value="otp">Verify</button>
 *     <button id="cancel" type="submit" name="cancel" value="1">Cancel</button>
 * A wrong code: same page plus <p id="error" class="error" role="alert">Wrong code.</p>
 */
export function totpPage({ uid, clientName, error }) {
  const body = `<h1>Two-step verification</h1>
<p class="sub">Enter the 6-digit code from your authenticator app to continue to <strong>${esc(clientName)}</strong></p>
${error ? `<p id="error" class="error" role="alert">${esc(error)}</p>\n` : ''}<form id="otp-form" method="post" action="/interaction/${esc(uid)}" autocomplete="off">
<label for="otp">Verification code</label>
<input id="otp" name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" autofocus>
<div class="buttons">
<button id="verify" class="primary" type="submit" name="action" value="otp">Verify</button>
<button id="cancel" type="submit" name="cancel" value="1">Cancel</button>
</div>
</form>`;
  return layout('Verify | Tokenscope Test IdP', body);
}

/**
 * Login page of the spa-login variant: a single-page app, as a React login app behaves, hand-written (no framework):
 * - the page is empty until the app has fetched its configuration (GET /interaction/UID/config), after the load event;
 * - its inputs are controlled: the app keeps its own state from `input` events and ignores a plain `.value = x`
 *   (like React's value tracker, a value set through the element's own property without a change seen by the app
 *   does not count), and it has no <form> and no name attributes;
 * - identifier first: "Next" (disabled until a username is typed) swaps in the password step without a navigation;
 * - then a consent step (two checkboxes that must both be ticked before "Allow" is enabled; "Deny") and a
 *   "Stay signed in?" step ("No" / "Yes", and a "Don't show this again" checkbox);
 * - only then does it post what its state holds (username, password, consent, stay) to /interaction/UID, which checks it.
 */
export function spaLoginPage({ uid }) {
  const script = `
(function () {
  var uid = ${JSON.stringify(String(uid))};
  var state = { step: 'identifier', username: '', password: '', scopes: false, terms: false, remember: false, config: null };
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'onclick') e.addEventListener('click', attrs[k]);
      else if (k === 'text') e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }
  // A controlled input: the app's state changes only through input events whose value differs from the value the
  // app last saw, and a value assigned through the element's own property is taken as seen (React's tracker).
  function controlled(attrs, key) {
    var e = el('input', attrs);
    var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    var tracked = state[key];
    native.set.call(e, state[key]);
    Object.defineProperty(e, 'value', {
      configurable: true,
      get: function () { return native.get.call(this); },
      set: function (v) { tracked = String(v); native.set.call(this, v); },
    });
    e.addEventListener('input', function () {
      var v = native.get.call(e);
      if (v === tracked) return;
      tracked = v;
      state[key] = v;
      refresh();
    });
    return e;
  }
  function checkbox(id, key, label) {
    var box = el('input', { type: 'checkbox', id: id });
    box.checked = state[key];
    box.addEventListener('change', function () { state[key] = box.checked; refresh(); });
    return el('label', { class: 'check' }, [box, document.createTextNode(' ' + label)]);
  }
  function button(id, label, primary, onclick) {
    return el('button', { type: 'button', id: id, class: primary ? 'primary' : '', text: label, onclick: onclick });
  }
  var primaryButton = null;
  function refresh() {
    if (!primaryButton) return;
    var ready = state.step === 'identifier' ? state.username.length > 0
      : state.step === 'password' ? state.password.length > 0
      : state.step === 'consent' ? state.scopes && state.terms : true;
    primaryButton.disabled = !ready;
  }
  function go(step) { state.step = step; render(); }
  function post() {
    var f = el('form', { method: 'post', action: '/interaction/' + uid });
    [['username', state.username], ['password', state.password], ['spa_consent', state.scopes && state.terms ? 'yes' : 'no'],
     ['spa_stay', state.stay], ['spa_remember', state.remember ? 'yes' : 'no']].forEach(function (p) {
      f.appendChild(el('input', { type: 'hidden', name: p[0], value: p[1] }));
    });
    document.body.appendChild(f);
    f.submit();
  }
  function render() {
    var app = document.getElementById('app');
    app.textContent = '';
    var c = state.config;
    if (state.step === 'identifier') {
      document.title = 'Sign in | ' + c.tenant;
      primaryButton = button('next', 'Next', true, function () { go('password'); });
      app.appendChild(el('h1', { text: 'Sign in' }));
      app.appendChild(el('p', { class: 'sub', text: 'to continue to ' + c.clientName }));
      app.appendChild(el('label', { for: 'login-id', text: 'Email or username' }));
      app.appendChild(controlled({ id: 'login-id', type: 'text', autocomplete: 'username' }, 'username'));
      app.appendChild(el('div', { class: 'buttons' }, [primaryButton]));
    } else if (state.step === 'password') {
      document.title = 'Enter password | ' + c.tenant;
      primaryButton = button('sign-in', 'Sign in', true, function () { go('consent'); });
      app.appendChild(el('h1', { text: 'Enter password' }));
      app.appendChild(el('p', { class: 'sub', id: 'who', text: state.username }));
      app.appendChild(el('label', { for: 'login-password', text: 'Password' }));
      app.appendChild(controlled({ id: 'login-password', type: 'password', autocomplete: 'current-password' }, 'password'));
      app.appendChild(el('div', { class: 'buttons' }, [button('back', 'Back', false, function () { go('identifier'); }), primaryButton]));
    } else if (state.step === 'consent') {
      document.title = 'Permissions | ' + c.tenant;
      primaryButton = button('allow', 'Allow', true, function () { go('stay'); });
      app.appendChild(el('h1', { text: c.clientName + ' wants to' }));
      app.appendChild(checkbox('consent-scopes', 'scopes', 'see your profile and email address'));
      app.appendChild(checkbox('consent-terms', 'terms', 'I agree to the terms of use'));
      app.appendChild(el('div', { class: 'buttons' }, [
        button('deny', 'Deny', false, function () { state.stay = 'deny'; post(); }), primaryButton]));
    } else {
      document.title = 'Stay signed in? | ' + c.tenant;
      primaryButton = null;
      app.appendChild(el('h1', { text: 'Stay signed in?' }));
      app.appendChild(el('p', { class: 'sub', text: 'Stay signed in so you do not have to sign in again next time.' }));
      app.appendChild(checkbox('dont-ask', 'remember', "Don't show this again"));
      app.appendChild(el('div', { class: 'buttons' }, [
        button('stay-no', 'No', false, function () { state.stay = 'no'; post(); }),
        button('stay-yes', 'Yes', true, function () { state.stay = 'yes'; post(); })]));
    }
    refresh();
  }
  window.addEventListener('load', function () {
    fetch('/interaction/' + uid + '/config', { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (config) { state.config = config; render(); });
  });
})();
`;
  return layout('Loading… | Tokenscope Test IdP', '<div id="app" aria-live="polite"></div>',
    { head: `<style>label.check{display:flex;gap:6px;align-items:center}</style>\n<script>${script}</script>\n` });
}

/**
 * Device flow pages (RFC 8628 3.3), Auth0-style at /activate; oidc-provider hands us its `form`s.
 * User code input: oidc-provider's
 *   <form id="op.deviceInputForm" method="post" action="/activate">
 *     <input type="hidden" name="xsrf"> <input type="text" name="user_code" placeholder="Enter code">
 *   </form>
 * plus <button id="device-continue" type="submit" form="op.deviceInputForm">Continue</button>.
 * A wrong or expired code: the same page plus <p id="error" class="error" role="alert">...</p>.
 * Confirmation: <code id="user-code">ABCD-EFGH</code>, <button id="device-confirm">Continue</button> (confirm=yes,
 * then the login page) and <button id="device-abort" name="abort" value="yes">Cancel</button> (the device gets
 * access_denied). Success: <h1 id="device-done">.
 */
export function renderDeviceInputPage(ctx, form, out, err) {
  let message = '';
  if (err && (err.userCode || err.name === 'NoCodeError')) {
    message = 'The code you entered is incorrect. Try again.';
  } else if (err && err.name === 'AbortedError') {
    message = 'The sign-in request was cancelled.';
  } else if (err && err.name === 'ExpiredError') {
    message = 'The code has expired. Start again on your device.';
  } else if (err) {
    message = 'There was an error processing your request.';
  }
  ctx.type = 'html';
  const body = `<h1>Activate your device</h1>
<p class="sub">Enter the code displayed on your device</p>
${message ? `<p id="error" class="error" role="alert">${esc(message)}</p>\n` : ''}${form}
<div class="buttons">
<button id="device-continue" class="primary" type="submit" form="op.deviceInputForm">Continue</button>
</div>`;
  ctx.body = layout('Activate | Tokenscope Test IdP', body);
}

export function renderDeviceConfirmPage(ctx, form, client, deviceInfo, userCode) {
  ctx.type = 'html';
  const name = client.clientName || client.clientId;
  const body = `<h1>Confirm your device</h1>
<p class="sub"><strong id="client-name">${esc(name)}</strong> wants to sign in. Check that your device shows this code:</p>
<p style="text-align:center;font-size:1.8em;letter-spacing:.1em"><code id="user-code">${esc(userCode)}</code></p>
${form}
<div class="buttons">
<button id="device-confirm" class="primary" type="submit" form="op.deviceConfirmForm" autofocus>Continue</button>
<button id="device-abort" type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Cancel</button>
</div>`;
  ctx.body = layout('Confirm device | Tokenscope Test IdP', body);
}

export function renderDeviceSuccessPage(ctx) {
  ctx.type = 'html';
  const name = ctx.oidc.client.clientName || ctx.oidc.client.clientId;
  ctx.body = layout('Device connected | Tokenscope Test IdP',
    `<h1 id="device-done">Congratulations, you're all set!</h1>\n<p class="sub">${esc(name)} is signed in. You can close this window and return to your device.</p>`);
}
