<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>App</name>
        <message>
            <source>Sign in to an OpenID Connect provider and look inside every token.</source>
            <translation>Bei einem OpenID-Connect-Anbieter anmelden und in jedes Token hineinsehen.</translation>
        </message>
        <message>
            <source>Open with this profile file selected.</source>
            <translation>Mit dieser Profildatei ausgewählt öffnen.</translation>
        </message>
        <message>
            <source>User interface language (en, de); default: the system's.</source>
            <translation>Sprache der Oberfläche (en, de); Standard: die des Systems.</translation>
        </message>
    </context>
    <context>
        <name>HttpLogModel</name>
        <message numerus="yes">
            <source>&lt;%n byte(s) of %1&gt;</source>
            <translation>
                <numerusform>&lt;%n Byte %1&gt;</numerusform>
                <numerusform>&lt;%n Bytes %1&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProfileStore</name>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 is too large for a profile</source>
            <translation>%1 ist zu groß für ein Profil</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>pass</source>
            <translation>bestanden</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>übersprungen</translation>
        </message>
    </context>
    <context>
        <name>TimeFormat</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <source>%1 ago</source>
            <translation>vor %1</translation>
        </message>
        <message>
            <source>expired %1 ago</source>
            <translation>abgelaufen vor %1</translation>
        </message>
        <message>
            <source>expires in %1</source>
            <translation>läuft ab in %1</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ApiConsole</name>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>Send with the current access token as Bearer credential</source>
            <translation>Mit dem aktuellen Access Token als Bearer-Berechtigung senden</translation>
        </message>
        <message>
            <source>Accept: application/json
(the Authorization header is added for you)</source>
            <translation>Accept: application/json
(der Authorization-Header wird automatisch ergänzt)</translation>
        </message>
        <message>
            <source>Request body (JSON), for POST, PUT and PATCH</source>
            <translation>Anfrage-Body (JSON), für POST, PUT und PATCH</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Body</translation>
        </message>
        <message>
            <source>Refresh and retry</source>
            <translation>Erneuern und wiederholen</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet …</translation>
        </message>
        <message>
            <source>No request sent yet</source>
            <translation>Noch keine Anfrage gesendet</translation>
        </message>
        <message>
            <source>No answer: %1 (%2 ms)</source>
            <translation>Keine Antwort: %1 (%2 ms)</translation>
        </message>
        <message numerus="yes">
            <source>HTTP %1 %2 · %3 ms · %n byte(s)</source>
            <translation>
                <numerusform>HTTP %1 %2 · %3 ms · %n Byte</numerusform>
                <numerusform>HTTP %1 %2 · %3 ms · %n Bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::BrowserPane</name>
        <message>
            <source>The provider's login page opens here when you sign in.</source>
            <translation>Die Anmeldeseite des Anbieters öffnet sich hier, wenn Sie sich anmelden.</translation>
        </message>
        <message>
            <source>Address of the page shown</source>
            <translation>Adresse der angezeigten Seite</translation>
        </message>
        <message>
            <source>https</source>
            <translation>https</translation>
        </message>
        <message>
            <source>not https</source>
            <translation>kein https</translation>
        </message>
        <message>
            <source>Encrypted connection</source>
            <translation>Verschlüsselte Verbindung</translation>
        </message>
        <message>
            <source>This page is not loaded over https</source>
            <translation>Diese Seite wird nicht über https geladen</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ChecksModel</name>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ClaimDiffModel</name>
        <message>
            <source>(absent)</source>
            <translation>(fehlt)</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Before refresh</source>
            <translation>Vor der Erneuerung</translation>
        </message>
        <message>
            <source>After refresh</source>
            <translation>Nach der Erneuerung</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ClaimsModel</name>
        <message>
            <source>Signature algorithm (RFC 7515)</source>
            <translation>Signaturalgorithmus (RFC 7515)</translation>
        </message>
        <message>
            <source>Key ID: which key of the provider's JWKS signed the token</source>
            <translation>Schlüssel-ID: welcher Schlüssel aus dem JWKS des Anbieters das Token signiert hat</translation>
        </message>
        <message>
            <source>Media type of the token (JWT, at+jwt for access tokens)</source>
            <translation>Medientyp des Tokens (JWT, at+jwt für Access Tokens)</translation>
        </message>
        <message>
            <source>Content type of the payload (nested tokens)</source>
            <translation>Inhaltstyp der Payload (verschachtelte Tokens)</translation>
        </message>
        <message>
            <source>URL of a JWK set (never trusted by Tokenscope)</source>
            <translation>URL eines JWK-Sets (Tokenscope vertraut ihr nie)</translation>
        </message>
        <message>
            <source>Embedded public key (never trusted by Tokenscope)</source>
            <translation>Eingebetteter öffentlicher Schlüssel (Tokenscope vertraut ihm nie)</translation>
        </message>
        <message>
            <source>URL of an X.509 certificate chain</source>
            <translation>URL einer X.509-Zertifikatskette</translation>
        </message>
        <message>
            <source>X.509 certificate chain</source>
            <translation>X.509-Zertifikatskette</translation>
        </message>
        <message>
            <source>SHA-1 thumbprint of the X.509 certificate</source>
            <translation>SHA-1-Fingerabdruck des X.509-Zertifikats</translation>
        </message>
        <message>
            <source>SHA-256 thumbprint of the X.509 certificate</source>
            <translation>SHA-256-Fingerabdruck des X.509-Zertifikats</translation>
        </message>
        <message>
            <source>Header parameters the recipient must understand</source>
            <translation>Header-Parameter, die der Empfänger verstehen muss</translation>
        </message>
        <message>
            <source>Issuer: who created and signed the token</source>
            <translation>Aussteller: wer das Token erstellt und signiert hat</translation>
        </message>
        <message>
            <source>Subject: the user's stable identifier at the issuer</source>
            <translation>Subjekt: die dauerhafte Kennung des Benutzers beim Aussteller</translation>
        </message>
        <message>
            <source>Audience: who the token is meant for (client ID or API identifier)</source>
            <translation>Zielgruppe: für wen das Token bestimmt ist (Client-ID oder API-Kennung)</translation>
        </message>
        <message>
            <source>Expiration time: the token must not be accepted after it</source>
            <translation>Ablaufzeit: danach darf das Token nicht mehr akzeptiert werden</translation>
        </message>
        <message>
            <source>Not before: the token must not be accepted before it</source>
            <translation>Nicht vor: davor darf das Token nicht akzeptiert werden</translation>
        </message>
        <message>
            <source>Issued at: when the token was created</source>
            <translation>Ausgestellt: wann das Token erstellt wurde</translation>
        </message>
        <message>
            <source>JWT ID: unique identifier of this token</source>
            <translation>JWT-ID: eindeutige Kennung dieses Tokens</translation>
        </message>
        <message>
            <source>Authorized party: the client the token was issued to</source>
            <translation>Autorisierte Partei: der Client, für den das Token ausgestellt wurde</translation>
        </message>
        <message>
            <source>Nonce: ties the ID token to the authorization request (replay protection)</source>
            <translation>Nonce: bindet das ID Token an die Autorisierungsanfrage (Schutz vor Wiederholung)</translation>
        </message>
        <message>
            <source>When the user actually authenticated</source>
            <translation>Wann sich der Benutzer tatsächlich angemeldet hat</translation>
        </message>
        <message>
            <source>Access token hash: binds the access token to this ID token</source>
            <translation>Access-Token-Hash: bindet das Access Token an dieses ID Token</translation>
        </message>
        <message>
            <source>Code hash: binds the authorization code to this ID token</source>
            <translation>Code-Hash: bindet den Autorisierungscode an dieses ID Token</translation>
        </message>
        <message>
            <source>State hash: binds the state to this ID token</source>
            <translation>State-Hash: bindet den State an dieses ID Token</translation>
        </message>
        <message>
            <source>Authentication context class reference</source>
            <translation>Referenz der Authentifizierungskontextklasse</translation>
        </message>
        <message>
            <source>Authentication methods used (pwd, mfa, otp, ...)</source>
            <translation>Verwendete Authentifizierungsmethoden (pwd, mfa, otp, …)</translation>
        </message>
        <message>
            <source>Session ID at the provider (used for logout)</source>
            <translation>Sitzungs-ID beim Anbieter (für die Abmeldung)</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Zweiter Vorname</translation>
        </message>
        <message>
            <source>Casual name</source>
            <translation>Rufname</translation>
        </message>
        <message>
            <source>Preferred username</source>
            <translation>Bevorzugter Benutzername</translation>
        </message>
        <message>
            <source>Profile page URL</source>
            <translation>URL der Profilseite</translation>
        </message>
        <message>
            <source>Profile picture URL</source>
            <translation>URL des Profilbilds</translation>
        </message>
        <message>
            <source>Web site URL</source>
            <translation>URL der Website</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Whether the provider verified the email address</source>
            <translation>Ob der Anbieter die E-Mail-Adresse bestätigt hat</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Geschlecht</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Locale</source>
            <translation>Gebietsschema</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>Whether the provider verified the phone number</source>
            <translation>Ob der Anbieter die Telefonnummer bestätigt hat</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Postanschrift</translation>
        </message>
        <message>
            <source>When the user's profile was last updated</source>
            <translation>Wann das Profil des Benutzers zuletzt geändert wurde</translation>
        </message>
        <message>
            <source>Granted scopes (access tokens)</source>
            <translation>Gewährte Scopes (Access Tokens)</translation>
        </message>
        <message>
            <source>Granted scopes (array form)</source>
            <translation>Gewährte Scopes (als Array)</translation>
        </message>
        <message>
            <source>The client the access token was issued to (RFC 9068)</source>
            <translation>Der Client, für den das Access Token ausgestellt wurde (RFC 9068)</translation>
        </message>
        <message>
            <source>Auth0 RBAC permissions</source>
            <translation>Auth0-RBAC-Berechtigungen</translation>
        </message>
        <message>
            <source>Auth0 organization ID</source>
            <translation>Auth0-Organisations-ID</translation>
        </message>
        <message>
            <source>Auth0 organization name</source>
            <translation>Auth0-Organisationsname</translation>
        </message>
        <message>
            <source>Auth0 grant type</source>
            <translation>Auth0-Grant-Typ</translation>
        </message>
        <message>
            <source>Roles (custom claim)</source>
            <translation>Rollen (eigener Claim)</translation>
        </message>
        <message>
            <source>Custom claim (namespaced)</source>
            <translation>Eigener Claim (mit Namensraum)</translation>
        </message>
        <message numerus="yes">
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n Claim</numerusform>
                <numerusform>%n Claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{%n member(s)}</source>
            <translation>
                <numerusform>{%n Eintrag}</numerusform>
                <numerusform>{%n Einträge}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>[%n item(s)]</source>
            <translation>
                <numerusform>[%n Element]</numerusform>
                <numerusform>[%n Elemente]</numerusform>
            </translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Payload</source>
            <translation>Payload</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::HttpLogModel</name>
        <message>
            <source>No HTTP answer: %1
</source>
            <translation>Keine HTTP-Antwort: %1
</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::HttpLogPanel</name>
        <message>
            <source>Show secrets</source>
            <translation>Geheimnisse zeigen</translation>
        </message>
        <message>
            <source>Show client secrets, refresh tokens, code verifiers and Authorization headers as sent. Off by default; never on in screenshots you share.</source>
            <translation>Client-Secrets, Refresh Tokens, Code Verifier und Authorization-Header so zeigen, wie sie gesendet wurden. Standardmäßig aus; nie in Bildschirmfotos einschalten, die Sie weitergeben.</translation>
        </message>
        <message>
            <source>Copy as curl</source>
            <translation>Als curl kopieren</translation>
        </message>
        <message>
            <source>Clear log</source>
            <translation>Protokoll leeren</translation>
        </message>
        <message>
            <source>curl command (with secrets)</source>
            <translation>curl-Befehl (mit Geheimnissen)</translation>
        </message>
        <message>
            <source>curl command (secrets redacted)</source>
            <translation>curl-Befehl (Geheimnisse geschwärzt)</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::MainWindow</name>
        <message>
            <source>%1…</source>
            <translation>%1 …</translation>
        </message>
        <message>
            <source>The provider redirected to the callback URL; Tokenscope caught it without loading it. The login page is closed.</source>
            <translation>Der Anbieter hat zur Callback-URL weitergeleitet; Tokenscope hat sie abgefangen, ohne sie zu laden. Die Anmeldeseite ist geschlossen.</translation>
        </message>
        <message>
            <source>The login page was closed: %1</source>
            <translation>Die Anmeldeseite wurde geschlossen: %1</translation>
        </message>
        <message>
            <source>The secret was removed from the keychain; it stays in memory for this session.</source>
            <translation>Das Secret wurde aus dem Schlüsselbund entfernt; es bleibt für diese Sitzung im Speicher.</translation>
        </message>
        <message>
            <source>Client secret read from the system keychain.</source>
            <translation>Client-Secret aus dem Schlüsselbund des Systems gelesen.</translation>
        </message>
        <message>
            <source>Client secret saved in the system keychain.</source>
            <translation>Client-Secret im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>&amp;Profiles</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren …</translation>
        </message>
        <message>
            <source>Import a profile file</source>
            <translation>Eine Profildatei importieren</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren …</translation>
        </message>
        <message>
            <source>Export the profile to a file (never with the secret)</source>
            <translation>Das Profil in eine Datei exportieren (nie mit dem Secret)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the profile</source>
            <translation>Das Profil löschen</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Save profile</source>
            <translation>Profil speichern</translation>
        </message>
        <message>
            <source>Authorize URL:</source>
            <translation>Autorisierungs-URL:</translation>
        </message>
        <message>
            <source>appears when you sign in</source>
            <translation>erscheint bei der Anmeldung</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Authorize URL copied</source>
            <translation>Autorisierungs-URL kopiert</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>&amp;Anmeldung</translation>
        </message>
        <message>
            <source>&amp;Tokens</source>
            <translation>&amp;Tokens</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;Benutzer</translation>
        </message>
        <message>
            <source>&amp;API console</source>
            <translation>API-&amp;Konsole</translation>
        </message>
        <message>
            <source>HTTP &amp;log</source>
            <translation>HTTP-&amp;Protokoll</translation>
        </message>
        <message>
            <source>Flow timeline</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>Kopiert: %1</translation>
        </message>
        <message>
            <source>&amp;New profile</source>
            <translation>&amp;Neues Profil</translation>
        </message>
        <message>
            <source>&amp;Import profile…</source>
            <translation>Profil &amp;importieren …</translation>
        </message>
        <message>
            <source>&amp;Export profile…</source>
            <translation>Profil &amp;exportieren …</translation>
        </message>
        <message>
            <source>&amp;Save profile</source>
            <translation>Profil &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;Delete profile</source>
            <translation>Profil &amp;löschen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>&amp;Refresh tokens</source>
            <translation>Tokens &amp;erneuern</translation>
        </message>
        <message>
            <source>Call &amp;API</source>
            <translation>&amp;API aufrufen</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>Ab&amp;melden</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Abbre&amp;chen</translation>
        </message>
        <message>
            <source>Clear &amp;browser session</source>
            <translation>&amp;Browsersitzung löschen</translation>
        </message>
        <message>
            <source>&amp;Copy token</source>
            <translation>Token &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sitzung</translation>
        </message>
        <message>
            <source>&amp;Token</source>
            <translation>&amp;Token</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Tokenscope</source>
            <translation>&amp;Über Tokenscope</translation>
        </message>
        <message>
            <source>About Tokenscope</source>
            <translation>Über Tokenscope</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tokenscope %1&lt;/b&gt;&lt;br/&gt;Sign in to an OpenID Connect provider and look inside every token.</source>
            <translation>&lt;b&gt;Tokenscope %1&lt;/b&gt;&lt;br/&gt;Bei einem OpenID-Connect-Anbieter anmelden und in jedes Token hineinsehen.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>%1 — Tokenscope</source>
            <translation>%1 — Tokenscope</translation>
        </message>
        <message>
            <source>Could not save the profile: %1</source>
            <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Profile saved to %1</source>
            <translation>Profil gespeichert in %1</translation>
        </message>
        <message>
            <source>Could not create the profile: %1</source>
            <translation>Das Profil konnte nicht angelegt werden: %1</translation>
        </message>
        <message>
            <source>Import a profile</source>
            <translation>Ein Profil importieren</translation>
        </message>
        <message>
            <source>Tokenscope profiles (*.json);;All files (*)</source>
            <translation>Tokenscope-Profile (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Could not import: %1</source>
            <translation>Import fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Export the profile</source>
            <translation>Das Profil exportieren</translation>
        </message>
        <message>
            <source>Tokenscope profiles (*.json)</source>
            <translation>Tokenscope-Profile (*.json)</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Exported to %1 (without the client secret)</source>
            <translation>Exportiert nach %1 (ohne Client-Secret)</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Profil löschen</translation>
        </message>
        <message>
            <source>Delete the profile "%1"?</source>
            <translation>Das Profil „%1“ löschen?</translation>
        </message>
        <message>
            <source>The profile cannot be used yet: %1</source>
            <translation>Das Profil ist noch nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>The callback URL uses the scheme "%1", which the web engine only learns at startup: save the profile and restart Tokenscope.</source>
            <translation>Die Callback-URL verwendet das Schema „%1“, das die Web-Engine nur beim Start kennenlernt: Profil speichern und Tokenscope neu starten.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung läuft …</translation>
        </message>
        <message>
            <source>Signed in.</source>
            <translation>Angemeldet.</translation>
        </message>
        <message>
            <source>The sign-in did not complete.</source>
            <translation>Die Anmeldung wurde nicht abgeschlossen.</translation>
        </message>
        <message numerus="yes">
            <source>Signed in as %1 — all %n check(s) passed.</source>
            <translation>
                <numerusform>Angemeldet als %1 — die %n Prüfung wurde bestanden.</numerusform>
                <numerusform>Angemeldet als %1 — alle %n Prüfungen wurden bestanden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Validation failed — %n check(s) failed. %1</source>
            <translation>
                <numerusform>Validierung fehlgeschlagen — %n Prüfung ist fehlgeschlagen. %1</numerusform>
                <numerusform>Validierung fehlgeschlagen — %n Prüfungen sind fehlgeschlagen. %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign-in failed — %1</source>
            <translation>Anmeldung fehlgeschlagen — %1</translation>
        </message>
        <message>
            <source>Tokens refreshed (%1).</source>
            <translation>Tokens erneuert (%1).</translation>
        </message>
        <message>
            <source>Refresh failed — %1</source>
            <translation>Erneuerung fehlgeschlagen — %1</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Abgemeldet.</translation>
        </message>
        <message>
            <source>Logout failed — %1</source>
            <translation>Abmeldung fehlgeschlagen — %1</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Wird erneuert …</translation>
        </message>
        <message>
            <source>Enter the API URL first</source>
            <translation>Bitte zuerst die API-URL eingeben</translation>
        </message>
        <message>
            <source>Calling the API…</source>
            <translation>API wird aufgerufen …</translation>
        </message>
        <message>
            <source>Logging out…</source>
            <translation>Abmeldung läuft …</translation>
        </message>
        <message>
            <source>Browser session cleared: the next sign-in starts without cookies.</source>
            <translation>Browsersitzung gelöscht: die nächste Anmeldung beginnt ohne Cookies.</translation>
        </message>
        <message>
            <source>Browser session cleared</source>
            <translation>Browsersitzung gelöscht</translation>
        </message>
        <message>
            <source>not part of the sign-in: refresh when you want to (F5)</source>
            <translation>nicht Teil der Anmeldung: erneuern, wann Sie wollen (F5)</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ProfileEditor</name>
        <message>
            <source>Generic OpenID Connect provider</source>
            <translation>Allgemeiner OpenID-Connect-Anbieter</translation>
        </message>
        <message>
            <source>Auth0 tenant</source>
            <translation>Auth0-Tenant</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>My tenant (staging)</source>
            <translation>Mein Tenant (Staging)</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Aussteller (Issuer)</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>optional; kept in memory unless remembered</source>
            <translation>optional; nur im Speicher, sofern nicht gemerkt</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <source>Show the client secret</source>
            <translation>Das Client-Secret zeigen</translation>
        </message>
        <message>
            <source>Client secret</source>
            <translation>Client-Secret</translation>
        </message>
        <message>
            <source>Automatic (basic with a secret, none without)</source>
            <translation>Automatisch (basic mit Secret, none ohne)</translation>
        </message>
        <message>
            <source>Token endpoint auth</source>
            <translation>Token-Endpunkt-Auth</translation>
        </message>
        <message>
            <source>Callback URL</source>
            <translation>Callback-URL</translation>
        </message>
        <message>
            <source>Response type</source>
            <translation>Response Type</translation>
        </message>
        <message>
            <source>Default for the response type</source>
            <translation>Standard für den Response Type</translation>
        </message>
        <message>
            <source>Response mode</source>
            <translation>Response Mode</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Use PKCE (S256)</source>
            <translation>PKCE verwenden (S256)</translation>
        </message>
        <message>
            <source>one name=value per line, e.g. prompt=login</source>
            <translation>ein Name=Wert pro Zeile, z. B. prompt=login</translation>
        </message>
        <message>
            <source>Extra parameters</source>
            <translation>Zusätzliche Parameter</translation>
        </message>
        <message>
            <source>API URL</source>
            <translation>API-URL</translation>
        </message>
        <message>
            <source>After-logout URL</source>
            <translation>URL nach der Abmeldung</translation>
        </message>
        <message>
            <source>Any the provider allows</source>
            <translation>Jeder, den der Anbieter erlaubt</translation>
        </message>
        <message>
            <source>ID token algorithm</source>
            <translation>ID-Token-Algorithmus</translation>
        </message>
        <message>
            <source>Off: every profile's browser session is off the record and forgotten when Tokenscope closes.</source>
            <translation>Aus: die Browsersitzung jedes Profils ist privat und wird beim Beenden von Tokenscope vergessen.</translation>
        </message>
        <message>
            <source>Auth0 domain</source>
            <translation>Auth0-Domain</translation>
        </message>
        <message>
            <source>"responseType": the provider does not advertise "%1" (it supports: %2)</source>
            <translation>„responseType“: der Anbieter bietet „%1“ nicht an (er unterstützt: %2)</translation>
        </message>
        <message>
            <source>"responseMode": the provider does not advertise "%1"</source>
            <translation>„responseMode“: der Anbieter bietet „%1“ nicht an</translation>
        </message>
        <message>
            <source>Discovery: %1</source>
            <translation>Discovery: %1</translation>
        </message>
        <message>
            <source>No system keychain is available%1: the client secret is kept in memory for this session only.</source>
            <translation>Kein Schlüsselbund des Systems verfügbar%1: das Client-Secret bleibt nur für diese Sitzung im Speicher.</translation>
        </message>
        <message>
            <source>Remember in the system keychain</source>
            <translation>Im Schlüsselbund des Systems merken</translation>
        </message>
        <message>
            <source>Keep sign-in cookies between runs</source>
            <translation>Anmelde-Cookies zwischen Programmstarts behalten</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ProfileStore</name>
        <message>
            <source>no such profile</source>
            <translation>kein solches Profil</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot delete %1</source>
            <translation>%1 kann nicht gelöscht werden</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::TimelineModel</name>
        <message>
            <source>Discovery</source>
            <translation>Discovery</translation>
        </message>
        <message>
            <source>Authorize (login page)</source>
            <translation>Autorisierung (Anmeldeseite)</translation>
        </message>
        <message>
            <source>Callback and validation</source>
            <translation>Callback und Validierung</translation>
        </message>
        <message>
            <source>Code exchange</source>
            <translation>Code-Austausch</translation>
        </message>
        <message>
            <source>Userinfo</source>
            <translation>Userinfo</translation>
        </message>
        <message>
            <source>API call</source>
            <translation>API-Aufruf</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Erneuerung</translation>
        </message>
        <message>
            <source>Logout</source>
            <translation>Abmeldung</translation>
        </message>
        <message>
            <source>Add the callback URL to the application's Allowed Callback URLs, or fix the profile's callback URL.</source>
            <translation>Die Callback-URL zu den „Allowed Callback URLs“ der Anwendung hinzufügen oder die Callback-URL des Profils korrigieren.</translation>
        </message>
        <message>
            <source>Check the client ID, the client secret and the token endpoint authentication method.</source>
            <translation>Client-ID, Client-Secret und die Authentifizierungsmethode am Token-Endpunkt prüfen.</translation>
        </message>
        <message>
            <source>Allow this grant / response type for the application at the provider, or change the profile's response type.</source>
            <translation>Diesen Grant- bzw. Response-Type für die Anwendung beim Anbieter erlauben oder den Response Type des Profils ändern.</translation>
        </message>
        <message>
            <source>Set the profile's expected algorithm to what the application is configured with at the provider (or the other way round).</source>
            <translation>Den erwarteten Algorithmus des Profils auf den beim Anbieter für die Anwendung eingestellten setzen (oder umgekehrt).</translation>
        </message>
        <message>
            <source>Check the issuer or domain: it must be exactly the provider's issuer.</source>
            <translation>Aussteller bzw. Domain prüfen: er muss genau dem Issuer des Anbieters entsprechen.</translation>
        </message>
        <message>
            <source>Check the username and password.</source>
            <translation>Benutzername und Passwort prüfen.</translation>
        </message>
        <message>
            <source>The ID token does not belong to this sign-in: sign in again, and check for proxies that replay responses.</source>
            <translation>Das ID Token gehört nicht zu dieser Anmeldung: erneut anmelden und auf Proxys prüfen, die Antworten wiederholen.</translation>
        </message>
        <message>
            <source>Check the computer's clock, or raise the allowed clock skew.</source>
            <translation>Die Uhr des Computers prüfen oder die erlaubte Zeitabweichung erhöhen.</translation>
        </message>
        <message>
            <source>The token was not signed with a key of the provider's JWKS: check the issuer, the algorithm and the client secret (HS256).</source>
            <translation>Das Token wurde nicht mit einem Schlüssel aus dem JWKS des Anbieters signiert: Aussteller, Algorithmus und Client-Secret (HS256) prüfen.</translation>
        </message>
        <message>
            <source>Check the profile's audience and client ID against the API and application at the provider.</source>
            <translation>Audience und Client-ID des Profils mit API und Anwendung beim Anbieter vergleichen.</translation>
        </message>
        <message>
            <source>Sign in again when you are ready.</source>
            <translation>Erneut anmelden, wenn Sie so weit sind.</translation>
        </message>
        <message>
            <source>Ask for offline_access in the scope and allow offline access for the API at the provider.</source>
            <translation>offline_access im Scope anfordern und Offline-Zugriff für die API beim Anbieter erlauben.</translation>
        </message>
        <message>
            <source>The API refused the access token: check the audience, the scopes and the token's expiry.</source>
            <translation>Die API hat das Access Token abgelehnt: Audience, Scopes und Ablaufzeit des Tokens prüfen.</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was tun</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::TokenPanel</name>
        <message>
            <source>&amp;Token:</source>
            <translation>&amp;Token:</translation>
        </message>
        <message>
            <source>Copy token</source>
            <translation>Token kopieren</translation>
        </message>
        <message>
            <source>Copy claim</source>
            <translation>Claim kopieren</translation>
        </message>
        <message>
            <source>No tokens yet: sign in to see them here.</source>
            <translation>Noch keine Tokens: nach der Anmeldung erscheinen sie hier.</translation>
        </message>
        <message>
            <source>Changed by the last refresh</source>
            <translation>Durch die letzte Erneuerung geändert</translation>
        </message>
        <message>
            <source>claim %1</source>
            <translation>Claim %1</translation>
        </message>
        <message>
            <source>ID token</source>
            <translation>ID Token</translation>
        </message>
        <message>
            <source>Access token</source>
            <translation>Access Token</translation>
        </message>
        <message>
            <source>Refresh token</source>
            <translation>Refresh Token</translation>
        </message>
        <message>
            <source>authorization response</source>
            <translation>Autorisierungsantwort</translation>
        </message>
        <message>
            <source>token endpoint</source>
            <translation>Token-Endpunkt</translation>
        </message>
        <message>
            <source>refresh</source>
            <translation>Erneuerung</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>ID token claims changed by the last refresh</source>
            <translation>Durch die letzte Erneuerung geänderte Claims des ID Tokens</translation>
        </message>
        <message>
            <source>Access token claims changed by the last refresh</source>
            <translation>Durch die letzte Erneuerung geänderte Claims des Access Tokens</translation>
        </message>
        <message numerus="yes">
            <source>&lt;i&gt;Refresh token, %n character(s), hidden: a refresh token is a long-lived secret. Copy token copies it.&lt;/i&gt;</source>
            <translation>
                <numerusform>&lt;i&gt;Refresh Token, %n Zeichen, verborgen: ein Refresh Token ist ein langlebiges Geheimnis. „Token kopieren“ kopiert es.&lt;/i&gt;</numerusform>
                <numerusform>&lt;i&gt;Refresh Token, %n Zeichen, verborgen: ein Refresh Token ist ein langlebiges Geheimnis. „Token kopieren“ kopiert es.&lt;/i&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;i&gt;Opaque token (%n character(s)): only the provider can read it.&lt;/i&gt;&lt;br/&gt;</source>
            <translation>
                <numerusform>&lt;i&gt;Opakes Token (%n Zeichen): nur der Anbieter kann es lesen.&lt;/i&gt;&lt;br/&gt;</numerusform>
                <numerusform>&lt;i&gt;Opakes Token (%n Zeichen): nur der Anbieter kann es lesen.&lt;/i&gt;&lt;br/&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh tokens are opaque to the client: nothing to check.</source>
            <translation>Refresh Tokens sind für den Client undurchsichtig: nichts zu prüfen.</translation>
        </message>
        <message>
            <source>No checks for this token.</source>
            <translation>Keine Prüfungen für dieses Token.</translation>
        </message>
        <message>
            <source>Checks: %1 passed, %2 failed, %3 skipped</source>
            <translation>Prüfungen: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::UserCard</name>
        <message>
            <source>Nobody signed in</source>
            <translation>Niemand angemeldet</translation>
        </message>
        <message>
            <source>(no name claim)</source>
            <translation>(kein name-Claim)</translation>
        </message>
        <message>
            <source>%1 (verified)</source>
            <translation>%1 (bestätigt)</translation>
        </message>
        <message>
            <source>%1 (not verified)</source>
            <translation>%1 (nicht bestätigt)</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Subjekt: %1</translation>
        </message>
        <message>
            <source>From the ID token</source>
            <translation>Aus dem ID Token</translation>
        </message>
        <message>
            <source>From the userinfo endpoint</source>
            <translation>Vom Userinfo-Endpunkt</translation>
        </message>
    </context>
</TS>
