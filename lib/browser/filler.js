// Tokenscope's built-in login filler (WebEngineUserAgent). It runs in the page's isolated world (ApplicationWorld):
// the page's own scripts can neither see nor call it, and it sees the page's DOM as a person does.
//
// WebEngineUserAgent evaluates `(this file)(args)` after every page load and then every half second while a sign-in
// runs. The first call in a document installs the filler: it acts on what it sees at once and again whenever the DOM
// changes (MutationObserver), so forms that a single-page app renders later, or swaps without a navigation
// (identifier-first), are filled when they appear. Each call returns what the filler did since the previous call, so
// the C++ side can count submissions across documents and say what happened.
//
// args: {mode: "fill" | "logout" | "silent" | "describe", username, password, code (current TOTP or ""),
//        userCode (the device flow's user code, RFC 8628 3.3, or ""),
//        submitted: {password: n, code: n} (submissions in earlier documents of this attempt)}
// "silent" is a request with prompt=none: the provider must show no page that asks the user anything (OpenID Connect
// Core 3.1.2.1), so the filler fills and presses nothing and reports a login form as "login-form". In "logout" it
// confirms a logout page, but a login form means the logout is over (the provider ended on its login page): reported as
// "login-form", and nothing on it is pressed.
// A device verification page (a field named user_code, device code or activation code) gets the user code; a second
// one in the same attempt means the provider refused it ("user-code-again").
// Returns {actions: [{kind, label}], stuck: "" | "password-again" | "code-again" | "code-needed" | "user-code-again" | "login-form",
// confirming: a logout confirm button is about to be pressed} or, for
// "describe", what the page shows: title, fields and buttons by name and label, never a value.
(function (args) {
  'use strict';

  var CANCEL = /\b(cancel|abort|back|abbrechen|zur(ü|ue)ck|deny|decline|reject|refuse|no|nein|not now|skip|sign ?up|register|forgot|create account|other account|use another)\b/i;
  var ACCEPT = /\b(accept|allow|authori[sz]e|continue|consent|yes|ja|confirm|agree|approve|next|sign ?in|log ?in|submit|verify|weiter|anmelden|zustimmen|ok|done|proceed|sign me out|sign ?out|log ?out)\b/i;
  var LOGOUT_ACCEPT = /\b(yes|ja|confirm|sign ?out|sign me out|log ?out|logout|abmelden|continue|ok|proceed)\b/i;
  var PRIMARY = /\bprimary\b|\bbtn-primary\b|\bdefault\b|\bcta\b/i;
  var CODE_FIELD = /\b(otp|totp|one.?time|mfa|2fa|two.?factor|passcode|verification.?code|security.?code|auth.?code|code)\b/i;

  function text(s, max) {
    s = String(s || '').replace(/\s+/g, ' ').trim();
    return s.length > (max || 60) ? s.slice(0, (max || 60) - 1) + '…' : s;
  }
  function visible(e) {
    if (!e || !e.isConnected) return false;
    if (!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)) return false;
    var style = window.getComputedStyle(e);
    return style.visibility !== 'hidden' && style.display !== 'none';
  }
  function all(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector)).filter(visible);
  }
  function labelOf(e) {
    var label = '';
    if (e.labels && e.labels.length) label = e.labels[0].textContent;
    if (!label) label = e.getAttribute('aria-label') || e.getAttribute('placeholder') || e.getAttribute('title') || '';
    return text(label);
  }
  function buttonText(b) {
    return text(b.textContent || b.value || b.getAttribute('aria-label') || b.getAttribute('title') || '');
  }
  function enabled(b) {
    return !b.disabled && b.getAttribute('aria-disabled') !== 'true';
  }
  function isCancel(b) {
    return CANCEL.test(buttonText(b)) || CANCEL.test((b.name || '') + ' ' + (b.id || ''));
  }
  function buttons(scope) {
    return Array.prototype.slice.call((scope || document).querySelectorAll(
      'button, input[type=submit], input[type=button], input[type=image], [role=button]')).filter(visible);
  }
  function textInputs() {
    return all('input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number]')
      .filter(function (e) { return !e.readOnly && !e.disabled; });
  }
  var USER_CODE_FIELD = /(^|[^a-z])(user[_ -]?code|device[_ -]?code|activation[_ -]?code)/i;
  function isUserCodeField(e) {
    return USER_CODE_FIELD.test([e.name, e.id, labelOf(e)].join(' '));
  }
  function isCodeField(e) {
    if (isUserCodeField(e)) return false;
    if ((e.getAttribute('autocomplete') || '').indexOf('one-time-code') !== -1) return true;
    return CODE_FIELD.test([e.name, e.id, labelOf(e)].join(' '));
  }
  // A field only a login form has: a password, a one-time code, or one that names itself a user name or e-mail.
  function loginFieldShown() {
    if (all('input[type=password]').length) return true;
    return textInputs().some(function (e) {
      if (isCodeField(e)) return true;
      var ac = e.getAttribute('autocomplete') || '';
      return /\b(username|email)\b/.test(ac) || e.type === 'email'
        || /user|login|email|identifier|benutzer/i.test([e.name, e.id, labelOf(e)].join(' '));
    });
  }
  function isUserField(e) {
    if (isCodeField(e) || isUserCodeField(e)) return false;
    var ac = e.getAttribute('autocomplete') || '';
    if (/\b(username|email)\b/.test(ac) || e.type === 'email') return true;
    return /user|login|email|identifier|account|e-mail|benutzer/i.test([e.name, e.id, labelOf(e)].join(' ')) || e.type === 'text' || !e.getAttribute('type');
  }

  // Types a value as a person does: focus, the value through the native setter (so that a framework's value tracker
  // sees a change, as React's does), the input and change events a keyboard would cause, then blur.
  function type(e, value) {
    e.focus();
    var proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, value);
    var input;
    try {
      input = new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value });
    } catch (err) {
      input = new Event('input', { bubbles: true });
    }
    e.dispatchEvent(input);
    e.dispatchEvent(new Event('change', { bubbles: true }));
    e.blur();
  }

  // The closest region that holds the field and a button: its form, or the nearest ancestor with a button in it.
  function scopeOf(e) {
    if (e.form) return e.form;
    for (var p = e.parentElement; p; p = p.parentElement) {
      if (buttons(p).length) return p;
    }
    return document;
  }

  // The one button a person would press here; null when there is none or it is not clear which (or none is enabled
  // yet: a framework may enable it once the fields are filled).
  function chooseButton(scope, accept) {
    var candidates = buttons(scope).filter(function (b) { return !isCancel(b); });
    var pick = function (list) { return list.length === 1 ? list[0] : null; };
    var chosen = pick(candidates.filter(function (b) { return accept.test(buttonText(b)); }))
      || pick(candidates)
      || pick(candidates.filter(function (b) { return PRIMARY.test(b.className || ''); }))
      || pick(candidates.filter(function (b) { return (b.type || '') === 'submit'; }));
    return chosen;
  }

  function describe() {
    var fields = all('input, select, textarea').filter(function (e) {
      return !/^(hidden|submit|button|image|reset)$/.test(e.type || '');
    }).map(function (e) {
      var what = e.type === 'checkbox' || e.type === 'radio' ? e.type + (e.checked ? ', checked' : '') : (e.type || e.tagName.toLowerCase());
      var name = e.name || e.id || '';
      var label = labelOf(e);
      return (name ? name + ' ' : '') + '(' + what + (label && label !== name ? ', "' + label + '"' : '') + ')';
    });
    var seen = buttons(document).map(function (b) {
      return '"' + buttonText(b) + '"' + (enabled(b) ? '' : ' (disabled)');
    });
    var messages = all('[role=alert], .error, .alert, #error').map(function (e) { return text(e.textContent, 120); })
      .filter(function (m) { return m.length > 0; });
    return {
      title: text(document.title, 120),
      fields: fields.slice(0, 20),
      buttons: seen.slice(0, 20),
      messages: messages.slice(0, 5),
    };
  }

  function createFiller() {
    var self = {
      args: args,
      handled: new WeakSet(),
      actions: [],
      reported: 0,
      submitted: { password: 0, code: 0, userCode: 0 },
      stuck: '',
      scheduled: false,
      awaiting: null,
    };

    function record(kind, label) {
      self.actions.push({ kind: kind, label: text(label) });
    }
    function press(b, kind) {
      self.handled.add(b);
      record(kind, buttonText(b));
      b.click();
    }
    // After filling: presses the form's button (or submits the form). While the page has not enabled its button yet
    // (a framework may re-render after the input event), the field waits in self.awaiting and step() tries again.
    function submitAfter(field, kind) {
      var scope = scopeOf(field);
      var b = chooseButton(scope, ACCEPT);
      self.awaiting = null;
      if (b && enabled(b) && fresh(b)) {
        press(b, kind);
      } else if (!b && field.form) {
        self.handled.add(field.form);
        record(kind, 'form');
        if (field.form.requestSubmit) field.form.requestSubmit(); else field.form.submit();
      } else {
        self.awaiting = field;
      }
    }
    function fresh(e) { return !self.handled.has(e); }

    function fillStep(a) {
      if (self.awaiting) {
        if (visible(self.awaiting)) {
          submitAfter(self.awaiting, 'submit');
          return;
        }
        self.awaiting = null;
      }
      var passwords = all('input[type=password]').filter(function (e) { return !e.disabled && !e.readOnly; });
      var password = passwords.filter(fresh)[0];
      if (password) {
        if (a.submitted.password + self.submitted.password > 0) {
          self.stuck = 'password-again';
          return;
        }
        var user = textInputs().filter(function (e) {
          return fresh(e) && isUserField(e) && scopeOf(e) === scopeOf(password);
        })[0];
        if (user) {
          self.handled.add(user);
          type(user, a.username);
        }
        self.handled.add(password);
        type(password, a.password);
        self.submitted.password += 1;
        record('password', labelOf(password) || password.name || 'password');
        submitAfter(password, 'submit');
        return;
      }
      if (passwords.length) return; // our password field is still there: wait for the answer
      var userCodeField = a.userCode ? textInputs().filter(function (e) { return fresh(e) && isUserCodeField(e); })[0] : null;
      if (userCodeField) {
        if (a.submitted.userCode + self.submitted.userCode > 0) {
          self.stuck = 'user-code-again';
          return;
        }
        self.handled.add(userCodeField);
        type(userCodeField, a.userCode);
        self.submitted.userCode += 1;
        record('user code', labelOf(userCodeField) || userCodeField.name || 'user code');
        submitAfter(userCodeField, 'submit');
        return;
      }
      var codeField = textInputs().filter(function (e) { return fresh(e) && isCodeField(e); })[0];
      if (codeField) {
        if (!a.code) {
          self.stuck = 'code-needed';
          return;
        }
        if (a.submitted.code + self.submitted.code > 0) {
          self.stuck = 'code-again';
          return;
        }
        self.handled.add(codeField);
        type(codeField, a.code);
        self.submitted.code += 1;
        record('one-time code', labelOf(codeField) || codeField.name || 'code');
        submitAfter(codeField, 'submit');
        return;
      }
      var identifier = textInputs().filter(function (e) { return fresh(e) && isUserField(e); })[0];
      if (identifier) {
        self.handled.add(identifier);
        type(identifier, a.username);
        record('identifier', labelOf(identifier) || identifier.name || 'username');
        submitAfter(identifier, 'submit');
        return;
      }
      if (self.awaiting) return; // filled, waiting for the page to enable its button
      buttonStep(ACCEPT, true);
    }

    // Consent, "Continue", "Stay signed in?", logout confirmation: tick the boxes, press the one button.
    function buttonStep(accept, tickBoxes) {
      var b = chooseButton(document, accept);
      if (!b || !fresh(b)) return;
      if (tickBoxes) {
        var scope = b.form || document;
        all('input[type=checkbox]').filter(function (c) {
          return !c.checked && !c.disabled && fresh(c) && (scope === document || scope.contains(c));
        }).forEach(function (c) {
          self.handled.add(c);
          record('checkbox', labelOf(c) || c.name || 'checkbox');
          c.click();
        });
      }
      if (!enabled(b)) return; // enabled once the boxes are ticked: the observer comes back
      if (self.args.mode === 'logout') {
        // A logout page may confirm itself with JavaScript (some providers do when the id_token_hint is valid); a
        // second submission would be refused. Press only what is still there after a second, as a person would.
        if (!self.logoutSeen) self.logoutSeen = performance.now();
        var waited = performance.now() - self.logoutSeen;
        if (waited < 1000) {
          self.confirming = true;
          setTimeout(step, 1000 - waited + 10);
          return;
        }
        self.confirming = false;
      }
      press(b, self.args.mode === 'logout' ? 'logout-confirm' : 'button');
    }

    function step() {
      if (self.stuck) return;
      var a = self.args;
      if (a.mode === 'silent' || a.mode === 'logout') {
        if (loginFieldShown()) {
          self.stuck = 'login-form';
          self.confirming = false;
          return;
        }
        if (a.mode === 'logout') buttonStep(LOGOUT_ACCEPT, false);
        return;
      }
      fillStep(a);
    }
    function schedule() {
      if (self.scheduled) return;
      self.scheduled = true;
      // Lets the page's own handlers finish the change first (a framework re-renders after the event).
      setTimeout(function () { self.scheduled = false; step(); }, 50);
    }

    new MutationObserver(schedule).observe(document.documentElement || document, {
      childList: true, subtree: true, attributes: true,
      attributeFilter: ['disabled', 'aria-disabled', 'class', 'style', 'hidden', 'type'],
    });
    self.tick = function (a) {
      self.args = a;
      step();
      var done = self.actions.slice(self.reported);
      self.reported = self.actions.length;
      return { actions: done, stuck: self.stuck, confirming: !!self.confirming };
    };
    return self;
  }

  var filler = window.__tokenscopeFiller;
  if (args.mode === 'describe') {
    var seen = describe();
    // What the filler did in this document and had not reported yet (a failure can come before the next call).
    seen.actions = filler && filler.document === document ? filler.actions.slice(filler.reported) : [];
    return seen;
  }
  if (!filler || filler.document !== document) {
    filler = createFiller();
    filler.document = document;
    window.__tokenscopeFiller = filler;
  }
  return filler.tick(args);
})
