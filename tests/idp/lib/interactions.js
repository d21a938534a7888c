// Login UI (instead of oidc-provider's devInteractions) and other small
// non-OIDC routes served from the IdP origin (avatars, health).
import { AVATARS } from './avatar.js';
import {
  loginPage, renderErrorPage, spaLoginPage, totpPage,
} from './pages.js';
import { checkTotp, TOTP_SECRETS } from './totp.js';
import { checkCredentials, CONNECTIONS } from './users.js';

const MAX_FORM = 16 * 1024;

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_FORM) throw new Error('form too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function redirect303(ctx, location) {
  ctx.status = 303;
  ctx.redirect(location);
}

async function finish(provider, ctx, result, opts = { mergeWithLastSubmission: false }) {
  const returnTo = await provider.interactionResult(ctx.req, ctx.res, result, opts);
  redirect303(ctx, returnTo);
}

/** Grants whatever the consent prompt says is missing (first-party app). */
async function autoConsent(provider, ctx, details) {
  const { prompt: { details: missing = {} }, params, session } = details;
  let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  if (!grant) {
    grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  }
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  if (missing.missingResourceScopes) {
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
  }
  const grantId = await grant.save();
  await finish(provider, ctx, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const ERROR_CODE = /^[a-z][a-z0-9_]{0,63}$/;

// settings.loginUi: 'form' (the plain login page), 'spa' (spa-login variant: a single-page app, identifier first,
// consent and "Stay signed in?" steps). settings.mfa: '' or 'totp' (mfa-totp variant: a one-time code after the
// password). Interactions waiting for their one-time code: uid -> { accountId }.
export function interactionRoutes(provider, settings = {}) {
  const awaitingCode = new Map();
  const loginUi = settings.loginUi || 'form';
  return async function interactionMiddleware(ctx, next) {
    const avatar = /^\/avatars\/([a-z0-9-]+)\.png$/.exec(ctx.path);
    if (avatar && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
      const png = AVATARS[avatar[1]];
      if (!png) return next();
      ctx.type = 'image/png';
      ctx.set('cache-control', 'public, max-age=3600');
      ctx.body = png;
      return undefined;
    }

    if (ctx.path === '/healthz' && ctx.method === 'GET') {
      ctx.body = { ok: true };
      return undefined;
    }

    const config = /^\/interaction\/([A-Za-z0-9_-]+)\/config$/.exec(ctx.path);
    if (config && ctx.method === 'GET' && loginUi === 'spa') {
      // What the single-page app fetches before it renders anything (a little late, as real ones are).
      const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
      if (!details || details.uid !== config[1]) return next();
      const client = await provider.Client.find(details.params.client_id);
      await new Promise((resolve) => { setTimeout(resolve, 300); });
      ctx.set('cache-control', 'no-store');
      ctx.body = { tenant: 'Tokenscope Test IdP', clientName: client?.clientName || details.params.client_id };
      return undefined;
    }

    const m = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(ctx.path);
    if (!m || !['GET', 'POST'].includes(ctx.method)) return next();

    ctx.set('cache-control', 'no-store');

    let details;
    try {
      details = await provider.interactionDetails(ctx.req, ctx.res);
    } catch (err) {
      ctx.status = 400;
      renderErrorPage(ctx, {
        error: 'invalid_request',
        error_description: `login session not found or expired (${err.error_description || err.message})`,
      });
      return undefined;
    }
    if (details.uid !== m[1]) {
      ctx.status = 400;
      renderErrorPage(ctx, { error: 'invalid_request', error_description: 'interaction id mismatch' });
      return undefined;
    }

    const { prompt, params } = details;
    const client = await provider.Client.find(params.client_id);
    const clientName = client?.clientName || params.client_id;

    if (prompt.name === 'consent') {
      await autoConsent(provider, ctx, details);
      return undefined;
    }

    if (prompt.name !== 'login') {
      await finish(provider, ctx, {
        error: 'interaction_required',
        error_description: `unsupported prompt ${prompt.name}`,
      });
      return undefined;
    }

    if (params.connection && !CONNECTIONS.includes(params.connection)) {
      // Auth0 answers an unknown connection with an error redirect, not a login page.
      await finish(provider, ctx, {
        error: 'invalid_request',
        error_description: `the connection ${params.connection} is not enabled for this client (known: ${CONNECTIONS.join(', ')})`,
      });
      return undefined;
    }

    if (ctx.method === 'GET') {
      if (params.error_test !== undefined) {
        const code = ERROR_CODE.test(params.error_test) ? params.error_test : 'access_denied';
        await finish(provider, ctx, {
          error: code,
          error_description: `Simulated error requested with error_test=${code}`,
        });
        return undefined;
      }
      ctx.type = 'html';
      ctx.body = loginUi === 'spa' && !params.connection
        ? spaLoginPage({ uid: details.uid })
        : loginPage({
          uid: details.uid,
          clientName,
          username: params.login_hint || '',
          connection: params.connection,
        });
      return undefined;
    }

    // POST
    let form;
    try {
      form = await readForm(ctx.req);
    } catch {
      ctx.status = 413;
      ctx.body = 'form too large';
      return undefined;
    }

    if (form.has('cancel') || form.get('spa_stay') === 'deny') {
      awaitingCode.delete(details.uid);
      await finish(provider, ctx, {
        error: 'access_denied',
        error_description: 'User cancelled the login',
      });
      return undefined;
    }

    if (awaitingCode.has(details.uid)) {
      const { accountId } = awaitingCode.get(details.uid);
      if (!checkTotp(TOTP_SECRETS[accountId], form.get('otp'))) {
        ctx.status = 200;
        ctx.type = 'html';
        ctx.body = totpPage({ uid: details.uid, clientName, error: 'Wrong code.' });
        return undefined;
      }
      awaitingCode.delete(details.uid);
      await finish(provider, ctx, { login: { accountId, amr: ['pwd', 'otp'] } });
      return undefined;
    }

    if (loginUi === 'spa' && !params.connection
        && (form.get('spa_consent') !== 'yes' || !['yes', 'no'].includes(form.get('spa_stay')))) {
      // The app posts only after its consent and "Stay signed in?" steps: anything else did not go through them.
      ctx.status = 400;
      renderErrorPage(ctx, { error: 'invalid_request', error_description: 'the sign-in did not go through the consent and "Stay signed in?" steps' });
      return undefined;
    }

    const username = form.get('username') ?? '';
    const user = checkCredentials(username, form.get('password'), params.connection);
    if (!user) {
      ctx.status = 200;
      ctx.type = 'html';
      ctx.body = loginPage({
        uid: details.uid,
        clientName,
        username,
        error: 'Wrong username or password.',
        connection: params.connection,
      });
      return undefined;
    }

    if (settings.mfa === 'totp' && TOTP_SECRETS[user.sub]) {
      awaitingCode.set(details.uid, { accountId: user.sub });
      ctx.status = 200;
      ctx.type = 'html';
      ctx.body = totpPage({ uid: details.uid, clientName });
      return undefined;
    }

    await finish(provider, ctx, {
      login: { accountId: user.sub, amr: ['pwd'] },
    });
    return undefined;
  };
}
