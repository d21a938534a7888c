#!/usr/bin/env python3
"""Fills translations/tokenscope_de.ts (German) and the English plural forms in tokenscope_en.ts.

Run after `cmake --build build --target tokenscope_ui_lupdate` (or lupdate) added new source strings; strings this
table does not know stay unfinished and are listed on stderr."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    # App
    "Sign in to an OpenID Connect provider and look inside every token.": "Bei einem OpenID-Connect-Anbieter anmelden und in jedes Token hineinsehen.",
    "Open with this profile file selected.": "Mit dieser Profildatei ausgewählt öffnen.",
    "User interface language (en, de); default: the system's.": "Sprache der Oberfläche (en, de); Standard: die des Systems.",
    "<%n byte(s) of %1>": ["<%n Byte %1>", "<%n Bytes %1>"],
    "cannot read %1: %2": "%1 kann nicht gelesen werden: %2",
    "%1 is too large for a profile": "%1 ist zu groß für ein Profil",
    "cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    "pass": "bestanden", "fail": "fehlgeschlagen", "skip": "übersprungen",
    "%1 s": "%1 s", "%1 min %2 s": "%1 min %2 s", "%1 min": "%1 min", "%1 h %2 min": "%1 h %2 min", "%1 h": "%1 h",
    "%n day(s)": ["%n Tag", "%n Tagen"],
    "now": "jetzt", "in %1": "in %1", "%1 ago": "vor %1", "expired %1 ago": "abgelaufen vor %1", "expires in %1": "läuft ab in %1",
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
    "Refreshing…": "Wird erneuert …", "Enter the API URL first": "Bitte zuerst die API-URL eingeben", "Calling the API…": "API wird aufgerufen …",
    "Logging out…": "Abmeldung läuft …",
    "Browser session cleared: the next sign-in starts without cookies.": "Browsersitzung gelöscht: die nächste Anmeldung beginnt ohne Cookies.",
    "Browser session cleared": "Browsersitzung gelöscht",
    "not part of the sign-in: refresh when you want to (F5)": "nicht Teil der Anmeldung: erneuern, wann Sie wollen (F5)",
    # ProfileEditor
    "Generic OpenID Connect provider": "Allgemeiner OpenID-Connect-Anbieter", "Auth0 tenant": "Auth0-Tenant", "Provider": "Anbieter",
    "Name": "Name", "My tenant (staging)": "Mein Tenant (Staging)", "Issuer": "Aussteller (Issuer)", "Client ID": "Client-ID",
    "optional; kept in memory unless remembered": "optional; nur im Speicher, sofern nicht gemerkt", "Show": "Zeigen",
    "Show the client secret": "Das Client-Secret zeigen", "Client secret": "Client-Secret",
    "Remember in the system keychain": "Im Schlüsselbund des Systems merken",
    "Automatic (basic with a secret, none without)": "Automatisch (basic mit Secret, none ohne)", "Token endpoint auth": "Token-Endpunkt-Auth",
    "Callback URL": "Callback-URL", "Response type": "Response Type", "Default for the response type": "Standard für den Response Type",
    "Response mode": "Response Mode", "Scope": "Scope", "Audience": "Audience", "Connection": "Connection", "Organization": "Organisation",
    "Use PKCE (S256)": "PKCE verwenden (S256)", "one name=value per line, e.g. prompt=login": "ein Name=Wert pro Zeile, z. B. prompt=login",
    "Extra parameters": "Zusätzliche Parameter", "API URL": "API-URL", "After-logout URL": "URL nach der Abmeldung",
    "Any the provider allows": "Jeder, den der Anbieter erlaubt", "ID token algorithm": "ID-Token-Algorithmus",
    "Keep sign-in cookies between runs": "Anmelde-Cookies zwischen Programmstarts behalten",
    "Off: every profile's browser session is off the record and forgotten when Tokenscope closes.":
        "Aus: die Browsersitzung jedes Profils ist privat und wird beim Beenden von Tokenscope vergessen.",
    "Auth0 domain": "Auth0-Domain",
    '"responseType": the provider does not advertise "%1" (it supports: %2)': "„responseType“: der Anbieter bietet „%1“ nicht an (er unterstützt: %2)",
    '"responseMode": the provider does not advertise "%1"': "„responseMode“: der Anbieter bietet „%1“ nicht an",
    "Discovery: %1": "Discovery: %1",
    "No system keychain is available%1: the client secret is kept in memory for this session only.":
        "Kein Schlüsselbund des Systems verfügbar%1: das Client-Secret bleibt nur für diese Sitzung im Speicher.",
    "no such profile": "kein solches Profil", "cannot create the folder %1": "der Ordner %1 kann nicht angelegt werden", "cannot delete %1": "%1 kann nicht gelöscht werden",
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
    ET.indent(tree, "    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


here = Path(__file__).resolve().parent
missing = fill(here / "tokenscope_de.ts", DE)
fill(here / "tokenscope_en.ts", {}, plural_only_english=True)
for m in missing:
    print("untranslated:", m, file=sys.stderr)
sys.exit(1 if missing else 0)
