#!/usr/bin/env python3
"""Fills translations/tokenscope_de.ts (German) and the English plural forms in tokenscope_en.ts (which keeps only
the plural strings: English needs nothing else).

Run after `cmake --build build --target tokenscope_ui_lupdate` (or lupdate) added new source strings; strings this
table does not know stay unfinished and are listed on stderr."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from de_engine import DE_ENGINE  # noqa: E402

DE = {
    "Sen&d": "Sen&den",
    "Copy as cu&rl": "Als cu&rl kopieren",
    "Histor&y:": "&Verlauf:",
    "Pro&files": "Pro&file",
    "Tok&en": "Tok&en",
    "Test user na&me:": "Testben&utzer:",
    "&Compare with:": "&Vergleichen mit:",
    "Sessi&ons": "Sit&zungen",
    "Flo&w matrix": "Ablauf&matrix",
    "Passwor&d:": "Pass&wort:",
    "Lint confi&guration": "Konfiguration prü&fen",
    "Run pro&bes": "Tests ausfüh&ren",
    "To&ken:": "To&ken:",
    "Next tab": "Nächster Reiter",
    "Previous tab": "Vorheriger Reiter",
    "Show the &profile pane": "&Profilbereich zeigen",
    "Show the flow &timeline": "&Ablauf-Zeitleiste zeigen",
    "&View": "&Ansicht",
    "&Keyboard shortcuts": "&Tastenkürzel",
    "Keyboard shortcuts": "Tastenkürzel",
    "<table><tr><td>Ctrl+Return</td><td>Sign in</td></tr><tr><td>F5</td><td>Refresh tokens</td></tr><tr><td>Ctrl+Shift+Return</td><td>Call the API</td></tr><tr><td>Escape</td><td>Cancel</td></tr><tr><td>Ctrl+Shift+C</td><td>Copy the token shown</td></tr><tr><td>Ctrl+Tab, Ctrl+PgDown</td><td>Next tab</td></tr><tr><td>Ctrl+Shift+Tab, Ctrl+PgUp</td><td>Previous tab</td></tr><tr><td>Ctrl+1</td><td>Show or hide the profile pane</td></tr><tr><td>Ctrl+2</td><td>Show or hide the flow timeline</td></tr><tr><td>Ctrl+N, Ctrl+O, Ctrl+S</td><td>New, import, save profile</td></tr></table>":
        "<table><tr><td>Strg+Eingabe</td><td>Anmelden</td></tr><tr><td>F5</td><td>Tokens erneuern</td></tr><tr><td>Strg+Umschalt+Eingabe</td><td>API aufrufen</td></tr><tr><td>Esc</td><td>Abbrechen</td></tr><tr><td>Strg+Umschalt+C</td><td>Angezeigtes Token kopieren</td></tr><tr><td>Strg+Tab, Strg+Bild ab</td><td>Nächster Reiter</td></tr><tr><td>Strg+Umschalt+Tab, Strg+Bild auf</td><td>Vorheriger Reiter</td></tr><tr><td>Strg+1</td><td>Profilbereich zeigen oder verbergen</td></tr><tr><td>Strg+2</td><td>Ablauf-Zeitleiste zeigen oder verbergen</td></tr><tr><td>Strg+N, Strg+O, Strg+S</td><td>Neues Profil, importieren, speichern</td></tr></table>",
    "Sign-in cancelled.": "Anmeldung abgebrochen.",
    "Sign-in with “%1” cancelled during “%2”.": "Anmeldung mit „%1“ während „%2“ abgebrochen.",
    "Signed out of “%1” — %2. The session's tokens stay viewable, marked as ended.": "Von „%1“ abgemeldet — %2. Die Tokens der Sitzung bleiben sichtbar, als beendet markiert.",
    "Logout failed — %1. The session may still be active at the provider.": "Abmeldung fehlgeschlagen — %1. Die Sitzung kann beim Anbieter noch aktiv sein.",
    "Signed out: %1": "Abgemeldet: %1",
    "The logout did not complete: %1": "Die Abmeldung wurde nicht abgeschlossen: %1",
    "Session ended (%1): its tokens are kept for reference.": "Sitzung beendet (%1): ihre Tokens bleiben zum Nachsehen erhalten.",
    "These are the tokens of the previous session (ended: %1), kept for reference.": "Dies sind die Tokens der vorigen Sitzung (beendet: %1), zum Nachsehen erhalten.",
    "signed out": "abgemeldet",
    # Issue 18: sessions per profile, the API console, the first start, words that agree
    "OK: no step, check or probe failed": "OK: kein Schritt, keine Prüfung und kein Test fehlgeschlagen",
    "OK: no step or check failed": "OK: kein Schritt und keine Prüfung fehlgeschlagen",
    "To&ken:": "To&ken:",
    "Which token of the session goes in the Authorization header as Bearer credential": "Welches Token der Sitzung als Bearer-Credential in den Authorization-Header kommt",
    "Copy as c&url": "Als c&url kopieren",
    "with the token": "mit dem Token",
    "Put the real token into the copied command (otherwise <redacted>)": "Das echte Token in den kopierten Befehl setzen (sonst <redacted>)",
    "&History:": "&Verlauf:",
    "no request sent yet": "noch keine Anfrage gesendet",
    "The body is not valid JSON (%1 at character %2), so it was not sent as application/json. Fix it, or add a Content-Type header for another format.":
        "Der Body ist kein gültiges JSON (%1 bei Zeichen %2) und wurde daher nicht als application/json gesendet. Korrigieren oder für ein anderes Format einen Content-Type-Header angeben.",
    "<h2>Welcome to Tokenscope</h2>": "<h2>Willkommen bei Tokenscope</h2>",
    "A profile says which provider to sign in to and as which application. Start with one of these, or fill in the form on the left and press Save profile.":
        "Ein Profil sagt, bei welchem Anbieter und als welche Anwendung angemeldet wird. Mit einer dieser Möglichkeiten beginnen oder das Formular links ausfüllen und „Profil speichern“ drücken.",
    "New Auth0 profile": "Neues Auth0-Profil",
    "Import a profile file…": "Profildatei importieren…",
    "“%1” has no session. The signed-in session belongs to “%2”: select it to see its tokens.":
        "„%1“ hat keine Sitzung. Die angemeldete Sitzung gehört zu „%2“: dieses Profil auswählen, um ihre Tokens zu sehen.",
    "There is no profile to sign in with yet: create one (New profile, or New Auth0 profile), import a profile file, or fill in the form and press Save profile.":
        "Es gibt noch kein Profil zum Anmelden: eines anlegen (Neues Profil oder Neues Auth0-Profil), eine Profildatei importieren oder das Formular ausfüllen und „Profil speichern“ drücken.",
    "replaced by a new sign-in": "durch eine neue Anmeldung ersetzt",
    "Signed in with “%1” as %2 — %3, %4 (over every token of the sign-in).": "Mit „%1“ angemeldet als %2 — %3, %4 (über alle Tokens der Anmeldung).",
    "%n skipped": ["%n übersprungen", "%n übersprungen"],
    "Signed in with “%1” as %2 — all %n check(s) passed.": ["Mit „%1“ angemeldet als %2 — die %n Prüfung bestanden.", "Mit „%1“ angemeldet als %2 — alle %n Prüfungen bestanden."],
    "Not sent: %1": "Nicht gesendet: %1",
    "Create or select a profile and sign in first.": "Zuerst ein Profil anlegen oder auswählen und anmelden.",
    "“%1” has no session, so nothing was sent: the signed-in session belongs to “%2”, and its tokens never go to another profile's API. Sign in with “%1” first.":
        "„%1“ hat keine Sitzung, daher wurde nichts gesendet: die angemeldete Sitzung gehört zu „%2“, und ihre Tokens gehen nie an die API eines anderen Profils. Zuerst mit „%1“ anmelden.",
    "“%1” has no session, so nothing was sent: sign in first.": "„%1“ hat keine Sitzung, daher wurde nichts gesendet: zuerst anmelden.",
    "The session has no ID token to send.": "Die Sitzung hat kein ID-Token zum Senden.",
    "The session has no access token to send.": "Die Sitzung hat kein Access Token zum Senden.",
    # App
    "Sign in to an OpenID Connect provider and look inside every token.": "Bei einem OpenID-Connect-Anbieter anmelden und in jedes Token hineinsehen.",
    "Open this profile file (may be repeated; the last one is selected).": "Diese Profildatei öffnen (wiederholbar; die letzte wird ausgewählt).",
    "User interface language (en, de); default: the system's.": "Sprache der Oberfläche (en, de); Standard: die des Systems.",
    "<%n byte(s) of %1>": ["<%n Byte %1>", "<%n Bytes %1>"],
    "cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
    "%1 is too large for a profile": "%1 ist zu groß für ein Profil",
    "%1 is not a usable profile: %2": "%1 ist kein verwendbares Profil: %2",
    "cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "pass": "bestanden", "fail": "fehlgeschlagen", "skip": "übersprungen",
    "%1 s": "%1 s", "%1 min %2 s": "%1 min %2 s", "%1 min": "%1 min", "%1 h %2 min": "%1 h %2 min", "%1 h": "%1 h",
    "%n day(s)": ["%n Tag", "%n Tagen"],
    "now": "jetzt", "in %1": "in %1", "%1 ago": "vor %1", "expired %1 ago": "abgelaufen vor %1", "expires in %1": "läuft ab in %1",
    # TenantPane: TOTP
    "TOTP secret:": "TOTP-Geheimnis:",
    "only for MFA": "nur für MFA",
    "The test user's base32 TOTP secret (RFC 6238), when the provider asks for a one-time code: the sign-ins answer it with the current code. Never saved, never logged, not part of any report.":
        "Das Base32-TOTP-Geheimnis des Testbenutzers (RFC 6238), wenn der Anbieter nach einem Einmalcode fragt: Die Anmeldungen beantworten ihn mit dem aktuellen Code. Nie gespeichert, nie protokolliert, in keinem Bericht.",
    "The TOTP secret is not base32 (letters A-Z and digits 2-7, as the provider showed it when the authenticator was set up).":
        "Das TOTP-Geheimnis ist kein Base32 (Buchstaben A-Z und Ziffern 2-7, wie der Anbieter es beim Einrichten des Authenticators gezeigt hat).",
    # ApiConsole
    "&Send": "&Senden",
    "Send with the current access token as Bearer credential": "Mit dem aktuellen Access Token als Bearer-Berechtigung senden",
    "Accept: application/json\n(the Authorization header is added for you)": "Accept: application/json\n(der Authorization-Header wird automatisch ergänzt)",
    "Request body (JSON), for POST, PUT and PATCH": "Anfrage-Body (JSON), für POST, PUT und PATCH",
    "Headers": "Header", "Body": "Body", "Refresh and retry": "Erneuern und wiederholen", "Sending…": "Wird gesendet …",
    "No request sent yet": "Noch keine Anfrage gesendet", "No answer: %1 (%2 ms)": "Keine Antwort: %1 (%2 ms)",
    "HTTP %1 %2 · %3 ms · %n byte(s)": ["HTTP %1 %2 · %3 ms · %n Byte", "HTTP %1 %2 · %3 ms · %n Bytes"],
    # BrowserPane
    "The provider's login page opens here when you sign in.": "Die Anmeldeseite des Anbieters öffnet sich hier, wenn Sie sich anmelden.",
    "Address of the page shown": "Adresse der angezeigten Seite", "https": "https", "not https": "kein https",
    "Encrypted connection": "Verschlüsselte Verbindung", "This page is not loaded over https": "Diese Seite wird nicht über https geladen",
    # Checks / claims
    "Check": "Prüfung", "Result": "Ergebnis", "Reason": "Begründung", "(absent)": "(fehlt)", "Claim": "Claim",
    "Before refresh": "Vor der Erneuerung", "After refresh": "Nach der Erneuerung",
    "Signature algorithm (RFC 7515)": "Signaturalgorithmus (RFC 7515)",
    "Key ID: which key of the provider's JWKS signed the token": "Schlüssel-ID: welcher Schlüssel aus dem JWKS des Anbieters das Token signiert hat",
    "Media type of the token (JWT, at+jwt for access tokens)": "Medientyp des Tokens (JWT, at+jwt für Access Tokens)",
    "Content type of the payload (nested tokens)": "Inhaltstyp der Payload (verschachtelte Tokens)",
    "URL of a JWK set (never trusted by Tokenscope)": "URL eines JWK-Sets (Tokenscope vertraut ihr nie)",
    "Embedded public key (never trusted by Tokenscope)": "Eingebetteter öffentlicher Schlüssel (Tokenscope vertraut ihm nie)",
    "URL of an X.509 certificate chain": "URL einer X.509-Zertifikatskette", "X.509 certificate chain": "X.509-Zertifikatskette",
    "SHA-1 thumbprint of the X.509 certificate": "SHA-1-Fingerabdruck des X.509-Zertifikats",
    "SHA-256 thumbprint of the X.509 certificate": "SHA-256-Fingerabdruck des X.509-Zertifikats",
    "Header parameters the recipient must understand": "Header-Parameter, die der Empfänger verstehen muss",
    "Issuer: who created and signed the token": "Aussteller: wer das Token erstellt und signiert hat",
    "Subject: the user's stable identifier at the issuer": "Subjekt: die dauerhafte Kennung des Benutzers beim Aussteller",
    "Audience: who the token is meant for (client ID or API identifier)": "Zielgruppe: für wen das Token bestimmt ist (Client-ID oder API-Kennung)",
    "Expiration time: the token must not be accepted after it": "Ablaufzeit: danach darf das Token nicht mehr akzeptiert werden",
    "Not before: the token must not be accepted before it": "Nicht vor: davor darf das Token nicht akzeptiert werden",
    "Issued at: when the token was created": "Ausgestellt: wann das Token erstellt wurde",
    "JWT ID: unique identifier of this token": "JWT-ID: eindeutige Kennung dieses Tokens",
    "Authorized party: the client the token was issued to": "Autorisierte Partei: der Client, für den das Token ausgestellt wurde",
    "Nonce: ties the ID token to the authorization request (replay protection)": "Nonce: bindet das ID Token an die Autorisierungsanfrage (Schutz vor Wiederholung)",
    "When the user actually authenticated": "Wann sich der Benutzer tatsächlich angemeldet hat",
    "Access token hash: binds the access token to this ID token": "Access-Token-Hash: bindet das Access Token an dieses ID Token",
    "Code hash: binds the authorization code to this ID token": "Code-Hash: bindet den Autorisierungscode an dieses ID Token",
    "State hash: binds the state to this ID token": "State-Hash: bindet den State an dieses ID Token",
    "Authentication context class reference": "Referenz der Authentifizierungskontextklasse",
    "Authentication methods used (pwd, mfa, otp, ...)": "Verwendete Authentifizierungsmethoden (pwd, mfa, otp, …)",
    "Session ID at the provider (used for logout)": "Sitzungs-ID beim Anbieter (für die Abmeldung)",
    "Full name": "Vollständiger Name", "Given name": "Vorname", "Family name": "Nachname", "Middle name": "Zweiter Vorname",
    "Casual name": "Rufname", "Preferred username": "Bevorzugter Benutzername", "Profile page URL": "URL der Profilseite",
    "Profile picture URL": "URL des Profilbilds", "Web site URL": "URL der Website", "Email address": "E-Mail-Adresse",
    "Whether the provider verified the email address": "Ob der Anbieter die E-Mail-Adresse bestätigt hat",
    "Gender": "Geschlecht", "Birthday": "Geburtstag", "Time zone": "Zeitzone", "Locale": "Gebietsschema", "Phone number": "Telefonnummer",
    "Whether the provider verified the phone number": "Ob der Anbieter die Telefonnummer bestätigt hat", "Postal address": "Postanschrift",
    "When the user's profile was last updated": "Wann das Profil des Benutzers zuletzt geändert wurde",
    "Granted scopes (access tokens)": "Gewährte Scopes (Access Tokens)", "Granted scopes (array form)": "Gewährte Scopes (als Array)",
    "The client the access token was issued to (RFC 9068)": "Der Client, für den das Access Token ausgestellt wurde (RFC 9068)",
    "Auth0 RBAC permissions": "Auth0-RBAC-Berechtigungen", "Auth0 organization ID": "Auth0-Organisations-ID",
    "Auth0 organization name": "Auth0-Organisationsname", "Auth0 grant type": "Auth0-Grant-Typ", "Roles (custom claim)": "Rollen (eigener Claim)",
    "Custom claim (namespaced)": "Eigener Claim (mit Namensraum)",
    "%n claim(s)": ["%n Claim", "%n Claims"], "{%n member(s)}": ["{%n Eintrag}", "{%n Einträge}"], "[%n item(s)]": ["[%n Element]", "[%n Elemente]"],
    "Header": "Header", "Payload": "Payload", "Value": "Wert", "Meaning": "Bedeutung",
    # HTTP log
    "No HTTP answer: %1\n": "Keine HTTP-Antwort: %1\n", "%1 ms": "%1 ms", "Step": "Schritt", "Method": "Methode", "URL": "URL",
    "Status": "Status", "Time": "Zeit", "Show secrets": "Geheimnisse zeigen",
    "Show client secrets, refresh tokens, code verifiers and Authorization headers as sent. Off by default; never on in screenshots you share.":
        "Client-Secrets, Refresh Tokens, Code Verifier und Authorization-Header so zeigen, wie sie gesendet wurden. Standardmäßig aus; nie in Bildschirmfotos einschalten, die Sie weitergeben.",
    "Copy as curl": "Als curl kopieren", "Clear log": "Protokoll leeren",
    "curl command (with secrets)": "curl-Befehl (mit Geheimnissen)", "curl command (secrets redacted)": "curl-Befehl (Geheimnisse geschwärzt)",
    # MainWindow
    "%1…": "%1 …",
    "The provider redirected to the callback URL; Tokenscope caught it without loading it. The login page is closed.":
        "Der Anbieter hat zur Callback-URL weitergeleitet; Tokenscope hat sie abgefangen, ohne sie zu laden. Die Anmeldeseite ist geschlossen.",
    "The login page was closed: %1": "Die Anmeldeseite wurde geschlossen: %1",
    "The secret was removed from the keychain; it stays in memory for this session.": "Das Secret wurde aus dem Schlüsselbund entfernt; es bleibt für diese Sitzung im Speicher.",
    "Client secret read from the system keychain.": "Client-Secret aus dem Schlüsselbund des Systems gelesen.",
    "Client secret saved in the system keychain.": "Client-Secret im Schlüsselbund des Systems gespeichert.",
    "&Profiles": "&Profile", "New": "Neu", "New profile": "Neues Profil", "Import…": "Importieren …", "Import a profile file": "Eine Profildatei importieren",
    "Export…": "Exportieren …", "Export the profile to a file (never with the secret)": "Das Profil in eine Datei exportieren (nie mit dem Secret)",
    "Delete": "Löschen", "Delete the profile": "Das Profil löschen", "Sign in": "Anmelden", "Save profile": "Profil speichern",
    "Authorize URL:": "Autorisierungs-URL:", "appears when you sign in": "erscheint bei der Anmeldung", "Copy": "Kopieren",
    "Authorize URL copied": "Autorisierungs-URL kopiert", "Sign &in": "&Anmeldung", "&Tokens": "&Tokens", "&User": "&Benutzer",
    "&API console": "API-&Konsole", "HTTP &log": "HTTP-&Protokoll", "Flow timeline": "Ablauf", "Cancel": "Abbrechen", "Copied: %1": "Kopiert: %1",
    "&New profile": "&Neues Profil", "&Import profile…": "Profil &importieren …", "&Export profile…": "Profil &exportieren …",
    "&Save profile": "Profil &speichern", "&Delete profile": "Profil &löschen", "&Quit": "&Beenden", "&Sign in": "&Anmelden",
    "&Refresh tokens": "Tokens &erneuern", "Call &API": "&API aufrufen", "&Log out": "Ab&melden", "&Cancel": "Abbre&chen",
    "Clear &browser session": "&Browsersitzung löschen", "&Copy token": "Token &kopieren", "&Profile": "&Profil", "&Session": "&Sitzung",
    "&Token": "&Token", "&Help": "&Hilfe", "&About Tokenscope": "&Über Tokenscope", "About Tokenscope": "Über Tokenscope",
    "<b>Tokenscope %1</b><br/>Sign in to an OpenID Connect provider and look inside every token.":
        "<b>Tokenscope %1</b><br/>Bei einem OpenID-Connect-Anbieter anmelden und in jedes Token hineinsehen.",
    "Session": "Sitzung", "%1 — Tokenscope": "%1 — Tokenscope", "Could not save the profile: %1": "Das Profil konnte nicht gespeichert werden: %1",
    "Profile saved to %1": "Profil gespeichert in %1", "Could not create the profile: %1": "Das Profil konnte nicht angelegt werden: %1",
    "Import a profile": "Ein Profil importieren", "Tokenscope profiles (*.json);;All files (*)": "Tokenscope-Profile (*.json);;Alle Dateien (*)",
    "Could not import: %1": "Import fehlgeschlagen: %1", "Export the profile": "Das Profil exportieren", "Tokenscope profiles (*.json)": "Tokenscope-Profile (*.json)",
    "Could not export: %1": "Export fehlgeschlagen: %1", "Exported to %1 (without the client secret)": "Exportiert nach %1 (ohne Client-Secret)",
    "Delete profile": "Profil löschen", 'Delete the profile "%1"?': "Das Profil „%1“ löschen?",
    "The profile cannot be used yet: %1": "Das Profil ist noch nicht verwendbar: %1",
    'The callback URL uses the scheme "%1", which the web engine only learns at startup: save the profile and restart Tokenscope.':
        "Die Callback-URL verwendet das Schema „%1“, das die Web-Engine nur beim Start kennenlernt: Profil speichern und Tokenscope neu starten.",
    "Signing in…": "Anmeldung läuft …", "Signed in.": "Angemeldet.", "The sign-in did not complete.": "Die Anmeldung wurde nicht abgeschlossen.",
    "Signed in as %1 — all %n check(s) passed.": ["Angemeldet als %1 — die %n Prüfung wurde bestanden.", "Angemeldet als %1 — alle %n Prüfungen wurden bestanden."],
    "Validation failed — %n check(s) failed. %1": ["Validierung fehlgeschlagen — %n Prüfung ist fehlgeschlagen. %1", "Validierung fehlgeschlagen — %n Prüfungen sind fehlgeschlagen. %1"],
    "Sign-in failed — %1": "Anmeldung fehlgeschlagen — %1", "Tokens refreshed (%1).": "Tokens erneuert (%1).",
    "Refresh failed — %1": "Erneuerung fehlgeschlagen — %1", "Signed out.": "Abgemeldet.", "Logout failed — %1": "Abmeldung fehlgeschlagen — %1",
    "Refreshing…": "Wird erneuert …", "Revoking…": "Wird widerrufen …", "Re&voke refresh token": "Refresh Token &widerrufen",
    "Refresh token revoked — %1": "Refresh Token widerrufen — %1", "Revocation failed — %1": "Widerruf fehlgeschlagen — %1",
    "Revoke refresh token": "Refresh Token widerrufen", "Enter the API URL first": "Bitte zuerst die API-URL eingeben", "Calling the API…": "API wird aufgerufen …",
    "Logging out…": "Abmeldung läuft …",
    "Browser session cleared: the next sign-in starts without cookies.": "Browsersitzung gelöscht: die nächste Anmeldung beginnt ohne Cookies.",
    "Browser session cleared": "Browsersitzung gelöscht",
    "not part of the sign-in: refresh when you want to (F5)": "nicht Teil der Anmeldung: erneuern, wann Sie wollen (F5)",
    "Te&nant": "Te&nant", "Export sign-in &report…": "&Anmeldebericht exportieren …", "Export &tenant report…": "&Tenant-Bericht exportieren …",
    "The embedded browser could not be loaded, so only profiles that use the system browser can sign in: %1":
        "Der eingebettete Browser konnte nicht geladen werden, daher können sich nur Profile mit Systembrowser anmelden: %1",
    "Nothing to export yet: sign in first.": "Noch nichts zu exportieren: zuerst anmelden.",
    "Nothing to export yet: sign in first": "Noch nichts zu exportieren: zuerst anmelden",
    "Export the sign-in report": "Den Anmeldebericht exportieren", "Report written to %1": "Bericht gespeichert in %1",
    "Could not export the report: %1": "Der Bericht konnte nicht exportiert werden: %1",
    # ProfileEditor
    "Generic OpenID Connect provider": "OpenID Connect (allgemein)", "Auth0 tenant": "Auth0-Tenant", "Provider": "Anbieter",
    "Name": "Name", "My tenant (staging)": "Mein Tenant (Staging)", "Issuer": "Aussteller (Issuer)", "Client ID": "Client-ID",
    "optional; kept in memory unless remembered": "optional; nur im Speicher, sofern nicht gemerkt", "Show": "Zeigen",
    "Show the client secret": "Das Client-Secret zeigen", "Client secret": "Client-Secret",
    "Remember in the system keychain": "Im System-Schlüsselbund merken",
    "Automatic (basic with a secret, none without)": "Automatisch (basic mit Secret, none ohne)", "Token endpoint auth": "Token-Endpunkt-Auth",
    "Callback URL": "Callback-URL", "Response type": "Response Type", "Default for the response type": "Standard für den Response Type",
    "Refresh scope": "Refresh-Scope", "as granted (or narrower)": "wie gewährt (oder enger)",
    "<p>Optional: a narrower scope to ask for at each refresh (RFC 6749 section 6), such as <tt>openid offline_access</tt>. Check <tt>refresh.scope</tt> then shows what the provider granted.</p>":
        "<p>Optional: ein engerer Scope, der bei jeder Erneuerung angefragt wird (RFC 6749 Abschnitt 6), etwa <tt>openid offline_access</tt>. Die Prüfung <tt>refresh.scope</tt> zeigt dann, was der Anbieter gewährt hat.</p>",
    "Response mode": "Response Mode", "Scope": "Scope", "Audience": "Audience", "Connection": "Connection", "Organization": "Organisation",
    "Use PKCE (S256)": "PKCE verwenden (S256)", "one name=value per line, e.g. prompt=login": "ein Name=Wert pro Zeile, z. B. prompt=login",
    "Extra parameters": "Zusätzliche Parameter", "API URL": "API-URL", "After-logout URL": "URL nach der Abmeldung",
    "Any the provider allows": "Jeder, den der Anbieter erlaubt", "ID token algorithm": "ID-Token-Algorithmus",
    "Keep sign-in cookies between runs": "Anmelde-Cookies behalten",
    "Off: every profile's browser session is off the record and forgotten when Tokenscope closes.":
        "Aus: die Browsersitzung jedes Profils ist privat und wird beim Beenden von Tokenscope vergessen.",
    "Auth0 domain": "Auth0-Domain",
    '"responseType": the provider does not advertise "%1" (it supports: %2)': "„responseType“: der Anbieter bietet „%1“ nicht an (er unterstützt: %2)",
    '"responseMode": the provider does not advertise "%1"': "„responseMode“: der Anbieter bietet „%1“ nicht an",
    "Discovery: %1": "Discovery: %1",
    "No system keychain is available%1: the client secret is kept in memory for this session only.":
        "Kein Schlüsselbund verfügbar%1: das Client-Secret bleibt nur für diese Sitzung im Speicher.",
    "Browser": "Browser", "Embedded (inside Tokenscope)": "Eingebettet (in Tokenscope)",
    "System browser (loopback redirect)": "Systembrowser (Loopback)",
    "<p><b>Embedded</b>: the provider's login page opens inside Tokenscope; any callback URL works.</p>"
    "<p><b>System browser</b>: the login page opens in your default browser. Use it for providers that refuse embedded browsers "
    "(Google, some company sign-ins), or when the login needs your passkeys, password manager or existing browser session. "
    "The provider redirects back to Tokenscope on http://127.0.0.1 at a port picked for every sign-in: register "
    "http://127.0.0.1/callback at the provider (a native app's loopback redirect, RFC 8252) and use it as the callback URL.</p>"
    "<p>Response modes: query and fragment work (the page the browser shows at the end passes a fragment on with a small "
    "script); form_post does not.</p>":
        "<p><b>Eingebettet</b>: die Anmeldeseite des Anbieters öffnet sich in Tokenscope; jede Callback-URL funktioniert.</p>"
        "<p><b>Systembrowser</b>: die Anmeldeseite öffnet sich in Ihrem Standardbrowser. Für Anbieter, die eingebettete Browser "
        "ablehnen (Google, manche Firmenanmeldungen), oder wenn die Anmeldung Ihre Passkeys, Ihren Passwortmanager oder eine "
        "bestehende Browsersitzung braucht. Der Anbieter leitet zu Tokenscope auf http://127.0.0.1 zurück, an einen für jede "
        "Anmeldung gewählten Port: http://127.0.0.1/callback beim Anbieter registrieren (Loopback-Weiterleitung einer nativen "
        "App, RFC 8252) und als Callback-URL verwenden.</p>"
        "<p>Response Modes: query und fragment funktionieren (die Seite, die der Browser am Ende zeigt, reicht ein Fragment mit "
        "einem kleinen Skript weiter); form_post nicht.</p>",
    "no such profile": "kein solches Profil", "cannot create the folder %1": "der Ordner %1 kann nicht angelegt werden", "cannot delete %1": "%1 kann nicht gelöscht werden",
    # ReportExport
    "Choose a file name that ends in .json (JSON report) or .html (HTML page).":
        "Einen Dateinamen wählen, der auf .json (JSON-Bericht) oder .html (HTML-Seite) endet.",
    "JSON report (*.json)": "JSON-Bericht (*.json)", "HTML page (*.html *.htm)": "HTML-Seite (*.html *.htm)",
    # Status (levels)
    "error": "Fehler", "warning": "Warnung", "info": "Info", "skipped": "übersprungen",
    # SystemBrowserPane
    "Signing in with your system browser": "Anmeldung über Ihren Systembrowser", "Open the browser again": "Browser erneut öffnen",
    "Hands the same authorize URL to the browser again (if you closed its tab)":
        "Übergibt dieselbe Autorisierungs-URL erneut an den Browser (falls Sie seinen Tab geschlossen haben)",
    "Stop waiting: Tokenscope stops listening and the port is closed": "Warten beenden: Tokenscope lauscht nicht mehr, der Port wird geschlossen",
    "Waiting for the browser… (listening on %1)": "Warten auf den Browser … (lauscht auf %1)",
    "Stopped listening: the port is closed.": "Lauschen beendet: der Port ist geschlossen.",
    "The logout page was opened in your browser. Tokenscope cannot see how it ends there.":
        "Die Abmeldeseite wurde in Ihrem Browser geöffnet. Wie es dort endet, kann Tokenscope nicht sehen.",
    "The browser came back to Tokenscope; you can close its tab.": "Der Browser ist zu Tokenscope zurückgekehrt; Sie können seinen Tab schließen.",
    "Stopped: %1": "Beendet: %1",
    "Response mode fragment: a browser never sends the fragment to a server, so the page it shows at the end passes the answer on to Tokenscope with a small script (JavaScript must be allowed for 127.0.0.1).":
        "Response Mode fragment: ein Browser sendet das Fragment nie an einen Server, daher reicht die Seite, die er am Ende zeigt, die Antwort mit einem kleinen Skript an Tokenscope weiter (JavaScript muss für 127.0.0.1 erlaubt sein).",
    "Response mode form_post cannot be used with the system browser: the loopback listener never sees a posted form. Choose query or fragment, or the embedded browser.":
        "Response Mode form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nie ein gesendetes Formular. query oder fragment wählen oder den eingebetteten Browser.",
    "Response mode query: the answer arrives in the address the browser is sent back to.":
        "Response Mode query: die Antwort steht in der Adresse, zu der der Browser zurückgeschickt wird.",
    "The provider's login page opens in your default browser. When you are done there, the provider sends the browser back to Tokenscope at http://127.0.0.1 on a port picked for this sign-in; Tokenscope listens only until then, until you cancel, or until it times out.":
        "Die Anmeldeseite des Anbieters öffnet sich in Ihrem Standardbrowser. Sind Sie dort fertig, schickt der Anbieter den Browser zu Tokenscope zurück, an http://127.0.0.1 auf einem für diese Anmeldung gewählten Port; Tokenscope lauscht nur bis dahin, bis Sie abbrechen oder bis die Wartezeit abläuft.",
    "Press Sign in: the authorize URL above opens in your browser.": "„Anmelden“ drücken: die Autorisierungs-URL oben öffnet sich in Ihrem Browser.",
    # SystemBrowserUserAgent (lib/browser; shown in the window)
    "%n minute(s)": ["%n Minute", "%n Minuten"], "%n second(s)": ["%n Sekunde", "%n Sekunden"],
    "nothing arrived at %1 within %2: the sign-in was not finished in the browser, or the provider redirected somewhere else. Tokenscope stopped listening; sign in again when ready":
        "an %1 kam innerhalb von %2 nichts an: die Anmeldung wurde im Browser nicht abgeschlossen, oder der Anbieter hat woandershin weitergeleitet. Tokenscope lauscht nicht mehr; melden Sie sich erneut an, wenn Sie bereit sind",
    "Tokenscope has received the provider's answer. You can close this tab and return to Tokenscope.":
        "Tokenscope hat die Antwort des Anbieters erhalten. Sie können diesen Tab schließen und zu Tokenscope zurückkehren.",
    "Passing the provider's answer on to Tokenscope…": "Die Antwort des Anbieters wird an Tokenscope weitergereicht …",
    "the redirect URI \"%1\" cannot be used with the system browser: Tokenscope listens for the callback on a loopback URL such as http://127.0.0.1/callback (RFC 8252 7.3; the port is picked at sign-in). Register that at the provider and put it into the profile, or use the embedded browser":
        "die Redirect-URI „%1“ geht nicht mit dem Systembrowser: Tokenscope lauscht auf den Callback unter einer Loopback-URL wie http://127.0.0.1/callback (RFC 8252 7.3; der Port wird bei der Anmeldung gewählt). Diese beim Anbieter registrieren und ins Profil eintragen, oder den eingebetteten Browser verwenden",
    "could not listen on %1 port %2 for the callback: the port is in use. Close what uses it, or leave the port out of the redirect URI so Tokenscope picks a free one":
        "konnte auf %1 Port %2 nicht auf den Callback lauschen: der Port ist belegt. Beenden Sie, was ihn nutzt, oder lassen Sie den Port in der Redirect-URI weg, damit Tokenscope einen freien wählt",
    "could not listen on %1 for the callback": "konnte auf %1 nicht auf den Callback lauschen",
    "response mode form_post cannot be used with the system browser: the loopback listener only sees the URL the browser requests, never a posted form. Use query or fragment, or the embedded browser":
        "Response Mode form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nur die URL, die der Browser anfragt, nie ein gesendetes Formular. query oder fragment verwenden oder den eingebetteten Browser",
    "response mode \"%1\" cannot be used with the system browser; use query or fragment":
        "Response Mode „%1“ geht nicht mit dem Systembrowser; query oder fragment verwenden",
    "the redirect URI %1 in the authorize request is not the one Tokenscope listens on (%2)":
        "die Redirect-URI %1 in der Autorisierungsanfrage ist nicht die, auf der Tokenscope lauscht (%2)",
    "could not open the system browser (is a default browser set?). Copy the authorize URL into a browser yourself, or use the embedded browser":
        "der Systembrowser konnte nicht geöffnet werden (ist ein Standardbrowser eingestellt?). Kopieren Sie die Autorisierungs-URL selbst in einen Browser, oder verwenden Sie den eingebetteten Browser",
    "the post-logout redirect URI %1 is not the one Tokenscope listens on":
        "die Post-Logout-Redirect-URI %1 ist nicht die, auf der Tokenscope lauscht",
    "could not open the system browser for the logout page (is a default browser set?)":
        "der Systembrowser konnte für die Abmeldeseite nicht geöffnet werden (ist ein Standardbrowser eingestellt?)",
    # TenantPane
    "Test &user:": "Testben&utzer:", "username of a test account": "Benutzername eines Testkontos",
    "The probes sign in with this test user, many times; use an account made for testing.":
        "Die Tests melden sich mehrfach mit diesem Testbenutzer an; ein eigens zum Testen angelegtes Konto verwenden.",
    "Pass&word:": "Pass&wort:", "never saved": "wird nie gespeichert",
    "Used for this run's sign-ins only: never saved, never logged, not part of any report.":
        "Nur für die Anmeldungen dieses Durchlaufs: nie gespeichert, nie protokolliert, in keinem Bericht enthalten.",
    "Probes:": "Tests:", "Flow &matrix": "Ablauf&matrix",
    "Every response type and mode the provider offers (one sign-in each).":
        "Jeder Response Type und Response Mode, den der Anbieter anbietet (je eine Anmeldung).",
    "S&essions": "Sit&zungen", "prompt=none, max_age=0, logout and what comes after it.": "prompt=none, max_age=0, Abmeldung und was danach kommt.",
    "Refresh, rotation, the claims a refresh keeps, reuse detection.":
        "Erneuerung, Rotation, die Claims, die eine Erneuerung behält, Erkennung der Wiederverwendung.",
    "Compare &with:": "&Vergleichen mit:",
    "Also sign in with another profile (e.g. production) and compare metadata and token claims.":
        "Zusätzlich mit einem anderen Profil (z. B. Produktion) anmelden und Metadaten und Token-Claims vergleichen.",
    "&Lint configuration": "Konfiguration prü&fen",
    "Fetch the discovery document and the JWKS and check them against the profile (no sign-in).":
        "Discovery-Dokument und JWKS abrufen und mit dem Profil abgleichen (ohne Anmeldung).",
    "Run &probes": "Tests ausfüh&ren",
    "Lint, sign in with the test user, then run the chosen probes.":
        "Konfiguration prüfen, mit dem Testbenutzer anmelden, dann die gewählten Tests ausführen.",
    "E&xport report…": "Bericht e&xportieren …",
    "Save what this tab shows as a JSON report or an HTML page (secrets redacted).":
        "Den Inhalt dieses Tabs als JSON-Bericht oder HTML-Seite speichern (Geheimnisse geschwärzt).",
    "Configuration lint": "Konfigurationsprüfung", "Flow matrix": "Ablaufmatrix", "Sessions and refresh tokens": "Sitzungen, Refresh Tokens",
    "Select a finding, a cell or a probe to read its full reason here.":
        "Einen Befund, eine Zelle oder einen Test auswählen, um hier die vollständige Begründung zu lesen.",
    'Profile "%1" (no issuer yet)': "Profil „%1“ (noch kein Aussteller)",
    'Profile "%1" · tenant %2 · client %3': "Profil „%1“ · Tenant %2 · Client %3",
    "No profile: create or import one on the left.": "Kein Profil: links eines anlegen oder importieren.",
    "(no second tenant)": "(kein zweiter Tenant)",
    "Configuration lint — errors: %1 · warnings: %2 · info: %3": "Konfigurationsprüfung — Fehler: %1 · Warnungen: %2 · Info: %3",
    "passed: %1 · failed: %2 · skipped: %3": "%1 OK · %2 Fehler · %3 übersprungen",
    "Flow matrix — %1": "Ablaufmatrix — %1", "Sessions and refresh tokens — %1": "Sitzungen, Refresh Tokens — %1",
    "There is no profile: create or import one on the left first.": "Es gibt kein Profil: zuerst links eines anlegen oder importieren.",
    "The profile has no issuer (or Auth0 domain) yet: enter it on the left, then lint.":
        "Das Profil hat noch keinen Aussteller (bzw. keine Auth0-Domain): links eintragen, dann prüfen.",
    "Linting the configuration of %1…": "Konfiguration von %1 wird geprüft …", "Lint cancelled.": "Konfigurationsprüfung abgebrochen.",
    "The discovery document of %1 could not be read: %2": "Das Discovery-Dokument von %1 konnte nicht gelesen werden: %2",
    "The lint found %n error(s) in the configuration of %1: see the red rows.":
        ["Die Prüfung hat %n Fehler in der Konfiguration von %1 gefunden: siehe die rote Zeile.",
         "Die Prüfung hat %n Fehler in der Konfiguration von %1 gefunden: siehe die roten Zeilen."],
    "No errors in the configuration of %1 (warnings: %2).": "Keine Fehler in der Konfiguration von %1 (Warnungen: %2).",
    "Enter the test user's username and password: the probes sign in with them.":
        "Benutzername und Passwort des Testbenutzers eingeben: die Tests melden sich damit an.",
    "it no longer exists": "es existiert nicht mehr",
    'The profile to compare with, "%1", cannot be used: %2': "Das Vergleichsprofil „%1“ ist nicht verwendbar: %2",
    "The probes need the embedded browser, which could not be loaded: %1":
        "Die Tests brauchen den eingebetteten Browser, der nicht geladen werden konnte: %1",
    'A callback URL uses the scheme "%1", which the web engine only learns at startup: save the profile and restart Tokenscope.':
        "Eine Callback-URL verwendet das Schema „%1“, das die Web-Engine nur beim Start kennenlernt: Profil speichern und Tokenscope neu starten.",
    "Running: %1…": "Läuft: %1 …", "Starting…": "Wird gestartet …", "Cancelling…": "Wird abgebrochen …",
    "Probes cancelled: the results so far are shown and can be exported.":
        "Tests abgebrochen: die bisherigen Ergebnisse werden angezeigt und können exportiert werden.",
    "The sign-in with the test user failed, so the probes could not run — %1":
        "Die Anmeldung mit dem Testbenutzer ist fehlgeschlagen, daher konnten die Tests nicht laufen — %1",
    "no answer from the provider": "keine Antwort vom Anbieter",
    "Everything passed: the sign-in, the lint and every probe (%1 results).":
        "Alles bestanden: die Anmeldung, die Konfigurationsprüfung und jeder Test (Ergebnisse: %1).",
    "the sign-in failed — %1": "die Anmeldung ist fehlgeschlagen — %1", "lint errors: %1": "Fehler in der Konfiguration: %1",
    "failed probes: %1": "fehlgeschlagene Tests: %1", "failed at level warning: %1": "fehlgeschlagen mit Stufe Warnung: %1",
    "Problems found: %1. The tables say what and why.": "Probleme gefunden: %1. Die Tabellen zeigen, was und warum.",
    "Nothing to export yet: lint the configuration or run the probes first.":
        "Noch nichts zu exportieren: zuerst die Konfiguration prüfen oder die Tests ausführen.",
    "Export the tenant report": "Den Tenant-Bericht exportieren",
    # Tenant models (FindingsModel, ProbeResultsModel, FlowMatrixModel)
    "Level": "Stufe", "Finding": "Befund", "What was found, and what to change": "Was gefunden wurde und was zu ändern ist",
    "%1 (%2)": "%1 (%2)", "Probe": "Test",
    "worked": "gelungen", "worked (must be refused)": "gelungen (muss abgelehnt werden)", "refused": "abgelehnt",
    "failed": "Fehler", "failed: %1": "Fehler: %1",
    'Response types that return tokens from the authorization endpoint must be refused in the query: "refused" there is a pass.':
        "Response Types, die Tokens vom Autorisierungsendpunkt zurückgeben, müssen bei query abgelehnt werden: „abgelehnt“ ist dort bestanden.",
    # WebEngineLoader
    "%1: not found": "%1: nicht gefunden", "%1: %2": "%1: %2",
    "not a Tokenscope web-engine plugin of this version": "kein Web-Engine-Plugin dieser Tokenscope-Version",
    # Timeline
    "Discovery": "Discovery", "Authorize (login page)": "Autorisierung (Anmeldeseite)", "Callback and validation": "Callback und Validierung",
    "Code exchange": "Code-Austausch", "Userinfo": "Userinfo", "API call": "API-Aufruf", "Refresh": "Erneuerung", "Logout": "Abmeldung",
    "Add the callback URL to the application's Allowed Callback URLs, or fix the profile's callback URL.":
        "Die Callback-URL zu den „Allowed Callback URLs“ der Anwendung hinzufügen oder die Callback-URL des Profils korrigieren.",
    "Check the client ID, the client secret and the token endpoint authentication method.":
        "Client-ID, Client-Secret und die Authentifizierungsmethode am Token-Endpunkt prüfen.",
    "Allow this grant / response type for the application at the provider, or change the profile's response type.":
        "Diesen Grant- bzw. Response-Type für die Anwendung beim Anbieter erlauben oder den Response Type des Profils ändern.",
    "Set the profile's expected algorithm to what the application is configured with at the provider (or the other way round).":
        "Den erwarteten Algorithmus des Profils auf den beim Anbieter für die Anwendung eingestellten setzen (oder umgekehrt).",
    "Check the issuer or domain: it must be exactly the provider's issuer.": "Aussteller bzw. Domain prüfen: er muss genau dem Issuer des Anbieters entsprechen.",
    "Check the username and password.": "Benutzername und Passwort prüfen.",
    "The ID token does not belong to this sign-in: sign in again, and check for proxies that replay responses.":
        "Das ID Token gehört nicht zu dieser Anmeldung: erneut anmelden und auf Proxys prüfen, die Antworten wiederholen.",
    "Check the computer's clock, or raise the allowed clock skew.": "Die Uhr des Computers prüfen oder die erlaubte Zeitabweichung erhöhen.",
    "The token was not signed with a key of the provider's JWKS: check the issuer, the algorithm and the client secret (HS256).":
        "Das Token wurde nicht mit einem Schlüssel aus dem JWKS des Anbieters signiert: Aussteller, Algorithmus und Client-Secret (HS256) prüfen.",
    "Check the profile's audience and client ID against the API and application at the provider.":
        "Audience und Client-ID des Profils mit API und Anwendung beim Anbieter vergleichen.",
    "Sign in again when you are ready.": "Erneut anmelden, wenn Sie so weit sind.",
    "Ask for offline_access in the scope and allow offline access for the API at the provider.":
        "offline_access im Scope anfordern und Offline-Zugriff für die API beim Anbieter erlauben.",
    "The API refused the access token: check the audience, the scopes and the token's expiry.":
        "Die API hat das Access Token abgelehnt: Audience, Scopes und Ablaufzeit des Tokens prüfen.",
    "Do not use this response: it names another issuer. Check the profile's issuer, and that only one provider redirects to this callback URL.":
        "Diese Antwort nicht verwenden: sie nennt einen anderen Aussteller. Den Aussteller des Profils prüfen und ob nur ein Anbieter auf diese Callback-URL weiterleitet.",
    "The provider sent an unsigned token, which must never be accepted: have the application's ID tokens signed (RS256) at the provider.":
        "Der Anbieter hat ein unsigniertes Token gesendet, das nie akzeptiert werden darf: die ID Tokens der Anwendung beim Anbieter signieren lassen (RS256).",
    "The provider's key set (jwks_uri) cannot be used, so no signature can be verified: open it from the HTTP log and check that it is a JSON Web Key Set.":
        "Der Schlüsselsatz des Anbieters (jwks_uri) ist unbrauchbar, daher lässt sich keine Signatur prüfen: ihn aus dem HTTP-Protokoll öffnen und prüfen, ob er ein JSON Web Key Set ist.",
    "The provider refused the code or refresh token: it was used already, has expired or belongs to another client. Sign in again.":
        "Der Anbieter hat den Code bzw. das Refresh Token abgelehnt: bereits verwendet, abgelaufen oder für einen anderen Client ausgestellt. Erneut anmelden.",
    "The server did not answer in time: check that it is up and reachable (proxy, firewall), then try again.":
        "Der Server hat nicht rechtzeitig geantwortet: prüfen, ob er läuft und erreichbar ist (Proxy, Firewall), dann erneut versuchen.",
    "The answer was larger than Tokenscope accepts: check the endpoint URL (it may point at a download or at a misbehaving proxy).":
        "Die Antwort war größer, als Tokenscope annimmt: die URL des Endpunkts prüfen (sie zeigt vielleicht auf einen Download oder einen fehlerhaften Proxy).",
    "The secure connection failed: if the provider uses a private CA, add its certificate to the profile's trusted CAs; never ignore the error.":
        "Die sichere Verbindung ist fehlgeschlagen: nutzt der Anbieter eine private CA, deren Zertifikat zu den vertrauenswürdigen CAs des Profils hinzufügen; den Fehler nie ignorieren.",
    "The server could not be reached: check the URL and that the server is running.":
        "Der Server war nicht erreichbar: die URL prüfen und ob der Server läuft.",
    "The provider failed with a server error: the response is in the HTTP log; look at the provider's logs.":
        "Beim Anbieter ist ein Serverfehler aufgetreten: die Antwort steht im HTTP-Protokoll; die Logs des Anbieters ansehen.",
    "The HTTP log shows the exchange of this step, and the token panel every check with its reason.":
        "Das HTTP-Protokoll zeigt den Austausch dieses Schritts, der Tab „Tokens“ jede Prüfung mit ihrer Begründung.",
    "running": "läuft", "Details": "Details", "What to do": "Was tun",
    # TokenPanel
    "&Token:": "&Token:", "Copy token": "Token kopieren", "Copy claim": "Claim kopieren",
    "No tokens yet: sign in to see them here.": "Noch keine Tokens: nach der Anmeldung erscheinen sie hier.",
    "Changed by the last refresh": "Durch die letzte Erneuerung geändert", "claim %1": "Claim %1", "ID token": "ID Token",
    "Access token": "Access Token", "Refresh token": "Refresh Token", "authorization response": "Autorisierungsantwort",
    "token endpoint": "Token-Endpunkt", "refresh": "Erneuerung", "%1 — %2": "%1 — %2",
    "ID token claims changed by the last refresh": "Durch die letzte Erneuerung geänderte Claims des ID Tokens",
    "Access token claims changed by the last refresh": "Durch die letzte Erneuerung geänderte Claims des Access Tokens",
    "<i>Refresh token, %n character(s), hidden: a refresh token is a long-lived secret. Copy token copies it.</i>":
        ["<i>Refresh Token, %n Zeichen, verborgen: ein Refresh Token ist ein langlebiges Geheimnis. „Token kopieren“ kopiert es.</i>",
         "<i>Refresh Token, %n Zeichen, verborgen: ein Refresh Token ist ein langlebiges Geheimnis. „Token kopieren“ kopiert es.</i>"],
    "<i>Opaque token (%n character(s)): only the provider can read it.</i><br/>":
        ["<i>Opakes Token (%n Zeichen): nur der Anbieter kann es lesen.</i><br/>", "<i>Opakes Token (%n Zeichen): nur der Anbieter kann es lesen.</i><br/>"],
    "Refresh tokens are opaque to the client: nothing to check.": "Refresh Tokens sind für den Client undurchsichtig: nichts zu prüfen.",
    "No checks for this token.": "Keine Prüfungen für dieses Token.",
    "Checks: %1 passed, %2 failed, %3 skipped": "Prüfungen: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen",
    # UserCard
    "Nobody signed in": "Niemand angemeldet", "(no name claim)": "(kein name-Claim)", "%1 (verified)": "%1 (bestätigt)",
    "%1 (not verified)": "%1 (nicht bestätigt)", "Subject: %1": "Subjekt: %1", "From the ID token": "Aus dem ID Token",
    "From the userinfo endpoint": "Vom Userinfo-Endpunkt",
}

# Context-specific overrides (same English word, different German).
DE_CONTEXT = {
    ("tokenscope::ui::TimelineModel", "Result"): "Ergebnis",
    ("tokenscope::ui::FlowMatrixModel", "skipped"): "entfällt",  # a narrow matrix cell; "übersprungen" is cut off
}


def english_plural(source):
    """'%n check(s)' -> ['%n check', '%n checks'] (and the same for every '(s)' in the text)."""
    import re
    one = re.sub(r"(\w+)\(s\)", r"\1", source)
    many = re.sub(r"(\w+)\(s\)", r"\1s", source)
    return [one, many]


def fill(path, table, plural_only_english=False):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().findall("context"):
        cname = ctx.find("name").text
        for msg in ctx.findall("message"):
            src = msg.find("source").text
            tr = msg.find("translation")
            if plural_only_english:
                if msg.get("numerus") != "yes":
                    ctx.remove(msg)  # English needs only the plural forms; lupdate adds every string
                    continue
                value = english_plural(src)
            else:
                value = DE_CONTEXT.get((cname, src), table.get(src))
            if value is None:
                missing.append(f"{cname}: {src!r}")
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                tr.text = "\n"
                for f in forms:
                    n = ET.SubElement(tr, "numerusform")
                    n.text = f
                    n.tail = "\n"
            else:
                tr.text = value if isinstance(value, str) else value[-1]
        if plural_only_english and ctx.find("message") is None:
            tree.getroot().remove(ctx)
    ET.indent(tree, "    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


here = Path(__file__).resolve().parent
missing = fill(here / "tokenscope_de.ts", {**DE_ENGINE, **DE})
fill(here / "tokenscope_en.ts", {}, plural_only_english=True)
for m in missing:
    print("untranslated:", m, file=sys.stderr)
sys.exit(1 if missing else 0)
