// Minimal HTML pages (no external assets, no JavaScript except the logout
// auto-confirm). Element ids/names are part of the contract with the tests.

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
