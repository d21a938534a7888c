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
        <message>
            <source>%1 is not a usable profile: %2</source>
            <translation>%1 ist kein verwendbares Profil: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportExport</name>
        <message>
            <source>Choose a file name that ends in .json (JSON report) or .html (HTML page).</source>
            <translation>Einen Dateinamen wählen, der auf .json (JSON-Bericht) oder .html (HTML-Seite) endet.</translation>
        </message>
        <message>
            <source>JSON report (*.json)</source>
            <translation>JSON-Bericht (*.json)</translation>
        </message>
        <message>
            <source>HTML page (*.html *.htm)</source>
            <translation>HTML-Seite (*.html *.htm)</translation>
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
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>info</source>
            <translation>Info</translation>
        </message>
        <message>
            <source>skipped</source>
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
        <name>WebEngineLoader</name>
        <message>
            <source>%1: not found</source>
            <translation>%1: nicht gefunden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>not a Tokenscope web-engine plugin of this version</source>
            <translation>kein Web-Engine-Plugin dieser Tokenscope-Version</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::SystemBrowserUserAgent</name>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing arrived at %1 within %2: the sign-in was not finished in the browser, or the provider redirected somewhere else. Tokenscope stopped listening; sign in again when ready</source>
            <translation>an %1 kam innerhalb von %2 nichts an: die Anmeldung wurde im Browser nicht abgeschlossen, oder der Anbieter hat woandershin weitergeleitet. Tokenscope lauscht nicht mehr; melden Sie sich erneut an, wenn Sie bereit sind</translation>
        </message>
        <message>
            <source>Tokenscope has received the provider's answer. You can close this tab and return to Tokenscope.</source>
            <translation>Tokenscope hat die Antwort des Anbieters erhalten. Sie können diesen Tab schließen und zu Tokenscope zurückkehren.</translation>
        </message>
        <message>
            <source>Passing the provider's answer on to Tokenscope…</source>
            <translation>Die Antwort des Anbieters wird an Tokenscope weitergereicht …</translation>
        </message>
        <message>
            <source>the redirect URI "%1" cannot be used with the system browser: Tokenscope listens for the callback on a loopback URL such as http://127.0.0.1/callback (RFC 8252 7.3; the port is picked at sign-in). Register that at the provider and put it into the profile, or use the embedded browser</source>
            <translation>die Redirect-URI „%1“ geht nicht mit dem Systembrowser: Tokenscope lauscht auf den Callback unter einer Loopback-URL wie http://127.0.0.1/callback (RFC 8252 7.3; der Port wird bei der Anmeldung gewählt). Diese beim Anbieter registrieren und ins Profil eintragen, oder den eingebetteten Browser verwenden</translation>
        </message>
        <message>
            <source>could not listen on %1 port %2 for the callback: the port is in use. Close what uses it, or leave the port out of the redirect URI so Tokenscope picks a free one</source>
            <translation>konnte auf %1 Port %2 nicht auf den Callback lauschen: der Port ist belegt. Beenden Sie, was ihn nutzt, oder lassen Sie den Port in der Redirect-URI weg, damit Tokenscope einen freien wählt</translation>
        </message>
        <message>
            <source>could not listen on %1 for the callback</source>
            <translation>konnte auf %1 nicht auf den Callback lauschen</translation>
        </message>
        <message>
            <source>response mode form_post cannot be used with the system browser: the loopback listener only sees the URL the browser requests, never a posted form. Use query or fragment, or the embedded browser</source>
            <translation>Response Mode form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nur die URL, die der Browser anfragt, nie ein gesendetes Formular. query oder fragment verwenden oder den eingebetteten Browser</translation>
        </message>
        <message>
            <source>response mode "%1" cannot be used with the system browser; use query or fragment</source>
            <translation>Response Mode „%1“ geht nicht mit dem Systembrowser; query oder fragment verwenden</translation>
        </message>
        <message>
            <source>the redirect URI %1 in the authorize request is not the one Tokenscope listens on (%2)</source>
            <translation>die Redirect-URI %1 in der Autorisierungsanfrage ist nicht die, auf der Tokenscope lauscht (%2)</translation>
        </message>
        <message>
            <source>could not open the system browser (is a default browser set?). Copy the authorize URL into a browser yourself, or use the embedded browser</source>
            <translation>der Systembrowser konnte nicht geöffnet werden (ist ein Standardbrowser eingestellt?). Kopieren Sie die Autorisierungs-URL selbst in einen Browser, oder verwenden Sie den eingebetteten Browser</translation>
        </message>
        <message>
            <source>the post-logout redirect URI %1 is not the one Tokenscope listens on</source>
            <translation>die Post-Logout-Redirect-URI %1 ist nicht die, auf der Tokenscope lauscht</translation>
        </message>
        <message>
            <source>could not open the system browser for the logout page (is a default browser set?)</source>
            <translation>der Systembrowser konnte für die Abmeldeseite nicht geöffnet werden (ist ein Standardbrowser eingestellt?)</translation>
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
        <name>tokenscope::ui::FindingsModel</name>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>What was found, and what to change</source>
            <translation>Was gefunden wurde und was zu ändern ist</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::FlowMatrixModel</name>
        <message>
            <source>skipped</source>
            <translation>entfällt</translation>
        </message>
        <message>
            <source>worked</source>
            <translation>gelungen</translation>
        </message>
        <message>
            <source>worked (must be refused)</source>
            <translation>gelungen (muss abgelehnt werden)</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Response types that return tokens from the authorization endpoint must be refused in the query: "refused" there is a pass.</source>
            <translation>Response Types, die Tokens vom Autorisierungsendpunkt zurückgeben, müssen bei query abgelehnt werden: „abgelehnt“ ist dort bestanden.</translation>
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
        <message>
            <source>Te&amp;nant</source>
            <translation>Te&amp;nant</translation>
        </message>
        <message>
            <source>Export sign-in &amp;report…</source>
            <translation>&amp;Anmeldebericht exportieren …</translation>
        </message>
        <message>
            <source>Export &amp;tenant report…</source>
            <translation>&amp;Tenant-Bericht exportieren …</translation>
        </message>
        <message>
            <source>The embedded browser could not be loaded, so only profiles that use the system browser can sign in: %1</source>
            <translation>Der eingebettete Browser konnte nicht geladen werden, daher können sich nur Profile mit Systembrowser anmelden: %1</translation>
        </message>
        <message>
            <source>Nothing to export yet: sign in first.</source>
            <translation>Noch nichts zu exportieren: zuerst anmelden.</translation>
        </message>
        <message>
            <source>Nothing to export yet: sign in first</source>
            <translation>Noch nichts zu exportieren: zuerst anmelden</translation>
        </message>
        <message>
            <source>Export the sign-in report</source>
            <translation>Den Anmeldebericht exportieren</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Bericht gespeichert in %1</translation>
        </message>
        <message>
            <source>Could not export the report: %1</source>
            <translation>Der Bericht konnte nicht exportiert werden: %1</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ProbeResultsModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Probe</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Begründung</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::ProfileEditor</name>
        <message>
            <source>Generic OpenID Connect provider</source>
            <translation>OpenID Connect (allgemein)</translation>
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
            <translation>Im System-Schlüsselbund merken</translation>
        </message>
        <message>
            <source>Keep sign-in cookies between runs</source>
            <translation>Anmelde-Cookies behalten</translation>
        </message>
        <message>
            <source>Embedded (inside Tokenscope)</source>
            <translation>Eingebettet (in Tokenscope)</translation>
        </message>
        <message>
            <source>System browser (loopback redirect)</source>
            <translation>Systembrowser (Loopback)</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Embedded&lt;/b&gt;: the provider's login page opens inside Tokenscope; any callback URL works.&lt;/p&gt;&lt;p&gt;&lt;b&gt;System browser&lt;/b&gt;: the login page opens in your default browser. Use it for providers that refuse embedded browsers (Google, some company sign-ins), or when the login needs your passkeys, password manager or existing browser session. The provider redirects back to Tokenscope on http://127.0.0.1 at a port picked for every sign-in: register http://127.0.0.1/callback at the provider (a native app's loopback redirect, RFC 8252) and use it as the callback URL.&lt;/p&gt;&lt;p&gt;Response modes: query and fragment work (the page the browser shows at the end passes a fragment on with a small script); form_post does not.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Eingebettet&lt;/b&gt;: die Anmeldeseite des Anbieters öffnet sich in Tokenscope; jede Callback-URL funktioniert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Systembrowser&lt;/b&gt;: die Anmeldeseite öffnet sich in Ihrem Standardbrowser. Für Anbieter, die eingebettete Browser ablehnen (Google, manche Firmenanmeldungen), oder wenn die Anmeldung Ihre Passkeys, Ihren Passwortmanager oder eine bestehende Browsersitzung braucht. Der Anbieter leitet zu Tokenscope auf http://127.0.0.1 zurück, an einen für jede Anmeldung gewählten Port: http://127.0.0.1/callback beim Anbieter registrieren (Loopback-Weiterleitung einer nativen App, RFC 8252) und als Callback-URL verwenden.&lt;/p&gt;&lt;p&gt;Response Modes: query und fragment funktionieren (die Seite, die der Browser am Ende zeigt, reicht ein Fragment mit einem kleinen Skript weiter); form_post nicht.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Browser</source>
            <translation>Browser</translation>
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
        <name>tokenscope::ui::SystemBrowserPane</name>
        <message>
            <source>Signing in with your system browser</source>
            <translation>Anmeldung über Ihren Systembrowser</translation>
        </message>
        <message>
            <source>Open the browser again</source>
            <translation>Browser erneut öffnen</translation>
        </message>
        <message>
            <source>Hands the same authorize URL to the browser again (if you closed its tab)</source>
            <translation>Übergibt dieselbe Autorisierungs-URL erneut an den Browser (falls Sie seinen Tab geschlossen haben)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop waiting: Tokenscope stops listening and the port is closed</source>
            <translation>Warten beenden: Tokenscope lauscht nicht mehr, der Port wird geschlossen</translation>
        </message>
        <message>
            <source>Waiting for the browser… (listening on %1)</source>
            <translation>Warten auf den Browser … (lauscht auf %1)</translation>
        </message>
        <message>
            <source>Stopped listening: the port is closed.</source>
            <translation>Lauschen beendet: der Port ist geschlossen.</translation>
        </message>
        <message>
            <source>The logout page was opened in your browser. Tokenscope cannot see how it ends there.</source>
            <translation>Die Abmeldeseite wurde in Ihrem Browser geöffnet. Wie es dort endet, kann Tokenscope nicht sehen.</translation>
        </message>
        <message>
            <source>The browser came back to Tokenscope; you can close its tab.</source>
            <translation>Der Browser ist zu Tokenscope zurückgekehrt; Sie können seinen Tab schließen.</translation>
        </message>
        <message>
            <source>Stopped: %1</source>
            <translation>Beendet: %1</translation>
        </message>
        <message>
            <source>Response mode fragment: a browser never sends the fragment to a server, so the page it shows at the end passes the answer on to Tokenscope with a small script (JavaScript must be allowed for 127.0.0.1).</source>
            <translation>Response Mode fragment: ein Browser sendet das Fragment nie an einen Server, daher reicht die Seite, die er am Ende zeigt, die Antwort mit einem kleinen Skript an Tokenscope weiter (JavaScript muss für 127.0.0.1 erlaubt sein).</translation>
        </message>
        <message>
            <source>Response mode form_post cannot be used with the system browser: the loopback listener never sees a posted form. Choose query or fragment, or the embedded browser.</source>
            <translation>Response Mode form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nie ein gesendetes Formular. query oder fragment wählen oder den eingebetteten Browser.</translation>
        </message>
        <message>
            <source>Response mode query: the answer arrives in the address the browser is sent back to.</source>
            <translation>Response Mode query: die Antwort steht in der Adresse, zu der der Browser zurückgeschickt wird.</translation>
        </message>
        <message>
            <source>The provider's login page opens in your default browser. When you are done there, the provider sends the browser back to Tokenscope at http://127.0.0.1 on a port picked for this sign-in; Tokenscope listens only until then, until you cancel, or until it times out.</source>
            <translation>Die Anmeldeseite des Anbieters öffnet sich in Ihrem Standardbrowser. Sind Sie dort fertig, schickt der Anbieter den Browser zu Tokenscope zurück, an http://127.0.0.1 auf einem für diese Anmeldung gewählten Port; Tokenscope lauscht nur bis dahin, bis Sie abbrechen oder bis die Wartezeit abläuft.</translation>
        </message>
        <message>
            <source>Press Sign in: the authorize URL above opens in your browser.</source>
            <translation>„Anmelden“ drücken: die Autorisierungs-URL oben öffnet sich in Ihrem Browser.</translation>
        </message>
    </context>
    <context>
        <name>tokenscope::ui::TenantPane</name>
        <message>
            <source>Test &amp;user:</source>
            <translation>Testben&amp;utzer:</translation>
        </message>
        <message>
            <source>username of a test account</source>
            <translation>Benutzername eines Testkontos</translation>
        </message>
        <message>
            <source>The probes sign in with this test user, many times; use an account made for testing.</source>
            <translation>Die Tests melden sich mehrfach mit diesem Testbenutzer an; ein eigens zum Testen angelegtes Konto verwenden.</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>never saved</source>
            <translation>wird nie gespeichert</translation>
        </message>
        <message>
            <source>Used for this run's sign-ins only: never saved, never logged, not part of any report.</source>
            <translation>Nur für die Anmeldungen dieses Durchlaufs: nie gespeichert, nie protokolliert, in keinem Bericht enthalten.</translation>
        </message>
        <message>
            <source>Probes:</source>
            <translation>Tests:</translation>
        </message>
        <message>
            <source>Flow &amp;matrix</source>
            <translation>Ablauf&amp;matrix</translation>
        </message>
        <message>
            <source>Every response type and mode the provider offers (one sign-in each).</source>
            <translation>Jeder Response Type und Response Mode, den der Anbieter anbietet (je eine Anmeldung).</translation>
        </message>
        <message>
            <source>S&amp;essions</source>
            <translation>Sit&amp;zungen</translation>
        </message>
        <message>
            <source>prompt=none, max_age=0, logout and what comes after it.</source>
            <translation>prompt=none, max_age=0, Abmeldung und was danach kommt.</translation>
        </message>
        <message>
            <source>&amp;Refresh tokens</source>
            <translation>Tokens &amp;erneuern</translation>
        </message>
        <message>
            <source>Refresh, rotation, the claims a refresh keeps, reuse detection.</source>
            <translation>Erneuerung, Rotation, die Claims, die eine Erneuerung behält, Erkennung der Wiederverwendung.</translation>
        </message>
        <message>
            <source>Compare &amp;with:</source>
            <translation>&amp;Vergleichen mit:</translation>
        </message>
        <message>
            <source>Also sign in with another profile (e.g. production) and compare metadata and token claims.</source>
            <translation>Zusätzlich mit einem anderen Profil (z. B. Produktion) anmelden und Metadaten und Token-Claims vergleichen.</translation>
        </message>
        <message>
            <source>&amp;Lint configuration</source>
            <translation>Konfiguration prü&amp;fen</translation>
        </message>
        <message>
            <source>Fetch the discovery document and the JWKS and check them against the profile (no sign-in).</source>
            <translation>Discovery-Dokument und JWKS abrufen und mit dem Profil abgleichen (ohne Anmeldung).</translation>
        </message>
        <message>
            <source>Run &amp;probes</source>
            <translation>Tests ausfüh&amp;ren</translation>
        </message>
        <message>
            <source>Lint, sign in with the test user, then run the chosen probes.</source>
            <translation>Konfiguration prüfen, mit dem Testbenutzer anmelden, dann die gewählten Tests ausführen.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>E&amp;xport report…</source>
            <translation>Bericht e&amp;xportieren …</translation>
        </message>
        <message>
            <source>Save what this tab shows as a JSON report or an HTML page (secrets redacted).</source>
            <translation>Den Inhalt dieses Tabs als JSON-Bericht oder HTML-Seite speichern (Geheimnisse geschwärzt).</translation>
        </message>
        <message>
            <source>Configuration lint</source>
            <translation>Konfigurationsprüfung</translation>
        </message>
        <message>
            <source>Flow matrix</source>
            <translation>Ablaufmatrix</translation>
        </message>
        <message>
            <source>Sessions and refresh tokens</source>
            <translation>Sitzungen, Refresh Tokens</translation>
        </message>
        <message>
            <source>Select a finding, a cell or a probe to read its full reason here.</source>
            <translation>Einen Befund, eine Zelle oder einen Test auswählen, um hier die vollständige Begründung zu lesen.</translation>
        </message>
        <message>
            <source>Profile "%1" (no issuer yet)</source>
            <translation>Profil „%1“ (noch kein Aussteller)</translation>
        </message>
        <message>
            <source>Profile "%1" · tenant %2 · client %3</source>
            <translation>Profil „%1“ · Tenant %2 · Client %3</translation>
        </message>
        <message>
            <source>No profile: create or import one on the left.</source>
            <translation>Kein Profil: links eines anlegen oder importieren.</translation>
        </message>
        <message>
            <source>(no second tenant)</source>
            <translation>(kein zweiter Tenant)</translation>
        </message>
        <message>
            <source>Configuration lint — errors: %1 · warnings: %2 · info: %3</source>
            <translation>Konfigurationsprüfung — Fehler: %1 · Warnungen: %2 · Info: %3</translation>
        </message>
        <message>
            <source>passed: %1 · failed: %2 · skipped: %3</source>
            <translation>%1 OK · %2 Fehler · %3 übersprungen</translation>
        </message>
        <message>
            <source>Flow matrix — %1</source>
            <translation>Ablaufmatrix — %1</translation>
        </message>
        <message>
            <source>Sessions and refresh tokens — %1</source>
            <translation>Sitzungen, Refresh Tokens — %1</translation>
        </message>
        <message>
            <source>There is no profile: create or import one on the left first.</source>
            <translation>Es gibt kein Profil: zuerst links eines anlegen oder importieren.</translation>
        </message>
        <message>
            <source>The profile has no issuer (or Auth0 domain) yet: enter it on the left, then lint.</source>
            <translation>Das Profil hat noch keinen Aussteller (bzw. keine Auth0-Domain): links eintragen, dann prüfen.</translation>
        </message>
        <message>
            <source>Linting the configuration of %1…</source>
            <translation>Konfiguration von %1 wird geprüft …</translation>
        </message>
        <message>
            <source>Lint cancelled.</source>
            <translation>Konfigurationsprüfung abgebrochen.</translation>
        </message>
        <message>
            <source>The discovery document of %1 could not be read: %2</source>
            <translation>Das Discovery-Dokument von %1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>No errors in the configuration of %1 (warnings: %2).</source>
            <translation>Keine Fehler in der Konfiguration von %1 (Warnungen: %2).</translation>
        </message>
        <message>
            <source>The profile cannot be used yet: %1</source>
            <translation>Das Profil ist noch nicht verwendbar: %1</translation>
        </message>
        <message>
            <source>Enter the test user's username and password: the probes sign in with them.</source>
            <translation>Benutzername und Passwort des Testbenutzers eingeben: die Tests melden sich damit an.</translation>
        </message>
        <message>
            <source>it no longer exists</source>
            <translation>es existiert nicht mehr</translation>
        </message>
        <message>
            <source>The profile to compare with, "%1", cannot be used: %2</source>
            <translation>Das Vergleichsprofil „%1“ ist nicht verwendbar: %2</translation>
        </message>
        <message>
            <source>The probes need the embedded browser, which could not be loaded: %1</source>
            <translation>Die Tests brauchen den eingebetteten Browser, der nicht geladen werden konnte: %1</translation>
        </message>
        <message>
            <source>A callback URL uses the scheme "%1", which the web engine only learns at startup: save the profile and restart Tokenscope.</source>
            <translation>Eine Callback-URL verwendet das Schema „%1“, das die Web-Engine nur beim Start kennenlernt: Profil speichern und Tokenscope neu starten.</translation>
        </message>
        <message>
            <source>Running: %1…</source>
            <translation>Läuft: %1 …</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet …</translation>
        </message>
        <message>
            <source>Probes cancelled: the results so far are shown and can be exported.</source>
            <translation>Tests abgebrochen: die bisherigen Ergebnisse werden angezeigt und können exportiert werden.</translation>
        </message>
        <message>
            <source>The sign-in with the test user failed, so the probes could not run — %1</source>
            <translation>Die Anmeldung mit dem Testbenutzer ist fehlgeschlagen, daher konnten die Tests nicht laufen — %1</translation>
        </message>
        <message>
            <source>no answer from the provider</source>
            <translation>keine Antwort vom Anbieter</translation>
        </message>
        <message>
            <source>Everything passed: the sign-in, the lint and every probe (%1 results).</source>
            <translation>Alles bestanden: die Anmeldung, die Konfigurationsprüfung und jeder Test (Ergebnisse: %1).</translation>
        </message>
        <message>
            <source>the sign-in failed — %1</source>
            <translation>die Anmeldung ist fehlgeschlagen — %1</translation>
        </message>
        <message>
            <source>lint errors: %1</source>
            <translation>Fehler in der Konfiguration: %1</translation>
        </message>
        <message>
            <source>failed probes: %1</source>
            <translation>fehlgeschlagene Tests: %1</translation>
        </message>
        <message>
            <source>failed at level warning: %1</source>
            <translation>fehlgeschlagen mit Stufe Warnung: %1</translation>
        </message>
        <message>
            <source>Problems found: %1. The tables say what and why.</source>
            <translation>Probleme gefunden: %1. Die Tabellen zeigen, was und warum.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen …</translation>
        </message>
        <message>
            <source>Nothing to export yet: lint the configuration or run the probes first.</source>
            <translation>Noch nichts zu exportieren: zuerst die Konfiguration prüfen oder die Tests ausführen.</translation>
        </message>
        <message>
            <source>Export the tenant report</source>
            <translation>Den Tenant-Bericht exportieren</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Bericht gespeichert in %1</translation>
        </message>
        <message>
            <source>Could not export the report: %1</source>
            <translation>Der Bericht konnte nicht exportiert werden: %1</translation>
        </message>
        <message numerus="yes">
            <source>The lint found %n error(s) in the configuration of %1: see the red rows.</source>
            <translation>
                <numerusform>Die Prüfung hat %n Fehler in der Konfiguration von %1 gefunden: siehe die rote Zeile.</numerusform>
                <numerusform>Die Prüfung hat %n Fehler in der Konfiguration von %1 gefunden: siehe die roten Zeilen.</numerusform>
            </translation>
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
        <message>
            <source>Do not use this response: it names another issuer. Check the profile's issuer, and that only one provider redirects to this callback URL.</source>
            <translation>Diese Antwort nicht verwenden: sie nennt einen anderen Aussteller. Den Aussteller des Profils prüfen und ob nur ein Anbieter auf diese Callback-URL weiterleitet.</translation>
        </message>
        <message>
            <source>The provider sent an unsigned token, which must never be accepted: have the application's ID tokens signed (RS256) at the provider.</source>
            <translation>Der Anbieter hat ein unsigniertes Token gesendet, das nie akzeptiert werden darf: die ID Tokens der Anwendung beim Anbieter signieren lassen (RS256).</translation>
        </message>
        <message>
            <source>The provider's key set (jwks_uri) cannot be used, so no signature can be verified: open it from the HTTP log and check that it is a JSON Web Key Set.</source>
            <translation>Der Schlüsselsatz des Anbieters (jwks_uri) ist unbrauchbar, daher lässt sich keine Signatur prüfen: ihn aus dem HTTP-Protokoll öffnen und prüfen, ob er ein JSON Web Key Set ist.</translation>
        </message>
        <message>
            <source>The provider refused the code or refresh token: it was used already, has expired or belongs to another client. Sign in again.</source>
            <translation>Der Anbieter hat den Code bzw. das Refresh Token abgelehnt: bereits verwendet, abgelaufen oder für einen anderen Client ausgestellt. Erneut anmelden.</translation>
        </message>
        <message>
            <source>The server did not answer in time: check that it is up and reachable (proxy, firewall), then try again.</source>
            <translation>Der Server hat nicht rechtzeitig geantwortet: prüfen, ob er läuft und erreichbar ist (Proxy, Firewall), dann erneut versuchen.</translation>
        </message>
        <message>
            <source>The answer was larger than Tokenscope accepts: check the endpoint URL (it may point at a download or at a misbehaving proxy).</source>
            <translation>Die Antwort war größer, als Tokenscope annimmt: die URL des Endpunkts prüfen (sie zeigt vielleicht auf einen Download oder einen fehlerhaften Proxy).</translation>
        </message>
        <message>
            <source>The secure connection failed: if the provider uses a private CA, add its certificate to the profile's trusted CAs; never ignore the error.</source>
            <translation>Die sichere Verbindung ist fehlgeschlagen: nutzt der Anbieter eine private CA, deren Zertifikat zu den vertrauenswürdigen CAs des Profils hinzufügen; den Fehler nie ignorieren.</translation>
        </message>
        <message>
            <source>The server could not be reached: check the URL and that the server is running.</source>
            <translation>Der Server war nicht erreichbar: die URL prüfen und ob der Server läuft.</translation>
        </message>
        <message>
            <source>The provider failed with a server error: the response is in the HTTP log; look at the provider's logs.</source>
            <translation>Beim Anbieter ist ein Serverfehler aufgetreten: die Antwort steht im HTTP-Protokoll; die Logs des Anbieters ansehen.</translation>
        </message>
        <message>
            <source>The HTTP log shows the exchange of this step, and the token panel every check with its reason.</source>
            <translation>Das HTTP-Protokoll zeigt den Austausch dieses Schritts, der Tab „Tokens“ jede Prüfung mit ihrer Begründung.</translation>
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
