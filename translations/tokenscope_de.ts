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
        <source>User interface language (en, de); default: the system&apos;s.</source>
        <translation>Sprache der Oberfläche (en, de); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>Open this profile file (may be repeated; the last one is selected).</source>
        <translation>Diese Profildatei öffnen (wiederholbar; die letzte wird ausgewählt).</translation>
    </message>
    <message>
        <source>Open the window on the Workbench tab with this token decoded (- reads it from standard input).</source>
        <translation>Das Fenster mit diesem Token dekodiert im Reiter „Werkbank“ öffnen (- liest es von der Standardeingabe).</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>AuthorizationRequest</name>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>the system&apos;s random number generator failed (OpenSSL RAND_bytes): do not use this request; try again</source>
        <translation>der Zufallszahlengenerator des Systems ist ausgefallen (OpenSSL RAND_bytes): diese Anfrage nicht verwenden; erneut versuchen</translation>
    </message>
    <message>
        <source>an extra parameter with an empty name was ignored: give it a name or remove it</source>
        <translation>ein zusätzlicher Parameter ohne Namen wurde ignoriert: ihm einen Namen geben oder ihn entfernen</translation>
    </message>
    <message>
        <source>extra parameter &quot;%1&quot; was ignored: Tokenscope sets %1 itself for every attempt; remove it from the extra parameters</source>
        <translation>zusätzlicher Parameter „%1“ wurde ignoriert: Tokenscope setzt %1 bei jedem Versuch selbst; ihn aus den zusätzlichen Parametern entfernen</translation>
    </message>
    <message>
        <source>extra parameter &quot;%1&quot; appears more than once; only the first value was sent (parameters must not repeat, RFC 6749 3.1)</source>
        <translation>zusätzlicher Parameter „%1“ kommt mehrfach vor; nur der erste Wert wurde gesendet (Parameter dürfen sich nicht wiederholen, RFC 6749 3.1)</translation>
    </message>
    <message>
        <source>extra parameter &quot;%1&quot; was ignored: %1 is already sent from the profile&apos;s own field; change it there</source>
        <translation>zusätzlicher Parameter „%1“ wurde ignoriert: %1 wird bereits aus dem eigenen Feld des Profils gesendet; dort ändern</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a whole number of seconds: the provider will likely reject it; use for example 3600</source>
        <translation>max_age „%1“ ist keine ganze Sekundenzahl: der Anbieter wird es wahrscheinlich ablehnen; z. B. 3600 verwenden</translation>
    </message>
    <message>
        <source>no authorization endpoint is known: fix the issuer so that discovery works, or set &quot;endpoints.authorization&quot; in the profile</source>
        <translation>kein Autorisierungsendpunkt bekannt: den Aussteller korrigieren, damit Discovery funktioniert, oder „endpoints.authorization“ im Profil setzen</translation>
    </message>
    <message>
        <source>PKCE is off for a public client (no client secret): the code exchange has no proof that it comes from this attempt, and most providers require PKCE here; turn &quot;pkce&quot; on</source>
        <translation>PKCE ist für einen öffentlichen Client (ohne Client-Secret) aus: der Code-Austausch kann nicht belegen, dass er von diesem Versuch stammt, und die meisten Anbieter verlangen hier PKCE; „pkce“ einschalten</translation>
    </message>
    <message>
        <source>the provider does not advertise response_type &quot;%1&quot; (response_types_supported: %2): expect unsupported_response_type; choose an advertised type</source>
        <translation>der Anbieter bietet response_type „%1“ nicht an (response_types_supported: %2): mit unsupported_response_type rechnen; einen angebotenen Typ wählen</translation>
    </message>
    <message>
        <source>response_mode %1 is not advertised by the provider (response_modes_supported: %2): it may answer in another mode or refuse</source>
        <translation>response_mode %1 wird vom Anbieter nicht angeboten (response_modes_supported: %2): er antwortet eventuell in einem anderen Modus oder lehnt ab</translation>
    </message>
    <message>
        <source>PKCE requested but the provider advertises no S256 (code_challenge_methods_supported: %1): it may ignore code_challenge or reject the request</source>
        <translation>PKCE angefordert, aber der Anbieter bietet kein S256 an (code_challenge_methods_supported: %1): er ignoriert code_challenge eventuell oder lehnt die Anfrage ab</translation>
    </message>
</context>
<context>
    <name>CallbackResponse</name>
    <message>
        <source>a parameter in the %1 has an empty name (&quot;=...&quot;)</source>
        <translation>ein Parameter in %1 hat einen leeren Namen („=...“)</translation>
    </message>
    <message>
        <source>malformed percent-encoding in a parameter name in the %1: &quot;%2&quot; is not % followed by two hex digits</source>
        <translation>fehlerhafte Prozentkodierung in einem Parameternamen in %1: „%2“ ist kein % gefolgt von zwei Hexziffern</translation>
    </message>
    <message>
        <source>a parameter name in the %1 is not valid UTF-8</source>
        <translation>ein Parametername in %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>malformed percent-encoding in &quot;%1&quot; in the %2: &quot;%3&quot; is not % followed by two hex digits</source>
        <translation>fehlerhafte Prozentkodierung in „%1“ in %2: „%3“ ist kein % gefolgt von zwei Hexziffern</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; in the %2 is not valid UTF-8</source>
        <translation>der Wert von „%1“ in %2 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>query</source>
        <translation>dem Query-String</translation>
    </message>
    <message>
        <source>fragment</source>
        <translation>dem Fragment</translation>
    </message>
    <message>
        <source>form body</source>
        <translation>dem Formular-Body</translation>
    </message>
    <message>
        <source>the callback is larger than 1 MiB (URL %1 bytes, form body %2 bytes); it was not read</source>
        <translation>der Callback ist größer als 1 MiB (URL %1 Bytes, Formular-Body %2 Bytes); er wurde nicht gelesen</translation>
    </message>
    <message>
        <source>response_mode &quot;%1&quot; is not one Tokenscope reads; the parameters were looked for in the form body, the fragment and the query</source>
        <translation>response_mode „%1“ liest Tokenscope nicht; die Parameter wurden im Formular-Body, im Fragment und im Query-String gesucht</translation>
    </message>
    <message>
        <source>the response came in the %1 although response_mode %2 puts it in the %3 (providers do this for some errors); it was read from the %1</source>
        <translation>die Antwort kam in %1, obwohl response_mode %2 sie in %3 vorsieht (Anbieter tun das bei manchen Fehlern); sie wurde aus %1 gelesen</translation>
    </message>
    <message>
        <source>the callback carries no OAuth parameters (code, state, error, tokens) in the %1</source>
        <translation>der Callback enthält in %1 keine OAuth-Parameter (code, state, error, Tokens)</translation>
    </message>
    <message>
        <source> (more: %1)</source>
        <translation> (mehr: %1)</translation>
    </message>
    <message>
        <source>no state was sent</source>
        <translation>es wurde kein state gesendet</translation>
    </message>
    <message>
        <source>the response has no state, but one was sent: the provider must return it unchanged (RFC 6749 4.1.2); without it the response cannot be tied to this attempt</source>
        <translation>die Antwort enthält keinen state, obwohl einer gesendet wurde: der Anbieter muss ihn unverändert zurückgeben (RFC 6749 4.1.2); ohne ihn lässt sich die Antwort diesem Versuch nicht zuordnen</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; does not equal the state sent (&quot;%2&quot;): the response belongs to another attempt or was forged (CSRF); start a new sign-in</source>
        <translation>state „%1“ entspricht nicht dem gesendeten state („%2“): die Antwort gehört zu einem anderen Versuch oder wurde gefälscht (CSRF); eine neue Anmeldung starten</translation>
    </message>
    <message>
        <source>equals the state sent</source>
        <translation>entspricht dem gesendeten state</translation>
    </message>
    <message>
        <source>the provider advertises authorization_response_iss_parameter_supported but the response has no iss (RFC 9207 2.4): it may come from another provider (mix-up attack)</source>
        <translation>der Anbieter gibt authorization_response_iss_parameter_supported an, aber die Antwort enthält kein iss (RFC 9207 2.4): sie stammt eventuell von einem anderen Anbieter (Mix-up-Angriff)</translation>
    </message>
    <message>
        <source>no iss in the response, and the provider does not advertise it (RFC 9207)</source>
        <translation>kein iss in der Antwort, und der Anbieter bietet es nicht an (RFC 9207)</translation>
    </message>
    <message>
        <source>iss &quot;%1&quot; came back, but no issuer is known to compare it with</source>
        <translation>iss „%1“ kam zurück, aber es ist kein Aussteller zum Vergleich bekannt</translation>
    </message>
    <message>
        <source>iss &quot;%1&quot; does not equal the issuer &quot;%2&quot; (RFC 9207 2.4): the response may come from another provider (mix-up attack); do not use it</source>
        <translation>iss „%1“ entspricht nicht dem Aussteller „%2“ (RFC 9207 2.4): die Antwort stammt eventuell von einem anderen Anbieter (Mix-up-Angriff); nicht verwenden</translation>
    </message>
    <message>
        <source>equals the issuer</source>
        <translation>entspricht dem Aussteller</translation>
    </message>
    <message>
        <source>equals the issuer (sent although not advertised)</source>
        <translation>entspricht dem Aussteller (gesendet, obwohl nicht angeboten)</translation>
    </message>
    <message>
        <source>parameters repeated: %1 (RFC 6749 3.1: each may appear only once)</source>
        <translation>wiederholte Parameter: %1 (RFC 6749 3.1: jeder darf nur einmal vorkommen)</translation>
    </message>
    <message>
        <source>no %1, although response_type &quot;%2&quot; asks for it: check that the application may use this response type</source>
        <translation>kein %1, obwohl response_type „%2“ es anfordert: prüfen, ob die Anwendung diesen Response Type verwenden darf</translation>
    </message>
    <message>
        <source>%1 came back although response_type &quot;%2&quot; did not ask for it</source>
        <translation>%1 kam zurück, obwohl response_type „%2“ es nicht angefordert hat</translation>
    </message>
    <message>
        <source>tokens arrived in the query string, where they leak into server logs and Referer headers: use response_mode fragment or form_post</source>
        <translation>Tokens kamen im Query-String an, wo sie in Server-Logs und Referer-Header gelangen: response_mode fragment oder form_post verwenden</translation>
    </message>
    <message>
        <source>well-formed error response in the %1</source>
        <translation>wohlgeformte Fehlerantwort in %1</translation>
    </message>
    <message>
        <source>%1 in the %2; no repeated or malformed parameters</source>
        <translation>%1 in %2; keine wiederholten oder fehlerhaften Parameter</translation>
    </message>
    <message>
        <source>no iss parameter although the provider advertises it, but the response carries an ID token whose signature and iss validate: its iss names the issuer (RFC 9207 2.4, OpenID Connect Core 3.3.2.12), so a mix-up is excluded</source>
        <translation>kein iss-Parameter, obwohl der Anbieter ihn ankündigt, aber die Antwort enthält ein ID-Token, dessen Signatur und iss gültig sind: sein iss nennt den Aussteller (RFC 9207 2.4, OpenID Connect Core 3.3.2.12), eine Verwechslung ist also ausgeschlossen</translation>
    </message>
    <message>
        <source>no iss parameter although the provider advertises it, and the response&apos;s ID token cannot stand in for it (%1): the response may come from another provider (mix-up attack, RFC 9207 2.4)</source>
        <translation>kein iss-Parameter, obwohl der Anbieter ihn ankündigt, und das ID-Token der Antwort kann ihn nicht ersetzen (%1): die Antwort kann von einem anderen Anbieter stammen (Mix-up-Angriff, RFC 9207 2.4)</translation>
    </message>
    <message>
        <source>it was not validated</source>
        <translation>es wurde nicht geprüft</translation>
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
    <name>Jwt</name>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>&quot;issuer&quot; is missing: enter the tenant domain (for example tenant.eu.auth0.com) or the issuer URL</source>
        <translation>„issuer“ fehlt: die Tenant-Domain (z. B. tenant.eu.auth0.com) oder die URL des Ausstellers eingeben</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; &quot;%1&quot; is not a valid URL: enter the tenant domain or a URL such as https://tenant.eu.auth0.com/</source>
        <translation>„issuer“ „%1“ ist keine gültige URL: die Tenant-Domain oder eine URL wie https://tenant.eu.auth0.com/ eingeben</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; must be an https URL, not a %1: URL</source>
        <translation>„issuer“ muss eine https-URL sein, keine %1:-URL</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; &quot;%1&quot; has no host name</source>
        <translation>„issuer“ „%1“ hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; must not have a query or fragment (OpenID Connect Discovery 3): remove everything from &quot;?&quot; or &quot;#&quot; on</source>
        <translation>„issuer“ darf keine Query und kein Fragment haben (OpenID Connect Discovery 3): alles ab „?“ bzw. „#“ entfernen</translation>
    </message>
    <message>
        <source>&quot;clientId&quot; is missing: copy the Client ID from the application&apos;s settings at the provider</source>
        <translation>„clientId“ fehlt: die Client-ID aus den Einstellungen der Anwendung beim Anbieter kopieren</translation>
    </message>
    <message>
        <source>&quot;redirectUri&quot; is missing: enter a callback URL that is listed in the application&apos;s Allowed Callback URLs</source>
        <translation>„redirectUri“ fehlt: eine Callback-URL eingeben, die in den „Allowed Callback URLs“ der Anwendung steht</translation>
    </message>
    <message>
        <source>&quot;redirectUri&quot; is not an absolute URL: use a full URL such as https://app.example/callback or com.example.app://callback</source>
        <translation>„redirectUri“ ist keine absolute URL: eine vollständige URL wie https://app.example/callback oder com.example.app://callback verwenden</translation>
    </message>
    <message>
        <source>&quot;redirectUri&quot; must not contain a fragment (&quot;#...&quot;, RFC 6749 3.1.2): the provider drops it; remove it</source>
        <translation>„redirectUri“ darf kein Fragment enthalten („#...“, RFC 6749 3.1.2): der Anbieter verwirft es; entfernen</translation>
    </message>
    <message>
        <source>&quot;responseType&quot; &quot;%1&quot; is not a valid response type: use one of code, id_token, id_token token, code id_token, code token, code id_token token, token</source>
        <translation>„responseType“ „%1“ ist kein gültiger Response Type: einen von code, id_token, id_token token, code id_token, code token, code id_token token, token verwenden</translation>
    </message>
    <message>
        <source>&quot;responseMode&quot; &quot;%1&quot; is not supported: use query, fragment or form_post, or leave it empty for the default of the response type</source>
        <translation>„responseMode“ „%1“ wird nicht unterstützt: query, fragment oder form_post verwenden oder leer lassen für den Standard des Response Type</translation>
    </message>
    <message>
        <source>&quot;responseMode&quot; query cannot be used with response type &quot;%1&quot;: tokens must not travel in the query (OAuth 2.0 Multiple Response Types 5); use fragment or form_post</source>
        <translation>„responseMode“ query geht nicht mit Response Type „%1“: Tokens dürfen nicht im Query-String übertragen werden (OAuth 2.0 Multiple Response Types 5); fragment oder form_post verwenden</translation>
    </message>
    <message>
        <source>&quot;browser&quot; &quot;%1&quot; is not supported: use embedded (the login page inside Tokenscope) or system (your default browser, with a loopback redirect)</source>
        <translation>„browser“ „%1“ wird nicht unterstützt: embedded (Anmeldeseite in Tokenscope) oder system (Ihr Standardbrowser, mit Loopback-Weiterleitung) verwenden</translation>
    </message>
    <message>
        <source>&quot;redirectUri&quot; must be a loopback URL such as http://127.0.0.1/callback when &quot;browser&quot; is system: Tokenscope listens there on a free port (RFC 8252 7.3); register it at the provider (a native application&apos;s redirect URI)</source>
        <translation>„redirectUri“ muss eine Loopback-URL wie http://127.0.0.1/callback sein, wenn „browser“ system ist: Tokenscope lauscht dort auf einem freien Port (RFC 8252 7.3); beim Anbieter registrieren (Redirect-URI einer nativen Anwendung)</translation>
    </message>
    <message>
        <source>&quot;responseMode&quot; form_post cannot be used with the system browser: the loopback listener only sees the URL the browser requests, never a posted form; use query or fragment, or the embedded browser</source>
        <translation>„responseMode“ form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nur die URL, die der Browser anfragt, nie ein gesendetes Formular; query oder fragment verwenden oder den eingebetteten Browser</translation>
    </message>
    <message>
        <source>&quot;scope&quot; must contain openid for response type &quot;%1&quot;: an ID token is only issued to OpenID Connect requests; add openid</source>
        <translation>„scope“ muss für Response Type „%1“ openid enthalten: ein ID Token wird nur für OpenID-Connect-Anfragen ausgestellt; openid ergänzen</translation>
    </message>
    <message>
        <source>&quot;clientSecret&quot; is missing but &quot;tokenEndpointAuth&quot; is %1: enter the client secret (or set TOKENSCOPE_CLIENT_SECRET), or set tokenEndpointAuth to none for a public client</source>
        <translation>„clientSecret“ fehlt, aber „tokenEndpointAuth“ ist %1: das Client-Secret eingeben (oder TOKENSCOPE_CLIENT_SECRET setzen) oder tokenEndpointAuth für einen öffentlichen Client auf none setzen</translation>
    </message>
    <message>
        <source>&quot;apiUrl&quot; &quot;%1&quot; is not an absolute http(s) URL: use a full URL such as https://api.example/private, or leave it empty</source>
        <translation>„apiUrl“ „%1“ ist keine absolute http(s)-URL: eine vollständige URL wie https://api.example/private verwenden oder leer lassen</translation>
    </message>
    <message>
        <source>&quot;postLogoutRedirectUri&quot; &quot;%1&quot; is not an absolute URL: use a full URL listed in the application&apos;s Allowed Logout URLs, or leave it empty</source>
        <translation>„postLogoutRedirectUri“ „%1“ ist keine absolute URL: eine vollständige URL aus den „Allowed Logout URLs“ der Anwendung verwenden oder leer lassen</translation>
    </message>
    <message>
        <source>&quot;endpoints.%1&quot; &quot;%2&quot; is not an absolute http(s) URL: use a full URL, or leave it empty to use the discovery document</source>
        <translation>„endpoints.%1“ „%2“ ist keine absolute http(s)-URL: eine vollständige URL verwenden oder leer lassen, um das Discovery-Dokument zu nutzen</translation>
    </message>
    <message>
        <source>&quot;expectedAlg&quot; must not be none: unsigned ID tokens are never acceptable; use the algorithm configured at the provider (for example RS256)</source>
        <translation>„expectedAlg“ darf nicht none sein: unsignierte ID Tokens sind nie akzeptabel; den beim Anbieter eingestellten Algorithmus verwenden (z. B. RS256)</translation>
    </message>
    <message>
        <source>&quot;expectedAlg&quot; &quot;%1&quot; is not a JWS algorithm this version knows: use RS256, HS256, PS256, ES256 or another standard name (case matters)</source>
        <translation>„expectedAlg“ „%1“ ist kein JWS-Algorithmus, den diese Version kennt: RS256, HS256, PS256, ES256 oder einen anderen Standardnamen verwenden (Groß-/Kleinschreibung beachten)</translation>
    </message>
    <message>
        <source>the profile is %1 bytes; profiles larger than 1 MiB are refused: check that this is the right file</source>
        <translation>das Profil ist %1 Bytes groß; Profile über 1 MiB werden abgelehnt: prüfen, ob dies die richtige Datei ist</translation>
    </message>
    <message>
        <source>the profile is empty: it must be a JSON object such as {&quot;issuer&quot;: &quot;tenant.eu.auth0.com&quot;, &quot;clientId&quot;: &quot;...&quot;, &quot;redirectUri&quot;: &quot;...&quot;}</source>
        <translation>das Profil ist leer: erwartet wird ein JSON-Objekt wie {&quot;issuer&quot;: &quot;tenant.eu.auth0.com&quot;, &quot;clientId&quot;: &quot;...&quot;, &quot;redirectUri&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>the profile is not valid JSON (%1 at byte %2): fix the file or create the profile again</source>
        <translation>das Profil ist kein gültiges JSON (%1 bei Byte %2): die Datei korrigieren oder das Profil neu anlegen</translation>
    </message>
    <message>
        <source>the profile must be a JSON object ({...}), not %1</source>
        <translation>das Profil muss ein JSON-Objekt ({...}) sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; the last value is used: remove the others</source>
        <translation>„%1“ kommt mehrfach vor; der letzte Wert wird verwendet: die anderen entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>„%1“ muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>a string (in double quotes)</source>
        <translation>ein String (in doppelten Anführungszeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains control characters (a line break, tab or NUL inside the value): remove them</source>
        <translation>„%1“ enthält Steuerzeichen (Zeilenumbruch, Tab oder NUL im Wert): entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had spaces or line breaks around it; they were removed</source>
        <translation>„%1“ war von Leerzeichen oder Zeilenumbrüchen umgeben; sie wurden entfernt</translation>
    </message>
    <message>
        <source>true or false (without quotes)</source>
        <translation>true oder false (ohne Anführungszeichen)</translation>
    </message>
    <message>
        <source>an object such as {&quot;connection&quot;: &quot;github&quot;, &quot;prompt&quot;: &quot;login&quot;}</source>
        <translation>ein Objekt wie {&quot;connection&quot;: &quot;github&quot;, &quot;prompt&quot;: &quot;login&quot;}</translation>
    </message>
    <message>
        <source>&quot;extraParams.%1&quot; appears more than once; the last value is used</source>
        <translation>„extraParams.%1“ kommt mehrfach vor; der letzte Wert wird verwendet</translation>
    </message>
    <message>
        <source>&quot;extraParams&quot; has a parameter with an empty name: remove it</source>
        <translation>„extraParams“ enthält einen Parameter mit leerem Namen: ihn entfernen</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>ein String oder eine Zahl</translation>
    </message>
    <message>
        <source>&quot;extraParams.%1&quot; is ignored: Tokenscope sets %1 itself for every attempt; remove it</source>
        <translation>„extraParams.%1“ wird ignoriert: Tokenscope setzt %1 bei jedem Versuch selbst; entfernen</translation>
    </message>
    <message>
        <source>an object such as {&quot;token&quot;: &quot;https://tenant.example/oauth/token&quot;}</source>
        <translation>ein Objekt wie {&quot;token&quot;: &quot;https://tenant.example/oauth/token&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known endpoint (known: %2); it is kept but not used</source>
        <translation>„%1“ ist kein bekannter Endpunkt (bekannt: %2); er bleibt erhalten, wird aber nicht verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; is not an absolute http(s) URL: use a full URL, or remove it to use the discovery document</source>
        <translation>„%1“ „%2“ ist keine absolute http(s)-URL: eine vollständige URL verwenden oder sie entfernen, um das Discovery-Dokument zu nutzen</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; is kept but not used: did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Schlüssel „%1“ bleibt erhalten, wird aber nicht verwendet: meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>the profile file contains &quot;clientSecret&quot; in plain text; Tokenscope never writes it back when saving: keep it in the keychain or in TOKENSCOPE_CLIENT_SECRET</source>
        <translation>die Profildatei enthält „clientSecret“ im Klartext; Tokenscope schreibt es beim Speichern nie zurück: im Schlüsselbund oder in TOKENSCOPE_CLIENT_SECRET aufbewahren</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; uses http on a host that is not this computer: OpenID Connect requires https, and tokens would travel unencrypted</source>
        <translation>„issuer“ verwendet http auf einem Host, der nicht dieser Computer ist: OpenID Connect verlangt https, und Tokens würden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; &quot;%1&quot; has no trailing slash, but Auth0&apos;s issuer is &quot;%1/&quot;: the issuer checks will fail; add the slash or use the bare domain</source>
        <translation>„issuer“ „%1“ endet nicht mit Schrägstrich, der Aussteller von Auth0 ist aber „%1/“: die Aussteller-Prüfungen werden fehlschlagen; den Schrägstrich ergänzen oder nur die Domain angeben</translation>
    </message>
    <message>
        <source>a file name or a list of file names, such as [&quot;ca.pem&quot;]</source>
        <translation>ein Dateiname oder eine Liste von Dateinamen, z. B. [&quot;ca.pem&quot;]</translation>
    </message>
    <message>
        <source>&quot;refreshScope&quot; can only narrow the scope (RFC 6749 6): %1 is not in &quot;scope&quot;; add it there or remove it here</source>
        <translation>„refreshScope“ kann den Scope nur einschränken (RFC 6749 6): %1 steht nicht in „scope“; dort ergänzen oder hier entfernen</translation>
    </message>
    <message>
        <source>&quot;redirectUri&quot; must not be a %1: URL: that names a local file or the browser&apos;s own content, not an application; use https, a loopback http URL or the application&apos;s own scheme (RFC 8252 7)</source>
        <translation>„redirectUri“ darf keine %1:-URL sein: sie bezeichnet eine lokale Datei oder einen eigenen Inhalt des Browsers, keine Anwendung; https, eine Loopback-http-URL oder das eigene Schema der Anwendung verwenden (RFC 8252 7)</translation>
    </message>
    <message>
        <source>&quot;postLogoutRedirectUri&quot; must not be a %1: URL: that names a local file or the browser&apos;s own content; use https, a loopback http URL or the application&apos;s own scheme, or leave it empty</source>
        <translation>„postLogoutRedirectUri“ darf keine %1:-URL sein: sie bezeichnet eine lokale Datei oder einen eigenen Inhalt des Browsers; https, eine Loopback-http-URL oder das eigene Schema der Anwendung verwenden oder leer lassen</translation>
    </message>
    <message>
        <source>&quot;clientSecret&quot; is missing: the client credentials grant is only for confidential clients (RFC 6749 4.4); enter the client secret (or set TOKENSCOPE_CLIENT_SECRET)</source>
        <translation>„clientSecret“ fehlt: Der Client-Credentials-Grant ist nur für vertrauliche Clients (RFC 6749 4.4); das Client-Secret eingeben (oder TOKENSCOPE_CLIENT_SECRET setzen)</translation>
    </message>
    <message>
        <source>&quot;realm&quot; is only used by the password grant (Auth0&apos;s password-realm): set &quot;grant&quot; to password, or remove it</source>
        <translation>„realm“ wird nur vom Password-Grant verwendet (Auth0s password-realm): „grant“ auf password setzen oder „realm“ entfernen</translation>
    </message>
    <message>
        <source>&quot;grant&quot; &quot;%1&quot; is not a grant Tokenscope knows: use authorization_code (the default), client_credentials, device_code, password or token_exchange</source>
        <translation>„grant“ „%1“ ist kein Grant, den Tokenscope kennt: authorization_code (Standard), client_credentials, device_code, password oder token_exchange verwenden</translation>
    </message>
    <message>
        <source>&quot;subjectToken&quot; is only used by token exchange (RFC 8693): set &quot;grant&quot; to token_exchange, or remove it</source>
        <translation>„subjectToken“ wird nur beim Token-Austausch (RFC 8693) verwendet: „grant“ auf token_exchange setzen oder den Eintrag entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only used by token exchange (RFC 8693): set &quot;grant&quot; to token_exchange, or remove it</source>
        <translation>„%1“ wird nur beim Token-Austausch (RFC 8693) verwendet: „grant“ auf token_exchange setzen oder den Eintrag entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; is not a token type of RFC 8693 3: use access_token, refresh_token, id_token, jwt, saml1, saml2 or a token type URI</source>
        <translation>„%1“ „%2“ ist kein Token-Typ aus RFC 8693 3: access_token, refresh_token, id_token, jwt, saml1, saml2 oder eine Token-Typ-URI verwenden</translation>
    </message>
    <message>
        <source>&quot;tokenEndpointAuth&quot; &quot;%1&quot; is not supported: use client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt, tls_client_auth, self_signed_tls_client_auth or none</source>
        <translation>&quot;tokenEndpointAuth&quot; &quot;%1&quot; wird nicht unterstützt: verwenden Sie client_secret_basic, client_secret_post, client_secret_jwt, private_key_jwt, tls_client_auth, self_signed_tls_client_auth oder none</translation>
    </message>
    <message>
        <source>&quot;clientCertificate&quot; and &quot;clientCertificateKey&quot; are needed: %1 authenticates the client with its TLS certificate (RFC 8705 2); name the certificate&apos;s PEM file and its key&apos;s</source>
        <translation>&quot;clientCertificate&quot; und &quot;clientCertificateKey&quot; werden gebraucht: %1 authentifiziert den Client mit seinem TLS-Zertifikat (RFC 8705 2); nennen Sie die PEM-Datei des Zertifikats und die seines Schlüssels</translation>
    </message>
    <message>
        <source>&quot;clientKey&quot; is missing: private_key_jwt signs with the client&apos;s private key; name its PEM or JWK file (or generate a key pair in the profile editor and register the public key at the provider)</source>
        <translation>&quot;clientKey&quot; fehlt: private_key_jwt signiert mit dem privaten Schlüssel des Clients; nennen Sie seine PEM- oder JWK-Datei (oder erzeugen Sie im Profileditor ein Schlüsselpaar und registrieren Sie den öffentlichen Schlüssel beim Anbieter)</translation>
    </message>
    <message>
        <source>&quot;clientKey&quot; and &quot;clientKeyId&quot; are only used by private_key_jwt and signed request objects: set &quot;tokenEndpointAuth&quot; to private_key_jwt or &quot;requestObject&quot; to signed, or remove them</source>
        <translation>&quot;clientKey&quot; und &quot;clientKeyId&quot; werden nur von private_key_jwt und signierten Request-Objekten verwendet: setzen Sie &quot;tokenEndpointAuth&quot; auf private_key_jwt oder &quot;requestObject&quot; auf signed, oder entfernen Sie sie</translation>
    </message>
    <message>
        <source>&quot;requestObject&quot; &quot;%1&quot; is not supported: use signed (RFC 9101), or remove it for a plain request</source>
        <translation>&quot;requestObject&quot; &quot;%1&quot; wird nicht unterstützt: verwenden Sie signed (RFC 9101), oder entfernen Sie es für eine einfache Anfrage</translation>
    </message>
    <message>
        <source>&quot;requestObject&quot; signed needs a key: name the client&apos;s private key in &quot;clientKey&quot; (or a client secret for HS256)</source>
        <translation>&quot;requestObject&quot; signed braucht einen Schlüssel: nennen Sie den privaten Schlüssel des Clients in &quot;clientKey&quot; (oder ein Client-Secret für HS256)</translation>
    </message>
    <message>
        <source>&quot;par&quot; and &quot;requestObject&quot; protect the authorization request, which the %1 grant does not send: remove them</source>
        <translation>&quot;par&quot; und &quot;requestObject&quot; schützen die Autorisierungsanfrage, die der Grant %1 nicht sendet: entfernen Sie sie</translation>
    </message>
    <message>
        <source>&quot;dpopAlg&quot; &quot;%1&quot; is not one Tokenscope makes proofs with: use %2</source>
        <translation>&quot;dpopAlg&quot; &quot;%1&quot; ist keiner, mit dem Tokenscope Proofs erstellt: verwenden Sie %2</translation>
    </message>
    <message>
        <source>&quot;dpopAlg&quot; is only used with DPoP: set &quot;dpop&quot; to true, or remove it</source>
        <translation>&quot;dpopAlg&quot; wird nur mit DPoP verwendet: setzen Sie &quot;dpop&quot; auf true, oder entfernen Sie es</translation>
    </message>
    <message>
        <source>the client key</source>
        <translation>der Client-Schlüssel</translation>
    </message>
    <message>
        <source>the client certificate</source>
        <translation>das Client-Zertifikat</translation>
    </message>
    <message>
        <source>the client certificate&apos;s key</source>
        <translation>der Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation>%1 %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 %2 is larger than 64 KiB: not a key or certificate</source>
        <translation>%1 %2 ist größer als 64 KiB: kein Schlüssel und kein Zertifikat</translation>
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
    <name>ProviderMetadata</name>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>„%1“ muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty string</source>
        <translation>„%1“ ist ein leerer String</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; is not an absolute https URL</source>
        <translation>„%1“ „%2“ ist keine absolute https-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; &quot;%2&quot; uses http: OpenID Connect requires https (tokens would travel unencrypted)</source>
        <translation>„%1“ „%2“ verwendet http: OpenID Connect verlangt https (Tokens würden unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings, not %2</source>
        <translation>„%1“ muss ein Array von Strings sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings, but it contains %2</source>
        <translation>„%1“ muss ein Array von Strings sein, ein Element ist aber %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not %2</source>
        <translation>„%1“ muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>required member &quot;%1&quot; is missing (OpenID Connect Discovery 3)</source>
        <translation>Pflichtfeld „%1“ fehlt (OpenID Connect Discovery 3)</translation>
    </message>
    <message>
        <source>the discovery document is %1 bytes; documents larger than 1 MiB are not read</source>
        <translation>das Discovery-Dokument ist %1 Bytes groß; Dokumente über 1 MiB werden nicht gelesen</translation>
    </message>
    <message>
        <source>the discovery document is empty: check the URL (issuer + /.well-known/openid-configuration)</source>
        <translation>das Discovery-Dokument ist leer: die URL prüfen (Aussteller + /.well-known/openid-configuration)</translation>
    </message>
    <message>
        <source>the discovery document is not JSON (%1 at byte %2): check that the issuer URL is right</source>
        <translation>das Discovery-Dokument ist kein JSON (%1 bei Byte %2): prüfen, ob die URL des Ausstellers stimmt</translation>
    </message>
    <message>
        <source>the discovery document must be a JSON object, not %1</source>
        <translation>das Discovery-Dokument muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once in one object; JSON parsers disagree about which value wins, so the document is ambiguous (Tokenscope read the last one)</source>
        <translation>das Feld „%1“ kommt in einem Objekt mehrfach vor; JSON-Parser sind uneins, welcher Wert gilt, daher ist das Dokument mehrdeutig (Tokenscope hat den letzten gelesen)</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; &quot;%1&quot; is not an absolute URL</source>
        <translation>„issuer“ „%1“ ist keine absolute URL</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; &quot;%1&quot; must use https (OpenID Connect Discovery 3)</source>
        <translation>„issuer“ „%1“ muss https verwenden (OpenID Connect Discovery 3)</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; &quot;%1&quot; must not have a query or fragment (OpenID Connect Discovery 3)</source>
        <translation>„issuer“ „%1“ darf keine Query und kein Fragment haben (OpenID Connect Discovery 3)</translation>
    </message>
    <message>
        <source>; they differ only in the trailing slash, which counts: set the profile&apos;s issuer to &quot;%1&quot;</source>
        <translation>; sie unterscheiden sich nur im abschließenden Schrägstrich, der zählt: den Aussteller des Profils auf „%1“ setzen</translation>
    </message>
    <message>
        <source>; check the profile&apos;s issuer, or whether the document came from another provider</source>
        <translation>; den Aussteller des Profils prüfen oder ob das Dokument von einem anderen Anbieter stammt</translation>
    </message>
    <message>
        <source>&quot;issuer&quot; in the discovery document is &quot;%1&quot; but the expected issuer is &quot;%2&quot; (OpenID Connect Discovery 4.3 requires them to be identical)%3</source>
        <translation>„issuer“ im Discovery-Dokument ist „%1“, erwartet wird aber „%2“ (OpenID Connect Discovery 4.3 verlangt, dass beide identisch sind)%3</translation>
    </message>
    <message>
        <source>&quot;id_token_signing_alg_values_supported&quot; does not include RS256, which OpenID Connect Discovery 3 requires</source>
        <translation>„id_token_signing_alg_values_supported“ enthält nicht RS256, das OpenID Connect Discovery 3 verlangt</translation>
    </message>
    <message>
        <source>no authorization endpoint is known: the discovery document is not available and the profile has no &quot;endpoints.authorization&quot;; fix the issuer or enter the endpoints by hand</source>
        <translation>kein Autorisierungsendpunkt bekannt: das Discovery-Dokument ist nicht verfügbar und das Profil hat kein „endpoints.authorization“; den Aussteller korrigieren oder die Endpunkte von Hand eintragen</translation>
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
    <name>ReportFile</name>
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
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>the token endpoint answered %1 with %2 bytes (%3), more than the 1 MiB a token response may have; it was not read: %4</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1 und %2 Bytes (%3), mehr als die für eine Token-Antwort erlaubten 1 MiB; nicht gelesen: %4</translation>
    </message>
    <message>
        <source>the token endpoint answered %1 with an empty body (%2), not JSON</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1 und leerem Body (%2), nicht mit JSON</translation>
    </message>
    <message>
        <source>empty answer (HTTP %1)</source>
        <translation>leere Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>the token endpoint answered %1 with %2 (not JSON): %3</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1 und %2 (kein JSON): %3</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>ein einzelner JSON-Wert</translation>
    </message>
    <message>
        <source>the token endpoint answered %1 with %2, not a JSON object (RFC 6749 5.1)</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1; der Body ist %2, kein JSON-Objekt (RFC 6749 5.1)</translation>
    </message>
    <message>
        <source>the Content-Type is %1, not application/json (RFC 6749 5.1); the body was read as JSON anyway</source>
        <translation>der Content-Type ist %1, nicht application/json (RFC 6749 5.1); der Body wurde trotzdem als JSON gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>„%1“ muss ein String sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;error&quot; must be a string, not %1 (RFC 6749 5.2)</source>
        <translation>„error“ muss ein String sein, nicht %1 (RFC 6749 5.2)</translation>
    </message>
    <message>
        <source>the token endpoint answered %1 with an OAuth error; errors use status 400 or 401 (RFC 6749 5.2)</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1 und einem OAuth-Fehler; Fehler verwenden Status 400 oder 401 (RFC 6749 5.2)</translation>
    </message>
    <message>
        <source>the token endpoint answered %1 without an OAuth error object (RFC 6749 5.2): %2</source>
        <translation>der Token-Endpunkt antwortete mit HTTP %1 ohne OAuth-Fehlerobjekt (RFC 6749 5.2): %2</translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; %1 is not a whole number of seconds</source>
        <translation>„expires_in“ %1 ist keine ganze Sekundenzahl</translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; %1 is negative</source>
        <translation>„expires_in“ %1 ist negativ</translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; is a string (&quot;%1&quot;), not a number (RFC 6749 5.1)</source>
        <translation>„expires_in“ ist ein String („%1“), keine Zahl (RFC 6749 5.1)</translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; &quot;%1&quot; is not a number of seconds</source>
        <translation>„expires_in“ „%1“ ist keine Sekundenzahl</translation>
    </message>
    <message>
        <source>&quot;expires_in&quot; must be a number of seconds, not %1</source>
        <translation>„expires_in“ muss eine Sekundenzahl sein, nicht %1</translation>
    </message>
    <message>
        <source>the response has no access_token (RFC 6749 5.1 requires one)</source>
        <translation>die Antwort enthält kein access_token (RFC 6749 5.1 verlangt eines)</translation>
    </message>
    <message>
        <source>the response has no token_type (RFC 6749 5.1 requires one; expected Bearer)</source>
        <translation>die Antwort enthält keinen token_type (RFC 6749 5.1 verlangt einen; erwartet: Bearer)</translation>
    </message>
    <message>
        <source>token_type &quot;%1&quot; is neither Bearer nor DPoP: Tokenscope cannot call an API with it</source>
        <translation>token_type „%1“ ist weder Bearer noch DPoP: damit kann Tokenscope keine API aufrufen</translation>
    </message>
    <message>
        <source>prompt=none needs an existing session at the provider: sign in once without prompt=none (remove it from the extra parameters), then try again</source>
        <translation>prompt=none braucht eine bestehende Sitzung beim Anbieter: einmal ohne prompt=none anmelden (aus den zusätzlichen Parametern entfernen), dann erneut versuchen</translation>
    </message>
    <message>
        <source>the user has not consented to the requested scopes or audience and prompt=none forbids asking: sign in once without prompt=none, or (Auth0) turn on &quot;Allow Skipping User Consent&quot; for the API; Auth0 never skips consent for localhost callback URLs</source>
        <translation>der Benutzer hat den angeforderten Scopes bzw. der Audience nicht zugestimmt, und prompt=none verbietet die Nachfrage: einmal ohne prompt=none anmelden oder (Auth0) „Allow Skipping User Consent“ für die API einschalten; Auth0 überspringt die Zustimmung bei localhost-Callback-URLs nie</translation>
    </message>
    <message>
        <source>the provider needs the user to interact (login page, MFA, a rule or action redirect) and prompt=none forbids it: sign in again without prompt=none</source>
        <translation>der Anbieter braucht eine Interaktion des Benutzers (Anmeldeseite, MFA, Weiterleitung durch eine Rule oder Action), und prompt=none verbietet sie: erneut ohne prompt=none anmelden</translation>
    </message>
    <message>
        <source>several sessions exist and prompt=none forbids asking which one: sign in without prompt=none or add login_hint</source>
        <translation>es gibt mehrere Sitzungen, und prompt=none verbietet die Nachfrage, welche: ohne prompt=none anmelden oder login_hint ergänzen</translation>
    </message>
    <message>
        <source>the application is not allowed this grant/response type; enable it in the application&apos;s settings (Auth0: Applications &gt; your application &gt; Advanced Settings &gt; Grant Types: Implicit for id_token and token, Authorization Code for code, Refresh Token for refreshing)</source>
        <translation>die Anwendung darf diesen Grant- bzw. Response-Type nicht verwenden; ihn in den Einstellungen der Anwendung aktivieren (Auth0: Applications &gt; Ihre Anwendung &gt; Advanced Settings &gt; Grant Types: Implicit für id_token und token, Authorization Code für code, Refresh Token für die Erneuerung)</translation>
    </message>
    <message>
        <source>the refresh token is unknown, expired, revoked or already rotated: sign in again with offline_access in the scope to get a new one</source>
        <translation>das Refresh Token ist unbekannt, abgelaufen, widerrufen oder bereits rotiert: erneut mit offline_access im Scope anmelden, um ein neues zu erhalten</translation>
    </message>
    <message>
        <source>the audience does not name an API of this tenant: set &quot;audience&quot; to the Identifier of an API registered at the provider</source>
        <translation>die Audience bezeichnet keine API dieses Tenants: „audience“ auf den Identifier einer beim Anbieter registrierten API setzen</translation>
    </message>
    <message>
        <source>the user declined, or a rule, action or tenant setting denied the request: read the description, check the tenant&apos;s rules/actions and that the user may use this application</source>
        <translation>der Benutzer hat abgelehnt, oder eine Rule, Action oder Tenant-Einstellung hat die Anfrage verweigert: die Beschreibung lesen, die Rules/Actions des Tenants prüfen und ob der Benutzer diese Anwendung verwenden darf</translation>
    </message>
    <message>
        <source>add the callback URL to the application&apos;s Allowed Callback URLs (it must match exactly, trailing slash included), and send the same redirect_uri to /authorize and /oauth/token</source>
        <translation>die Callback-URL zu den „Allowed Callback URLs“ der Anwendung hinzufügen (sie muss exakt übereinstimmen, einschließlich abschließendem Schrägstrich) und dieselbe redirect_uri an /authorize und /oauth/token senden</translation>
    </message>
    <message>
        <source>PKCE is incomplete: send code_challenge with code_challenge_method=S256 to /authorize and the code_verifier of the same attempt to the token endpoint</source>
        <translation>PKCE ist unvollständig: code_challenge mit code_challenge_method=S256 an /authorize und den code_verifier desselben Versuchs an den Token-Endpunkt senden</translation>
    </message>
    <message>
        <source>response types that return an ID token from /authorize need a nonce: keep openid in the scope and do not remove the nonce</source>
        <translation>Response Types, die ein ID Token von /authorize zurückgeben, brauchen eine Nonce: openid im Scope lassen und die Nonce nicht entfernen</translation>
    </message>
    <message>
        <source>a parameter is missing, repeated or malformed: read the description and fix the profile field or extra parameter it names</source>
        <translation>ein Parameter fehlt, ist doppelt oder fehlerhaft: die Beschreibung lesen und das genannte Profilfeld bzw. den genannten zusätzlichen Parameter korrigieren</translation>
    </message>
    <message>
        <source>the code_verifier does not match the code_challenge sent to /authorize: exchange the code with the verifier of the same attempt</source>
        <translation>der code_verifier passt nicht zur an /authorize gesendeten code_challenge: den Code mit dem Verifier desselben Versuchs einlösen</translation>
    </message>
    <message>
        <source>redirect_uri must be identical to the one sent to /authorize</source>
        <translation>redirect_uri muss mit der an /authorize gesendeten identisch sein</translation>
    </message>
    <message>
        <source>wrong username or password</source>
        <translation>Benutzername oder Passwort falsch</translation>
    </message>
    <message>
        <source>the authorization code is invalid, expired or already used (codes are single-use and short-lived): start a new sign-in and exchange the code at once, with the same redirect_uri</source>
        <translation>der Autorisierungscode ist ungültig, abgelaufen oder bereits verwendet (Codes sind einmalig und kurzlebig): eine neue Anmeldung starten und den Code sofort einlösen, mit derselben redirect_uri</translation>
    </message>
    <message>
        <source>client authentication failed: check the client ID and secret, and that &quot;tokenEndpointAuth&quot; matches the application&apos;s Token Endpoint Authentication Method (Auth0: Post, Basic or None)</source>
        <translation>Client-Authentifizierung fehlgeschlagen: Client-ID und Secret prüfen und ob „tokenEndpointAuth“ zur Token Endpoint Authentication Method der Anwendung passt (Auth0: Post, Basic oder None)</translation>
    </message>
    <message>
        <source>a requested scope is unknown or not allowed: remove it, or define it on the API named by &quot;audience&quot; (API scopes exist only for that audience)</source>
        <translation>ein angeforderter Scope ist unbekannt oder nicht erlaubt: ihn entfernen oder bei der durch „audience“ benannten API definieren (API-Scopes gibt es nur für diese Audience)</translation>
    </message>
    <message>
        <source>the provider or the application does not support this response_type: pick one from response_types_supported and enable the matching grant types in the application&apos;s settings</source>
        <translation>der Anbieter oder die Anwendung unterstützt diesen response_type nicht: einen aus response_types_supported wählen und die passenden Grant Types in den Einstellungen der Anwendung aktivieren</translation>
    </message>
    <message>
        <source>the token endpoint does not accept this grant_type: enable the grant for the application (Auth0: Advanced Settings &gt; Grant Types)</source>
        <translation>der Token-Endpunkt akzeptiert diesen grant_type nicht: den Grant für die Anwendung aktivieren (Auth0: Advanced Settings &gt; Grant Types)</translation>
    </message>
    <message>
        <source>the provider does not support this response_mode: pick one from response_modes_supported or leave &quot;responseMode&quot; empty</source>
        <translation>der Anbieter unterstützt diesen response_mode nicht: einen aus response_modes_supported wählen oder „responseMode“ leer lassen</translation>
    </message>
    <message>
        <source>the endpoint or grant is disabled for this tenant or application: enable it in the tenant or application settings, or use the endpoints from the discovery document</source>
        <translation>der Endpunkt oder Grant ist für diesen Tenant bzw. diese Anwendung deaktiviert: ihn in den Tenant- oder Anwendungseinstellungen aktivieren oder die Endpunkte aus dem Discovery-Dokument verwenden</translation>
    </message>
    <message>
        <source>rate limited: wait before retrying (see the Retry-After header); Auth0 also limits how often the same refresh token may be used</source>
        <translation>Rate-Limit erreicht: vor dem erneuten Versuch warten (siehe Retry-After-Header); Auth0 begrenzt auch, wie oft dasselbe Refresh Token verwendet werden darf</translation>
    </message>
    <message>
        <source>the provider failed internally: retry later; a failing rule or action in the tenant also shows up as server_error, so check the tenant&apos;s logs</source>
        <translation>interner Fehler beim Anbieter: später erneut versuchen; eine fehlschlagende Rule oder Action im Tenant erscheint ebenfalls als server_error, daher die Logs des Tenants prüfen</translation>
    </message>
    <message>
        <source>the provider is overloaded or under maintenance: retry later</source>
        <translation>der Anbieter ist überlastet oder in Wartung: später erneut versuchen</translation>
    </message>
    <message>
        <source>multi-factor authentication is required for this user: sign in through the browser so the provider can run MFA</source>
        <translation>für diesen Benutzer ist Multi-Faktor-Authentifizierung erforderlich: über den Browser anmelden, damit der Anbieter MFA durchführen kann</translation>
    </message>
    <message>
        <source>the access token is invalid or expired, or was issued for another audience: get a new one with the right &quot;audience&quot;</source>
        <translation>das Access Token ist ungültig oder abgelaufen oder wurde für eine andere Zielgruppe ausgestellt: ein neues mit der richtigen „audience“ holen</translation>
    </message>
    <message>
        <source>the access token lacks a scope the API requires: add it to &quot;scope&quot; and make sure the API grants it to the application</source>
        <translation>dem Access Token fehlt ein Scope, den die API verlangt: ihn zu „scope“ hinzufügen und sicherstellen, dass die API ihn der Anwendung gewährt</translation>
    </message>
    <message>
        <source>the provider rejected the request (400): read the description</source>
        <translation>der Anbieter hat die Anfrage zurückgewiesen (400): die Beschreibung lesen</translation>
    </message>
    <message>
        <source>the provider did not accept the client&apos;s credentials (401): check the client ID, the secret and &quot;tokenEndpointAuth&quot;</source>
        <translation>der Anbieter hat die Zugangsdaten des Clients nicht akzeptiert (401): Client-ID, Secret und „tokenEndpointAuth“ prüfen</translation>
    </message>
    <message>
        <source>the provider refused the request (403): the application or the user is not allowed this grant; check the application&apos;s grant types and the tenant&apos;s rules/actions</source>
        <translation>der Anbieter hat die Anfrage abgelehnt (403): der Anwendung oder dem Benutzer ist dieser Grant nicht erlaubt; die Grant Types der Anwendung und die Rules/Actions des Tenants prüfen</translation>
    </message>
    <message>
        <source>nothing answers at this URL (404): check the token endpoint (from discovery, or &quot;endpoints.token&quot; in the profile)</source>
        <translation>unter dieser URL antwortet nichts (404): den Token-Endpunkt prüfen (aus der Discovery oder „endpoints.token“ im Profil)</translation>
    </message>
    <message>
        <source>the endpoint does not accept this HTTP method (405): the token endpoint expects POST; check the URL</source>
        <translation>der Endpunkt akzeptiert diese HTTP-Methode nicht (405): der Token-Endpunkt erwartet POST; die URL prüfen</translation>
    </message>
    <message>
        <source>rate limited (429): wait before retrying (see the Retry-After header)</source>
        <translation>Rate-Limit erreicht (429): vor dem erneuten Versuch warten (siehe Retry-After-Header)</translation>
    </message>
    <message>
        <source>the provider does not implement this (501): check the response type or grant type</source>
        <translation>der Anbieter implementiert dies nicht (501): Response Type bzw. Grant Type prüfen</translation>
    </message>
    <message>
        <source>the provider is unavailable (503): retry later</source>
        <translation>der Anbieter ist nicht verfügbar (503): später erneut versuchen</translation>
    </message>
    <message>
        <source>the provider failed (%1): retry later and check the tenant&apos;s logs</source>
        <translation>Fehler beim Anbieter (%1): später erneut versuchen und die Logs des Tenants prüfen</translation>
    </message>
    <message>
        <source>the answer is not a token response: the URL is probably not the token endpoint (a login page or a proxy answered); check the token endpoint from discovery or &quot;endpoints.token&quot;</source>
        <translation>die Antwort ist keine Token-Antwort: die URL ist wohl nicht der Token-Endpunkt (eine Anmeldeseite oder ein Proxy hat geantwortet); den Token-Endpunkt aus der Discovery bzw. „endpoints.token“ prüfen</translation>
    </message>
    <message>
        <source>the answer is not OAuth JSON: check the URL and any proxy between Tokenscope and the provider</source>
        <translation>die Antwort ist kein OAuth-JSON: die URL und etwaige Proxys zwischen Tokenscope und dem Anbieter prüfen</translation>
    </message>
    <message>
        <source>the provider returned an error this version does not explain: read the description and the provider&apos;s documentation</source>
        <translation>der Anbieter hat einen Fehler gemeldet, den diese Version nicht erklärt: die Beschreibung und die Dokumentation des Anbieters lesen</translation>
    </message>
    <message>
        <source>the token response has no token_type, which RFC 6749 5.1 requires (expected Bearer): a client cannot tell how to use the access token</source>
        <translation>die Token-Antwort hat kein token_type, das RFC 6749 5.1 verlangt (erwartet: Bearer): ein Client kann nicht erkennen, wie das Access Token zu verwenden ist</translation>
    </message>
    <message>
        <source>token_type must be a string (RFC 6749 5.1), not %1</source>
        <translation>token_type muss eine Zeichenkette sein (RFC 6749 5.1), nicht %1</translation>
    </message>
    <message>
        <source>Bearer (RFC 6750)</source>
        <translation>Bearer (RFC 6750)</translation>
    </message>
    <message>
        <source>%1: Bearer, compared case-insensitively (RFC 6749 5.1)</source>
        <translation>%1: Bearer, ohne Beachtung der Groß-/Kleinschreibung verglichen (RFC 6749 5.1)</translation>
    </message>
    <message>
        <source>%1: a DPoP-bound token (RFC 9449 5)</source>
        <translation>%1: ein an DPoP gebundenes Token (RFC 9449 5)</translation>
    </message>
    <message>
        <source>token_type %1, but this client sent no DPoP proof: a DPoP-bound token cannot be used without one (RFC 9449 5, 7.1)</source>
        <translation>token_type %1, aber dieser Client hat keinen DPoP-Nachweis gesendet: ein an DPoP gebundenes Token ist ohne einen nicht verwendbar (RFC 9449 5, 7.1)</translation>
    </message>
    <message>
        <source>token_type &quot;%1&quot; is not a type Tokenscope understands (Bearer, DPoP); a client must not use an access token whose type it does not understand (RFC 6749 7.1)</source>
        <translation>token_type „%1“ ist kein Typ, den Tokenscope versteht (Bearer, DPoP); ein Client darf ein Access Token, dessen Typ er nicht versteht, nicht verwenden (RFC 6749 7.1)</translation>
    </message>
    <message>
        <source>no expires_in: it is only RECOMMENDED (RFC 6749 5.1), so the access token&apos;s lifetime is unknown</source>
        <translation>kein expires_in: es ist nur EMPFOHLEN (RFC 6749 5.1), daher ist die Lebensdauer des Access Tokens unbekannt</translation>
    </message>
    <message>
        <source>expires_in %1 is not a number of seconds (RFC 6749 5.1)</source>
        <translation>expires_in %1 ist keine Anzahl Sekunden (RFC 6749 5.1)</translation>
    </message>
    <message>
        <source>expires_in %1 is negative: a lifetime cannot be (RFC 6749 5.1)</source>
        <translation>expires_in %1 ist negativ: eine Lebensdauer kann das nicht sein (RFC 6749 5.1)</translation>
    </message>
    <message>
        <source>%1 seconds, sent as a string %2 instead of a number (RFC 6749 5.1); read as a number, as oauth4webapi does</source>
        <translation>%1 Sekunden, als Zeichenkette %2 statt als Zahl gesendet (RFC 6749 5.1); als Zahl gelesen, wie oauth4webapi es tut</translation>
    </message>
    <message>
        <source>the access token expires in %1 seconds</source>
        <translation>das Access Token läuft in %1 Sekunden ab</translation>
    </message>
    <message>
        <source>expires_in must be a number of seconds (RFC 6749 5.1), not %1</source>
        <translation>expires_in muss eine Anzahl Sekunden sein (RFC 6749 5.1), nicht %1</translation>
    </message>
    <message>
        <source>the application requires pushed authorization requests (RFC 9126): set &quot;par&quot; to true in the profile (Request section of the editor)</source>
        <translation>die Anwendung verlangt Pushed Authorization Requests (RFC 9126): setzen Sie &quot;par&quot; im Profil auf true (Abschnitt Anfrage im Editor)</translation>
    </message>
    <message>
        <source>the application requires a signed request object (RFC 9101): set &quot;requestObject&quot; to signed in the profile and register the client key&apos;s public JWK (or use the client secret for HS256)</source>
        <translation>die Anwendung verlangt ein signiertes Request-Objekt (RFC 9101): setzen Sie &quot;requestObject&quot; im Profil auf signed und registrieren Sie den öffentlichen JWK des Client-Schlüssels (oder verwenden Sie das Client-Secret für HS256)</translation>
    </message>
    <message>
        <source>the provider refused the signed request object (RFC 9101 6): check that the public key of &quot;clientKey&quot; is registered for the application with the kid Tokenscope sends, and that the provider allows its alg</source>
        <translation>der Anbieter hat das signierte Request-Objekt abgelehnt (RFC 9101 6): prüfen Sie, ob der öffentliche Schlüssel von &quot;clientKey&quot; für die Anwendung mit der kid registriert ist, die Tokenscope sendet, und ob der Anbieter seinen alg zulässt</translation>
    </message>
    <message>
        <source>the pushed request&apos;s request_uri is unknown, used or expired (RFC 9126 4): sign in again; the login must finish within the expires_in the provider gave</source>
        <translation>die request_uri der übertragenen Anfrage ist unbekannt, verbraucht oder abgelaufen (RFC 9126 4): melden Sie sich erneut an; die Anmeldung muss innerhalb des expires_in des Anbieters abgeschlossen sein</translation>
    </message>
    <message>
        <source>the provider refused the DPoP proof (RFC 9449 4.3): read the description; a replayed jti, a clock far off, an alg it does not list in dpop_signing_alg_values_supported or a proof for another URL are the usual causes</source>
        <translation>der Anbieter hat den DPoP-Proof abgelehnt (RFC 9449 4.3): lesen Sie die Beschreibung; eine wiederverwendete jti, eine stark abweichende Uhr, ein alg, den er nicht in dpop_signing_alg_values_supported nennt, oder ein Proof für eine andere URL sind die üblichen Ursachen</translation>
    </message>
    <message>
        <source>the provider wants a DPoP nonce (RFC 9449 8) and refused the retry that carried the one it gave</source>
        <translation>der Anbieter verlangt eine DPoP-Nonce (RFC 9449 8) und hat die Wiederholung mit der von ihm gegebenen abgelehnt</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>the authorization code</source>
        <translation>der Autorisierungscode</translation>
    </message>
    <message>
        <source>c_hash is required in an ID token from the authorization endpoint when a code is returned with it (OpenID Connect Core 3.3.2.11)</source>
        <translation>c_hash ist in einem ID Token vom Autorisierungsendpunkt Pflicht, wenn mit ihm ein Code zurückgegeben wird (OpenID Connect Core 3.3.2.11)</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>das Access Token</translation>
    </message>
    <message>
        <source>at_hash is required in an ID token from the authorization endpoint when an access token is returned with it (OpenID Connect Core 3.2.2.10, 3.3.2.11)</source>
        <translation>at_hash ist in einem ID Token vom Autorisierungsendpunkt Pflicht, wenn mit ihm ein Access Token zurückgegeben wird (OpenID Connect Core 3.2.2.10, 3.3.2.11)</translation>
    </message>
    <message>
        <source>the state</source>
        <translation>der State</translation>
    </message>
    <message>
        <source>s_hash is required for this response, but the token has none</source>
        <translation>s_hash ist für diese Antwort Pflicht, aber das Token hat keinen</translation>
    </message>
</context>
<context>
    <name>TrustedCas</name>
    <message>
        <source>cannot read the CA certificate file %1: %2</source>
        <translation>die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no PEM or DER certificate</source>
        <translation>die CA-Zertifikatsdatei %1 enthält kein PEM- oder DER-Zertifikat</translation>
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
    <name>tokenscope::Base64Url::Base64UrlText</name>
    <message>
        <source>padding character &apos;=&apos; at offset %1; base64url in JOSE is never padded</source>
        <translation>Padding-Zeichen &apos;=&apos; bei Offset %1; base64url hat in JOSE nie Padding</translation>
    </message>
    <message>
        <source>character %1 at offset %2 belongs to standard base64, not base64url (which uses &apos;-&apos; and &apos;_&apos;)</source>
        <translation>Zeichen %1 bei Offset %2 gehört zu Standard-Base64, nicht zu base64url (das &apos;-&apos; und &apos;_&apos; verwendet)</translation>
    </message>
    <message>
        <source>character %1 at offset %2 is not in the base64url alphabet</source>
        <translation>Zeichen %1 bei Offset %2 gehört nicht zum base64url-Alphabet</translation>
    </message>
    <message>
        <source>its length %1 is one more than a multiple of 4, which no byte string encodes to</source>
        <translation>Länge %1 ist ein Vielfaches von 4 plus 1, was keiner Bytefolge entspricht</translation>
    </message>
</context>
<context>
    <name>tokenscope::CallbackPage</name>
    <message>
        <source>%1 asked for %2: denied</source>
        <translation>%1 fragte nach %2: abgelehnt</translation>
    </message>
    <message>
        <source>%1 asked for access to the file system: denied</source>
        <translation>%1 fragte nach Zugriff auf das Dateisystem: abgelehnt</translation>
    </message>
    <message>
        <source>%1 asked to handle %2: links: denied</source>
        <translation>%1 wollte %2:-Links übernehmen: abgelehnt</translation>
    </message>
    <message>
        <source>a frame inside the page tried to load the callback URL %1: refused and not used (only the page itself can deliver the callback)</source>
        <translation>ein Frame in der Seite versuchte, die Callback-URL %1 zu laden: abgelehnt und nicht verwendet (nur die Seite selbst kann den Callback liefern)</translation>
    </message>
    <message>
        <source>the page tried to open %1: refused (the embedded browser only goes to http and https pages)</source>
        <translation>die Seite versuchte, %1 zu öffnen: abgelehnt (der eingebettete Browser öffnet nur http- und https-Seiten)</translation>
    </message>
    <message>
        <source>a frame inside the page tried to load %1: refused (only http and https)</source>
        <translation>ein Frame in der Seite versuchte, %1 zu laden: abgelehnt (nur http und https)</translation>
    </message>
    <message>
        <source>permission to show notifications</source>
        <translation>die Erlaubnis, Benachrichtigungen anzuzeigen</translation>
    </message>
    <message>
        <source>your location</source>
        <translation>Ihren Standort</translation>
    </message>
    <message>
        <source>the microphone</source>
        <translation>das Mikrofon</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>die Kamera</translation>
    </message>
    <message>
        <source>the camera and the microphone</source>
        <translation>Kamera und Mikrofon</translation>
    </message>
    <message>
        <source>control of the mouse pointer</source>
        <translation>die Kontrolle über den Mauszeiger</translation>
    </message>
    <message>
        <source>a capture of the screen</source>
        <translation>eine Aufnahme des Bildschirms</translation>
    </message>
    <message>
        <source>a capture of the screen and its sound</source>
        <translation>eine Aufnahme des Bildschirms mit Ton</translation>
    </message>
    <message>
        <source>a new window</source>
        <translation>ein neues Fenster</translation>
    </message>
    <message>
        <source>a new tab (a link with target=_blank, or window.open)</source>
        <translation>einen neuen Tab (ein Link mit target=_blank oder window.open)</translation>
    </message>
    <message>
        <source>a pop-up window (window.open with a size)</source>
        <translation>ein Pop-up-Fenster (window.open mit Größenangabe)</translation>
    </message>
    <message>
        <source>a background tab</source>
        <translation>einen Hintergrund-Tab</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>die Seite</translation>
    </message>
    <message>
        <source>the page started a download of %1: cancelled (the embedded browser saves no files)</source>
        <translation>die Seite hat einen Download von %1 gestartet: abgebrochen (der eingebettete Browser speichert keine Dateien)</translation>
    </message>
    <message>
        <source>the page tried to load %1: refused (no page reaches local files or Tokenscope&apos;s own resources)</source>
        <translation>die Seite wollte %1 laden: abgelehnt (keine Seite erreicht lokale Dateien oder Tokenscopes eigene Ressourcen)</translation>
    </message>
    <message>
        <source>the page asked for %1: refused; what it opens loads in this view, under the same rules</source>
        <translation>die Seite wollte %1: abgelehnt; was sie öffnet, lädt in dieser Ansicht, nach denselben Regeln</translation>
    </message>
    <message>
        <source>%1 showed a JavaScript alert (&quot;%2&quot;): not shown, no one is at the keyboard</source>
        <translation>%1 hat eine JavaScript-Meldung gezeigt („%2“): nicht angezeigt, niemand sitzt an der Tastatur</translation>
    </message>
    <message>
        <source>%1 asked for a confirmation (&quot;%2&quot;): answered Cancel, no one is at the keyboard</source>
        <translation>%1 hat um eine Bestätigung gebeten („%2“): mit Abbrechen beantwortet, niemand sitzt an der Tastatur</translation>
    </message>
    <message>
        <source>%1 asked for input (&quot;%2&quot;): answered Cancel, no one is at the keyboard</source>
        <translation>%1 hat um eine Eingabe gebeten („%2“): mit Abbrechen beantwortet, niemand sitzt an der Tastatur</translation>
    </message>
    <message>
        <source>the page tried to fetch %1: refused (no page reaches local files or Tokenscope&apos;s own resources)</source>
        <translation>die Seite wollte %1 abrufen: abgelehnt (keine Seite erreicht lokale Dateien oder Tokenscopes eigene Ressourcen)</translation>
    </message>
    <message>
        <source>the page tried to read the clipboard: refused (no script reads or pastes from it)</source>
        <translation>die Seite wollte die Zwischenablage lesen: abgelehnt (kein Skript liest oder fügt aus ihr ein)</translation>
    </message>
    <message>
        <source>the page tried to open a data: URL as the whole page: refused (the embedded browser only goes to http and https pages)</source>
        <translation>die Seite wollte eine data:-URL als ganze Seite öffnen: abgelehnt (der eingebettete Browser öffnet nur http- und https-Seiten)</translation>
    </message>
</context>
<context>
    <name>tokenscope::ClaimSourcesText</name>
    <message>
        <source>_claim_sources without _claim_names, so no claim is taken from them</source>
        <translation>_claim_sources ohne _claim_names, daher wird kein Claim daraus übernommen</translation>
    </message>
    <message>
        <source>_claim_names is not a JSON object</source>
        <translation>_claim_names ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>_claim_names without _claim_sources, so the claims it names cannot be found</source>
        <translation>_claim_names ohne _claim_sources, daher lassen sich die genannten Claims nicht finden</translation>
    </message>
    <message>
        <source>_claim_sources is not a JSON object</source>
        <translation>_claim_sources ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the source is not a JSON object</source>
        <translation>die Quelle ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its endpoint &quot;%1&quot; is not an absolute URL</source>
        <translation>ihr Endpunkt „%1“ ist keine absolute URL</translation>
    </message>
    <message>
        <source>it has neither a JWT (aggregated) nor an endpoint (distributed) member</source>
        <translation>sie hat weder ein JWT- (aggregiert) noch ein endpoint-Element (verteilt)</translation>
    </message>
    <message>
        <source>_claim_names names a source that _claim_sources does not have for: %1</source>
        <translation>_claim_names nennt eine Quelle, die _claim_sources nicht enthält, für: %1</translation>
    </message>
    <message>
        <source>its JWT cannot be read (%1)</source>
        <translation>ihr JWT lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>; it does not hold %1, which _claim_names assigns to it</source>
        <translation>; sie enthält %1 nicht, das _claim_names ihr zuordnet</translation>
    </message>
    <message>
        <source>not verified: its JWT is unsigned (alg none), so anyone could have written these claims</source>
        <translation>nicht geprüft: ihr JWT ist unsigniert (alg none), diese Claims könnte also jeder geschrieben haben</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>its JWT does not verify with the keys of %1, so its claims are not used: %2</source>
        <translation>ihr JWT lässt sich mit den Schlüsseln %1 nicht prüfen, ihre Claims werden daher nicht verwendet: %2</translation>
    </message>
    <message>
        <source>its JWT is not valid now (%1), so its claims are not used</source>
        <translation>ihr JWT ist derzeit nicht gültig (%1), ihre Claims werden daher nicht verwendet</translation>
    </message>
    <message>
        <source>verified with the keys of %1, but it does not hold %2, which _claim_names assigns to it (OpenID Connect Core 5.6.2)</source>
        <translation>mit den Schlüsseln %1 geprüft, sie enthält aber %2 nicht, das _claim_names ihr zuordnet (OpenID Connect Core 5.6.2)</translation>
    </message>
    <message>
        <source>verified with the keys of %1 (%2)</source>
        <translation>mit den Schlüsseln %1 geprüft (%2)</translation>
    </message>
    <message>
        <source>no claim</source>
        <translation>kein Claim</translation>
    </message>
    <message>
        <source>aggregated and distributed claims (OpenID Connect Core 5.6.2): %1</source>
        <translation>aggregierte und verteilte Claims (OpenID Connect Core 5.6.2): %1</translation>
    </message>
</context>
<context>
    <name>tokenscope::ClientAssertionText</name>
    <message>
        <source>the key is encrypted: Tokenscope asks for no passphrase; export it unencrypted (openssl pkey -in key.pem -out plain.pem) and keep that file private</source>
        <translation>der Schlüssel ist verschlüsselt: Tokenscope fragt nach keiner Passphrase; ihn unverschlüsselt exportieren (openssl pkey -in key.pem -out plain.pem) und diese Datei privat halten</translation>
    </message>
    <message>
        <source>not a PEM private key of a type private_key_jwt can use (RSA, EC P-256/P-384/P-521, Ed25519)</source>
        <translation>kein privater PEM-Schlüssel eines Typs, den private_key_jwt verwenden kann (RSA, EC P-256/P-384/P-521, Ed25519)</translation>
    </message>
    <message>
        <source>not a private JWK of a type Tokenscope signs with (RSA with its CRT members, EC P-256/P-384/P-521, OKP Ed25519), or its halves do not belong together</source>
        <translation>kein privater JWK eines Typs, mit dem Tokenscope signiert (RSA mit seinen CRT-Werten, EC P-256/P-384/P-521, OKP Ed25519), oder seine Hälften gehören nicht zusammen</translation>
    </message>
    <message>
        <source>the JWK has no private part (&quot;d&quot;): it is a public key</source>
        <translation>der JWK hat keinen privaten Teil (&quot;d&quot;): er ist ein öffentlicher Schlüssel</translation>
    </message>
</context>
<context>
    <name>tokenscope::ClientCredentialsText</name>
    <message>
        <source>client_id is this client, %1 (RFC 9068 2.2)</source>
        <translation>client_id ist dieser Client, %1 (RFC 9068 2.2)</translation>
    </message>
    <message>
        <source>client_id is %1, but this client is %2: the token was issued to another client (RFC 9068 2.2)</source>
        <translation>client_id ist %1, aber dieser Client ist %2: Das Token wurde einem anderen Client ausgestellt (RFC 9068 2.2)</translation>
    </message>
    <message>
        <source>client_id must be a string (RFC 9068 2.2)</source>
        <translation>client_id muss ein String sein (RFC 9068 2.2)</translation>
    </message>
    <message>
        <source>no client_id (RFC 9068 2.2 requires it), but azp names this client, %1, as Auth0 does</source>
        <translation>kein client_id (RFC 9068 2.2 verlangt es), aber azp nennt diesen Client, %1, wie bei Auth0</translation>
    </message>
    <message>
        <source>azp is %1, but this client is %2: the token was issued to another client</source>
        <translation>azp ist %1, aber dieser Client ist %2: Das Token wurde einem anderen Client ausgestellt</translation>
    </message>
    <message>
        <source>the token names no client: neither client_id (required by RFC 9068 2.2) nor azp</source>
        <translation>das Token nennt keinen Client: weder client_id (von RFC 9068 2.2 verlangt) noch azp</translation>
    </message>
    <message>
        <source>no scope claim, and none was asked for</source>
        <translation>kein scope-Claim, und keiner wurde angefordert</translation>
    </message>
    <message>
        <source>no scope claim, although %1 was asked for (RFC 9068 2.2.3 recommends one)</source>
        <translation>kein scope-Claim, obwohl %1 angefordert wurde (RFC 9068 2.2.3 empfiehlt einen)</translation>
    </message>
    <message>
        <source>scope must be a space-separated string (RFC 9068 2.2.3, RFC 8693 4.2)</source>
        <translation>scope muss ein durch Leerzeichen getrennter String sein (RFC 9068 2.2.3, RFC 8693 4.2)</translation>
    </message>
    <message>
        <source>the token&apos;s scope &quot;%1&quot; is not the token response&apos;s scope &quot;%2&quot; (RFC 6749 5.1: the response names the scope granted)</source>
        <translation>der Scope des Tokens „%1“ ist nicht der Scope der Token-Antwort „%2“ (RFC 6749 5.1: Die Antwort nennt den gewährten Scope)</translation>
    </message>
    <message>
        <source>an empty scope: the client was granted no permission of the API</source>
        <translation>ein leerer Scope: Dem Client wurde keine Berechtigung der API gewährt</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>gewährt: %1</translation>
    </message>
    <message>
        <source>no gty claim (Auth0 names the grant there; RFC 9068 has no such claim)</source>
        <translation>kein gty-Claim (Auth0 nennt dort den Grant; RFC 9068 kennt keinen solchen Claim)</translation>
    </message>
    <message>
        <source>gty is client-credentials, the grant that was used</source>
        <translation>gty ist client-credentials, der verwendete Grant</translation>
    </message>
    <message>
        <source>gty is %1, but the token came from the client credentials grant (Auth0 sets gty client-credentials)</source>
        <translation>gty ist %1, aber das Token stammt aus dem Client-Credentials-Grant (Auth0 setzt gty client-credentials)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>kein String</translation>
    </message>
    <message>
        <source>the application may not use the client credentials grant: enable it (Auth0: Applications &gt; the application &gt; Settings &gt; Advanced Settings &gt; Grant Types &gt; Client Credentials; a Machine to Machine or Regular Web application, since the grant needs a client secret)</source>
        <translation>die Anwendung darf den Client-Credentials-Grant nicht verwenden: ihn aktivieren (Auth0: Applications &gt; die Anwendung &gt; Settings &gt; Advanced Settings &gt; Grant Types &gt; Client Credentials; eine Machine-to-Machine- oder Regular-Web-Anwendung, da der Grant ein Client-Secret braucht)</translation>
    </message>
    <message>
        <source>the client may not use the client credentials grant: allow the grant type client_credentials for it at the provider (its grant_types, RFC 7591 2)</source>
        <translation>der Client darf den Client-Credentials-Grant nicht verwenden: den Grant-Typ client_credentials für ihn beim Provider erlauben (seine grant_types, RFC 7591 2)</translation>
    </message>
    <message>
        <source>the audience %1 is not an API of this tenant: set &quot;audience&quot; to the Identifier of an API (Auth0: Applications &gt; APIs &gt; the API &gt; Settings &gt; Identifier)</source>
        <translation>die Audience %1 ist keine API dieses Tenants: „audience“ auf den Identifier einer API setzen (Auth0: Applications &gt; APIs &gt; die API &gt; Settings &gt; Identifier)</translation>
    </message>
    <message>
        <source>the provider knows no API (resource) %1: set &quot;audience&quot; (or the extra parameter &quot;resource&quot;, RFC 8707) to the identifier of an API it serves</source>
        <translation>der Provider kennt keine API (Ressource) %1: „audience“ (oder den Zusatzparameter „resource“, RFC 8707) auf den Bezeichner einer API setzen, die er bedient</translation>
    </message>
    <message>
        <source>the provider needs to know the API: set &quot;audience&quot; to the API&apos;s Identifier (or set a default audience for the tenant)</source>
        <translation>der Provider muss die API kennen: „audience“ auf den Identifier der API setzen (oder eine Standard-Audience für den Tenant festlegen)</translation>
    </message>
    <message>
        <source>the application is not authorized for the API %1: authorize it (Auth0: Applications &gt; APIs &gt; the API &gt; Machine to Machine Applications, switch the application on and pick its permissions; this creates the client grant) and check that the grant type Client Credentials is enabled for the application</source>
        <translation>die Anwendung ist für die API %1 nicht autorisiert: sie autorisieren (Auth0: Applications &gt; APIs &gt; die API &gt; Machine to Machine Applications, die Anwendung einschalten und ihre Berechtigungen wählen; das legt den Client-Grant an) und prüfen, dass der Grant-Typ Client Credentials für die Anwendung aktiviert ist</translation>
    </message>
    <message>
        <source>(no audience)</source>
        <translation>(keine Audience)</translation>
    </message>
    <message>
        <source>the provider refused this client access to the API %1: grant the client access to that API (a client grant or resource permission for the client) and allow it the client_credentials grant</source>
        <translation>der Provider verweigert diesem Client den Zugriff auf die API %1: dem Client Zugriff auf diese API geben (ein Client-Grant oder eine Ressourcenberechtigung für den Client) und ihm den Grant client_credentials erlauben</translation>
    </message>
    <message>
        <source>the provider did not accept the client&apos;s credentials: check &quot;clientId&quot;, the client secret and &quot;tokenEndpointAuth&quot; (the method the client is registered with)</source>
        <translation>der Provider hat die Zugangsdaten des Clients nicht akzeptiert: „clientId“, das Client-Secret und „tokenEndpointAuth“ (die Methode, mit der der Client registriert ist) prüfen</translation>
    </message>
    <message>
        <source>a permission in &quot;scope&quot; is not granted to the application for this API: pick it in the API&apos;s Machine to Machine Applications (Auth0), or remove it from the scope</source>
        <translation>eine Berechtigung in „scope“ ist der Anwendung für diese API nicht gewährt: sie in den Machine to Machine Applications der API auswählen (Auth0) oder aus dem Scope entfernen</translation>
    </message>
    <message>
        <source>ask only for scopes the client may have for this API, or none (the provider then grants its default)</source>
        <translation>nur Scopes anfordern, die der Client für diese API haben darf, oder keine (der Provider gewährt dann seine Vorgabe)</translation>
    </message>
    <message>
        <source>the provider does not offer the client credentials grant at all (see grant_types_supported in its discovery document)</source>
        <translation>der Provider bietet den Client-Credentials-Grant gar nicht an (siehe grant_types_supported in seinem Discovery-Dokument)</translation>
    </message>
    <message>
        <source>the token grants more than was asked for (%1): %2, and the token response does not say so (RFC 6749 3.3: its scope parameter is required when the scope granted differs)</source>
        <translation>das Token gewährt mehr als angefordert (%1): %2, und die Token-Antwort sagt es nicht (RFC 6749 3.3: ihr Parameter scope ist Pflicht, wenn der gewährte Scope abweicht)</translation>
    </message>
    <message>
        <source>granted %1, more than was asked for (%2): the provider may decide the scope, and the token response says so (RFC 6749 3.3)</source>
        <translation>gewährt: %1, mehr als angefordert (%2): der Anbieter darf den Scope bestimmen, und die Token-Antwort sagt es (RFC 6749 3.3)</translation>
    </message>
</context>
<context>
    <name>tokenscope::DeviceAuthorizationText</name>
    <message>
        <source>HTTP %1 without an OAuth error</source>
        <translation>HTTP %1 ohne OAuth-Fehler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing (RFC 8628 3.2: REQUIRED)</source>
        <translation>„%1“ fehlt (RFC 8628 3.2: REQUIRED)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string (RFC 8628 3.2)</source>
        <translation>„%1“ muss ein nicht leerer String sein (RFC 8628 3.2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute http(s) URL, not &quot;%2&quot; (RFC 8628 3.2)</source>
        <translation>„%1“ muss eine absolute http(s)-URL sein, nicht „%2“ (RFC 8628 3.2)</translation>
    </message>
    <message>
        <source>&quot;verification_uri_complete&quot; must be a string (RFC 8628 3.2)</source>
        <translation>„verification_uri_complete“ muss ein String sein (RFC 8628 3.2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a positive number of seconds, not %2 (RFC 8628 3.2)</source>
        <translation>„%1“ muss eine positive Zahl von Sekunden sein, nicht %2 (RFC 8628 3.2)</translation>
    </message>
</context>
<context>
    <name>tokenscope::DpopText</name>
    <message>
        <source>Tokenscope makes no DPoP proofs with %1; use one of %2</source>
        <translation>Tokenscope erstellt keine DPoP-Proofs mit %1; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>OpenSSL could not generate a %1 key</source>
        <translation>OpenSSL konnte keinen %1-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>kein Access-Token</translation>
    </message>
    <message>
        <source>an opaque access token: only the provider can tell which key it is bound to (its introspection answer shows cnf.jkt)</source>
        <translation>ein opakes Access-Token: nur der Anbieter weiß, an welchen Schlüssel es gebunden ist (seine Introspection-Antwort zeigt cnf.jkt)</translation>
    </message>
    <message>
        <source>the access token has no cnf.jkt, so it is not bound to the proof key and works as a bearer token for whoever holds it (RFC 9449 6.1)</source>
        <translation>das Access-Token hat kein cnf.jkt, ist also nicht an den Proof-Schlüssel gebunden und funktioniert als Bearer-Token für jeden, der es besitzt (RFC 9449 6.1)</translation>
    </message>
    <message>
        <source>the access token&apos;s cnf.jkt %1 is not the proof key&apos;s thumbprint %2 (RFC 9449 6.1)</source>
        <translation>cnf.jkt %1 des Access-Tokens ist nicht der Thumbprint %2 des Proof-Schlüssels (RFC 9449 6.1)</translation>
    </message>
    <message>
        <source>cnf.jkt is the proof key&apos;s thumbprint %1: the access token is bound to it (RFC 9449 6.1)</source>
        <translation>cnf.jkt ist der Thumbprint %1 des Proof-Schlüssels: das Access-Token ist an ihn gebunden (RFC 9449 6.1)</translation>
    </message>
    <message>
        <source>the provider accepted the proof: token_type DPoP (RFC 9449 5)</source>
        <translation>der Anbieter hat den Proof angenommen: token_type DPoP (RFC 9449 5)</translation>
    </message>
    <message>
        <source>the provider answered token_type &quot;%1&quot; although a proof was sent: it ignored DPoP, so the token is not bound (RFC 9449 5). Enable DPoP for this application at the provider.</source>
        <translation>der Anbieter antwortete mit token_type &quot;%1&quot;, obwohl ein Proof gesendet wurde: er hat DPoP ignoriert, das Token ist also nicht gebunden (RFC 9449 5). Aktivieren Sie DPoP für diese Anwendung beim Anbieter.</translation>
    </message>
</context>
<context>
    <name>tokenscope::FetchPolicyText</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL; nothing was fetched</source>
        <translation>„%1“ ist keine gültige URL; nichts wurde abgerufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL; nothing was fetched</source>
        <translation>„%1“ ist keine absolute URL; nichts wurde abgerufen</translation>
    </message>
    <message>
        <source>refused to fetch %1: Tokenscope only fetches http and https URLs, never %2: ones (they could read local files or other resources of this computer)</source>
        <translation>Abruf von %1 abgelehnt: Tokenscope ruft nur http- und https-URLs ab, nie %2:-URLs (sie könnten lokale Dateien oder andere Ressourcen dieses Computers lesen)</translation>
    </message>
    <message>
        <source>refused to fetch %1: the URL names no host</source>
        <translation>Abruf von %1 abgelehnt: die URL nennt keinen Host</translation>
    </message>
</context>
<context>
    <name>tokenscope::HtmlReportText</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Flow matrix</source>
        <translation>Ablaufmatrix</translation>
    </message>
    <message>
        <source>response type \ mode</source>
        <translation>Response Type \ Mode</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>gelungen</translation>
    </message>
    <message>
        <source>refused (as it must)</source>
        <translation>abgelehnt (wie vorgeschrieben)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Tokens (decoded; signatures and refresh tokens left out)</source>
        <translation>Tokens (dekodiert; ohne Signaturen und Refresh Tokens)</translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation>Userinfo</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Discovery metadata</source>
        <translation>Discovery-Metadaten</translation>
    </message>
    <message>
        <source>show the document</source>
        <translation>Dokument anzeigen</translation>
    </message>
    <message>
        <source>HTTP exchanges (redacted)</source>
        <translation>HTTP-Anfragen und -Antworten (geschwärzt)</translation>
    </message>
    <message>
        <source>Tokenscope report</source>
        <translation>Tokenscope-Bericht</translation>
    </message>
    <message>
        <source>Tokenscope report: %1</source>
        <translation>Tokenscope-Bericht: %1</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Configuration lint</source>
        <translation>Konfigurationsprüfung</translation>
    </message>
    <message>
        <source>Behaviour probes</source>
        <translation>Verhaltenstests</translation>
    </message>
    <message>
        <source>All probe results</source>
        <translation>Alle Testergebnisse</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>Verglichen mit: %1</translation>
    </message>
    <message>
        <source>Compare: </source>
        <translation>Vergleich: </translation>
    </message>
    <message>
        <source>Generated by Tokenscope %1. Secrets (client secret, refresh tokens, code verifier, passwords) and token signatures are redacted.</source>
        <translation>Erstellt mit Tokenscope %1. Geheimnisse (Client-Secret, Refresh Tokens, Code Verifier, Passwörter) und Token-Signaturen sind geschwärzt.</translation>
    </message>
    <message>
        <source>OK: no step, check or probe failed</source>
        <translation>OK: kein Schritt, keine Prüfung und kein Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>OK: no step or check failed</source>
        <translation>OK: kein Schritt und keine Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>API probes</source>
        <translation>API-Tests</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>token sent</source>
        <translation>gesendetes Token</translation>
    </message>
    <message>
        <source>API answer</source>
        <translation>Antwort der API</translation>
    </message>
</context>
<context>
    <name>tokenscope::HttpClientText</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s (the request timed out)</source>
        <translation>keine vollständige Antwort von %1 innerhalb von %2 s (Zeitüberschreitung der Anfrage)</translation>
    </message>
    <message>
        <source>the answer is %1, more than the %2 limit; not read</source>
        <translation>die Antwort ist %1 groß, mehr als das Limit von %2; nicht gelesen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 limit; reading stopped</source>
        <translation>die Antwort überschreitet das Limit von %1; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>TLS error talking to %1: %2. Tokenscope does not skip certificate checks; if this is your own test CA, add it to the profile&apos;s &quot;Trusted CAs&quot; (tokenscope-cli: --ca-file).</source>
        <translation>TLS-Fehler bei der Verbindung mit %1: %2. Tokenscope überspringt keine Zertifikatsprüfungen; ist dies Ihre eigene Test-CA, fügen Sie sie zu den „Vertrauenswürdigen CAs“ des Profils hinzu (tokenscope-cli: --ca-file).</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>the answer from %1 broke off after HTTP %2 and %3 (%4); the incomplete answer is not used</source>
        <translation>die Antwort von %1 brach nach HTTP %2 und %3 ab (%4); die unvollständige Antwort wird nicht verwendet</translation>
    </message>
</context>
<context>
    <name>tokenscope::IntrospectionText</name>
    <message>
        <source>the answer is not a JSON object (RFC 7662 2.2)</source>
        <translation>die Antwort ist kein JSON-Objekt (RFC 7662 2.2)</translation>
    </message>
    <message>
        <source>the answer has no &quot;active&quot;, which RFC 7662 2.2 requires</source>
        <translation>die Antwort hat kein „active“, das RFC 7662 2.2 verlangt</translation>
    </message>
    <message>
        <source>&quot;active&quot; must be true or false (RFC 7662 2.2)</source>
        <translation>„active“ muss true oder false sein (RFC 7662 2.2)</translation>
    </message>
    <message>
        <source>the provider says the token is not active: it is expired, revoked, unknown to it, or not this client&apos;s to ask about (RFC 7662 2.2)</source>
        <translation>der Provider sagt, das Token ist nicht aktiv: Es ist abgelaufen, widerrufen, ihm unbekannt oder dieser Client darf nicht danach fragen (RFC 7662 2.2)</translation>
    </message>
    <message>
        <source>the provider says the token is active</source>
        <translation>der Provider sagt, das Token ist aktiv</translation>
    </message>
    <message>
        <source>neither the token nor the introspection answer has %1</source>
        <translation>weder das Token noch die Introspection-Antwort hat %1</translation>
    </message>
    <message>
        <source>the token has no %1 to compare with the answer&apos;s</source>
        <translation>das Token hat kein %1 zum Vergleich mit dem der Antwort</translation>
    </message>
    <message>
        <source>the introspection answer has no %1 (it is optional, RFC 7662 2.2)</source>
        <translation>die Introspection-Antwort hat kein %1 (es ist optional, RFC 7662 2.2)</translation>
    </message>
    <message>
        <source>the answer&apos;s %1 is the token&apos;s: %2</source>
        <translation>%1 der Antwort ist das des Tokens: %2</translation>
    </message>
    <message>
        <source>the answer&apos;s %1 &quot;%2&quot; is not the token&apos;s %3 &quot;%4&quot;: the provider and the token disagree</source>
        <translation>%1 der Antwort „%2“ ist nicht %3 des Tokens „%4“: Provider und Token widersprechen sich</translation>
    </message>
</context>
<context>
    <name>tokenscope::JsonText</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>tokenscope::JwkText</name>
    <message>
        <source>no details from OpenSSL</source>
        <translation>keine Details von OpenSSL</translation>
    </message>
    <message>
        <source>the %1 key has no %2 member</source>
        <translation>dem %1-Schlüssel fehlt der Eintrag %2</translation>
    </message>
    <message>
        <source>the member %1 is not a string</source>
        <translation>der Eintrag %1 ist kein String</translation>
    </message>
    <message>
        <source>the member %1 is not valid base64url (%2)</source>
        <translation>der Eintrag %1 ist kein gültiges base64url (%2)</translation>
    </message>
    <message>
        <source>the member %1 is empty</source>
        <translation>der Eintrag %1 ist leer</translation>
    </message>
    <message>
        <source>the modulus n has a leading zero byte, which RFC 7518 section 6.3.1.1 forbids</source>
        <translation>der Modulus n hat ein führendes Nullbyte, was RFC 7518 section 6.3.1.1 verbietet</translation>
    </message>
    <message>
        <source>the RSA modulus is %1 bits, more than the 16384 bits OpenSSL verifies with</source>
        <translation>der RSA-Modulus hat %1 Bit, mehr als die 16384 Bit, mit denen OpenSSL prüft</translation>
    </message>
    <message>
        <source>the RSA modulus n is not a valid modulus (it must be odd and at least 256 bits)</source>
        <translation>der RSA-Modulus n ist kein gültiger Modulus (er muss ungerade sein und mindestens 256 Bit haben)</translation>
    </message>
    <message>
        <source>the RSA public exponent e is not valid (it must be odd, greater than 1 and less than n)</source>
        <translation>der öffentliche RSA-Exponent e ist ungültig (er muss ungerade, größer als 1 und kleiner als n sein)</translation>
    </message>
    <message>
        <source>the RSA key is only %1 bits; at least 2048 bits are required for security (RFC 7518 section 3.3)</source>
        <translation>der RSA-Schlüssel hat nur %1 Bit; aus Sicherheitsgründen sind mindestens 2048 Bit nötig (RFC 7518 section 3.3)</translation>
    </message>
    <message>
        <source>OpenSSL could not import the RSA key: %1</source>
        <translation>OpenSSL konnte den RSA-Schlüssel nicht importieren: %1</translation>
    </message>
    <message>
        <source>the EC key has no &quot;crv&quot; member</source>
        <translation>dem EC-Schlüssel fehlt der Eintrag „crv“</translation>
    </message>
    <message>
        <source>the EC curve %1 is not supported (supported: P-256, P-384, P-521)</source>
        <translation>die EC-Kurve %1 wird nicht unterstützt (unterstützt: P-256, P-384, P-521)</translation>
    </message>
    <message>
        <source>the coordinate %1 is %2 bytes; %3 coordinates must be exactly %4 bytes (RFC 7518 section 6.2.1.2)</source>
        <translation>die Koordinate %1 ist %2 Bytes lang; %3-Koordinaten müssen genau %4 Bytes lang sein (RFC 7518 section 6.2.1.2)</translation>
    </message>
    <message>
        <source>OpenSSL could not import the %1 key (is the point on the curve?): %2</source>
        <translation>OpenSSL konnte den %1-Schlüssel nicht importieren (liegt der Punkt auf der Kurve?): %2</translation>
    </message>
    <message>
        <source>the point (x, y) is not a valid public key on %1: %2</source>
        <translation>der Punkt (x, y) ist kein gültiger öffentlicher Schlüssel auf %1: %2</translation>
    </message>
    <message>
        <source>%1 keys are for key agreement (encryption), not for signatures</source>
        <translation>%1-Schlüssel dienen der Schlüsselvereinbarung (Verschlüsselung), nicht der Signatur</translation>
    </message>
    <message>
        <source>the OKP key has no &quot;crv&quot; member</source>
        <translation>dem OKP-Schlüssel fehlt der Eintrag „crv“</translation>
    </message>
    <message>
        <source>the OKP curve %1 is not supported (supported: Ed25519, Ed448)</source>
        <translation>die OKP-Kurve %1 wird nicht unterstützt (unterstützt: Ed25519, Ed448)</translation>
    </message>
    <message>
        <source>the public key &quot;x&quot; is %1 bytes; %2 public keys are %3 bytes</source>
        <translation>der öffentliche Schlüssel „x“ ist %1 Bytes lang; öffentliche %2-Schlüssel sind %3 Bytes lang</translation>
    </message>
    <message>
        <source>OpenSSL could not import the %1 key: %2</source>
        <translation>OpenSSL konnte den %1-Schlüssel nicht importieren: %2</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>the key without kid from the JWKS</source>
        <translation>Schlüssel ohne kid aus dem JWKS</translation>
    </message>
    <message>
        <source>key %1 from the JWKS</source>
        <translation>Schlüssel %1 aus dem JWKS</translation>
    </message>
    <message>
        <source>the client secret is empty</source>
        <translation>das Client-Secret ist leer</translation>
    </message>
    <message>
        <source>&quot;key_ops&quot; contains a value that is not a string</source>
        <translation>„key_ops“ enthält einen Wert, der kein String ist</translation>
    </message>
    <message>
        <source>&quot;key_ops&quot; is not an array</source>
        <translation>„key_ops“ ist kein Array</translation>
    </message>
    <message>
        <source>unknown &quot;use&quot; value %1 (expected &quot;sig&quot; or &quot;enc&quot;)</source>
        <translation>unbekannter Wert %1 für „use“ (erwartet: „sig“ oder „enc“)</translation>
    </message>
    <message>
        <source>the key has no &quot;kty&quot; member</source>
        <translation>der Schlüssel hat keinen Eintrag „kty“</translation>
    </message>
    <message>
        <source>the key type %1 is not supported (supported: RSA, EC, OKP, oct)</source>
        <translation>der Schlüsseltyp %1 wird nicht unterstützt (unterstützt: RSA, EC, OKP, oct)</translation>
    </message>
    <message>
        <source>the key declares alg %1, which does not fit an %2 key</source>
        <translation>der Schlüssel gibt alg %1 an, das nicht zu einem Schlüssel vom Typ %2 passt</translation>
    </message>
    <message>
        <source>the JWKS is %1 bytes, more than the 1 MiB limit</source>
        <translation>das JWKS ist %1 Bytes groß, mehr als das Limit von 1 MiB</translation>
    </message>
    <message>
        <source>the JWKS is not valid JSON: %1 at offset %2</source>
        <translation>das JWKS ist kein gültiges JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>the JWKS is not a JSON object</source>
        <translation>das JWKS ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the JWKS has no &quot;keys&quot; member</source>
        <translation>das JWKS hat keinen Eintrag „keys“</translation>
    </message>
    <message>
        <source>the JWKS member &quot;keys&quot; is not an array</source>
        <translation>der JWKS-Eintrag „keys“ ist kein Array</translation>
    </message>
    <message>
        <source>the member %1 appears more than once in one object of the JWKS; JSON parsers disagree about which value wins, so the key set is ambiguous (Tokenscope read the last one)</source>
        <translation>der Eintrag %1 kommt in einem Objekt des JWKS mehrfach vor; JSON-Parser sind uneins, welcher Wert gilt, daher ist der Schlüsselsatz mehrdeutig (Tokenscope hat den letzten gelesen)</translation>
    </message>
    <message>
        <source>the JWKS has no keys</source>
        <translation>das JWKS enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>keys[%1] is not a JSON object</source>
        <translation>keys[%1] ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>keys[%1]</source>
        <translation>keys[%1]</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>the JWKS publishes private key material: %1 has %2</source>
        <translation>das JWKS veröffentlicht privates Schlüsselmaterial: %1 enthält %2</translation>
    </message>
    <message>
        <source>the JWKS publishes a symmetric (oct) key, %1: it is a shared secret, and anyone who reads it can sign tokens</source>
        <translation>das JWKS veröffentlicht einen symmetrischen (oct) Schlüssel, %1: er ist ein gemeinsames Geheimnis, und jeder, der ihn liest, kann Tokens signieren</translation>
    </message>
    <message>
        <source>the kid %1 is used by %2 keys, so a token&apos;s kid cannot select one key</source>
        <translation>die kid %1 wird von %2 Schlüsseln verwendet, daher kann die kid eines Tokens keinen einzelnen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>%1 of the %2 keys have no kid; with several keys in the set, tokens must name their key by kid (OpenID Connect Core section 10.1)</source>
        <translation>%1 von %2 Schlüsseln haben keine kid; bei mehreren Schlüsseln im Satz müssen Tokens ihren Schlüssel per kid benennen (OpenID Connect Core section 10.1)</translation>
    </message>
</context>
<context>
    <name>tokenscope::JwsVerifierText</name>
    <message>
        <source>a client secret</source>
        <translation>ein Client-Secret</translation>
    </message>
    <message>
        <source>a symmetric (oct) key</source>
        <translation>ein symmetrischer (oct) Schlüssel</translation>
    </message>
    <message>
        <source>an %1 key</source>
        <translation>ein %1-Schlüssel</translation>
    </message>
    <message>
        <source>an %1 %2 key</source>
        <translation>ein %1-Schlüssel (%2)</translation>
    </message>
    <message>
        <source>a key without kty</source>
        <translation>ein Schlüssel ohne kty</translation>
    </message>
    <message>
        <source>a key of type %1</source>
        <translation>ein Schlüssel vom Typ %1</translation>
    </message>
    <message>
        <source>an RSA key</source>
        <translation>einen RSA-Schlüssel</translation>
    </message>
    <message>
        <source>an EC %1 key</source>
        <translation>einen EC-Schlüssel (%1)</translation>
    </message>
    <message>
        <source>an OKP (Ed25519 or Ed448) key</source>
        <translation>einen OKP-Schlüssel (Ed25519 oder Ed448)</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>alg &quot;none&quot;: the token is unsigned, and unsigned tokens are never accepted</source>
        <translation>alg „none“: das Token ist unsigniert, und unsignierte Tokens werden nie akzeptiert</translation>
    </message>
    <message>
        <source>alg &quot;%1&quot; is not supported (supported: %2)</source>
        <translation>alg „%1“ wird nicht unterstützt (unterstützt: %2)</translation>
    </message>
    <message>
        <source>%1 is unusable: %2</source>
        <translation>%1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>%1 needs %2 from the JWKS; the client secret only verifies HS256, HS384 and HS512</source>
        <translation>%1 braucht %2 aus dem JWKS; mit dem Client-Secret lassen sich nur HS256, HS384 und HS512 prüfen</translation>
    </message>
    <message>
        <source>%1 is %2 (from its JWK kty/crv), but %3 needs %4; the key type is never taken from the token</source>
        <translation>%1 ist %2 (laut kty/crv des JWK), aber %3 braucht %4; der Schlüsseltyp wird nie aus dem Token übernommen</translation>
    </message>
    <message>
        <source>%1 is verified only with the client secret, never with %2</source>
        <translation>%1 wird nur mit dem Client-Secret geprüft, nie mit %2</translation>
    </message>
    <message>
        <source>%1 is for %2, but the token says %3</source>
        <translation>%1 ist für %2 bestimmt, das Token nennt aber %3</translation>
    </message>
    <message>
        <source>%1 has use &quot;%2&quot;, not &quot;sig&quot;</source>
        <translation>%1 hat use „%2“, nicht „sig“</translation>
    </message>
    <message>
        <source>%1 has key_ops [%2], which does not include &quot;verify&quot;</source>
        <translation>%1 hat key_ops [%2] ohne „verify“</translation>
    </message>
    <message>
        <source>the token has no signing input (it is not a 3-part JWS)</source>
        <translation>das Token hat keinen Signing Input (es ist kein JWS aus 3 Teilen)</translation>
    </message>
    <message>
        <source>the token has no signature</source>
        <translation>das Token hat keine Signatur</translation>
    </message>
    <message>
        <source>the %1 signature does not verify with the client secret</source>
        <translation>die %1-Signatur lässt sich mit dem Client-Secret nicht verifizieren</translation>
    </message>
    <message>
        <source>signature does not verify with %1 %2</source>
        <translation>die Signatur lässt sich mit %1 (%2) nicht verifizieren</translation>
    </message>
    <message>
        <source>OpenSSL could not compute the %1 HMAC: %2</source>
        <translation>OpenSSL konnte den %1-HMAC nicht berechnen: %2</translation>
    </message>
    <message>
        <source>%1 (the signature is %2 bytes, an %3 HMAC is %4 bytes)</source>
        <translation>%1 (die Signatur hat %2 Bytes, ein %3-HMAC hat %4 Bytes)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> (warning: the secret is %1 bytes; RFC 7518 section 3.2 requires at least %2 bytes for %3)</source>
        <translation> (Warnung: das Secret hat %1 Bytes; RFC 7518 section 3.2 verlangt für %3 mindestens %2 Bytes)</translation>
    </message>
    <message>
        <source>the %1 signature is %2 bytes; a JOSE %1 signature is exactly %3 bytes (r || s, RFC 7518 section 3.4)%4</source>
        <translation>die %1-Signatur hat %2 Bytes; eine JOSE-%1-Signatur hat genau %3 Bytes (r || s, RFC 7518 section 3.4)%4</translation>
    </message>
    <message>
        <source>; this looks DER-encoded, which JOSE does not allow</source>
        <translation>; sie sieht DER-kodiert aus, was JOSE nicht erlaubt</translation>
    </message>
    <message>
        <source>OpenSSL could not convert the %1 signature: %2</source>
        <translation>OpenSSL konnte die %1-Signatur nicht umwandeln: %2</translation>
    </message>
    <message>
        <source>%1 (the signature is %2 bytes, the %3-bit key&apos;s signatures are %4 bytes)</source>
        <translation>%1 (die Signatur hat %2 Bytes, Signaturen des %3-Bit-Schlüssels haben %4 Bytes)</translation>
    </message>
    <message>
        <source> (warning: the key is only %1 bits)</source>
        <translation> (Warnung: der Schlüssel hat nur %1 Bit)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>tokenscope::JwtText</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>the %1 is not valid base64url (%2)</source>
        <translation>%1 ist kein gültiges base64url (%2)</translation>
    </message>
    <message>
        <source>the %1 is not valid UTF-8 (byte 0x%2 at offset %3 of the decoded JSON)</source>
        <translation>%1 ist kein gültiges UTF-8 (Byte 0x%2 bei Offset %3 des dekodierten JSON)</translation>
    </message>
    <message>
        <source>the %1 JSON nests deeper than %2 levels</source>
        <translation>das %1-JSON ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Offset %3</translation>
    </message>
    <message>
        <source>the %1 is JSON but not an object (it is %2)</source>
        <translation>%1 ist JSON, aber kein Objekt (sondern %2)</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>the %1 has the member %2 more than once; JSON parsers disagree about which value wins, so the token is ambiguous</source>
        <translation>%1 enthält den Eintrag %2 mehrfach; JSON-Parser sind uneins, welcher Wert gilt, daher ist das Token mehrdeutig</translation>
    </message>
    <message>
        <source>the header has no &quot;alg&quot; member</source>
        <translation>der Header hat keinen Parameter „alg“</translation>
    </message>
    <message>
        <source>the header member &quot;alg&quot; is %1, not a string</source>
        <translation>der Header-Parameter „alg“ ist %1, kein String</translation>
    </message>
    <message>
        <source>the header member %1 is %2, not a string</source>
        <translation>der Header-Parameter %1 ist %2, kein String</translation>
    </message>
    <message>
        <source>the header has &quot;crit&quot; (%1): Tokenscope supports no critical header extensions, and RFC 7515 section 4.1.11 requires rejecting a token whose critical extensions are not understood</source>
        <translation>der Header enthält „crit“ (%1): Tokenscope unterstützt keine kritischen Header-Erweiterungen, und RFC 7515 section 4.1.11 verlangt, ein Token mit nicht verstandenen kritischen Erweiterungen abzulehnen</translation>
    </message>
    <message>
        <source>the claim %1 is %2, not a number (a NumericDate: seconds since 1970-01-01 UTC)</source>
        <translation>der Claim %1 ist %2, keine Zahl (NumericDate: Sekunden seit 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>the claim %1 is %2, not a string</source>
        <translation>der Claim %1 ist %2, kein String</translation>
    </message>
    <message>
        <source>the claim &quot;aud&quot; is %1, not a string or an array of strings</source>
        <translation>der Claim „aud“ ist %1, weder String noch Array von Strings</translation>
    </message>
    <message>
        <source>an array with non-string members</source>
        <translation>ein Array mit Nicht-String-Einträgen</translation>
    </message>
    <message>
        <source>the token is %1 bytes, more than the 256 KiB limit</source>
        <translation>das Token ist %1 Bytes groß, mehr als das Limit von 256 KiB</translation>
    </message>
    <message>
        <source>the token is empty</source>
        <translation>das Token ist leer</translation>
    </message>
    <message>
        <source>the token has 5 parts: it is an encrypted JWE, which Tokenscope cannot decrypt</source>
        <translation>das Token hat 5 Teile: es ist ein verschlüsseltes JWE, das Tokenscope nicht entschlüsseln kann</translation>
    </message>
    <message>
        <source>the token has no &apos;.&apos; separators: it is not a JWT (a JWS has 3 parts), perhaps an opaque token</source>
        <translation>das Token hat keine &apos;.&apos;-Trennzeichen: es ist kein JWT (ein JWS hat 3 Teile), vielleicht ein opakes Token</translation>
    </message>
    <message>
        <source>the token has %1 parts separated by &apos;.&apos;; a signed JWT (JWS) has 3</source>
        <translation>das Token hat %1 durch &apos;.&apos; getrennte Teile; ein signiertes JWT (JWS) hat 3</translation>
    </message>
    <message>
        <source>the signature is empty: the token is unsigned</source>
        <translation>die Signatur ist leer: das Token ist unsigniert</translation>
    </message>
    <message>
        <source>the signature is not valid base64url (%1)</source>
        <translation>die Signatur ist kein gültiges base64url (%1)</translation>
    </message>
</context>
<context>
    <name>tokenscope::LoopbackListener</name>
    <message>
        <source>the listener is already in use</source>
        <translation>der Empfänger wird bereits verwendet</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: the listener for the callback only listens on this computer&apos;s own address (127.0.0.1 or ::1)</source>
        <translation>%1 ist keine Loopback-Adresse: der Empfänger für den Callback lauscht nur auf der eigenen Adresse dieses Computers (127.0.0.1 oder ::1)</translation>
    </message>
    <message>
        <source>could not listen on %1 port %2 for the callback: the port is in use. Close what uses it, or leave the port out of the redirect URI so Tokenscope picks a free one</source>
        <translation>konnte auf %1 Port %2 nicht auf den Callback lauschen: der Port ist belegt. Beenden Sie, was ihn nutzt, oder lassen Sie den Port in der Redirect-URI weg, damit Tokenscope einen freien wählt</translation>
    </message>
    <message>
        <source>could not listen on %1 for the callback: %2</source>
        <translation>konnte auf %1 nicht auf den Callback lauschen: %2</translation>
    </message>
    <message>
        <source>a request to %1 after the listener had stopped</source>
        <translation>eine Anfrage an %1, nachdem der Empfänger beendet war</translation>
    </message>
    <message>
        <source>a request to %1 for another host (&quot;%2&quot;)</source>
        <translation>eine Anfrage an %1 für einen anderen Host („%2“)</translation>
    </message>
    <message>
        <source>a request to %1 that is not this sign-in&apos;s answer</source>
        <translation>eine Anfrage an %1, die nicht die Antwort dieser Anmeldung ist</translation>
    </message>
    <message>
        <source>a %1 request to %2 (only GET is answered)</source>
        <translation>eine %1-Anfrage an %2 (nur GET wird beantwortet)</translation>
    </message>
    <message>
        <source>a %1 request to another path, %2</source>
        <translation>eine %1-Anfrage an einen anderen Pfad, %2</translation>
    </message>
</context>
<context>
    <name>tokenscope::MutualTlsText</name>
    <message>
        <source>the client certificate is not a PEM certificate</source>
        <translation>das Client-Zertifikat ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is encrypted: Tokenscope asks for no passphrase; export it unencrypted and keep that file private</source>
        <translation>der Schlüssel des Zertifikats ist verschlüsselt: Tokenscope fragt nach keiner Passphrase; exportieren Sie ihn unverschlüsselt und halten Sie diese Datei privat</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is not a PEM private key Qt&apos;s TLS can use (EC or RSA)</source>
        <translation>der Schlüssel des Zertifikats ist kein privater PEM-Schlüssel, den Qts TLS verwenden kann (EC oder RSA)</translation>
    </message>
    <message>
        <source>the key is not the client certificate&apos;s (their public keys differ)</source>
        <translation>der Schlüssel gehört nicht zum Client-Zertifikat (ihre öffentlichen Schlüssel unterscheiden sich)</translation>
    </message>
    <message>
        <source>Qt&apos;s TLS cannot read the certificate&apos;s key</source>
        <translation>Qts TLS kann den Schlüssel des Zertifikats nicht lesen</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>kein Access-Token</translation>
    </message>
    <message>
        <source>an opaque access token: only the provider can tell whether it is bound to the certificate (its introspection answer shows cnf.x5t#S256)</source>
        <translation>ein opakes Access-Token: nur der Anbieter weiß, ob es an das Zertifikat gebunden ist (seine Introspection-Antwort zeigt cnf.x5t#S256)</translation>
    </message>
    <message>
        <source>the access token is not bound to the certificate (no cnf.x5t#S256): the application does not ask for certificate-bound tokens (tls_client_certificate_bound_access_tokens, RFC 8705 3.4)</source>
        <translation>das Access-Token ist nicht an das Zertifikat gebunden (kein cnf.x5t#S256): die Anwendung verlangt keine zertifikatsgebundenen Tokens (tls_client_certificate_bound_access_tokens, RFC 8705 3.4)</translation>
    </message>
    <message>
        <source>cnf.x5t#S256 %1 is not the client certificate&apos;s thumbprint %2 (RFC 8705 3.1)</source>
        <translation>cnf.x5t#S256 %1 ist nicht der Thumbprint %2 des Client-Zertifikats (RFC 8705 3.1)</translation>
    </message>
    <message>
        <source>cnf.x5t#S256 is the client certificate&apos;s thumbprint %1: the access token works only over TLS with that certificate (RFC 8705 3)</source>
        <translation>cnf.x5t#S256 ist der Thumbprint %1 des Client-Zertifikats: das Access-Token funktioniert nur über TLS mit diesem Zertifikat (RFC 8705 3)</translation>
    </message>
</context>
<context>
    <name>tokenscope::OidcFlow</name>
    <message>
        <source>a sign-in is already running</source>
        <translation>eine Anmeldung läuft bereits</translation>
    </message>
    <message>
        <source>the profile has no API URL</source>
        <translation>das Profil hat keine API-URL</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <source>not run: an earlier step failed</source>
        <translation>nicht ausgeführt: ein früherer Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>no discovery document at %1 (%2); using the endpoints from the profile</source>
        <translation>kein Discovery-Dokument unter %1 (%2); die Endpunkte aus dem Profil werden verwendet</translation>
    </message>
    <message>
        <source>could not fetch the discovery document %1: %2. Check the issuer/domain, or set the endpoints by hand in the profile.</source>
        <translation>das Discovery-Dokument %1 konnte nicht abgerufen werden: %2. Aussteller/Domain prüfen oder die Endpunkte im Profil von Hand eintragen.</translation>
    </message>
    <message>
        <source>the discovery document at %1 is unusable: %2</source>
        <translation>das Discovery-Dokument unter %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>the discovery document&apos;s issuer &quot;%1&quot; is not the issuer it was fetched for, &quot;%2&quot; (OpenID Connect Discovery 4.3 forbids using it). Set the profile&apos;s issuer to exactly the provider&apos;s issuer.</source>
        <translation>der Aussteller „%1“ im Discovery-Dokument ist nicht der, für den es abgerufen wurde, „%2“ (OpenID Connect Discovery 4.3 verbietet dann seine Verwendung). Den Aussteller des Profils genau auf den des Anbieters setzen.</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n signing key(s) in the JWKS</source>
        <translation>
            <numerusform>; %n Signaturschlüssel im JWKS</numerusform>
            <numerusform>; %n Signaturschlüssel im JWKS</numerusform>
        </translation>
    </message>
    <message>
        <source>the provider has no jwks_uri</source>
        <translation>der Anbieter hat keine jwks_uri</translation>
    </message>
    <message>
        <source>could not fetch the JWKS %1: %2</source>
        <translation>das JWKS %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>the JWKS at %1 could not be read</source>
        <translation>das JWKS unter %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>no browser is available to show the login page</source>
        <translation>kein Browser verfügbar, um die Anmeldeseite anzuzeigen</translation>
    </message>
    <message>
        <source>the provider has no authorization_endpoint</source>
        <translation>der Anbieter hat keinen authorization_endpoint</translation>
    </message>
    <message>
        <source>the browser cannot use the redirect URI</source>
        <translation>der Browser kann die Redirect-URI nicht verwenden</translation>
    </message>
    <message>
        <source>the logout page was opened in the system browser; Tokenscope cannot see whether the provider ended the session there</source>
        <translation>die Abmeldeseite wurde im Systembrowser geöffnet; Tokenscope kann nicht sehen, ob der Anbieter die Sitzung dort beendet hat</translation>
    </message>
    <message>
        <source>the provider redirected to %1</source>
        <translation>der Anbieter hat zu %1 weitergeleitet</translation>
    </message>
    <message>
        <source>the provider answered with an error: %1</source>
        <translation>der Anbieter hat mit einem Fehler geantwortet: %1</translation>
    </message>
    <message>
        <source>state check failed, so the response is not used (possible CSRF): %1</source>
        <translation>state-Prüfung fehlgeschlagen, daher wird die Antwort nicht verwendet (möglicher CSRF-Angriff): %1</translation>
    </message>
    <message>
        <source>iss check failed, so the response is not used (possible mix-up attack, RFC 9207): %1</source>
        <translation>iss-Prüfung fehlgeschlagen, daher wird die Antwort nicht verwendet (möglicher Mix-up-Angriff, RFC 9207): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; first: %1</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: %1</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen; erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>no authorization code in the response (response_type %1)</source>
        <translation>kein Autorisierungscode in der Antwort (response_type %1)</translation>
    </message>
    <message>
        <source>code exchange not requested</source>
        <translation>Code-Austausch nicht angefordert</translation>
    </message>
    <message>
        <source>the provider has no token_endpoint</source>
        <translation>der Anbieter hat keinen token_endpoint</translation>
    </message>
    <message>
        <source>token endpoint: %1</source>
        <translation>Token-Endpunkt: %1</translation>
    </message>
    <message>
        <source>the token endpoint refused the code (HTTP %1): %2</source>
        <translation>der Token-Endpunkt hat den Code abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HTTP %1; received %2</source>
        <translation>HTTP %1; erhalten: %2</translation>
    </message>
    <message>
        <source>the token endpoint returned no id_token although the scope has openid</source>
        <translation>der Token-Endpunkt hat kein id_token geliefert, obwohl der Scope openid enthält</translation>
    </message>
    <message>
        <source>the scope has no openid</source>
        <translation>der Scope enthält kein openid</translation>
    </message>
    <message>
        <source>the provider has no userinfo_endpoint</source>
        <translation>der Anbieter hat keinen userinfo_endpoint</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>kein Access Token</translation>
    </message>
    <message>
        <source> — WWW-Authenticate: %1</source>
        <translation> — WWW-Authenticate: %1</translation>
    </message>
    <message>
        <source>userinfo failed: %1</source>
        <translation>Userinfo fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the userinfo response is not a JSON object (%1)</source>
        <translation>die Userinfo-Antwort ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the userinfo response has no sub</source>
        <translation>die Userinfo-Antwort hat kein sub</translation>
    </message>
    <message>
        <source>no ID token to compare with (userinfo sub %1)</source>
        <translation>kein ID Token zum Vergleich (sub aus Userinfo: %1)</translation>
    </message>
    <message>
        <source>userinfo sub &quot;%1&quot; differs from the ID token&apos;s sub &quot;%2&quot; (OpenID Connect Core 5.3.2: the response must not be used)</source>
        <translation>sub „%1“ aus Userinfo weicht vom sub „%2“ des ID Tokens ab (OpenID Connect Core 5.3.2: die Antwort darf nicht verwendet werden)</translation>
    </message>
    <message>
        <source>same subject as the ID token: %1</source>
        <translation>dasselbe Subjekt wie im ID Token: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Claim</numerusform>
            <numerusform>%n Claims</numerusform>
        </translation>
    </message>
    <message>
        <source>the API URL &quot;%1&quot; is not a valid URL</source>
        <translation>die API-URL „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>no access token to call the API with</source>
        <translation>kein Access Token für den API-Aufruf</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>the API answered %1</source>
        <translation>die API antwortete: %1</translation>
    </message>
    <message>
        <source>no refresh token was issued (ask for offline_access and allow offline access on the API)</source>
        <translation>es wurde kein Refresh Token ausgestellt (offline_access anfordern und Offline-Zugriff für die API erlauben)</translation>
    </message>
    <message>
        <source>the refresh was refused (HTTP %1): %2</source>
        <translation>die Erneuerung wurde abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>new tokens; the refresh token was rotated</source>
        <translation>neue Tokens; das Refresh Token wurde rotiert</translation>
    </message>
    <message>
        <source>new tokens; the refresh token was not rotated</source>
        <translation>neue Tokens; das Refresh Token wurde nicht rotiert</translation>
    </message>
    <message>
        <source>another step is still running</source>
        <translation>ein anderer Schritt läuft noch</translation>
    </message>
    <message>
        <source>there is no refresh token: sign in with offline_access in the scope</source>
        <translation>kein Refresh Token vorhanden: mit offline_access im Scope anmelden</translation>
    </message>
    <message>
        <source>the provider advertises no end_session_endpoint</source>
        <translation>der Anbieter bietet keinen end_session_endpoint an</translation>
    </message>
    <message>
        <source>no browser is available for the logout page</source>
        <translation>kein Browser für die Abmeldeseite verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>opaque access token (%n characters): only the provider can check it</source>
        <translation>
            <numerusform>opakes Access Token (%n Zeichen): nur der Anbieter kann es prüfen</numerusform>
            <numerusform>opakes Access Token (%n Zeichen): nur der Anbieter kann es prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no refresh token to revoke: sign in with offline_access in the scope</source>
        <translation>kein Refresh Token zum Widerrufen vorhanden: mit offline_access im Scope anmelden</translation>
    </message>
    <message>
        <source>the provider advertises no revocation_endpoint (a profile can name it: &quot;endpoints&quot;: {&quot;revocation&quot;: ...})</source>
        <translation>der Anbieter bietet keinen revocation_endpoint an (ein Profil kann ihn nennen: „endpoints“: {„revocation“: ...})</translation>
    </message>
    <message>
        <source>revocation endpoint: %1</source>
        <translation>Widerrufsendpunkt: %1</translation>
    </message>
    <message>
        <source>the revocation was refused (HTTP %1): %2</source>
        <translation>der Widerruf wurde abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>could not tell: the token endpoint did not answer (%1)</source>
        <translation>nicht feststellbar: der Token-Endpunkt hat nicht geantwortet (%1)</translation>
    </message>
    <message>
        <source>the provider still accepts the revoked refresh token: it issued new tokens for it</source>
        <translation>der Anbieter akzeptiert das widerrufene Refresh Token weiterhin: er hat dafür neue Tokens ausgestellt</translation>
    </message>
    <message>
        <source>the token endpoint now refuses the refresh token (invalid_grant)</source>
        <translation>der Token-Endpunkt lehnt das Refresh Token jetzt ab (invalid_grant)</translation>
    </message>
    <message>
        <source>could not tell: the token endpoint answered %1</source>
        <translation>nicht feststellbar: der Token-Endpunkt antwortete %1</translation>
    </message>
    <message>
        <source>the refresh token was revoked; the token endpoint now refuses it</source>
        <translation>das Refresh Token wurde widerrufen; der Token-Endpunkt lehnt es jetzt ab</translation>
    </message>
    <message>
        <source>no scope in the answer, which means the one asked for (RFC 6749 5.1): %1</source>
        <translation>kein Scope in der Antwort, also der angefragte (RFC 6749 5.1): %1</translation>
    </message>
    <message>
        <source>asked for %1, but the provider granted more: %2</source>
        <translation>%1 angefragt, aber der Anbieter hat mehr gewährt: %2</translation>
    </message>
    <message>
        <source>asked for %1, granted %2</source>
        <translation>%1 angefragt, %2 gewährt</translation>
    </message>
    <message>
        <source>the signed userinfo response does not verify, so it is not used (OpenID Connect Core 5.3.2): %1</source>
        <translation>die signierte Userinfo-Antwort lässt sich nicht verifizieren und wird daher nicht verwendet (OpenID Connect Core 5.3.2): %1</translation>
    </message>
    <message>
        <source>the signed userinfo response has iss &quot;%1&quot;, not the issuer &quot;%2&quot; (OpenID Connect Core 5.3.2)</source>
        <translation>die signierte Userinfo-Antwort hat iss „%1“, nicht den Aussteller „%2“ (OpenID Connect Core 5.3.2)</translation>
    </message>
    <message>
        <source>the signed userinfo response is not for this client: aud does not contain &quot;%1&quot; (OpenID Connect Core 5.3.2)</source>
        <translation>die signierte Userinfo-Antwort ist nicht für diesen Client: aud enthält „%1“ nicht (OpenID Connect Core 5.3.2)</translation>
    </message>
    <message>
        <source>the signed userinfo response could not be verified: %1</source>
        <translation>die signierte Userinfo-Antwort konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>no signature check ran</source>
        <translation>es lief keine Signaturprüfung</translation>
    </message>
    <message>
        <source>signed (%1) and verified; %2</source>
        <translation>signiert (%1) und verifiziert; %2</translation>
    </message>
    <message>
        <source>the provider redirected to the callback; the response arrived in the %1</source>
        <translation>der Anbieter leitete zum Callback weiter; die Antwort kam im %1 an</translation>
    </message>
    <message>
        <source>the provider redirected to the callback; the response arrived in the %1, although response_mode %2 was expected</source>
        <translation>der Anbieter leitete zum Callback weiter; die Antwort kam im %1 an, obwohl response_mode %2 erwartet war</translation>
    </message>
    <message numerus="yes">
        <source>; on the way the embedded browser refused what the page tried (%n time(s)): %1</source>
        <translation>
            <numerusform>; unterwegs lehnte der eingebettete Browser ab, was die Seite versuchte (%n Mal): %1</numerusform>
            <numerusform>; unterwegs lehnte der eingebettete Browser ab, was die Seite versuchte (%n Mal): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not run: the authorization response&apos;s ID token did not validate (%1)</source>
        <translation>nicht ausgeführt: das ID-Token der Autorisierungsantwort ist ungültig (%1)</translation>
    </message>
    <message>
        <source>the code was not redeemed: the authorization response&apos;s ID token did not validate (%1), so the whole response is untrusted (OpenID Connect Core 3.3.2.8)</source>
        <translation>der Code wurde nicht eingelöst: das ID-Token der Autorisierungsantwort ist ungültig (%1), der ganzen Antwort ist also nicht zu trauen (OpenID Connect Core 3.3.2.8)</translation>
    </message>
    <message>
        <source>the authorization response&apos;s ID token did not validate, so the response is not used: %1</source>
        <translation>das ID-Token der Autorisierungsantwort ist ungültig, die Antwort wird daher nicht verwendet: %1</translation>
    </message>
    <message>
        <source>the logout page was confirmed, but the provider did not return to the post-logout redirect URI %1: it ended on its own login page %2</source>
        <translation>die Abmeldeseite wurde bestätigt, der Anbieter kehrte aber nicht zur Post-Logout-Redirect-URI %1 zurück: er endete auf seiner eigenen Anmeldeseite %2</translation>
    </message>
    <message>
        <source>not run: the token endpoint&apos;s ID token did not validate (%1), so the token response is untrusted and none of its tokens is used (OpenID Connect Core 3.1.3.7)</source>
        <translation>nicht ausgeführt: das ID-Token des Token-Endpunkts ist nicht gültig (%1), daher ist die Token-Antwort nicht vertrauenswürdig und keines ihrer Tokens wird verwendet (OpenID Connect Core 3.1.3.7)</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s ID token did not validate, so its tokens are not used: %1</source>
        <translation>das ID-Token des Token-Endpunkts ist nicht gültig, seine Tokens werden daher nicht verwendet: %1</translation>
    </message>
    <message>
        <source>not run: the access token is not used, since a client must not use one whose token_type it does not understand (RFC 6749 7.1): %1</source>
        <translation>nicht ausgeführt: das Access-Token wird nicht verwendet, da ein Client keines verwenden darf, dessen token_type er nicht versteht (RFC 6749 7.1): %1</translation>
    </message>
    <message>
        <source>not fetched: the source names no access token for its endpoint, and Tokenscope sends this client&apos;s own access token to no one but the provider (OpenID Connect Core 5.6.2)</source>
        <translation>nicht abgerufen: die Quelle nennt kein Access-Token für ihren Endpunkt, und Tokenscope sendet das eigene Access-Token dieses Clients an niemanden außer den Anbieter (OpenID Connect Core 5.6.2)</translation>
    </message>
    <message>
        <source>not fetched: its endpoint answered %1</source>
        <translation>nicht abgerufen: ihr Endpunkt antwortete %1</translation>
    </message>
    <message>
        <source>its endpoint answered %1, not a JWT, which OpenID Connect Core 5.6.2 requires</source>
        <translation>ihr Endpunkt antwortete %1, kein JWT, wie es OpenID Connect Core 5.6.2 verlangt</translation>
    </message>
    <message>
        <source>the provider (%1)</source>
        <translation>des Anbieters (%1)</translation>
    </message>
    <message>
        <source>its issuer %1</source>
        <translation>ihres Ausstellers %1</translation>
    </message>
    <message>
        <source>its issuer &quot;%1&quot; is not a URL, so its keys cannot be found</source>
        <translation>ihr Aussteller „%1“ ist keine URL, seine Schlüssel lassen sich daher nicht finden</translation>
    </message>
    <message>
        <source>the keys of its issuer %1 could not be found: its discovery document %2 answered %3</source>
        <translation>die Schlüssel ihres Ausstellers %1 wurden nicht gefunden: sein Discovery-Dokument %2 antwortete %3</translation>
    </message>
    <message>
        <source>no usable document</source>
        <translation>kein brauchbares Dokument</translation>
    </message>
    <message>
        <source>the discovery document of %1 names another issuer, %2 (OpenID Connect Discovery 4.3), so its keys are not used</source>
        <translation>das Discovery-Dokument von %1 nennt einen anderen Aussteller, %2 (OpenID Connect Discovery 4.3), seine Schlüssel werden daher nicht verwendet</translation>
    </message>
    <message>
        <source>the discovery document of %1 has no jwks_uri</source>
        <translation>das Discovery-Dokument von %1 hat keine jwks_uri</translation>
    </message>
    <message>
        <source>the JWKS of its issuer %1 (%2) could not be read: %3</source>
        <translation>das JWKS ihres Ausstellers %1 (%2) ließ sich nicht lesen: %3</translation>
    </message>
    <message>
        <source>skipped: the client credentials grant signs in no user, so there is no ID token and no userinfo (RFC 6749 4.4)</source>
        <translation>übersprungen: Beim Client-Credentials-Grant meldet sich kein Benutzer an, also gibt es kein ID-Token und kein Userinfo (RFC 6749 4.4)</translation>
    </message>
    <message>
        <source>skipped: the client credentials grant issues no refresh token (RFC 6749 4.4.3); ask for a new access token instead</source>
        <translation>übersprungen: Der Client-Credentials-Grant stellt kein Refresh-Token aus (RFC 6749 4.4.3); stattdessen ein neues Access-Token anfordern</translation>
    </message>
    <message>
        <source>HTTP %1; an access token for the provider&apos;s default audience</source>
        <translation>HTTP %1; ein Access-Token für die Standard-Audience des Providers</translation>
    </message>
    <message>
        <source>HTTP %1; an access token for %2</source>
        <translation>HTTP %1; ein Access-Token für %2</translation>
    </message>
    <message>
        <source>; also a refresh token, which RFC 6749 4.4.3 says should not be issued for this grant (not used)</source>
        <translation>; dazu ein Refresh-Token, das nach RFC 6749 4.4.3 für diesen Grant nicht ausgestellt werden sollte (nicht verwendet)</translation>
    </message>
    <message>
        <source>the provider advertises no introspection_endpoint (a profile can name it: &quot;endpoints&quot;: {&quot;introspection&quot;: ...})</source>
        <translation>der Provider nennt keinen introspection_endpoint (ein Profil kann ihn angeben: &quot;endpoints&quot;: {&quot;introspection&quot;: ...})</translation>
    </message>
    <message>
        <source>no token to introspect</source>
        <translation>kein Token zum Introspektieren</translation>
    </message>
    <message>
        <source>introspection endpoint: %1</source>
        <translation>Introspection-Endpunkt: %1</translation>
    </message>
    <message>
        <source>the introspection endpoint refused the request (HTTP %1): %2</source>
        <translation>der Introspection-Endpunkt hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>HTTP %1; the token is active</source>
        <translation>HTTP %1; das Token ist aktiv</translation>
    </message>
    <message>
        <source>HTTP %1; the token is not active</source>
        <translation>HTTP %1; das Token ist nicht aktiv</translation>
    </message>
    <message>
        <source>the verification page: %1</source>
        <translation>die Bestätigungsseite: %1</translation>
    </message>
    <message>
        <source>the provider advertises no device_authorization_endpoint (RFC 8628 4): enable the device flow at the provider (Auth0: the Device Code grant of a native application)</source>
        <translation>der Anbieter nennt keinen device_authorization_endpoint (RFC 8628 4): den Device Flow beim Anbieter aktivieren (Auth0: den Grant „Device Code“ einer nativen Anwendung)</translation>
    </message>
    <message>
        <source>device authorization endpoint: %1</source>
        <translation>Device-Authorization-Endpunkt: %1</translation>
    </message>
    <message>
        <source>the device authorization endpoint refused the request (HTTP %1): %2</source>
        <translation>der Device-Authorization-Endpunkt hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the device authorization response cannot be used: %1</source>
        <translation>die Antwort der Device Authorization ist unbrauchbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>user code %1 at %2; the code expires in %n second(s)</source>
        <translation>
            <numerusform>Benutzercode %1 unter %2; der Code läuft in %n Sekunde ab</numerusform>
            <numerusform>Benutzercode %1 unter %2; der Code läuft in %n Sekunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; poll every %n second(s)</source>
        <translation>
            <numerusform>; Abfrage jede Sekunde</numerusform>
            <numerusform>; Abfrage alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; no interval given, so every %n second(s) (RFC 8628 3.2)</source>
        <translation>
            <numerusform>; kein Intervall angegeben, also jede Sekunde (RFC 8628 3.2)</numerusform>
            <numerusform>; kein Intervall angegeben, also alle %n Sekunden (RFC 8628 3.2)</numerusform>
        </translation>
    </message>
    <message>
        <source>; no verification_uri_complete (optional): the user types the code</source>
        <translation>; kein verification_uri_complete (optional): der Benutzer tippt den Code ein</translation>
    </message>
    <message>
        <source>no device authorization to poll for</source>
        <translation>keine Device Authorization, für die abgefragt werden könnte</translation>
    </message>
    <message numerus="yes">
        <source>nobody approved the sign-in within the %n second(s) asked for; the user code %1 is still valid at the provider until it expires</source>
        <translation>
            <numerusform>niemand hat der Anmeldung in der verlangten %n Sekunde zugestimmt; der Benutzercode %1 bleibt beim Anbieter gültig, bis er abläuft</numerusform>
            <numerusform>niemand hat der Anmeldung in den verlangten %n Sekunden zugestimmt; der Benutzercode %1 bleibt beim Anbieter gültig, bis er abläuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the device code expired (expires_in %n second(s)) before the user approved, and the provider still answered authorization_pending instead of expired_token (RFC 8628 3.5); start again</source>
        <translation>
            <numerusform>der Device Code ist abgelaufen (expires_in %n Sekunde), bevor der Benutzer zugestimmt hat, und der Anbieter antwortete weiter authorization_pending statt expired_token (RFC 8628 3.5); erneut beginnen</numerusform>
            <numerusform>der Device Code ist abgelaufen (expires_in %n Sekunden), bevor der Benutzer zugestimmt hat, und der Anbieter antwortete weiter authorization_pending statt expired_token (RFC 8628 3.5); erneut beginnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s): %1</source>
        <translation>
            <numerusform>%n Abfrage: %1</numerusform>
            <numerusform>%n Abfragen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>access_denied: the user refused the sign-in on the verification page (RFC 8628 3.5); %1</source>
        <translation>access_denied: der Benutzer hat die Anmeldung auf der Bestätigungsseite abgelehnt (RFC 8628 3.5); %1</translation>
    </message>
    <message>
        <source>expired_token: the device code expired before the user approved (RFC 8628 3.5); start again for a new code; %1</source>
        <translation>expired_token: der Device Code ist abgelaufen, bevor der Benutzer zugestimmt hat (RFC 8628 3.5); für einen neuen Code erneut beginnen; %1</translation>
    </message>
    <message>
        <source>the token endpoint refused the device code (HTTP %1): %2; %3</source>
        <translation>der Token-Endpunkt hat den Device Code abgelehnt (HTTP %1): %2; %3</translation>
    </message>
    <message>
        <source>%1; HTTP %2; received %3</source>
        <translation>%1; HTTP %2; erhalten: %3</translation>
    </message>
    <message>
        <source>the password grant needs the user&apos;s username and password (the window asks for them at sign-in; the CLI takes --username and --password)</source>
        <translation>der Password-Grant braucht Benutzername und Passwort des Benutzers (das Fenster fragt beim Anmelden danach; die CLI nimmt --username und --password)</translation>
    </message>
    <message>
        <source>password grant</source>
        <translation>Password-Grant</translation>
    </message>
    <message>
        <source>password-realm grant (realm %1)</source>
        <translation>Password-Realm-Grant (Realm %1)</translation>
    </message>
    <message>
        <source>%1 as %2; HTTP %3; received %4</source>
        <translation>%1 als %2; HTTP %3; erhalten: %4</translation>
    </message>
    <message>
        <source>skipped: token exchange signs nobody in; the token it issues is for the API asked for (RFC 8693)</source>
        <translation>übersprungen: Beim Token-Austausch meldet sich niemand an; das ausgestellte Token ist für die angefragte API (RFC 8693)</translation>
    </message>
    <message>
        <source>skipped: the token exchange issued no refresh token (RFC 8693 2.2.1: optional); exchange the subject token again instead</source>
        <translation>übersprungen: Der Token-Austausch hat kein Refresh-Token ausgestellt (RFC 8693 2.2.1: optional); stattdessen das Subject-Token erneut austauschen</translation>
    </message>
    <message>
        <source>token exchange needs the token to exchange (RFC 8693 2.1 subject_token): set &quot;subjectToken&quot; in the profile, paste it when the window asks, or give the CLI --subject-token</source>
        <translation>Der Token-Austausch braucht das auszutauschende Token (RFC 8693 2.1 subject_token): „subjectToken“ im Profil setzen, es einfügen, wenn das Fenster danach fragt, oder der CLI --subject-token geben</translation>
    </message>
    <message>
        <source>HTTP %1; exchanged for %2</source>
        <translation>HTTP %1; ausgetauscht gegen %2</translation>
    </message>
    <message>
        <source>HTTP %1; exchanged for %2 for %3</source>
        <translation>HTTP %1; ausgetauscht gegen %2 für %3</translation>
    </message>
    <message>
        <source>; changed: %1</source>
        <translation>; geändert: %1</translation>
    </message>
    <message>
        <source>the token endpoint refused %1 (HTTP %2): %3</source>
        <translation>der Token-Endpunkt hat %1 abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>the client credentials grant</source>
        <translation>den Client-Credentials-Grant</translation>
    </message>
    <message>
        <source>the password grant</source>
        <translation>den Password-Grant</translation>
    </message>
    <message>
        <source>the token exchange</source>
        <translation>den Token-Austausch</translation>
    </message>
    <message>
        <source>the profile&apos;s clientKey %1 was not read</source>
        <translation>der clientKey %1 des Profils wurde nicht gelesen</translation>
    </message>
    <message>
        <source>private_key_jwt cannot sign with the client key: %1</source>
        <translation>private_key_jwt kann mit dem Client-Schlüssel nicht signieren: %1</translation>
    </message>
    <message>
        <source>the request object cannot be signed with the client key: %1</source>
        <translation>das Request-Objekt kann nicht mit dem Client-Schlüssel signiert werden: %1</translation>
    </message>
    <message>
        <source>the profile&apos;s clientCertificate %1 was not read</source>
        <translation>das clientCertificate %1 des Profils wurde nicht gelesen</translation>
    </message>
    <message>
        <source>the client certificate cannot be used for mutual TLS: %1</source>
        <translation>das Client-Zertifikat kann nicht für Mutual TLS verwendet werden: %1</translation>
    </message>
    <message>
        <source>no DPoP proof key: %1</source>
        <translation>kein DPoP-Proof-Schlüssel: %1</translation>
    </message>
    <message>
        <source>the request object cannot be signed: the profile has neither a clientKey nor a client secret</source>
        <translation>das Request-Objekt kann nicht signiert werden: das Profil hat weder einen clientKey noch ein Client-Secret</translation>
    </message>
    <message>
        <source>the profile asks for PAR, but the provider advertises no pushed_authorization_request_endpoint (RFC 9126 5): remove &quot;par&quot; from the profile, or enable PAR at the provider</source>
        <translation>das Profil verlangt PAR, aber der Anbieter nennt keinen pushed_authorization_request_endpoint (RFC 9126 5): entfernen Sie &quot;par&quot; aus dem Profil, oder aktivieren Sie PAR beim Anbieter</translation>
    </message>
    <message>
        <source>pushed authorization request endpoint: %1</source>
        <translation>Endpunkt für Pushed Authorization Requests: %1</translation>
    </message>
    <message>
        <source>the provider refused the pushed authorization request (HTTP %1): %2</source>
        <translation>der Anbieter hat die übertragene Autorisierungsanfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>pushed because the provider requires it (require_pushed_authorization_requests, RFC 9126 5); %1</source>
        <translation>übertragen, weil der Anbieter es verlangt (require_pushed_authorization_requests, RFC 9126 5); %1</translation>
    </message>
    <message>
        <source>; the parameters went inside the signed request object</source>
        <translation>; die Parameter wurden im signierten Request-Objekt gesendet</translation>
    </message>
    <message>
        <source>; the request went as a signed request object (%1, %2): %3</source>
        <translation>; die Anfrage wurde als signiertes Request-Objekt gesendet (%1, %2): %3</translation>
    </message>
    <message>
        <source>; the browser was sent only client_id and the pushed request_uri (RFC 9126 4)</source>
        <translation>; der Browser bekam nur client_id und die übertragene request_uri (RFC 9126 4)</translation>
    </message>
    <message>
        <source>the refresh token is unknown, expired, revoked or already rotated, or the provider refused the DPoP proof that must come with it (another key than the token is bound to, a replayed jti; RFC 9449 5)</source>
        <translation>das Refresh-Token ist unbekannt, abgelaufen, widerrufen oder schon rotiert, oder der Anbieter hat den DPoP-Proof abgelehnt, der dazugehört (ein anderer Schlüssel als der, an den das Token gebunden ist, eine wiederverwendete jti; RFC 9449 5)</translation>
    </message>
    <message>
        <source>the refresh token is unknown, expired, revoked or already rotated: sign in again with offline_access in the scope to get a new one</source>
        <translation>das Refresh-Token ist unbekannt, abgelaufen, widerrufen oder schon rotiert: melden Sie sich mit offline_access im Scope erneut an, um ein neues zu bekommen</translation>
    </message>
    <message>
        <source>the authorization server (RFC 9449 8)</source>
        <translation>der Autorisierungsserver (RFC 9449 8)</translation>
    </message>
    <message>
        <source>the resource server %1 (RFC 9449 9)</source>
        <translation>der Ressourcenserver %1 (RFC 9449 9)</translation>
    </message>
    <message>
        <source>%1 asked for a DPoP nonce (use_dpop_nonce), and asked again when the proof carried the nonce it had just given: it does not accept its own nonces</source>
        <translation>%1 verlangte eine DPoP-Nonce (use_dpop_nonce) und verlangte sie erneut, als der Proof die gerade gegebene Nonce trug: er akzeptiert seine eigenen Nonces nicht</translation>
    </message>
    <message>
        <source>%1 asked for a DPoP nonce (use_dpop_nonce); the request was sent again with it and answered HTTP %2</source>
        <translation>%1 verlangte eine DPoP-Nonce (use_dpop_nonce); die Anfrage wurde damit erneut gesendet und mit HTTP %2 beantwortet</translation>
    </message>
    <message>
        <source>not bound: see dpop.proof</source>
        <translation>nicht gebunden: siehe dpop.proof</translation>
    </message>
    <message>
        <source>the refresh gave an unbound token: %1</source>
        <translation>der Refresh ergab ein ungebundenes Token: %1</translation>
    </message>
    <message>
        <source>the refreshed access token is not bound to the proof key: %1</source>
        <translation>das erneuerte Access-Token ist nicht an den Proof-Schlüssel gebunden: %1</translation>
    </message>
    <message>
        <source>the refresh stayed bound: token_type DPoP; %1</source>
        <translation>der Refresh blieb gebunden: token_type DPoP; %1</translation>
    </message>
    <message>
        <source>could not tell: the API did not answer the call without a proof (%1)</source>
        <translation>nicht feststellbar: die API hat den Aufruf ohne Proof nicht beantwortet (%1)</translation>
    </message>
    <message>
        <source>the API refused the bound token without a proof (HTTP %1): a stolen token alone is of no use there (RFC 9449 7.1)</source>
        <translation>die API hat das gebundene Token ohne Proof abgelehnt (HTTP %1): ein gestohlenes Token allein nützt dort nichts (RFC 9449 7.1)</translation>
    </message>
    <message>
        <source>the API accepted the DPoP-bound access token as a plain bearer token, without a proof (HTTP %1): it does not enforce the binding (RFC 9449 7.1), so whoever steals the token can use it</source>
        <translation>die API hat das DPoP-gebundene Access-Token als einfaches Bearer-Token ohne Proof angenommen (HTTP %1): sie setzt die Bindung nicht durch (RFC 9449 7.1), wer das Token stiehlt, kann es also verwenden</translation>
    </message>
    <message>
        <source>could not tell: the API answered the call without a proof with HTTP %1</source>
        <translation>nicht feststellbar: die API beantwortete den Aufruf ohne Proof mit HTTP %1</translation>
    </message>
    <message>
        <source>the API&apos;s TLS handshake failed without the client certificate (%1): the bound token is of no use from another connection (RFC 8705 3)</source>
        <translation>der TLS-Handshake der API scheiterte ohne das Client-Zertifikat (%1): das gebundene Token nützt über eine andere Verbindung nichts (RFC 8705 3)</translation>
    </message>
    <message>
        <source>could not tell: the API did not answer the call without the certificate (%1)</source>
        <translation>nicht feststellbar: die API hat den Aufruf ohne das Zertifikat nicht beantwortet (%1)</translation>
    </message>
    <message>
        <source>the API refused the bound token over a connection without the certificate (HTTP %1): a stolen token alone is of no use there (RFC 8705 3)</source>
        <translation>die API hat das gebundene Token über eine Verbindung ohne das Zertifikat abgelehnt (HTTP %1): ein gestohlenes Token allein nützt dort nichts (RFC 8705 3)</translation>
    </message>
    <message>
        <source>the API accepted the certificate-bound access token over a connection without the certificate (HTTP %1): it does not enforce the binding (RFC 8705 3), so whoever steals the token can use it</source>
        <translation>die API hat das zertifikatsgebundene Access-Token über eine Verbindung ohne das Zertifikat angenommen (HTTP %1): sie setzt die Bindung nicht durch (RFC 8705 3), wer das Token stiehlt, kann es also verwenden</translation>
    </message>
    <message>
        <source>could not tell: the API answered the call without the certificate with HTTP %1</source>
        <translation>nicht feststellbar: die API beantwortete den Aufruf ohne das Zertifikat mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>tokenscope::PasswordGrantText</name>
    <message>
        <source>the application may not use the password grant: enable it (Auth0: Applications &gt; the application &gt; Settings &gt; Advanced Settings &gt; Grant Types &gt; Password)</source>
        <translation>die Anwendung darf den Password-Grant nicht verwenden: ihn aktivieren (Auth0: Applications &gt; die Anwendung &gt; Settings &gt; Advanced Settings &gt; Grant Types &gt; Password)</translation>
    </message>
    <message>
        <source>the client may not use the password grant: allow the grant type %1 for it at the provider (its grant_types, RFC 7591 2)</source>
        <translation>der Client darf den Password-Grant nicht verwenden: ihm beim Anbieter den Grant-Typ %1 erlauben (seine grant_types, RFC 7591 2)</translation>
    </message>
    <message>
        <source>the provider does not offer the grant %1 (see grant_types_supported in its discovery document); the OAuth 2.0 Security Best Current Practice (RFC 9700 2.4) says it must not be used: sign in with the authorization code flow instead</source>
        <translation>der Anbieter bietet den Grant %1 nicht an (siehe grant_types_supported in seinem Discovery-Dokument); die OAuth 2.0 Security Best Current Practice (RFC 9700 2.4) sagt, er darf nicht verwendet werden: stattdessen mit dem Authorization-Code-Flow anmelden</translation>
    </message>
    <message>
        <source>the user must pass multi-factor authentication, which the password grant cannot do: sign in with the authorization code flow</source>
        <translation>der Benutzer muss eine Multi-Faktor-Authentifizierung bestehen, was der Password-Grant nicht kann: mit dem Authorization-Code-Flow anmelden</translation>
    </message>
    <message>
        <source>the user is blocked at the provider: unblock the user, or sign in as another one</source>
        <translation>der Benutzer ist beim Anbieter gesperrt: ihn entsperren oder als ein anderer Benutzer anmelden</translation>
    </message>
    <message>
        <source>the provider did not accept the username and password: check them (the provider checks them against its default directory; set &quot;realm&quot; to the connection the user belongs to)</source>
        <translation>der Anbieter hat Benutzername und Passwort nicht akzeptiert: beide prüfen (der Anbieter prüft sie gegen sein Standardverzeichnis; „realm“ auf die Connection setzen, zu der der Benutzer gehört)</translation>
    </message>
    <message>
        <source>the provider did not accept the username and password for the connection %1: check them, and that the user belongs to that connection</source>
        <translation>der Anbieter hat Benutzername und Passwort für die Connection %1 nicht akzeptiert: beide prüfen, und ob der Benutzer zu dieser Connection gehört</translation>
    </message>
    <message>
        <source>&quot;realm&quot; %1 is not a connection enabled for this application: set it to the name of one (Auth0: Applications &gt; the application &gt; Connections)</source>
        <translation>„realm“ %1 ist keine für diese Anwendung aktivierte Connection: den Namen einer solchen eintragen (Auth0: Applications &gt; die Anwendung &gt; Connections)</translation>
    </message>
    <message>
        <source>&quot;realm&quot; %1 is not a connection the provider knows for this client: set it to the name of one</source>
        <translation>„realm“ %1 ist keine Connection, die der Anbieter für diesen Client kennt: den Namen einer solchen eintragen</translation>
    </message>
    <message>
        <source>the tenant has no default directory for the password grant: set one (Auth0: Settings &gt; API Authorization Settings &gt; Default Directory), or set &quot;realm&quot; to the connection</source>
        <translation>der Tenant hat kein Standardverzeichnis für den Password-Grant: eines festlegen (Auth0: Settings &gt; API Authorization Settings &gt; Default Directory) oder „realm“ auf die Connection setzen</translation>
    </message>
    <message>
        <source>the provider did not accept the client&apos;s credentials: check &quot;clientId&quot;, the client secret and &quot;tokenEndpointAuth&quot; (the method the client is registered with)</source>
        <translation>der Anbieter hat die Zugangsdaten des Clients nicht akzeptiert: „clientId“, das Client-Secret und „tokenEndpointAuth“ (die Methode, mit der der Client registriert ist) prüfen</translation>
    </message>
    <message>
        <source>ask only for scopes the client may have (openid, profile, email, offline_access and the API&apos;s permissions)</source>
        <translation>nur Scopes anfordern, die der Client haben darf (openid, profile, email, offline_access und die Berechtigungen der API)</translation>
    </message>
    <message>
        <source>the provider knows no API %1: set &quot;audience&quot; to the identifier of an API it serves</source>
        <translation>der Anbieter kennt keine API %1: „audience“ auf den Identifier einer API setzen, die er bedient</translation>
    </message>
</context>
<context>
    <name>tokenscope::ProfileReachText</name>
    <message>
        <source>the issuer: its discovery document, and the endpoints that document names</source>
        <translation>der Aussteller: sein Discovery-Dokument und die Endpunkte, die es nennt</translation>
    </message>
    <message>
        <source>the login page (endpoints.authorization)</source>
        <translation>die Anmeldeseite (endpoints.authorization)</translation>
    </message>
    <message>
        <source>the token endpoint (endpoints.token)</source>
        <translation>der Token-Endpunkt (endpoints.token)</translation>
    </message>
    <message>
        <source>the signing keys (endpoints.jwks)</source>
        <translation>die Signaturschlüssel (endpoints.jwks)</translation>
    </message>
    <message>
        <source>userinfo (endpoints.userinfo)</source>
        <translation>Userinfo (endpoints.userinfo)</translation>
    </message>
    <message>
        <source>token revocation (endpoints.revocation)</source>
        <translation>Token-Widerruf (endpoints.revocation)</translation>
    </message>
    <message>
        <source>logout (endpoints.endSession)</source>
        <translation>Abmeldung (endpoints.endSession)</translation>
    </message>
    <message>
        <source>your API, with the access token (apiUrl)</source>
        <translation>Ihre API, mit dem Access-Token (apiUrl)</translation>
    </message>
    <message>
        <source>logout (Auth0&apos;s /v2/logout)</source>
        <translation>Abmeldung (Auth0s /v2/logout)</translation>
    </message>
</context>
<context>
    <name>tokenscope::RequestObjectText</name>
    <message>
        <source>the answer&apos;s request_uri is %1, but RFC 9126 2.2 requires a URI string</source>
        <translation>die request_uri der Antwort ist %1, aber RFC 9126 2.2 verlangt eine URI als Zeichenkette</translation>
    </message>
    <message>
        <source>request_uri &quot;%1&quot; is not a URI (RFC 9126 2.2)</source>
        <translation>request_uri &quot;%1&quot; ist keine URI (RFC 9126 2.2)</translation>
    </message>
    <message>
        <source>expires_in must be a positive number of seconds (RFC 9126 2.2), not %1</source>
        <translation>expires_in muss eine positive Zahl von Sekunden sein (RFC 9126 2.2), nicht %1</translation>
    </message>
    <message>
        <source>request_uri %1, but with HTTP %2: RFC 9126 2.2 requires 201 Created</source>
        <translation>request_uri %1, aber mit HTTP %2: RFC 9126 2.2 verlangt 201 Created</translation>
    </message>
    <message numerus="yes">
        <source>request_uri %1, valid for %n second(s)</source>
        <translation>
            <numerusform>request_uri %1, gültig für %n Sekunde</numerusform>
            <numerusform>request_uri %1, gültig für %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ResourceMetadataText</name>
    <message>
        <source>the document is %1 bytes; documents larger than 1 MiB are not read</source>
        <translation>das Dokument ist %1 Bytes groß; Dokumente über 1 MiB werden nicht gelesen</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once: the document is ambiguous</source>
        <translation>das Element „%1“ kommt mehrfach vor: das Dokument ist mehrdeutig</translation>
    </message>
    <message>
        <source>required member &quot;resource&quot; is missing (RFC 9728 2)</source>
        <translation>das Pflichtelement „resource“ fehlt (RFC 9728 2)</translation>
    </message>
    <message>
        <source>&quot;resource&quot; must be a string, not %1 (RFC 9728 2)</source>
        <translation>„resource“ muss eine Zeichenkette sein, nicht %1 (RFC 9728 2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings (RFC 9728 2)</source>
        <translation>„%1“ muss ein Array von Zeichenketten sein (RFC 9728 2)</translation>
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
        <source>Tokenscope has received the provider&apos;s answer. You can close this tab and return to Tokenscope.</source>
        <translation>Tokenscope hat die Antwort des Anbieters erhalten. Sie können diesen Tab schließen und zu Tokenscope zurückkehren.</translation>
    </message>
    <message>
        <source>Passing the provider&apos;s answer on to Tokenscope…</source>
        <translation>Die Antwort des Anbieters wird an Tokenscope weitergereicht …</translation>
    </message>
    <message>
        <source>the redirect URI &quot;%1&quot; cannot be used with the system browser: Tokenscope listens for the callback on a loopback URL such as http://127.0.0.1/callback (RFC 8252 7.3; the port is picked at sign-in). Register that at the provider and put it into the profile, or use the embedded browser</source>
        <translation>die Redirect-URI „%1“ geht nicht mit dem Systembrowser: Tokenscope lauscht auf den Callback unter einer Loopback-URL wie http://127.0.0.1/callback (RFC 8252 7.3; der Port wird bei der Anmeldung gewählt). Diese beim Anbieter registrieren und ins Profil eintragen, oder den eingebetteten Browser verwenden</translation>
    </message>
    <message>
        <source>response mode form_post cannot be used with the system browser: the loopback listener only sees the URL the browser requests, never a posted form. Use query or fragment, or the embedded browser</source>
        <translation>Response Mode form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nur die URL, die der Browser anfragt, nie ein gesendetes Formular. query oder fragment verwenden oder den eingebetteten Browser</translation>
    </message>
    <message>
        <source>response mode &quot;%1&quot; cannot be used with the system browser; use query or fragment</source>
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
    <message numerus="yes">
        <source> (%n request(s) that were not this sign-in&apos;s answer got 404)</source>
        <translation>
            <numerusform> (%n Anfrage, die nicht die Antwort dieser Anmeldung war, bekam 404)</numerusform>
            <numerusform> (%n Anfragen, die nicht die Antwort dieser Anmeldung waren, bekamen 404)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::TenantLintText</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be an absolute URL</source>
        <translation>muss eine absolute URL sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Strings sein</translation>
    </message>
    <message>
        <source>must contain only strings</source>
        <translation>darf nur Strings enthalten</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>no discovery document was fetched</source>
        <translation>es wurde kein Discovery-Dokument abgerufen</translation>
    </message>
    <message>
        <source>There is no usable discovery document: %1. Check the issuer URL: &lt;issuer&gt;/.well-known/openid-configuration must return the provider&apos;s JSON metadata.</source>
        <translation>Es gibt kein verwendbares Discovery-Dokument: %1. Die Aussteller-URL prüfen: &lt;issuer&gt;/.well-known/openid-configuration muss die JSON-Metadaten des Anbieters liefern.</translation>
    </message>
    <message>
        <source>The discovery document is a JSON object with %1 members.</source>
        <translation>Das Discovery-Dokument ist ein JSON-Objekt mit %1 Einträgen.</translation>
    </message>
    <message>
        <source>Every required member is present (OpenID Connect Discovery 3).</source>
        <translation>Alle Pflichteinträge sind vorhanden (OpenID Connect Discovery 3).</translation>
    </message>
    <message>
        <source>Required members are missing: %1. Add them to the discovery document (OpenID Connect Discovery 3); clients cannot sign in or verify tokens without them.</source>
        <translation>Pflichteinträge fehlen: %1. Diese im Discovery-Dokument ergänzen (OpenID Connect Discovery 3); ohne sie können sich Clients nicht anmelden und keine Tokens prüfen.</translation>
    </message>
    <message>
        <source>Every known member has the type OpenID Connect Discovery 3 gives it.</source>
        <translation>Jeder bekannte Eintrag hat den Typ, den OpenID Connect Discovery 3 vorgibt.</translation>
    </message>
    <message>
        <source>Members with the wrong type: %1. Fix their values; clients reject or ignore them.</source>
        <translation>Einträge mit falschem Typ: %1. Deren Werte korrigieren; Clients lehnen sie ab oder ignorieren sie.</translation>
    </message>
    <message>
        <source>The recommended members userinfo_endpoint, scopes_supported and claims_supported are present.</source>
        <translation>Die empfohlenen Einträge userinfo_endpoint, scopes_supported und claims_supported sind vorhanden.</translation>
    </message>
    <message>
        <source>Recommended members are missing: %1. Publish them so clients can discover what the provider supports (OpenID Connect Discovery 3).</source>
        <translation>Empfohlene Einträge fehlen: %1. Diese veröffentlichen, damit Clients erkennen, was der Anbieter unterstützt (OpenID Connect Discovery 3).</translation>
    </message>
    <message>
        <source>The document has no issuer.</source>
        <translation>Das Dokument hat keinen Aussteller.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is not an absolute URL. Set it to the provider&apos;s https URL, e.g. &quot;https://tenant.example.com/&quot;.</source>
        <translation>Der Aussteller „%1“ ist keine absolute URL. Die https-URL des Anbieters eintragen, z. B. „https://tenant.example.com/“.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment, which OpenID Connect Discovery 3 forbids. Remove it.</source>
        <translation>Der Aussteller „%1“ hat eine Query oder ein Fragment, was OpenID Connect Discovery 3 verbietet. Diesen Teil entfernen.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; does not use https. Serve the provider over https and make the issuer an https URL.</source>
        <translation>Der Aussteller „%1“ verwendet kein https. Den Anbieter über https ausliefern und als Aussteller eine https-URL setzen.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is an absolute URL without query or fragment.</source>
        <translation>Der Aussteller „%1“ ist eine absolute URL ohne Query und Fragment.</translation>
    </message>
    <message>
        <source>It is not known which URL the document was fetched from.</source>
        <translation>Es ist nicht bekannt, von welcher URL das Dokument abgerufen wurde.</translation>
    </message>
    <message>
        <source>These URLs use plain http on a non-loopback host: %1. Serve them over https; tokens, codes and keys would otherwise travel unencrypted and unauthenticated.</source>
        <translation>Diese URLs verwenden reines http auf einem Nicht-Loopback-Host: %1. Diese über https ausliefern; sonst werden Tokens, Codes und Schlüssel unverschlüsselt und unauthentifiziert übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>Every URL uses https, except %n on a loopback host (accepted for local test tenants only).</source>
        <translation>
            <numerusform>Alle URLs verwenden https, außer %n URL auf einem Loopback-Host (nur für lokale Test-Tenants zulässig).</numerusform>
            <numerusform>Alle URLs verwenden https, außer %n URLs auf Loopback-Hosts (nur für lokale Test-Tenants zulässig).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every endpoint URL uses https.</source>
        <translation>Alle Endpunkt-URLs verwenden https.</translation>
    </message>
    <message>
        <source>The JWKS could not be fetched: %1. Make jwks_uri reachable without authentication; no client can verify a signature without it.</source>
        <translation>Das JWKS konnte nicht abgerufen werden: %1. jwks_uri ohne Authentifizierung erreichbar machen; ohne das JWKS kann kein Client eine Signatur prüfen.</translation>
    </message>
    <message>
        <source>There is no jwks_uri, so no client can verify ID token signatures. Publish the signing keys and add jwks_uri.</source>
        <translation>Es gibt keine jwks_uri, daher kann kein Client die Signaturen von ID Tokens prüfen. Die Signaturschlüssel veröffentlichen und jwks_uri ergänzen.</translation>
    </message>
    <message>
        <source>The JWKS was not fetched.</source>
        <translation>Das JWKS wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>The JWKS is not available.</source>
        <translation>Das JWKS ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The JWKS was fetched.</source>
        <translation>Das JWKS wurde abgerufen.</translation>
    </message>
    <message>
        <source>The JWKS %1 was fetched.</source>
        <translation>Das JWKS %1 wurde abgerufen.</translation>
    </message>
    <message>
        <source>The JWKS is unusable: %1. Serve {&quot;keys&quot;: [...]} with the public signing keys.</source>
        <translation>Das JWKS ist unbrauchbar: %1. {&quot;keys&quot;: [...]} mit den öffentlichen Signaturschlüsseln ausliefern.</translation>
    </message>
    <message>
        <source>The JWKS has no keys.</source>
        <translation>Das JWKS enthält keine Schlüssel.</translation>
    </message>
    <message>
        <source>The JWKS has %1 key(s), %2 of them usable.</source>
        <translation>Das JWKS enthält %1 Schlüssel, davon %2 verwendbar.</translation>
    </message>
    <message>
        <source>Every key parses and imports cleanly.</source>
        <translation>Alle Schlüssel lassen sich fehlerfrei parsen und importieren.</translation>
    </message>
    <message>
        <source>Keys with defects: %1. Fix or remove these keys from the JWKS.</source>
        <translation>Schlüssel mit Mängeln: %1. Diese Schlüssel korrigieren oder aus dem JWKS entfernen.</translation>
    </message>
    <message>
        <source>%1 has private members %2</source>
        <translation>%1 hat private Einträge %2</translation>
    </message>
    <message>
        <source>%1 is a symmetric (oct) key</source>
        <translation>%1 ist ein symmetrischer Schlüssel (oct)</translation>
    </message>
    <message>
        <source>The JWKS publishes public keys only.</source>
        <translation>Das JWKS veröffentlicht nur öffentliche Schlüssel.</translation>
    </message>
    <message>
        <source>The JWKS publishes secret key material: %1. Anyone can sign tokens with it: rotate these keys now and publish only the public parts.</source>
        <translation>Das JWKS veröffentlicht geheimes Schlüsselmaterial: %1. Damit kann jeder Tokens signieren: diese Schlüssel sofort rotieren und nur die öffentlichen Teile veröffentlichen.</translation>
    </message>
    <message>
        <source>The kid(s) %1 are used by more than one key, so a token&apos;s kid cannot select its key. Give every key its own kid.</source>
        <translation>Mehrfach vergebene kid: %1. Die kid eines Tokens kann daher seinen Schlüssel nicht bestimmen. Jedem Schlüssel eine eigene kid geben.</translation>
    </message>
    <message>
        <source>The only key has no kid. It works until the first key rotation; add a kid so old and new keys can be told apart.</source>
        <translation>Der einzige Schlüssel hat keine kid. Das geht bis zur ersten Schlüsselrotation gut; eine kid ergänzen, damit sich alte und neue Schlüssel unterscheiden lassen.</translation>
    </message>
    <message>
        <source>Every key has its own kid.</source>
        <translation>Jeder Schlüssel hat eine eigene kid.</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1 (%2 Bit)</translation>
    </message>
    <message>
        <source>The JWKS has no RSA keys.</source>
        <translation>Das JWKS enthält keine RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>RSA keys shorter than 2048 bits: %1. Replace them with keys of at least 2048 bits (RFC 7518 3.3); short keys can be factored.</source>
        <translation>RSA-Schlüssel kürzer als 2048 Bit: %1. Durch Schlüssel mit mindestens 2048 Bit ersetzen (RFC 7518 3.3); kurze Schlüssel lassen sich faktorisieren.</translation>
    </message>
    <message>
        <source>Every RSA key has at least 2048 bits.</source>
        <translation>Alle RSA-Schlüssel haben mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>%1 is a %2 key but declares alg %3</source>
        <translation>%1 ist ein %2-Schlüssel, gibt aber alg %3 an</translation>
    </message>
    <message>
        <source>%1 has use &quot;enc&quot; but a signature alg %2</source>
        <translation>%1 hat use „enc“, aber den Signatur-alg %2</translation>
    </message>
    <message>
        <source>%1 has key_ops %2 without &quot;verify&quot;</source>
        <translation>%1 hat key_ops %2 ohne „verify“</translation>
    </message>
    <message>
        <source>no key is meant for signatures (all are &quot;enc&quot; or symmetric)</source>
        <translation>kein Schlüssel ist für Signaturen bestimmt (alle sind „enc“ oder symmetrisch)</translation>
    </message>
    <message>
        <source>Inconsistent use/alg: %1. Make each key&apos;s use &quot;sig&quot;, alg and key type agree.</source>
        <translation>Widersprüchliches use/alg: %1. Bei jedem Schlüssel use auf „sig“ setzen und alg und Schlüsseltyp aufeinander abstimmen.</translation>
    </message>
    <message>
        <source>Questionable key_ops: %1. Signing keys should allow &quot;verify&quot; or leave key_ops out.</source>
        <translation>Fragwürdige key_ops: %1. Signaturschlüssel sollten „verify“ erlauben oder key_ops weglassen.</translation>
    </message>
    <message>
        <source>Every key&apos;s use, alg and key type agree.</source>
        <translation>Bei allen Schlüsseln passen use, alg und Schlüsseltyp zusammen.</translation>
    </message>
    <message>
        <source>The document advertises no ID token signing algorithms.</source>
        <translation>Das Dokument gibt keine Signaturalgorithmen für ID Tokens an.</translation>
    </message>
    <message>
        <source>The JWKS has a key for every advertised asymmetric algorithm.</source>
        <translation>Das JWKS enthält einen Schlüssel für jeden angegebenen asymmetrischen Algorithmus.</translation>
    </message>
    <message>
        <source>%1 advertised, but the JWKS has no key of that type: tokens signed with it could not be verified. Publish the key or stop advertising the algorithm.</source>
        <translation>%1 angegeben, aber das JWKS enthält keinen Schlüssel dieses Typs: damit signierte Tokens ließen sich nicht prüfen. Den Schlüssel veröffentlichen oder den Algorithmus nicht mehr angeben.</translation>
    </message>
    <message>
        <source>id_token_signing_alg_values_supported is missing.</source>
        <translation>id_token_signing_alg_values_supported fehlt.</translation>
    </message>
    <message>
        <source>&quot;none&quot; is not offered.</source>
        <translation>„none“ wird nicht angeboten.</translation>
    </message>
    <message>
        <source>Only %1 (shared-secret HMAC) is offered for ID tokens: public apps (SPA, native) have no secret and cannot verify them, and every app holding the secret can forge them. Switch the signing algorithm to RS256 (Auth0: Application &gt; Advanced &gt; OAuth &gt; JSON Web Token Signature Algorithm).</source>
        <translation>Für ID Tokens wird nur %1 (HMAC mit gemeinsamem Secret) angeboten: öffentliche Apps (SPA, nativ) haben kein Secret und können sie nicht prüfen, und jede App mit dem Secret kann sie fälschen. Den Signaturalgorithmus auf RS256 umstellen (Auth0: Application &gt; Advanced &gt; OAuth &gt; JSON Web Token Signature Algorithm).</translation>
    </message>
    <message>
        <source>%1 and %2 are offered: HMAC ID tokens are verified with the client secret, so only confidential apps should use them.</source>
        <translation>%1 und %2 werden angeboten: HMAC-signierte ID Tokens werden mit dem Client-Secret geprüft, daher sollten nur vertrauliche Apps sie verwenden.</translation>
    </message>
    <message>
        <source>Only asymmetric algorithms are offered: %1.</source>
        <translation>Es werden nur asymmetrische Algorithmen angeboten: %1.</translation>
    </message>
    <message>
        <source>RS256 is offered, as OpenID Connect Discovery 3 requires.</source>
        <translation>RS256 wird angeboten, wie OpenID Connect Discovery 3 es verlangt.</translation>
    </message>
    <message>
        <source>RS256 is not offered; OpenID Connect Discovery 3 requires it and many client libraries only support it. Add RS256.</source>
        <translation>RS256 wird nicht angeboten; OpenID Connect Discovery 3 verlangt es, und viele Client-Bibliotheken unterstützen nur RS256. RS256 ergänzen.</translation>
    </message>
    <message>
        <source>The profile sets no expected algorithm.</source>
        <translation>Das Profil legt keinen erwarteten Algorithmus fest.</translation>
    </message>
    <message>
        <source>No profile to compare with.</source>
        <translation>Kein Profil zum Vergleichen.</translation>
    </message>
    <message>
        <source>The profile&apos;s algorithm %1 is offered.</source>
        <translation>Der Algorithmus %1 des Profils wird angeboten.</translation>
    </message>
    <message>
        <source>The profile expects %1, but the provider offers %2. Align the app&apos;s signing algorithm with the profile.</source>
        <translation>Das Profil erwartet %1, der Anbieter bietet aber %2 an. Den Signaturalgorithmus der App auf das Profil abstimmen.</translation>
    </message>
    <message>
        <source>Response types offered: %1.</source>
        <translation>Angebotene Response Types: %1.</translation>
    </message>
    <message>
        <source>response_types_supported is missing.</source>
        <translation>response_types_supported fehlt.</translation>
    </message>
    <message>
        <source>The profile&apos;s response type &quot;%1&quot; is offered.</source>
        <translation>Der Response Type „%1“ des Profils wird angeboten.</translation>
    </message>
    <message>
        <source>The profile uses response type &quot;%1&quot;, which the provider does not offer (%2). Change the profile&apos;s responseType, or enable it for the app at the provider.</source>
        <translation>Das Profil verwendet den Response Type „%1“, den der Anbieter nicht anbietet (%2). responseType des Profils ändern oder den Response Type für die App beim Anbieter aktivieren.</translation>
    </message>
    <message>
        <source>Response modes offered: %1.</source>
        <translation>Angebotene Response Modes: %1.</translation>
    </message>
    <message>
        <source>response_modes_supported is not advertised, so clients assume &quot;query&quot; and &quot;fragment&quot; only; advertise &quot;form_post&quot; too if it is supported.</source>
        <translation>response_modes_supported wird nicht angegeben, daher nehmen Clients nur „query“ und „fragment“ an; „form_post“ ebenfalls angeben, falls unterstützt.</translation>
    </message>
    <message>
        <source>The profile asks for response type &quot;%1&quot; in the query: tokens must never travel in the query string (server logs, Referer). Use fragment or form_post.</source>
        <translation>Das Profil fordert den Response Type „%1“ mit query an: Tokens dürfen nie im Query-String übertragen werden (Serverlogs, Referer). fragment oder form_post verwenden.</translation>
    </message>
    <message>
        <source>The profile&apos;s response mode &quot;%1&quot; is offered.</source>
        <translation>Der Response Mode „%1“ des Profils wird angeboten.</translation>
    </message>
    <message>
        <source>The profile uses response mode &quot;%1&quot;, which the provider does not advertise (it advertises no response modes). Advertise it, or expect it may not work.</source>
        <translation>Das Profil verwendet den Response Mode „%1“, den der Anbieter nicht angibt (er gibt keine Response Modes an). Den Response Mode angeben oder damit rechnen, dass er nicht funktioniert.</translation>
    </message>
    <message>
        <source>The profile uses response mode &quot;%1&quot;, which the provider does not offer (%2). Change the profile&apos;s responseMode.</source>
        <translation>Das Profil verwendet den Response Mode „%1“, den der Anbieter nicht anbietet (%2). responseMode des Profils ändern.</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported is not advertised, so clients cannot tell whether PKCE works. Support PKCE and advertise [&quot;S256&quot;] (RFC 8414, RFC 9700 2.1.1).</source>
        <translation>code_challenge_methods_supported wird nicht angegeben, daher können Clients nicht erkennen, ob PKCE funktioniert. PKCE unterstützen und [&quot;S256&quot;] angeben (RFC 8414, RFC 9700 2.1.1).</translation>
    </message>
    <message>
        <source> The profile is a public client, which needs PKCE.</source>
        <translation> Das Profil ist ein öffentlicher Client, der PKCE braucht.</translation>
    </message>
    <message>
        <source>PKCE with S256 is offered.</source>
        <translation>PKCE mit S256 wird angeboten.</translation>
    </message>
    <message>
        <source>PKCE S256 is not offered (only %1). Enable S256: it is the only method that protects the code if the authorization request leaks.</source>
        <translation>PKCE S256 wird nicht angeboten (nur %1). S256 aktivieren: nur diese Methode schützt den Code, wenn die Autorisierungsanfrage nach außen gelangt.</translation>
    </message>
    <message>
        <source>PKCE &quot;plain&quot; is offered: the challenge is the verifier itself, so it protects nothing once the request is seen. Remove &quot;plain&quot; and keep only &quot;S256&quot; (RFC 9700 2.1.1).</source>
        <translation>PKCE „plain“ wird angeboten: die Challenge ist der Verifier selbst und schützt daher nichts mehr, sobald die Anfrage mitgelesen wird. „plain“ entfernen und nur „S256“ behalten (RFC 9700 2.1.1).</translation>
    </message>
    <message>
        <source>PKCE &quot;plain&quot; is not offered.</source>
        <translation>PKCE „plain“ wird nicht angeboten.</translation>
    </message>
    <message>
        <source>PKCE &quot;plain&quot; is not advertised.</source>
        <translation>PKCE „plain“ wird nicht angegeben.</translation>
    </message>
    <message>
        <source> (grant_types_supported is not advertised; the default is authorization_code and implicit)</source>
        <translation> (grant_types_supported wird nicht angegeben; Standard sind authorization_code und implicit)</translation>
    </message>
    <message>
        <source>The authorization code grant is offered%1.</source>
        <translation>Der Authorization-Code-Grant wird angeboten%1.</translation>
    </message>
    <message>
        <source>Response types with &quot;code&quot; are offered but grant_types_supported lacks authorization_code: codes could not be exchanged. Add authorization_code.</source>
        <translation>Response Types mit „code“ werden angeboten, aber in grant_types_supported fehlt authorization_code: Codes ließen sich nicht einlösen. authorization_code ergänzen.</translation>
    </message>
    <message>
        <source>The authorization code grant is not offered. Offer it: the code flow with PKCE is the recommended flow for every kind of app (RFC 9700).</source>
        <translation>Der Authorization-Code-Grant wird nicht angeboten. Ihn anbieten: der Code Flow mit PKCE ist der empfohlene Ablauf für jede Art von App (RFC 9700).</translation>
    </message>
    <message>
        <source>The implicit grant is offered%1: only apps that use response types with id_token or token need it; RFC 9700 advises against access tokens in the front channel, so disable it for apps that do not.</source>
        <translation>Der Implicit Grant wird angeboten%1: nur Apps, die Response Types mit id_token oder token verwenden, brauchen ihn; RFC 9700 rät von Access Tokens im Front Channel ab, daher für alle anderen Apps deaktivieren.</translation>
    </message>
    <message>
        <source>The implicit grant is not offered.</source>
        <translation>Der Implicit Grant wird nicht angeboten.</translation>
    </message>
    <message>
        <source>The refresh token grant is offered.</source>
        <translation>Der Refresh-Token-Grant wird angeboten.</translation>
    </message>
    <message>
        <source>The profile asks for offline_access but refresh_token is not in grant_types_supported: no refresh token may come back. Enable the refresh token grant for the app.</source>
        <translation>Das Profil fordert offline_access an, aber refresh_token fehlt in grant_types_supported: womöglich kommt kein Refresh Token zurück. Den Refresh-Token-Grant für die App aktivieren.</translation>
    </message>
    <message>
        <source>The refresh token grant is not advertised.</source>
        <translation>Der Refresh-Token-Grant wird nicht angegeben.</translation>
    </message>
    <message>
        <source>The grants the profile&apos;s response type needs are offered: %1.</source>
        <translation>Die Grants, die der Response Type des Profils braucht, werden angeboten: %1.</translation>
    </message>
    <message>
        <source>The profile&apos;s response type does not use the token endpoint.</source>
        <translation>Der Response Type des Profils verwendet den Token-Endpunkt nicht.</translation>
    </message>
    <message>
        <source>The profile&apos;s token endpoint authentication &quot;%1&quot; is offered.</source>
        <translation>Die Token-Endpunkt-Authentifizierung „%1“ des Profils wird angeboten.</translation>
    </message>
    <message>
        <source>The profile authenticates at the token endpoint with &quot;%1&quot;, which the provider does not offer (%2). Change the profile&apos;s tokenEndpointAuth to what the app is configured for.</source>
        <translation>Das Profil authentifiziert sich am Token-Endpunkt mit „%1“, was der Anbieter nicht anbietet (%2). tokenEndpointAuth des Profils auf das setzen, wofür die App konfiguriert ist.</translation>
    </message>
    <message>
        <source>scopes_supported is not advertised.</source>
        <translation>scopes_supported wird nicht angegeben.</translation>
    </message>
    <message>
        <source>Every scope the profile asks for is advertised.</source>
        <translation>Alle Scopes, die das Profil anfordert, werden angegeben.</translation>
    </message>
    <message>
        <source>The profile asks for scope(s) %1 that scopes_supported does not list. API scopes are often not listed; for OpenID scopes, check the spelling or enable them.</source>
        <translation>Das Profil fordert Scopes an, die scopes_supported nicht aufführt: %1. API-Scopes fehlen dort oft; bei OpenID-Scopes die Schreibweise prüfen oder sie aktivieren.</translation>
    </message>
    <message>
        <source>userinfo_endpoint: %1</source>
        <translation>userinfo_endpoint: %1</translation>
    </message>
    <message>
        <source>There is no userinfo_endpoint: apps cannot fetch profile claims with the access token. Publish it (OpenID Connect Core 5.3).</source>
        <translation>Es gibt keinen userinfo_endpoint: Apps können mit dem Access Token keine Profil-Claims abrufen. Diesen veröffentlichen (OpenID Connect Core 5.3).</translation>
    </message>
    <message>
        <source>end_session_endpoint: %1</source>
        <translation>end_session_endpoint: %1</translation>
    </message>
    <message>
        <source>There is no end_session_endpoint: apps cannot end the provider session on sign-out, so the next sign-in is silent. Enable RP-Initiated Logout (Auth0: tenant setting &quot;RP-Initiated Logout End Session Endpoint Discovery&quot;).</source>
        <translation>Es gibt keinen end_session_endpoint: Apps können beim Abmelden die Sitzung beim Anbieter nicht beenden, daher erfolgt die nächste Anmeldung stillschweigend. RP-Initiated Logout aktivieren (Auth0: Tenant-Einstellung „RP-Initiated Logout End Session Endpoint Discovery“).</translation>
    </message>
    <message>
        <source>revocation_endpoint: %1</source>
        <translation>revocation_endpoint: %1</translation>
    </message>
    <message>
        <source>There is no revocation_endpoint (RFC 7009): apps cannot revoke refresh tokens when the user signs out. Publish it if the provider supports revocation.</source>
        <translation>Es gibt keinen revocation_endpoint (RFC 7009): Apps können Refresh Tokens beim Abmelden des Benutzers nicht widerrufen. Diesen veröffentlichen, falls der Anbieter Widerruf unterstützt.</translation>
    </message>
    <message>
        <source>introspection_endpoint: %1</source>
        <translation>introspection_endpoint: %1</translation>
    </message>
    <message>
        <source>There is no introspection_endpoint (RFC 7662): APIs must validate access tokens themselves (JWT signature and claims), and opaque access tokens are only good for userinfo.</source>
        <translation>Es gibt keinen introspection_endpoint (RFC 7662): APIs müssen Access Tokens selbst validieren (JWT-Signatur und Claims), und opake Access Tokens taugen nur für Userinfo.</translation>
    </message>
    <message>
        <source>The authorization response carries iss (RFC 9207), so clients can detect mix-up attacks.</source>
        <translation>Die Autorisierungsantwort enthält iss (RFC 9207), daher können Clients Mix-up-Angriffe erkennen.</translation>
    </message>
    <message>
        <source>authorization_response_iss_parameter_supported is not true: responses do not carry iss (RFC 9207), so clients talking to several providers cannot detect mix-up attacks. Enable it if the provider can.</source>
        <translation>authorization_response_iss_parameter_supported ist nicht true: Antworten enthalten kein iss (RFC 9207), daher können Clients mit mehreren Anbietern keine Mix-up-Angriffe erkennen. Aktivieren, falls der Anbieter es kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an issuer URL or domain</source>
        <translation>„%1“ ist weder eine Aussteller-URL noch eine Domain</translation>
    </message>
    <message>
        <source>could not fetch %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Keys of types Tokenscope cannot use are ignored, as RFC 7517 section 5 says: %1.</source>
        <translation>Schlüssel von Typen, die Tokenscope nicht verwenden kann, werden ignoriert, wie RFC 7517 Abschnitt 5 es vorsieht: %1.</translation>
    </message>
    <message>
        <source>Every key of a supported type parses and imports cleanly.</source>
        <translation>Jeder Schlüssel eines unterstützten Typs lässt sich fehlerfrei lesen und importieren.</translation>
    </message>
    <message>
        <source>Keys of unsupported types ignored: %1.</source>
        <translation>Ignorierte Schlüssel nicht unterstützter Typen: %1.</translation>
    </message>
    <message>
        <source>%1 of the %2 keys have no kid; with several signing keys of one type (%3), tokens must name their key (OpenID Connect Core 10.1). Add a kid to every key.</source>
        <translation>%1 der %2 Schlüssel haben keine kid; bei mehreren Signaturschlüsseln eines Typs (%3) müssen Tokens ihren Schlüssel benennen (OpenID Connect Core 10.1). Jedem Schlüssel eine kid geben.</translation>
    </message>
    <message>
        <source>Signing keys without kid: %1; each is the only one of its type, so clients can still select it (OpenID Connect Core 10.1). Add kids before the first key rotation.</source>
        <translation>Signaturschlüssel ohne kid: %1; jeder ist der einzige seines Typs, daher können Clients ihn trotzdem auswählen (OpenID Connect Core 10.1). Vor dem ersten Schlüsselwechsel kids vergeben.</translation>
    </message>
    <message>
        <source>Every key of a supported type has its own kid.</source>
        <translation>Jeder Schlüssel eines unterstützten Typs hat eine eigene kid.</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; is the URL the document was fetched from, less &quot;/.well-known/openid-configuration&quot; (OpenID Connect Discovery 4).</source>
        <translation>Der Aussteller „%1“ ist die URL, von der das Dokument abgerufen wurde, ohne „/.well-known/openid-configuration“ (OpenID Connect Discovery 4).</translation>
    </message>
    <message>
        <source>The document says issuer &quot;%1&quot; but was fetched from &quot;%2&quot;; OpenID Connect Discovery 4.3 requires the issuer to be the URL the document is served under (less &quot;/.well-known/openid-configuration&quot;), and clients reject every token. Either the document belongs to another provider (a proxy or a wrong custom domain?) or the issuer setting is wrong.</source>
        <translation>Das Dokument nennt den Aussteller „%1“, wurde aber von „%2“ abgerufen; OpenID Connect Discovery 4.3 verlangt, dass der Aussteller die URL ist, unter der das Dokument liegt (ohne „/.well-known/openid-configuration“), und Clients lehnen jedes Token ab. Entweder gehört das Dokument zu einem anderen Anbieter (ein Proxy oder eine falsche eigene Domain?) oder die Aussteller-Einstellung ist falsch.</translation>
    </message>
    <message>
        <source>These URLs are not http(s) URLs of a host: %1. Endpoints must be https URLs (OpenID Connect Discovery 3, RFC 8414 2); a client sent to another scheme could read local files. Tokenscope refuses to fetch them.</source>
        <translation>Diese URLs sind keine http(s)-URLs eines Hosts: %1. Endpunkte müssen https-URLs sein (OpenID Connect Discovery 3, RFC 8414 2); ein Client, der zu einem anderen Schema geschickt wird, könnte lokale Dateien lesen. Tokenscope ruft sie nicht ab.</translation>
    </message>
    <message>
        <source>&quot;none&quot; is offered for ID tokens (OpenID Connect Discovery 3 allows it, for flows where no ID token comes from the authorization endpoint). An app registered for it gets unsigned ID tokens that anyone can forge: make sure no app uses it (Tokenscope never accepts them).</source>
        <translation>„none“ wird für ID-Tokens angeboten (OpenID Connect Discovery 3 erlaubt das für Abläufe, in denen kein ID-Token vom Autorisierungsendpunkt kommt). Eine dafür registrierte App erhält unsignierte ID-Tokens, die jeder fälschen kann: sicherstellen, dass keine App es verwendet (Tokenscope akzeptiert sie nie).</translation>
    </message>
    <message>
        <source>Response type &quot;%1&quot; needs the grant(s) %2, which grant_types_supported does not list%3. If the sign-in fails, enable them for the app or change the profile&apos;s responseType; if it works, the document under-reports what the provider does.</source>
        <translation>Antworttyp „%1“ braucht die Grant-Typen %2, die grant_types_supported nicht aufführt%3. Schlägt die Anmeldung fehl, sie für die App aktivieren oder den responseType des Profils ändern; funktioniert sie, gibt das Dokument weniger an, als der Anbieter tut.</translation>
    </message>
    <message>
        <source> (it lists %1, which is not a registered grant type)</source>
        <translation> (es führt %1 auf, was kein registrierter Grant-Typ ist)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (they differ only in the trailing slash, which counts)</source>
        <translation> (sie unterscheiden sich nur im abschließenden Schrägstrich, der zählt)</translation>
    </message>
    <message>
        <source>The RFC 8414 authorization server metadata at %1 could not be fetched: %2.</source>
        <translation>Die RFC-8414-Metadaten des Autorisierungsservers unter %1 konnten nicht abgerufen werden: %2.</translation>
    </message>
    <message>
        <source>No RFC 8414 authorization server metadata at %1 (HTTP %2). OpenID Connect clients read the discovery document; OAuth clients that look here first (MCP clients, RFC 8414 3) fall back to it.</source>
        <translation>Keine RFC-8414-Metadaten des Autorisierungsservers unter %1 (HTTP %2). OpenID-Connect-Clients lesen das Discovery-Dokument; OAuth-Clients, die zuerst hier nachsehen (MCP-Clients, RFC 8414 3), weichen darauf aus.</translation>
    </message>
    <message>
        <source>The RFC 8414 authorization server metadata at %1 is unusable: %2. Clients that read it (RFC 8414 3.2: a JSON object) fail; serve the same JSON object as the discovery document, or answer 404.</source>
        <translation>Die RFC-8414-Metadaten des Autorisierungsservers unter %1 sind unbrauchbar: %2. Clients, die sie lesen (RFC 8414 3.2: ein JSON-Objekt), scheitern; dort dasselbe JSON-Objekt wie das Discovery-Dokument ausliefern oder mit 404 antworten.</translation>
    </message>
    <message>
        <source>RFC 8414 authorization server metadata is published at %1.</source>
        <translation>RFC-8414-Metadaten des Autorisierungsservers werden unter %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>The RFC 8414 document has no &quot;issuer&quot; string (RFC 8414 2: required), so no client may use it.</source>
        <translation>Das RFC-8414-Dokument hat keine Zeichenkette „issuer“ (RFC 8414 2: Pflicht), also darf kein Client es verwenden.</translation>
    </message>
    <message>
        <source>The RFC 8414 document names the issuer &quot;%1&quot;, but it was fetched for &quot;%2&quot;%3: RFC 8414 3.3 requires them to be identical, and a client must not use the document (a mix-up defence). Make &quot;issuer&quot; &quot;%2&quot;.</source>
        <translation>Das RFC-8414-Dokument nennt den Aussteller „%1“, wurde aber für „%2“ abgerufen%3: RFC 8414 3.3 verlangt, dass beide identisch sind, und ein Client darf das Dokument nicht verwenden (ein Schutz gegen Mix-up). „issuer“ auf „%2“ setzen.</translation>
    </message>
    <message>
        <source>Its issuer is &quot;%1&quot;, the one it was fetched for (RFC 8414 3.3).</source>
        <translation>Sein Aussteller ist „%1“, der, für den es abgerufen wurde (RFC 8414 3.3).</translation>
    </message>
    <message>
        <source>There is no OpenID Connect discovery document to compare it with.</source>
        <translation>Es gibt kein OpenID-Connect-Discovery-Dokument zum Vergleich.</translation>
    </message>
    <message>
        <source>It agrees with the OpenID Connect discovery document on every endpoint both name.</source>
        <translation>Es stimmt mit dem OpenID-Connect-Discovery-Dokument bei jedem Endpunkt überein, den beide nennen.</translation>
    </message>
    <message>
        <source>It disagrees with the OpenID Connect discovery document (RFC 8414 / OpenID discovery): %1. OAuth clients and OpenID Connect clients would talk to different endpoints; publish one set.</source>
        <translation>Es widerspricht dem OpenID-Connect-Discovery-Dokument (RFC 8414 / OpenID Discovery): %1. OAuth-Clients und OpenID-Connect-Clients würden mit verschiedenen Endpunkten sprechen; einen einzigen Satz veröffentlichen.</translation>
    </message>
    <message>
        <source>The resource %1 could not be reached: %2.</source>
        <translation>Die Ressource %1 war nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The resource %1 answered HTTP %2 to a request without a token: it is not protected (or not at this URL), so a client is never told where to get a token.</source>
        <translation>Die Ressource %1 hat auf eine Anfrage ohne Token mit HTTP %2 geantwortet: Sie ist nicht geschützt (oder nicht unter dieser URL), also erfährt ein Client nie, wo er ein Token bekommt.</translation>
    </message>
    <message>
        <source>The resource %1 answered HTTP %2 to a request without a token; RFC 6750 3 expects 401 with a WWW-Authenticate challenge, which tells a client where to get one (RFC 9728 5.1).</source>
        <translation>Die Ressource %1 hat auf eine Anfrage ohne Token mit HTTP %2 geantwortet; RFC 6750 3 erwartet 401 mit einer WWW-Authenticate-Challenge, die einem Client sagt, wo er eines bekommt (RFC 9728 5.1).</translation>
    </message>
    <message>
        <source>The resource answered 401 with &quot;%1&quot;, which names no resource_metadata (RFC 9728 5.1): a client cannot learn where the resource&apos;s metadata is (MCP clients require it, or try the well-known URL, as Tokenscope did).</source>
        <translation>Die Ressource hat mit 401 und „%1“ geantwortet, was keine resource_metadata nennt (RFC 9728 5.1): Ein Client kann nicht erfahren, wo die Metadaten der Ressource liegen (MCP-Clients verlangen sie oder versuchen die Well-known-URL, wie Tokenscope es getan hat).</translation>
    </message>
    <message>
        <source>The resource answered 401 with a challenge that names its metadata, %1 (RFC 9728 5.1).</source>
        <translation>Die Ressource hat mit 401 und einer Challenge geantwortet, die ihre Metadaten nennt: %1 (RFC 9728 5.1).</translation>
    </message>
    <message>
        <source>The resource&apos;s metadata was not fetched.</source>
        <translation>Die Metadaten der Ressource wurden nicht abgerufen.</translation>
    </message>
    <message>
        <source>There is no protected resource metadata.</source>
        <translation>Es gibt keine Metadaten der geschützten Ressource.</translation>
    </message>
    <message>
        <source>The protected resource metadata the challenge names, %1, is unusable: %2. Serve the JSON object of RFC 9728 2 there.</source>
        <translation>Die Metadaten der geschützten Ressource, die die Challenge nennt (%1), sind unbrauchbar: %2. Dort das JSON-Objekt aus RFC 9728 2 ausliefern.</translation>
    </message>
    <message>
        <source>There is no protected resource metadata at %1 (%2): a client cannot learn from the resource where to get a token (RFC 9728 3). Publish it, and name it in the 401&apos;s challenge.</source>
        <translation>Unter %1 gibt es keine Metadaten der geschützten Ressource (%2): Ein Client kann von der Ressource nicht erfahren, wo er ein Token bekommt (RFC 9728 3). Sie veröffentlichen und in der Challenge der 401-Antwort nennen.</translation>
    </message>
    <message>
        <source>There is no usable protected resource metadata.</source>
        <translation>Es gibt keine brauchbaren Metadaten der geschützten Ressource.</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears more than once</source>
        <translation>das Element „%1“ kommt mehrfach vor</translation>
    </message>
    <message>
        <source>The protected resource metadata at %1 has defects: %2.</source>
        <translation>Die Metadaten der geschützten Ressource unter %1 haben Mängel: %2.</translation>
    </message>
    <message>
        <source>The protected resource metadata at %1: resource &quot;%2&quot;%3%4.</source>
        <translation>Die Metadaten der geschützten Ressource unter %1: Ressource „%2“%3%4.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, scopes %1</source>
        <translation>, Scopes %1</translation>
    </message>
    <message>
        <source>The metadata names no resource.</source>
        <translation>Die Metadaten nennen keine Ressource.</translation>
    </message>
    <message>
        <source>The metadata&apos;s resource is &quot;%1&quot;, but the resource requested is &quot;%2&quot;%3: RFC 9728 3.3 requires them to be identical, and a client must not use the metadata (an API&apos;s audience identifier is not its resource URL). Make &quot;resource&quot; &quot;%2&quot;.</source>
        <translation>Die Ressource in den Metadaten ist „%1“, angefragt wurde aber „%2“%3: RFC 9728 3.3 verlangt, dass beide identisch sind, und ein Client darf die Metadaten nicht verwenden (der Audience-Bezeichner einer API ist nicht ihre Ressourcen-URL). „resource“ auf „%2“ setzen.</translation>
    </message>
    <message>
        <source>Its resource is the URL requested, as RFC 9728 3.3 requires.</source>
        <translation>Ihre Ressource ist die angefragte URL, wie RFC 9728 3.3 es verlangt.</translation>
    </message>
    <message>
        <source>The metadata names no authorization server (RFC 9728 2, authorization_servers): a client cannot learn where to get a token.</source>
        <translation>Die Metadaten nennen keinen Autorisierungsserver (RFC 9728 2, authorization_servers): Ein Client kann nicht erfahren, wo er ein Token bekommt.</translation>
    </message>
    <message>
        <source>These authorization servers are not https URLs: %1. Issuers are https URLs (RFC 8414 2); a client must not follow others.</source>
        <translation>Diese Autorisierungsserver sind keine https-URLs: %1. Aussteller sind https-URLs (RFC 8414 2); ein Client darf anderen nicht folgen.</translation>
    </message>
    <message>
        <source>Authorization servers: %1.</source>
        <translation>Autorisierungsserver: %1.</translation>
    </message>
    <message>
        <source>OpenID Connect discovery</source>
        <translation>OpenID-Connect-Discovery</translation>
    </message>
    <message>
        <source>RFC 8414 metadata</source>
        <translation>RFC-8414-Metadaten</translation>
    </message>
    <message>
        <source>%1: no usable metadata (RFC 8414 at %2: %3)</source>
        <translation>%1: keine brauchbaren Metadaten (RFC 8414 unter %2: %3)</translation>
    </message>
    <message>
        <source>%1: its %2 names the issuer &quot;%3&quot;%4 (it must be identical, RFC 8414 3.3, OpenID Connect Discovery 4.3)</source>
        <translation>%1: seine %2 nennen den Aussteller „%3“%4 (er muss identisch sein, RFC 8414 3.3, OpenID Connect Discovery 4.3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No authorization server to follow.</source>
        <translation>Kein Autorisierungsserver, dem gefolgt werden kann.</translation>
    </message>
    <message>
        <source>A client following the resource&apos;s metadata cannot use: %1.</source>
        <translation>Ein Client, der den Metadaten der Ressource folgt, kann nicht verwenden: %1.</translation>
    </message>
    <message>
        <source>Every authorization server publishes metadata for its own issuer: %1.</source>
        <translation>Jeder Autorisierungsserver veröffentlicht Metadaten für seinen eigenen Aussteller: %1.</translation>
    </message>
    <message>
        <source>The issuer linted, %1, is one of the resource&apos;s authorization servers.</source>
        <translation>Der geprüfte Aussteller %1 ist einer der Autorisierungsserver der Ressource.</translation>
    </message>
    <message>
        <source>The issuer linted, %1, is not one of the resource&apos;s authorization servers (%2): a client that follows the resource&apos;s metadata goes elsewhere for its token.</source>
        <translation>Der geprüfte Aussteller %1 ist keiner der Autorisierungsserver der Ressource (%2): Ein Client, der den Metadaten der Ressource folgt, holt sein Token anderswo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL</source>
        <translation>„%1“ ist keine absolute URL</translation>
    </message>
    <message>
        <source>not an absolute URL</source>
        <translation>keine absolute URL</translation>
    </message>
    <message>
        <source>no issuer: give one, or a resource whose metadata names one</source>
        <translation>kein Aussteller: einen angeben oder eine Ressource, deren Metadaten einen nennen</translation>
    </message>
    <message>
        <source>The resource answered 401 without a WWW-Authenticate header, which every 401 must carry (RFC 9110 15.5.2, RFC 6750 3). Add a challenge such as: Bearer resource_metadata=&quot;https://…&quot; (RFC 9728 5.1).</source>
        <translation>Die Ressource hat mit 401 ohne WWW-Authenticate-Header geantwortet, den jede 401-Antwort tragen muss (RFC 9110 15.5.2, RFC 6750 3). Eine Challenge hinzufügen, etwa: Bearer resource_metadata=&quot;https://…&quot; (RFC 9728 5.1).</translation>
    </message>
</context>
<context>
    <name>tokenscope::TenantProbeText</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>HTTP %1, new tokens</source>
        <translation>HTTP %1, neue Tokens</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>identical (%n member(s))</source>
        <translation>
            <numerusform>identisch (%n Eintrag)</numerusform>
            <numerusform>identisch (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>only in %1: %2</source>
        <translation>nur %1: %2</translation>
    </message>
    <message>
        <source>different: %1</source>
        <translation>abweichend: %1</translation>
    </message>
    <message>
        <source>configuration lint</source>
        <translation>Konfigurationsprüfung</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>refresh tokens</source>
        <translation>Refresh Tokens</translation>
    </message>
    <message>
        <source>there was no code exchange (response type %1), so no refresh token</source>
        <translation>es gab keinen Code-Austausch (Response Type %1), daher kein Refresh Token</translation>
    </message>
    <message>
        <source>the sign-in failed: %1</source>
        <translation>die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no refresh token came back from the code exchange: add offline_access to the scope and allow offline access for the app/API (Auth0: API &gt; Allow Offline Access)</source>
        <translation>der Code-Austausch hat kein Refresh Token geliefert: offline_access zum Scope hinzufügen und Offline-Zugriff für die App/API erlauben (Auth0: API &gt; Allow Offline Access)</translation>
    </message>
    <message>
        <source>the first refresh failed: %1</source>
        <translation>die erste Erneuerung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the first refresh failed</source>
        <translation>die erste Erneuerung ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>the refresh token from the code exchange was accepted and the new tokens passed %n check(s)</source>
        <translation>
            <numerusform>das Refresh Token aus dem Code-Austausch wurde akzeptiert, und die neuen Tokens haben %n Prüfung bestanden</numerusform>
            <numerusform>das Refresh Token aus dem Code-Austausch wurde akzeptiert, und die neuen Tokens haben %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>rotation is on: the refresh returned a new refresh token, and the old one should now be invalid</source>
        <translation>Rotation ist aktiv: die Erneuerung lieferte ein neues Refresh Token, und das alte sollte jetzt ungültig sein</translation>
    </message>
    <message>
        <source>rotation is off: the refresh returned no new refresh token, so a leaked one stays valid until it expires. This app is public (no client secret): turn on refresh token rotation (RFC 9700 4.14.2).</source>
        <translation>Rotation ist aus: die Erneuerung lieferte kein neues Refresh Token, daher bleibt ein nach außen gelangtes gültig, bis es abläuft. Diese App ist öffentlich (ohne Client-Secret): Refresh-Token-Rotation einschalten (RFC 9700 4.14.2).</translation>
    </message>
    <message>
        <source>rotation is off: the refresh returned no new refresh token (the same one stays valid until it expires; acceptable for a confidential app, whose refresh needs the client secret)</source>
        <translation>Rotation ist aus: die Erneuerung lieferte kein neues Refresh Token (dasselbe bleibt gültig, bis es abläuft; akzeptabel für eine vertrauliche App, deren Erneuerung das Client-Secret braucht)</translation>
    </message>
    <message>
        <source>the refresh returned no ID token (allowed); access token claims: %1</source>
        <translation>die Erneuerung lieferte kein ID Token (erlaubt); Claims des Access Tokens: %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>ID token: kept %1; changed %2; added %3; removed %4. Access token: %5</source>
        <translation>ID Token: beibehalten %1; geändert %2; hinzugekommen %3; entfernt %4. Access Token: %5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the refreshed ID token changed %1, which OpenID Connect Core 12.2 requires to stay the same. %2</source>
        <translation>das erneuerte ID Token hat %1 geändert; OpenID Connect Core 12.2 verlangt dafür unveränderte Werte. %2</translation>
    </message>
    <message>
        <source>rotation is off, so the same refresh token is meant to be used again: there is no reuse to detect</source>
        <translation>Rotation ist aus, daher soll dasselbe Refresh Token wiederverwendet werden: es gibt keine Wiederverwendung zu erkennen</translation>
    </message>
    <message>
        <source>rotation is off</source>
        <translation>Rotation ist aus</translation>
    </message>
    <message>
        <source>could not tell: the replayed refresh got no answer (%1)</source>
        <translation>nicht feststellbar: die wiederholte Erneuerung bekam keine Antwort (%1)</translation>
    </message>
    <message>
        <source>the refresh token that rotation replaced was accepted again (%1): a stolen refresh token stays usable after the real app refreshed. Turn on reuse detection (Auth0: Refresh Token Rotation with a reuse interval of 0; RFC 9700 4.14.2).</source>
        <translation>das durch die Rotation ersetzte Refresh Token wurde erneut akzeptiert (%1): ein gestohlenes Refresh Token bleibt nutzbar, nachdem die echte App erneuert hat. Erkennung der Wiederverwendung einschalten (Auth0: Refresh Token Rotation mit einem Reuse Interval von 0; RFC 9700 4.14.2).</translation>
    </message>
    <message>
        <source>the refresh token that rotation replaced was refused (%1)</source>
        <translation>das durch die Rotation ersetzte Refresh Token wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <source>no reuse was detected</source>
        <translation>es wurde keine Wiederverwendung erkannt</translation>
    </message>
    <message>
        <source>could not tell: %1</source>
        <translation>nicht feststellbar: %1</translation>
    </message>
    <message>
        <source>after the reuse was detected, the newest refresh token still works (%1): whoever refreshed first (maybe the attacker) keeps access. Revoke the whole token family on reuse (RFC 9700 4.14.2).</source>
        <translation>nach der erkannten Wiederverwendung funktioniert das neueste Refresh Token weiterhin (%1): wer zuerst erneuert hat (womöglich der Angreifer), behält den Zugriff. Bei Wiederverwendung die ganze Token-Familie widerrufen (RFC 9700 4.14.2).</translation>
    </message>
    <message>
        <source>after the reuse, the newest refresh token was refused too (%1): the provider revoked the whole token family</source>
        <translation>nach der Wiederverwendung wurde auch das neueste Refresh Token abgelehnt (%1): der Anbieter hat die ganze Token-Familie widerrufen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>prompt=none after sign-in</source>
        <translation>prompt=none nach der Anmeldung</translation>
    </message>
    <message>
        <source>the silent sign-in did not complete: %1</source>
        <translation>die stille Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <source>signed in again without a login page (%n page(s) shown): the provider kept the session</source>
        <translation>
            <numerusform>erneut ohne Anmeldeseite angemeldet (%n Seite angezeigt): der Anbieter hat die Sitzung behalten</numerusform>
            <numerusform>erneut ohne Anmeldeseite angemeldet (%n Seiten angezeigt): der Anbieter hat die Sitzung behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>; auth_time %1</source>
        <translation>; auth_time %1</translation>
    </message>
    <message>
        <source>max_age=0</source>
        <translation>max_age=0</translation>
    </message>
    <message>
        <source>the sign-in with max_age=0 failed: %1</source>
        <translation>die Anmeldung mit max_age=0 ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the ID token has no auth_time although max_age was sent (OpenID Connect Core 3.1.2.1 requires it)</source>
        <translation>das ID Token hat kein auth_time, obwohl max_age gesendet wurde (OpenID Connect Core 3.1.2.1 verlangt es)</translation>
    </message>
    <message>
        <source>auth_time %1 is the earlier sign-in&apos;s (%2): max_age=0 did not force a new authentication; the provider ignores max_age, so apps cannot demand a fresh login (step-up)</source>
        <translation>auth_time %1 stammt von der früheren Anmeldung (%2): max_age=0 hat keine neue Authentifizierung erzwungen; der Anbieter ignoriert max_age, daher können Apps keine frische Anmeldung verlangen (Step-up)</translation>
    </message>
    <message>
        <source>no login page was shown and there is no earlier auth_time to compare with (%1): max_age=0 did not visibly force a new authentication</source>
        <translation>es wurde keine Anmeldeseite angezeigt, und es gibt kein früheres auth_time zum Vergleich (%1): max_age=0 hat nicht erkennbar eine neue Authentifizierung erzwungen</translation>
    </message>
    <message numerus="yes">
        <source>the provider authenticated again (%n page(s) shown) and issued a new auth_time %1</source>
        <translation>
            <numerusform>der Anbieter hat erneut authentifiziert (%n Seite angezeigt) und ein neues auth_time %1 ausgestellt</numerusform>
            <numerusform>der Anbieter hat erneut authentifiziert (%n Seiten angezeigt) und ein neues auth_time %1 ausgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>the provider has no end_session_endpoint (see lint.endpoints.end_session)</source>
        <translation>der Anbieter hat keinen end_session_endpoint (siehe lint.endpoints.end_session)</translation>
    </message>
    <message>
        <source>no logout possible</source>
        <translation>keine Abmeldung möglich</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>the provider&apos;s logout page loaded (%1). The profile has no postLogoutRedirectUri, so Tokenscope cannot see when the logout completes: set it for a reliable result.</source>
        <translation>die Abmeldeseite des Anbieters wurde geladen (%1). Das Profil hat keine postLogoutRedirectUri, daher kann Tokenscope nicht sehen, wann die Abmeldung abgeschlossen ist: sie für ein verlässliches Ergebnis setzen.</translation>
    </message>
    <message>
        <source>the provider ended the session and returned to the post-logout redirect URI (%1)</source>
        <translation>der Anbieter hat die Sitzung beendet und zur Post-Logout-Redirect-URI zurückgeleitet (%1)</translation>
    </message>
    <message>
        <source>the logout failed: %1. Check that postLogoutRedirectUri is registered for the app.</source>
        <translation>die Abmeldung ist fehlgeschlagen: %1. Prüfen, ob postLogoutRedirectUri für die App registriert ist.</translation>
    </message>
    <message>
        <source>prompt=none after logout</source>
        <translation>prompt=none nach der Abmeldung</translation>
    </message>
    <message>
        <source>prompt=none after logout was answered login_required: there is no session any more</source>
        <translation>prompt=none nach der Abmeldung wurde mit login_required beantwortet: es besteht keine Sitzung mehr</translation>
    </message>
    <message>
        <source>prompt=none after logout was answered %1 (%2); OpenID Connect Core 3.1.2.6 expects login_required when there is no session</source>
        <translation>prompt=none nach der Abmeldung wurde mit %1 beantwortet (%2); OpenID Connect Core 3.1.2.6 erwartet login_required, wenn keine Sitzung besteht</translation>
    </message>
    <message>
        <source>prompt=none after logout still signed in silently: the logout did not end the provider session</source>
        <translation>mit prompt=none gelang nach der Abmeldung weiterhin eine stille Anmeldung: die Abmeldung hat die Sitzung beim Anbieter nicht beendet</translation>
    </message>
    <message>
        <source>sign-in after logout</source>
        <translation>Anmeldung nach der Abmeldung</translation>
    </message>
    <message>
        <source>the sign-in after logout failed, so it cannot be told whether a login page was needed: %1</source>
        <translation>die Anmeldung nach der Abmeldung ist fehlgeschlagen, daher lässt sich nicht feststellen, ob eine Anmeldeseite nötig war: %1</translation>
    </message>
    <message>
        <source>after logout the provider signed in again without showing any page: the session survived the logout</source>
        <translation>nach der Abmeldung hat der Anbieter erneut angemeldet, ohne eine Seite zu zeigen: die Sitzung hat die Abmeldung überdauert</translation>
    </message>
    <message numerus="yes">
        <source>after logout the provider showed the login page again (%n page(s)) before signing in: the session had ended</source>
        <translation>
            <numerusform>nach der Abmeldung hat der Anbieter vor der Anmeldung wieder die Anmeldeseite gezeigt (%n Seite): die Sitzung war beendet</numerusform>
            <numerusform>nach der Abmeldung hat der Anbieter vor der Anmeldung wieder die Anmeldeseite gezeigt (%n Seiten): die Sitzung war beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>flow matrix</source>
        <translation>Ablaufmatrix</translation>
    </message>
    <message>
        <source>the profile&apos;s scope has no openid, so no ID token can be asked for</source>
        <translation>der Scope des Profils enthält kein openid, daher kann kein ID Token angefordert werden</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>worked: %n check(s) passed</source>
        <translation>
            <numerusform>gelungen: %n Prüfung bestanden</numerusform>
            <numerusform>gelungen: %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>refused, as it must be (tokens must not travel in the query): %1</source>
        <translation>abgelehnt, wie vorgeschrieben (Tokens dürfen nicht im Query-String übertragen werden): %1</translation>
    </message>
    <message>
        <source>the provider returned tokens in the query string, which OAuth 2.0 Multiple Response Type Encoding Practices forbids (they end up in logs and Referer headers): refuse response_mode=query for this response type</source>
        <translation>der Anbieter hat Tokens im Query-String zurückgegeben, was OAuth 2.0 Multiple Response Type Encoding Practices verbietet (sie gelangen in Logs und Referer-Header): response_mode=query für diesen Response Type ablehnen</translation>
    </message>
    <message>
        <source>the profile&apos;s own combination failed: %1</source>
        <translation>die eigene Kombination des Profils ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>advertised by the provider but failed for this app: %1</source>
        <translation>vom Anbieter angeboten, aber für diese App fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no response type and mode to try</source>
        <translation>kein Response Type und Response Mode zum Ausprobieren</translation>
    </message>
    <message>
        <source>compare: configuration</source>
        <translation>Vergleich: Konfiguration</translation>
    </message>
    <message>
        <source>compare: sign-in</source>
        <translation>Vergleich: Anmeldung</translation>
    </message>
    <message>
        <source>profile A</source>
        <translation>Profil A</translation>
    </message>
    <message>
        <source>profile B</source>
        <translation>Profil B</translation>
    </message>
    <message>
        <source>both sign-ins passed: %1 and %2</source>
        <translation>beide Anmeldungen bestanden: %1 und %2</translation>
    </message>
    <message>
        <source>%1: %2; %3: %4</source>
        <translation>%1: %2; %3: %4</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>a discovery document is missing</source>
        <translation>ein Discovery-Dokument fehlt</translation>
    </message>
    <message>
        <source>discovery metadata (URLs relative to each issuer): %1</source>
        <translation>Discovery-Metadaten (URLs relativ zum jeweiligen Aussteller): %1</translation>
    </message>
    <message>
        <source>%1: not a JWT in both sign-ins (%2, %3)</source>
        <translation>%1: nicht in beiden Anmeldungen ein JWT (%2, %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>opaque</source>
        <translation>opak</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>%1 claims (time-dependent ones by presence only, URLs relative to each issuer): %2</source>
        <translation>Claims im %1 (zeitabhängige nur nach Vorhandensein, URLs relativ zum jeweiligen Aussteller): %2</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID Token</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>prompt=none right after the sign-in was answered login_required (%1): the provider did not keep the session. Check the session cookie (SameSite, third-party cookie blocking, custom domain) and the session lifetime.</source>
        <translation>prompt=none direkt nach der Anmeldung wurde mit login_required beantwortet (%1): der Anbieter hat die Sitzung nicht behalten. Das Sitzungscookie (SameSite, Blockieren von Drittanbieter-Cookies, eigene Domain) und die Sitzungsdauer prüfen.</translation>
    </message>
    <message>
        <source>the provider kept the session, but answered consent_required (%1): the scopes asked (%2) need the user&apos;s consent again, so a silent sign-in with them fails (OpenID Connect Core 3.1.2.6). Leave offline_access and other scopes that need consent out of silent requests, or have the consent remembered.</source>
        <translation>der Anbieter hat die Sitzung behalten, antwortete aber consent_required (%1): die angefragten Scopes (%2) brauchen erneut die Zustimmung des Benutzers, eine stille Anmeldung mit ihnen schlägt also fehl (OpenID Connect Core 3.1.2.6). offline_access und andere zustimmungspflichtige Scopes aus stillen Anfragen weglassen oder die Zustimmung speichern lassen.</translation>
    </message>
    <message>
        <source>the provider kept the session, but answered %1 (%2): it wants the user on a page before it signs in again (OpenID Connect Core 3.1.2.6), so a silent sign-in fails</source>
        <translation>der Anbieter hat die Sitzung behalten, antwortete aber %1 (%2): er will den Benutzer auf einer Seite sehen, bevor er erneut anmeldet (OpenID Connect Core 3.1.2.6), eine stille Anmeldung schlägt also fehl</translation>
    </message>
    <message>
        <source>prompt=none right after the sign-in was answered %1 (%2), which is none of the answers OpenID Connect Core 3.1.2.6 names for a silent sign-in</source>
        <translation>prompt=none direkt nach der Anmeldung wurde mit %1 beantwortet (%2), keiner der Antworten, die OpenID Connect Core 3.1.2.6 für eine stille Anmeldung nennt</translation>
    </message>
    <message>
        <source>the logout did not complete, so what follows it cannot be told</source>
        <translation>die Abmeldung wurde nicht abgeschlossen, was danach geschieht, lässt sich also nicht sagen</translation>
    </message>
    <message>
        <source>prompt=none right after the sign-in was answered with the login page: the provider did not keep the session, and OpenID Connect Core 3.1.2.1 forbids any page for prompt=none (it must answer login_required). Check the session cookie (SameSite, third-party cookie blocking, custom domain).</source>
        <translation>prompt=none direkt nach der Anmeldung wurde mit der Anmeldeseite beantwortet: der Anbieter hat die Sitzung nicht behalten, und OpenID Connect Core 3.1.2.1 verbietet bei prompt=none jede Seite (er muss login_required antworten). Das Sitzungs-Cookie prüfen (SameSite, Sperre von Drittanbieter-Cookies, eigene Domain).</translation>
    </message>
    <message>
        <source>the logout page was confirmed, but the provider did not return to the post-logout redirect URI: it left the user on its login page %1 (OpenID Connect RP-Initiated Logout 1.0 section 3: the app asked to be returned to %2). Whether the session ended is what the next two probes tell.</source>
        <translation>die Abmeldeseite wurde bestätigt, der Anbieter kehrte aber nicht zur Post-Logout-Redirect-URI zurück: er ließ den Benutzer auf seiner Anmeldeseite %1 (OpenID Connect RP-Initiated Logout 1.0 Abschnitt 3: die App bat um Rückkehr nach %2). Ob die Sitzung beendet ist, zeigen die nächsten beiden Prüfungen.</translation>
    </message>
    <message>
        <source>prompt=none after logout was answered with the login page instead of login_required: the session has ended, but OpenID Connect Core 3.1.2.1 forbids showing any page for prompt=none, so a silent renewal (a hidden frame) waits there instead of learning that the user must sign in</source>
        <translation>prompt=none nach der Abmeldung wurde mit der Anmeldeseite statt login_required beantwortet: die Sitzung ist beendet, aber OpenID Connect Core 3.1.2.1 verbietet bei prompt=none jede Seite, daher wartet eine stille Erneuerung (ein verstecktes Frame) dort, statt zu erfahren, dass sich der Benutzer anmelden muss</translation>
    </message>
    <message>
        <source>the provider answered %1</source>
        <translation>der Anbieter antwortete %1</translation>
    </message>
    <message>
        <source>the provider answered %1 (%2)</source>
        <translation>der Anbieter antwortete %1 (%2)</translation>
    </message>
    <message>
        <source>it stopped at %1</source>
        <translation>abgebrochen bei %1</translation>
    </message>
    <message>
        <source>no tokens came back</source>
        <translation>es kamen keine Tokens zurück</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, WWW-Authenticate: %2</source>
        <translation>HTTP %1, WWW-Authenticate: %2</translation>
    </message>
    <message>
        <source>API probes</source>
        <translation>API-Tests</translation>
    </message>
    <message>
        <source>the profile has no API URL</source>
        <translation>das Profil hat keine API-URL</translation>
    </message>
    <message>
        <source>the sign-in returned no access token to call the API with</source>
        <translation>die Anmeldung hat kein Access Token für den API-Aufruf geliefert</translation>
    </message>
    <message>
        <source>API: the real access token</source>
        <translation>API: das echte Access Token</translation>
    </message>
    <message>
        <source>the access token from the sign-in, unchanged</source>
        <translation>das Access Token aus der Anmeldung, unverändert</translation>
    </message>
    <message>
        <source>the API accepted the real access token (%1)</source>
        <translation>die API hat das echte Access Token angenommen (%1)</translation>
    </message>
    <message>
        <source>the API refused the real access token (%1): check the profile&apos;s audience and scope, and that the API trusts this issuer</source>
        <translation>die API hat das echte Access Token abgelehnt (%1): Audience und Scope des Profils prüfen und ob die API diesem Aussteller vertraut</translation>
    </message>
    <message>
        <source>could not tell: the API answered %1 to the real access token</source>
        <translation>nicht feststellbar: die API antwortete %1 auf das echte Access Token</translation>
    </message>
    <message>
        <source>the API did not accept the real access token, so its refusal of a forged one would tell nothing</source>
        <translation>die API hat das echte Access Token nicht angenommen, also würde ihre Ablehnung eines gefälschten nichts besagen</translation>
    </message>
    <message>
        <source>the access token is not a signed JWT, so no token can be forged from its claims</source>
        <translation>das Access Token ist kein signiertes JWT, also lässt sich aus seinen Claims kein Token fälschen</translation>
    </message>
    <message>
        <source>Tokenscope cannot sign with %1 to forge this token</source>
        <translation>Tokenscope kann nicht mit %1 signieren, um dieses Token zu fälschen</translation>
    </message>
    <message>
        <source>the API accepted a token issued for another audience: it does not check that aud names the API (RFC 9068 section 4, RFC 8725 section 3.9)</source>
        <translation>die API hat ein Token für eine andere Audience angenommen: sie prüft nicht, dass aud die API nennt (RFC 9068 Abschnitt 4, RFC 8725 Abschnitt 3.9)</translation>
    </message>
    <message>
        <source>the ID token of the same sign-in: signed by the provider, same issuer, unexpired, audience %1 (not the API&apos;s)</source>
        <translation>das ID-Token derselben Anmeldung: vom Anbieter signiert, gleicher Aussteller, nicht abgelaufen, Audience %1 (nicht die der API)</translation>
    </message>
    <message>
        <source>there is no ID token for another audience, so: the real claims with aud https://api.tokenscope.invalid/, signed under the real kid with a key Tokenscope generated (two defects: a refusal may be the signature&apos;s)</source>
        <translation>es gibt kein ID-Token für eine andere Audience, daher: die echten Claims mit aud https://api.tokenscope.invalid/, unter der echten kid mit einem von Tokenscope erzeugten Schlüssel signiert (zwei Mängel: eine Ablehnung kann an der Signatur liegen)</translation>
    </message>
    <message>
        <source>the real claims with iss %1, signed under the real kid with a key Tokenscope generated (a token naming another issuer cannot carry this provider&apos;s signature: a refusal shows that the API checks the issuer or the signature)</source>
        <translation>die echten Claims mit iss %1, unter der echten kid mit einem von Tokenscope erzeugten Schlüssel signiert (ein Token, das einen anderen Aussteller nennt, kann die Signatur dieses Anbieters nicht tragen: eine Ablehnung zeigt, dass die API den Aussteller oder die Signatur prüft)</translation>
    </message>
    <message>
        <source>the API accepted a token from another issuer with a signature none of the provider&apos;s keys made: it checks neither the issuer nor the signature (RFC 9068 section 4, RFC 8725 sections 3.8 and 3.1)</source>
        <translation>die API hat ein Token eines anderen Ausstellers angenommen, dessen Signatur von keinem Schlüssel des Anbieters stammt: sie prüft weder den Aussteller noch die Signatur (RFC 9068 Abschnitt 4, RFC 8725 Abschnitte 3.8 und 3.1)</translation>
    </message>
    <message>
        <source>the real header and claims with alg none and an empty signature</source>
        <translation>der echte Header und die echten Claims mit alg none und leerer Signatur</translation>
    </message>
    <message>
        <source>the API accepted an unsigned token (alg none): it lets the token choose the algorithm instead of allowing only the provider&apos;s (RFC 8725 sections 3.1 and 3.2, RFC 9068 section 4)</source>
        <translation>die API hat ein unsigniertes Token (alg none) angenommen: sie lässt das Token den Algorithmus wählen, statt nur den des Anbieters zuzulassen (RFC 8725 Abschnitte 3.1 und 3.2, RFC 9068 Abschnitt 4)</translation>
    </message>
    <message>
        <source>the access token is %1 already: there is no public key to confuse</source>
        <translation>das Access Token ist bereits %1: es gibt keinen öffentlichen Schlüssel zum Verwechseln</translation>
    </message>
    <message>
        <source>the provider&apos;s JWKS has no public key for the access token&apos;s kid &quot;%1&quot;</source>
        <translation>das JWKS des Anbieters hat keinen öffentlichen Schlüssel für die kid „%1“ des Access Tokens</translation>
    </message>
    <message>
        <source>the real header and claims with alg HS256, the HMAC keyed with the PEM text of the provider&apos;s public key (%1)</source>
        <translation>der echte Header und die echten Claims mit alg HS256, der HMAC mit dem PEM-Text des öffentlichen Schlüssels des Anbieters als Schlüssel (%1)</translation>
    </message>
    <message>
        <source>the API accepted an HMAC made with the provider&apos;s public key as the secret: it takes the algorithm from the token and uses the RSA/EC key as an HMAC secret (RFC 8725 sections 2.1 and 3.1: each key with one algorithm)</source>
        <translation>die API hat einen HMAC mit dem öffentlichen Schlüssel des Anbieters als Geheimnis angenommen: sie nimmt den Algorithmus aus dem Token und verwendet den RSA-/EC-Schlüssel als HMAC-Geheimnis (RFC 8725 Abschnitte 2.1 und 3.1: jeder Schlüssel mit einem Algorithmus)</translation>
    </message>
    <message>
        <source>the real claims under kid &quot;%1&quot;, which the provider&apos;s JWKS does not have, signed with a key Tokenscope generated</source>
        <translation>die echten Claims unter der kid „%1“, die das JWKS des Anbieters nicht enthält, mit einem von Tokenscope erzeugten Schlüssel signiert</translation>
    </message>
    <message>
        <source>the API accepted a token whose kid names no key of the provider: it trusts the token when it finds no key instead of refusing it (RFC 8725 section 3.10, RFC 9068 section 4: the signature is validated with the provider&apos;s keys)</source>
        <translation>die API hat ein Token angenommen, dessen kid keinen Schlüssel des Anbieters nennt: sie vertraut dem Token, wenn sie keinen Schlüssel findet, statt es abzulehnen (RFC 8725 Abschnitt 3.10, RFC 9068 Abschnitt 4: die Signatur wird mit den Schlüsseln des Anbieters geprüft)</translation>
    </message>
    <message>
        <source>the real token with one bit of its signature flipped</source>
        <translation>das echte Token mit einem gekippten Bit in der Signatur</translation>
    </message>
    <message>
        <source>the API accepted a token whose signature does not verify: it decodes the token without validating the signature (RFC 8725 section 3.3, RFC 9068 section 4, RFC 7515 section 5.2)</source>
        <translation>die API hat ein Token mit ungültiger Signatur angenommen: sie dekodiert das Token, ohne die Signatur zu prüfen (RFC 8725 Abschnitt 3.3, RFC 9068 Abschnitt 4, RFC 7515 Abschnitt 5.2)</translation>
    </message>
    <message>
        <source>no Authorization header</source>
        <translation>kein Authorization-Header</translation>
    </message>
    <message>
        <source>the API answered a request without any token: the URL is not protected (RFC 6750 section 3: a request without a token gets 401 and a WWW-Authenticate challenge)</source>
        <translation>die API hat eine Anfrage ganz ohne Token beantwortet: die URL ist nicht geschützt (RFC 6750 Abschnitt 3: eine Anfrage ohne Token bekommt 401 und eine WWW-Authenticate-Challenge)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>%1 (%2). Sent: %3.</source>
        <translation>%1 (%2). Gesendet: %3.</translation>
    </message>
    <message>
        <source>refused (%1). Sent: %2.</source>
        <translation>abgelehnt (%1). Gesendet: %2.</translation>
    </message>
    <message>
        <source>could not tell: the API answered %1, neither a refusal (401/403, RFC 6750 section 3.1) nor an acceptance. Sent: %2.</source>
        <translation>nicht feststellbar: die API antwortete %1, weder eine Ablehnung (401/403, RFC 6750 Abschnitt 3.1) noch eine Annahme. Gesendet: %2.</translation>
    </message>
    <message>
        <source>the API accepted a token whose exp has passed: it does not check the expiry (RFC 9068 section 4, RFC 7519 section 4.1.4)</source>
        <translation>die API hat ein Token angenommen, dessen exp vorbei ist: sie prüft den Ablauf nicht (RFC 9068 Abschnitt 4, RFC 7519 Abschnitt 4.1.4)</translation>
    </message>
    <message>
        <source>the access token has no exp claim</source>
        <translation>das Access Token hat keinen exp-Claim</translation>
    </message>
    <message>
        <source>the access token is not a JWT, so its expiry is unknown</source>
        <translation>das Access Token ist kein JWT, also ist sein Ablauf unbekannt</translation>
    </message>
    <message>
        <source>the real access token, unchanged, %1 s after its exp (the leeway allowed is %2 s)</source>
        <translation>das echte Access Token, unverändert, %1 s nach seinem exp (erlaubte Toleranz: %2 s)</translation>
    </message>
    <message numerus="yes">
        <source>API: waiting %n s for the access token to expire</source>
        <translation>
            <numerusform>API: %n s warten, bis das Access Token abläuft</numerusform>
            <numerusform>API: %n s warten, bis das Access Token abläuft</numerusform>
        </translation>
    </message>
    <message>
        <source>the real claims with exp an hour ago, signed under the real kid with a key Tokenscope generated (two defects: a refusal may be the signature&apos;s; the real token expires in %1 s, more than the %2 s the probe may wait to replay it: --api-expiry-wait)</source>
        <translation>die echten Claims mit exp vor einer Stunde, unter der echten kid mit einem von Tokenscope erzeugten Schlüssel signiert (zwei Mängel: eine Ablehnung kann an der Signatur liegen; das echte Token läuft in %1 s ab, später als die %2 s, die der Test warten darf, um es erneut zu senden: --api-expiry-wait)</translation>
    </message>
    <message>
        <source>unknown probe group &quot;%1&quot; (known: matrix, sessions, refresh, api, compare, none)</source>
        <translation>unbekannte Testgruppe „%1“ (bekannt: matrix, sessions, refresh, api, compare, none)</translation>
    </message>
    <message>
        <source>advertised; this client is public, and the grant is for confidential clients only (RFC 6749 4.4)</source>
        <translation>angeboten; dieser Client ist öffentlich, und der Grant ist nur für vertrauliche Clients (RFC 6749 4.4)</translation>
    </message>
    <message>
        <source>advertised; there is no access token of the sign-in to exchange</source>
        <translation>angeboten; es gibt kein Access-Token der Anmeldung zum Austauschen</translation>
    </message>
    <message>
        <source>advertised; not tried: it needs the user&apos;s password in a token request (the probe gives it only to the login page); try it with tokenscope-cli login and a profile with &quot;grant&quot;: &quot;password&quot;</source>
        <translation>angeboten; nicht versucht: er braucht das Passwort des Benutzers in einer Token-Anfrage (die Prüfung gibt es nur der Anmeldeseite); mit tokenscope-cli login und einem Profil mit &quot;grant&quot;: &quot;password&quot; versuchen</translation>
    </message>
    <message>
        <source>this client may use it: the provider issued a device code (nobody approved it)</source>
        <translation>dieser Client darf ihn verwenden: der Anbieter hat einen Device-Code ausgestellt (niemand hat ihn bestätigt)</translation>
    </message>
    <message>
        <source>this client may use it: the token came back and validated</source>
        <translation>dieser Client darf ihn verwenden: das Token kam zurück und ist gültig</translation>
    </message>
    <message>
        <source>advertised, but not for this client: %1</source>
        <translation>angeboten, aber nicht für diesen Client: %1</translation>
    </message>
    <message>
        <source>advertised, but it failed: %1</source>
        <translation>angeboten, aber fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>advertised, but no token came back</source>
        <translation>angeboten, aber es kam kein Token zurück</translation>
    </message>
</context>
<context>
    <name>tokenscope::TokenExchangeText</name>
    <message>
        <source>the response has no issued_token_type, which RFC 8693 2.2.1 requires: the client cannot tell what kind of token it got</source>
        <translation>die Antwort hat kein issued_token_type, das RFC 8693 2.2.1 verlangt: der Client kann nicht erkennen, welche Art Token er bekommen hat</translation>
    </message>
    <message>
        <source>issued_token_type must be a token type URI (RFC 8693 2.2.1, 3)</source>
        <translation>issued_token_type muss eine Token-Typ-URI sein (RFC 8693 2.2.1, 3)</translation>
    </message>
    <message>
        <source>issued %1 (RFC 8693 2.2.1)</source>
        <translation>ausgestellt: %1 (RFC 8693 2.2.1)</translation>
    </message>
    <message>
        <source>N_A: the issued token is not an access token, so it has no token type (RFC 8693 2.2.1)</source>
        <translation>N_A: Das ausgestellte Token ist kein Access-Token und hat daher keinen Token-Typ (RFC 8693 2.2.1)</translation>
    </message>
    <message>
        <source>the issued token is not a JWT: who acts for whom cannot be read from it</source>
        <translation>das ausgestellte Token ist kein JWT: wer für wen handelt, lässt sich daraus nicht lesen</translation>
    </message>
    <message>
        <source>impersonation: no act claim, so the token is for %1 as if it had been issued to them (RFC 8693 1.1); an API cannot tell that a service asked for it</source>
        <translation>Impersonation: kein act-Claim, das Token gilt also für %1, als wäre es ihm selbst ausgestellt worden (RFC 8693 1.1); eine API kann nicht erkennen, dass ein Dienst es angefordert hat</translation>
    </message>
    <message>
        <source>(no sub)</source>
        <translation>(kein sub)</translation>
    </message>
    <message>
        <source>act must be a JSON object naming the actor in sub (RFC 8693 4.1)</source>
        <translation>act muss ein JSON-Objekt sein, das den Handelnden in sub nennt (RFC 8693 4.1)</translation>
    </message>
    <message>
        <source>delegation: %1 acts for %2 (RFC 8693 4.1)</source>
        <translation>Delegation: %1 handelt für %2 (RFC 8693 4.1)</translation>
    </message>
    <message>
        <source>the subject token is not a JWT: whom it allows to act for its subject is unknown</source>
        <translation>das Subject-Token ist kein JWT: wem es erlaubt, für sein Subjekt zu handeln, ist unbekannt</translation>
    </message>
    <message>
        <source>the subject token has no may_act claim: it does not restrict who may act for %1</source>
        <translation>das Subject-Token hat keinen may_act-Claim: es schränkt nicht ein, wer für %1 handeln darf</translation>
    </message>
    <message>
        <source>the subject token&apos;s may_act must be a JSON object naming the party in sub (RFC 8693 4.4)</source>
        <translation>may_act im Subject-Token muss ein JSON-Objekt sein, das die Partei in sub nennt (RFC 8693 4.4)</translation>
    </message>
    <message>
        <source>the issued token is not a JWT: its actor cannot be compared with may_act</source>
        <translation>das ausgestellte Token ist kein JWT: sein Handelnder lässt sich nicht mit may_act vergleichen</translation>
    </message>
    <message>
        <source>the subject token allows %1 to act for its subject, and %1 is the actor (RFC 8693 4.4)</source>
        <translation>das Subject-Token erlaubt %1, für sein Subjekt zu handeln, und %1 ist der Handelnde (RFC 8693 4.4)</translation>
    </message>
    <message>
        <source>the subject token allows only %1 to act for its subject, but the issued token names no actor (RFC 8693 4.4)</source>
        <translation>das Subject-Token erlaubt nur %1, für sein Subjekt zu handeln, aber das ausgestellte Token nennt keinen Handelnden (RFC 8693 4.4)</translation>
    </message>
    <message>
        <source>the subject token allows only %1 to act for its subject, but the issued token&apos;s actor is %2 (RFC 8693 4.4)</source>
        <translation>das Subject-Token erlaubt nur %1, für sein Subjekt zu handeln, aber der Handelnde des ausgestellten Tokens ist %2 (RFC 8693 4.4)</translation>
    </message>
    <message>
        <source>the client may not use token exchange: allow the grant type %1 for it at the provider (its grant_types, RFC 7591 2)</source>
        <translation>der Client darf den Token-Austausch nicht verwenden: beim Anbieter den Grant-Typ %1 für ihn erlauben (seine grant_types, RFC 7591 2)</translation>
    </message>
    <message>
        <source>the provider does not offer token exchange (RFC 8693; see grant_types_supported in its discovery document)</source>
        <translation>der Anbieter bietet keinen Token-Austausch an (RFC 8693; siehe grant_types_supported in seinem Discovery-Dokument)</translation>
    </message>
    <message>
        <source>the provider will not issue a token for the target asked for: set &quot;audience&quot; to an API it exchanges tokens for (RFC 8693 2.2.2)</source>
        <translation>der Anbieter stellt für das angefragte Ziel kein Token aus: „audience“ auf eine API setzen, für die er Tokens austauscht (RFC 8693 2.2.2)</translation>
    </message>
    <message>
        <source>the provider will not issue a token for the audience %1: set &quot;audience&quot; to an API it exchanges tokens for (RFC 8693 2.2.2)</source>
        <translation>der Anbieter stellt für die Audience %1 kein Token aus: „audience“ auf eine API setzen, für die er Tokens austauscht (RFC 8693 2.2.2)</translation>
    </message>
    <message>
        <source>the subject token&apos;s may_act names another party: only that party may exchange it (RFC 8693 4.4)</source>
        <translation>may_act im Subject-Token nennt eine andere Partei: nur diese darf es austauschen (RFC 8693 4.4)</translation>
    </message>
    <message>
        <source>the provider did not accept the subject token: it may have expired, come from another issuer, or not be of the type %1; get a fresh one (an access token of a sign-in)</source>
        <translation>der Anbieter hat das Subject-Token nicht angenommen: es ist vielleicht abgelaufen, stammt von einem anderen Aussteller oder ist nicht vom Typ %1; ein frisches holen (ein Access-Token einer Anmeldung)</translation>
    </message>
    <message>
        <source>the provider does not accept subject tokens of the type %1: set &quot;subjectTokenType&quot; to one it does (RFC 8693 3)</source>
        <translation>der Anbieter nimmt keine Subject-Tokens vom Typ %1 an: „subjectTokenType“ auf einen Typ setzen, den er annimmt (RFC 8693 3)</translation>
    </message>
    <message>
        <source>the provider needs to know which API the new token is for: set &quot;audience&quot;</source>
        <translation>der Anbieter muss wissen, für welche API das neue Token ist: „audience“ setzen</translation>
    </message>
    <message>
        <source>issued %1, not the %2 asked for: RFC 8693 2.1 lets the provider decide, but a client that needs the type asked for cannot use it</source>
        <translation>ausgestellt: %1, nicht das angefragte %2: RFC 8693 2.1 überlässt das dem Anbieter, aber ein Client, der den angefragten Typ braucht, kann es nicht verwenden</translation>
    </message>
    <message>
        <source>the provider cannot issue a token of the type %1: set &quot;requestedTokenType&quot; to one it can, or leave it empty so that the provider decides (RFC 8693 2.1)</source>
        <translation>der Anbieter kann kein Token vom Typ %1 ausstellen: „requestedTokenType“ auf einen Typ setzen, den er ausstellen kann, oder leer lassen, damit der Anbieter entscheidet (RFC 8693 2.1)</translation>
    </message>
</context>
<context>
    <name>tokenscope::TokenInspectionText</name>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>JWT access token</source>
        <translation>JWT-Access-Token</translation>
    </message>
    <message>
        <source>logout token</source>
        <translation>Logout-Token</translation>
    </message>
    <message>
        <source>client assertion</source>
        <translation>Client-Assertion</translation>
    </message>
    <message>
        <source>DPoP proof</source>
        <translation>DPoP-Nachweis</translation>
    </message>
    <message>
        <source>request object</source>
        <translation>Request-Objekt</translation>
    </message>
    <message>
        <source>JWT of unknown purpose</source>
        <translation>JWT unbekannten Zwecks</translation>
    </message>
    <message>
        <source>iss, sub, aud, exp and iat, no other typ (OpenID Connect Core 1.0 section 2)</source>
        <translation>iss, sub, aud, exp und iat, kein anderer typ (OpenID Connect Core 1.0 Abschnitt 2)</translation>
    </message>
    <message>
        <source>typ at+jwt (RFC 9068 section 2.1)</source>
        <translation>typ at+jwt (RFC 9068 Abschnitt 2.1)</translation>
    </message>
    <message>
        <source>an events claim with the back-channel logout event (OpenID Connect Back-Channel Logout 1.0 section 2.4)</source>
        <translation>ein events-Claim mit dem Back-Channel-Logout-Ereignis (OpenID Connect Back-Channel Logout 1.0 Abschnitt 2.4)</translation>
    </message>
    <message>
        <source>iss equals sub, with aud and jti and no nonce (RFC 7523 section 3, OpenID Connect Core 1.0 section 9)</source>
        <translation>iss gleich sub, mit aud und jti und ohne nonce (RFC 7523 Abschnitt 3, OpenID Connect Core 1.0 Abschnitt 9)</translation>
    </message>
    <message>
        <source>typ dpop+jwt (RFC 9449 section 4.2)</source>
        <translation>typ dpop+jwt (RFC 9449 Abschnitt 4.2)</translation>
    </message>
    <message>
        <source>typ oauth-authz-req+jwt, or client_id with authorization request parameters (RFC 9101 section 4)</source>
        <translation>typ oauth-authz-req+jwt, oder client_id mit Parametern einer Autorisierungsanfrage (RFC 9101 Abschnitt 4)</translation>
    </message>
    <message>
        <source>neither its typ nor its claims match a kind of token Tokenscope knows</source>
        <translation>weder sein typ noch seine Claims passen zu einer Token-Art, die Tokenscope kennt</translation>
    </message>
    <message>
        <source>the protected header is not base64url: %1</source>
        <translation>der geschützte Header ist kein base64url: %1</translation>
    </message>
    <message>
        <source>the protected header is not a JSON object (RFC 7516 section 4)</source>
        <translation>der geschützte Header ist kein JSON-Objekt (RFC 7516 Abschnitt 4)</translation>
    </message>
    <message>
        <source>the header has no alg (RFC 7516 section 4.1.1)</source>
        <translation>der Header hat kein alg (RFC 7516 Abschnitt 4.1.1)</translation>
    </message>
    <message>
        <source>the header has no enc (RFC 7516 section 4.1.2)</source>
        <translation>der Header hat kein enc (RFC 7516 Abschnitt 4.1.2)</translation>
    </message>
    <message>
        <source>the client secret, used directly as the content key (alg dir, RFC 7518 section 4.5; OpenID Connect Core 10.2 derives it from the client secret)</source>
        <translation>das Client-Secret, direkt als Inhaltsschlüssel verwendet (alg dir, RFC 7518 Abschnitt 4.5; OpenID Connect Core 10.2 leitet ihn aus dem Client-Secret ab)</translation>
    </message>
    <message>
        <source>the client secret, which wraps the content key (alg %1, RFC 7518 section 4.4 and 4.7; OpenID Connect Core 10.2)</source>
        <translation>das Client-Secret, das den Inhaltsschlüssel verpackt (alg %1, RFC 7518 Abschnitt 4.4 und 4.7; OpenID Connect Core 10.2)</translation>
    </message>
    <message>
        <source>a password (alg %1, RFC 7518 section 4.8)</source>
        <translation>ein Passwort (alg %1, RFC 7518 Abschnitt 4.8)</translation>
    </message>
    <message>
        <source>the client&apos;s private key (alg %1; the header names no kid, so any encryption key the client published in its JWKS; RFC 7516 section 4.1.6)</source>
        <translation>der private Schlüssel des Clients (alg %1; der Header nennt keine kid, also jeder Verschlüsselungsschlüssel, den der Client in seinem JWKS veröffentlicht hat; RFC 7516 Abschnitt 4.1.6)</translation>
    </message>
    <message>
        <source>the client&apos;s private key with kid %1 (alg %2): the key whose public part the client published with that kid (RFC 7516 section 4.1.6)</source>
        <translation>der private Schlüssel des Clients mit kid %1 (alg %2): der Schlüssel, dessen öffentlichen Teil der Client mit dieser kid veröffentlicht hat (RFC 7516 Abschnitt 4.1.6)</translation>
    </message>
    <message>
        <source>unknown: the header names no alg</source>
        <translation>unbekannt: der Header nennt kein alg</translation>
    </message>
    <message>
        <source>unknown: alg %1 is no key management algorithm of RFC 7518 section 4.1</source>
        <translation>unbekannt: alg %1 ist kein Schlüsselverwaltungsalgorithmus aus RFC 7518 Abschnitt 4.1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>tokenscope::TokenValidatorText</name>
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
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 is not a number (a NumericDate: seconds since 1970-01-01 UTC)</source>
        <translation>%1 ist keine Zahl (NumericDate: Sekunden seit 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>%1 is %2, which is not a plausible date (NumericDate: seconds since 1970-01-01 UTC)</source>
        <translation>%1 ist %2, kein plausibles Datum (NumericDate: Sekunden seit 1970-01-01 UTC)</translation>
    </message>
    <message>
        <source>not checked: the token could not be decoded (see %1format)</source>
        <translation>nicht geprüft: das Token konnte nicht dekodiert werden (siehe %1format)</translation>
    </message>
    <message>
        <source>clock skew allowed: %1 s</source>
        <translation>erlaubte Zeitabweichung: %1 s</translation>
    </message>
    <message>
        <source>the token is not a well-formed JWS</source>
        <translation>das Token ist kein wohlgeformtes JWS</translation>
    </message>
    <message>
        <source>the token can be read, but: %1</source>
        <translation>das Token ist lesbar, aber: %1</translation>
    </message>
    <message>
        <source>a well-formed signed JWT (JWS compact serialization) with %1 claims</source>
        <translation>ein wohlgeformtes signiertes JWT (JWS Compact Serialization) mit %1 Claims</translation>
    </message>
    <message>
        <source>the header has no alg</source>
        <translation>der Header hat kein alg</translation>
    </message>
    <message>
        <source>the header&apos;s alg is not a string</source>
        <translation>alg im Header ist kein String</translation>
    </message>
    <message>
        <source>alg is &quot;%1&quot;: the token is unsigned, and unsigned tokens are never accepted</source>
        <translation>alg ist „%1“: das Token ist unsigniert, und unsignierte Tokens werden nie akzeptiert</translation>
    </message>
    <message>
        <source>alg %1 is not supported (supported: %2)</source>
        <translation>alg %1 wird nicht unterstützt (unterstützt: %2)</translation>
    </message>
    <message>
        <source>alg %1 is not allowed here (allowed: %2)</source>
        <translation>alg %1 ist hier nicht erlaubt (erlaubt: %2)</translation>
    </message>
    <message>
        <source>alg is %1, but the profile expects %2</source>
        <translation>alg ist %1, aber das Profil erwartet %2</translation>
    </message>
    <message>
        <source>%1, as the profile expects</source>
        <translation>%1, wie vom Profil erwartet</translation>
    </message>
    <message>
        <source>%1 (allowed: %2)</source>
        <translation>%1 (erlaubt: %2)</translation>
    </message>
    <message>
        <source>the token is unsigned (alg &quot;%1&quot;)%2</source>
        <translation>das Token ist unsigniert (alg „%1“)%2</translation>
    </message>
    <message>
        <source>; the %1-byte signature part is ignored</source>
        <translation>; der Signaturteil von %1 Byte wird ignoriert</translation>
    </message>
    <message>
        <source>not verified: %1 (see %2)</source>
        <translation>nicht geprüft: %1 (siehe %2)</translation>
    </message>
    <message>
        <source>%1 tokens are verified with the client secret, and no client secret is configured</source>
        <translation>%1-Tokens werden mit dem Client-Secret geprüft, und es ist kein Client-Secret konfiguriert</translation>
    </message>
    <message>
        <source>not verified: no JWKS is available for the %1 signature</source>
        <translation>nicht geprüft: für die %1-Signatur ist kein JWKS verfügbar</translation>
    </message>
    <message>
        <source>the JWKS could not be read: %1</source>
        <translation>das JWKS konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no key with kid %1 in the JWKS (%2)</source>
        <translation>kein Schlüssel mit kid %1 im JWKS (%2)</translation>
    </message>
    <message>
        <source>key %1 from the JWKS is not a usable %2 key</source>
        <translation>Schlüssel %1 aus dem JWKS ist kein verwendbarer %2-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (warning: kid %2 is used by %3 keys in the JWKS)</source>
        <translation>%1 (Warnung: kid %2 wird von %3 Schlüsseln im JWKS verwendet)</translation>
    </message>
    <message>
        <source> (the token has no kid; the JWKS has exactly one key for %1)</source>
        <translation> (das Token hat keine kid; das JWKS hat genau einen Schlüssel für %1)</translation>
    </message>
    <message>
        <source>the JWKS has no key that can verify %1, which needs %2 with use &quot;sig&quot; (%3)</source>
        <translation>das JWKS hat keinen Schlüssel, der %1 prüfen kann; nötig ist %2 mit use „sig“ (%3)</translation>
    </message>
    <message>
        <source>the token has no kid, and the JWKS has %1 keys that could verify %2 (%3); OpenID Connect Core 10.1 requires a kid when the JWKS has several keys</source>
        <translation>das Token hat keine kid, und das JWKS hat %1 Schlüssel, die %2 prüfen könnten (%3); OpenID Connect Core 10.1 verlangt eine kid, wenn das JWKS mehrere Schlüssel hat</translation>
    </message>
    <message>
        <source>the JWKS has no keys</source>
        <translation>das JWKS enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>its keys have no kids</source>
        <translation>seine Schlüssel haben keine kid</translation>
    </message>
    <message>
        <source>kids: %1</source>
        <translation>kids: %1</translation>
    </message>
    <message>
        <source>, use %1</source>
        <translation>, use %1</translation>
    </message>
    <message>
        <source>, alg %1</source>
        <translation>, alg %1</translation>
    </message>
    <message>
        <source>, unusable</source>
        <translation>, unbrauchbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message>
        <source>the JWKS has %1</source>
        <translation>das JWKS enthält %1</translation>
    </message>
    <message>
        <source>no expected issuer is configured</source>
        <translation>kein erwarteter Aussteller konfiguriert</translation>
    </message>
    <message>
        <source>the token has no iss claim; %1 was expected</source>
        <translation>das Token hat keinen iss-Claim; erwartet war %1</translation>
    </message>
    <message>
        <source>iss is not a string</source>
        <translation>iss ist kein String</translation>
    </message>
    <message>
        <source>iss is %1, as expected</source>
        <translation>iss ist %1, wie erwartet</translation>
    </message>
    <message>
        <source>; they differ only in the trailing slash, and the issuer must match exactly</source>
        <translation>; sie unterscheiden sich nur im abschließenden Schrägstrich, und der Aussteller muss exakt übereinstimmen</translation>
    </message>
    <message>
        <source>; they differ only in letter case, and the issuer must match exactly</source>
        <translation>; sie unterscheiden sich nur in der Groß-/Kleinschreibung, und der Aussteller muss exakt übereinstimmen</translation>
    </message>
    <message>
        <source>iss is %1, but the expected issuer is %2%3</source>
        <translation>iss ist %1, aber der erwartete Aussteller ist %2%3</translation>
    </message>
    <message>
        <source>aud is not a string or an array of strings</source>
        <translation>aud ist weder ein String noch ein Array von Strings</translation>
    </message>
    <message>
        <source>aud is an empty array</source>
        <translation>aud ist ein leeres Array</translation>
    </message>
    <message>
        <source>no client id is configured to compare aud with</source>
        <translation>keine Client-ID zum Vergleich mit aud konfiguriert</translation>
    </message>
    <message>
        <source>the token has no aud claim; an ID token must name the client id %1</source>
        <translation>das Token hat keinen aud-Claim; ein ID Token muss die Client-ID %1 nennen</translation>
    </message>
    <message>
        <source>aud %1 does not contain the client id %2</source>
        <translation>aud %1 enthält die Client-ID %2 nicht</translation>
    </message>
    <message>
        <source>aud is the client id %1</source>
        <translation>aud ist die Client-ID %1</translation>
    </message>
    <message>
        <source>aud contains the client id %1 and also %2; OpenID Connect Core 3.1.3.7 says to reject ID tokens with audiences you do not trust</source>
        <translation>aud enthält die Client-ID %1 und zusätzlich %2; laut OpenID Connect Core 3.1.3.7 sind ID Tokens mit nicht vertrauenswürdigen Zielgruppen abzulehnen</translation>
    </message>
    <message>
        <source>aud has %1 values but there is no azp claim; with several audiences the authorized party must be named (OpenID Connect Core 2, 3.1.3.7)</source>
        <translation>aud hat %1 Werte, aber es gibt keinen azp-Claim; bei mehreren Zielgruppen muss die autorisierte Partei genannt sein (OpenID Connect Core 2, 3.1.3.7)</translation>
    </message>
    <message>
        <source>no azp claim (needed only when aud has several values)</source>
        <translation>kein azp-Claim (nur nötig, wenn aud mehrere Werte hat)</translation>
    </message>
    <message>
        <source>azp is not a string</source>
        <translation>azp ist kein String</translation>
    </message>
    <message>
        <source>azp is %1; no client id is configured to compare it with</source>
        <translation>azp ist %1; keine Client-ID zum Vergleich konfiguriert</translation>
    </message>
    <message>
        <source>azp is the client id %1</source>
        <translation>azp ist die Client-ID %1</translation>
    </message>
    <message>
        <source>azp is %1, but the client id is %2; the token was issued to another party</source>
        <translation>azp ist %1, aber die Client-ID ist %2; das Token wurde für eine andere Partei ausgestellt</translation>
    </message>
    <message>
        <source>no audience was requested</source>
        <translation>keine Audience angefordert</translation>
    </message>
    <message>
        <source>the token has no aud claim, but the audience %1 was requested</source>
        <translation>das Token hat keinen aud-Claim, aber die Audience %1 wurde angefordert</translation>
    </message>
    <message>
        <source>aud %1 contains the requested audience %2</source>
        <translation>aud %1 enthält die angeforderte Audience %2</translation>
    </message>
    <message>
        <source>aud %1 does not contain the requested audience %2</source>
        <translation>aud %1 enthält die angeforderte Audience %2 nicht</translation>
    </message>
    <message>
        <source>the token has no exp claim, which every ID token must have (OpenID Connect Core 2)</source>
        <translation>das Token hat keinen exp-Claim, den jedes ID Token haben muss (OpenID Connect Core 2)</translation>
    </message>
    <message>
        <source>the token has no exp claim, which a JWT access token must have (RFC 9068 section 2.2)</source>
        <translation>das Token hat keinen exp-Claim, den ein JWT-Access-Token haben muss (RFC 9068 section 2.2)</translation>
    </message>
    <message>
        <source>expires in %1, at %2</source>
        <translation>läuft in %1 ab, am %2</translation>
    </message>
    <message>
        <source>expired %1 ago at %2, within the allowed clock skew of %3 s</source>
        <translation>vor %1 abgelaufen, am %2, noch innerhalb der erlaubten Zeitabweichung von %3 s</translation>
    </message>
    <message>
        <source>expired %1 ago at %2 (%3)</source>
        <translation>vor %1 abgelaufen, am %2 (%3)</translation>
    </message>
    <message>
        <source>the token has no iat claim, which every ID token must have (OpenID Connect Core 2)</source>
        <translation>das Token hat keinen iat-Claim, den jedes ID Token haben muss (OpenID Connect Core 2)</translation>
    </message>
    <message>
        <source>issued %1 in the future, at %2 (%3); check this computer&apos;s clock or the provider&apos;s</source>
        <translation>%1 in der Zukunft ausgestellt, am %2 (%3); die Uhr dieses Computers oder die des Anbieters prüfen</translation>
    </message>
    <message>
        <source>issued at %1, %2 in the future but within the allowed clock skew of %3 s</source>
        <translation>ausgestellt am %1, %2 in der Zukunft, aber innerhalb der erlaubten Zeitabweichung von %3 s</translation>
    </message>
    <message>
        <source>issued %1 ago at %2</source>
        <translation>vor %1 ausgestellt, am %2</translation>
    </message>
    <message>
        <source>no nbf claim</source>
        <translation>kein nbf-Claim</translation>
    </message>
    <message>
        <source>not valid before %1, %2 from now (%3)</source>
        <translation>erst gültig ab %1, also in %2 (%3)</translation>
    </message>
    <message>
        <source>valid from %1, %2 from now but within the allowed clock skew of %3 s</source>
        <translation>gültig ab %1, also in %2, aber innerhalb der erlaubten Zeitabweichung von %3 s</translation>
    </message>
    <message>
        <source>valid since %1 (%2 ago)</source>
        <translation>gültig seit %1 (vor %2)</translation>
    </message>
    <message>
        <source>max_age=%1 was sent, so the token must have auth_time (OpenID Connect Core 3.1.2.1), and it has none</source>
        <translation>max_age=%1 wurde gesendet, daher muss das Token auth_time enthalten (OpenID Connect Core 3.1.2.1), es fehlt aber</translation>
    </message>
    <message>
        <source>no max_age was sent and the token has no auth_time</source>
        <translation>kein max_age gesendet, und das Token hat kein auth_time</translation>
    </message>
    <message>
        <source>the user authenticated %1 in the future, at %2 (%3)</source>
        <translation>die Anmeldung des Benutzers liegt %1 in der Zukunft, am %2 (%3)</translation>
    </message>
    <message>
        <source>%1 ago at %2</source>
        <translation>vor %1 (am %2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>the user authenticated %1 (no max_age was sent, so any age is acceptable)</source>
        <translation>der Benutzer hat sich %1 angemeldet (kein max_age gesendet, daher ist jedes Alter zulässig)</translation>
    </message>
    <message>
        <source>the user authenticated %1, within max_age %2 s</source>
        <translation>der Benutzer hat sich %1 angemeldet, innerhalb von max_age %2 s</translation>
    </message>
    <message>
        <source>the user authenticated %1, longer ago than max_age %2 s allows (%3); the provider should have asked the user to log in again</source>
        <translation>der Benutzer hat sich %1 angemeldet, länger her, als max_age %2 s erlaubt (%3); der Anbieter hätte eine erneute Anmeldung verlangen müssen</translation>
    </message>
    <message>
        <source>the token&apos;s nonce is not a string</source>
        <translation>der nonce-Claim des Tokens ist kein String</translation>
    </message>
    <message>
        <source>a nonce was sent in the authorization request, but the token has no nonce claim (OpenID Connect Core 3.1.3.7)</source>
        <translation>in der Autorisierungsanfrage wurde eine Nonce gesendet, aber das Token hat keinen nonce-Claim (OpenID Connect Core 3.1.3.7)</translation>
    </message>
    <message>
        <source>the token&apos;s nonce %1 does not match the nonce sent, %2; the token may be replayed or from another login</source>
        <translation>die Nonce %1 des Tokens passt nicht zur gesendeten Nonce %2; das Token wurde womöglich wiedereingespielt oder stammt aus einer anderen Anmeldung</translation>
    </message>
    <message>
        <source>matches the nonce sent in the authorization request</source>
        <translation>stimmt mit der in der Autorisierungsanfrage gesendeten Nonce überein</translation>
    </message>
    <message>
        <source>ID tokens returned from the authorization endpoint (implicit and hybrid flows) must carry the nonce of the request (OpenID Connect Core 3.2.2.11), and this one has none</source>
        <translation>ID Tokens vom Autorisierungsendpunkt (Implicit und Hybrid Flow) müssen die Nonce der Anfrage enthalten (OpenID Connect Core 3.2.2.11), dieses hat keine</translation>
    </message>
    <message>
        <source>no nonce was sent</source>
        <translation>keine Nonce gesendet</translation>
    </message>
    <message>
        <source>the token has nonce %1, but no nonce was sent, so there is nothing to compare it with</source>
        <translation>das Token hat die Nonce %1, aber es wurde keine gesendet, also gibt es nichts zu vergleichen</translation>
    </message>
    <message>
        <source>no %1 claim</source>
        <translation>kein %1-Claim</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist kein String</translation>
    </message>
    <message>
        <source>the token has %1, but %2 is not available to check it against</source>
        <translation>das Token hat %1, aber zum Abgleich fehlt %2</translation>
    </message>
    <message>
        <source>cannot compute %1: EdDSA hashes depend on the curve (Ed25519 or Ed448), and no key was found to tell which</source>
        <translation>%1 nicht berechenbar: EdDSA-Hashes hängen von der Kurve ab (Ed25519 oder Ed448), und es wurde kein Schlüssel gefunden, der sie angibt</translation>
    </message>
    <message>
        <source>cannot compute %1: alg %2 defines no hash function</source>
        <translation>%1 nicht berechenbar: alg %2 definiert keine Hashfunktion</translation>
    </message>
    <message>
        <source>%1 matches %2 (left half of its %3)</source>
        <translation>%1 stimmt: %2 ergibt denselben Wert (linke Hälfte seines %3-Hashes)</translation>
    </message>
    <message>
        <source>%1 is %2, but the left half of the %3 of %4 is %5</source>
        <translation>%1 ist %2, aber %4 ergibt %5 (linke Hälfte seines %3-Hashes)</translation>
    </message>
    <message>
        <source>the token has no sub claim, which every ID token must have (OpenID Connect Core 2)</source>
        <translation>das Token hat keinen sub-Claim, den jedes ID Token haben muss (OpenID Connect Core 2)</translation>
    </message>
    <message>
        <source>sub is not a string</source>
        <translation>sub ist kein String</translation>
    </message>
    <message>
        <source>sub is an empty string</source>
        <translation>sub ist ein leerer String</translation>
    </message>
    <message>
        <source>sub is %1 bytes long; OpenID Connect Core 2 allows at most 255 ASCII characters</source>
        <translation>sub ist %1 Bytes lang; OpenID Connect Core 2 erlaubt höchstens 255 ASCII-Zeichen</translation>
    </message>
    <message>
        <source>sub is %1; there is no earlier ID token in this flow to compare it with</source>
        <translation>sub ist %1; in diesem Ablauf gibt es kein früheres ID Token zum Vergleich</translation>
    </message>
    <message>
        <source>sub %1 is the same as in the earlier ID token of this flow</source>
        <translation>sub %1 stimmt mit dem früheren ID Token dieses Ablaufs überein</translation>
    </message>
    <message>
        <source>sub is %1, but the earlier ID token of this flow had %2; both must name the same user (OpenID Connect Core 3.3.2.12, 12.2)</source>
        <translation>sub ist %1, aber das frühere ID Token dieses Ablaufs hatte %2; beide müssen denselben Benutzer nennen (OpenID Connect Core 3.3.2.12, 12.2)</translation>
    </message>
    <message>
        <source>auth_time is %1 (%2), before any OpenID Connect authentication could have happened (OpenID Connect Core 1.0 dates from February 2014): the provider sends a placeholder, not the time the user authenticated (OpenID Connect Core 2)</source>
        <translation>auth_time ist %1 (%2), vor jeder möglichen OpenID-Connect-Anmeldung (OpenID Connect Core 1.0 stammt vom Februar 2014): der Anbieter sendet einen Platzhalter, nicht den Zeitpunkt der Anmeldung (OpenID Connect Core 2)</translation>
    </message>
    <message>
        <source>the user authenticated at %1, %2 after the token was issued (iat %3): auth_time cannot be later than iat (%4)</source>
        <translation>der Benutzer hat sich um %1 angemeldet, %2 nach der Ausstellung des Tokens (iat %3): auth_time kann nicht nach iat liegen (%4)</translation>
    </message>
    <message>
        <source>auth_time is %1, but the earlier ID token of this flow has %2: both describe the same authentication and must agree (OpenID Connect Core 3.3.2.12, 3.3.3.6, 12.2)</source>
        <translation>auth_time ist %1, das frühere ID-Token dieses Ablaufs hat aber %2: beide beschreiben dieselbe Anmeldung und müssen übereinstimmen (OpenID Connect Core 3.3.2.12, 3.3.3.6, 12.2)</translation>
    </message>
    <message>
        <source>issued %1 ago, at %2: too far in the past for an ID token that arrives with the authorization response, which is used at once (at most %3 old, as oauth4webapi; OpenID Connect Core 3.1.3.7 lets the client set this limit); a stale or replayed response (%4)</source>
        <translation>vor %1 ausgestellt, um %2: zu lange her für ein ID-Token, das mit der Autorisierungsantwort ankommt und sofort verwendet wird (höchstens %3 alt, wie bei oauth4webapi; OpenID Connect Core 3.1.3.7 überlässt dem Client diese Grenze); eine veraltete oder wiedereingespielte Antwort (%4)</translation>
    </message>
</context>
<context>
    <name>tokenscope::VerificationKeysText</name>
    <message>
        <source>the JWKS of the issuer %1 (discovery)</source>
        <translation>dem JWKS des Ausstellers %1 (Discovery)</translation>
    </message>
    <message>
        <source>%1 is no issuer URL (OpenID Connect Discovery 4)</source>
        <translation>%1 ist keine Aussteller-URL (OpenID Connect Discovery 4)</translation>
    </message>
    <message>
        <source>the JWKS %1</source>
        <translation>dem JWKS %1</translation>
    </message>
    <message>
        <source>%1 is no URL</source>
        <translation>%1 ist keine URL</translation>
    </message>
    <message>
        <source>could not fetch the discovery document %1: %2</source>
        <translation>das Discovery-Dokument %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the discovery document of %1 cannot be used: %2</source>
        <translation>das Discovery-Dokument von %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the discovery document of %1 names no jwks_uri</source>
        <translation>das Discovery-Dokument von %1 nennt keine jwks_uri</translation>
    </message>
    <message>
        <source>could not fetch the JWKS %1: %2</source>
        <translation>das JWKS %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the JWKS %1 cannot be read: %2</source>
        <translation>das JWKS %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot read the JWKS file %1: %2</source>
        <translation>die JWKS-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the PEM text is no public key, certificate or private key OpenSSL can read</source>
        <translation>der PEM-Text ist kein öffentlicher Schlüssel, kein Zertifikat und kein privater Schlüssel, den OpenSSL lesen kann</translation>
    </message>
    <message>
        <source>the PEM key is of a type JOSE has no algorithm for (RSA, EC P-256/384/521, Ed25519, Ed448)</source>
        <translation>der PEM-Schlüssel ist von einem Typ, für den JOSE keinen Algorithmus hat (RSA, EC P-256/384/521, Ed25519, Ed448)</translation>
    </message>
    <message>
        <source>the key is neither JSON (a JWK or JWK Set) nor PEM</source>
        <translation>der Schlüssel ist weder JSON (ein JWK oder JWK Set) noch PEM</translation>
    </message>
    <message>
        <source>the key cannot be read: %1</source>
        <translation>der Schlüssel ist nicht lesbar: %1</translation>
    </message>
</context>
<context>
    <name>tokenscope::WebEngineUserAgent</name>
    <message>
        <source>TLS error loading %1: %2 (%3). Tokenscope does not skip certificate checks; if this is your own test CA, trust it explicitly (--ca-file)</source>
        <translation>TLS-Fehler beim Laden von %1: %2 (%3). Tokenscope überspringt keine Zertifikatsprüfungen; ist dies Ihre eigene Test-CA, vertrauen Sie ihr ausdrücklich (--ca-file)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>the page %1 (&quot;%2&quot;) did not lead to the callback within %3 s</source>
        <translation>die Seite %1 („%2“) hat nicht innerhalb von %3 s zum Callback geführt</translation>
    </message>
    <message>
        <source>the provider posted to the callback, but the form&apos;s fields could not be read</source>
        <translation>der Anbieter hat per POST an den Callback gesendet, aber die Formularfelder konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>Titel „%1“</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>keine Felder</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>Felder: %1</translation>
    </message>
    <message>
        <source>no buttons</source>
        <translation>keine Schaltflächen</translation>
    </message>
    <message>
        <source>buttons: %1</source>
        <translation>Schaltflächen: %1</translation>
    </message>
    <message>
        <source>messages: %1</source>
        <translation>Meldungen: %1</translation>
    </message>
    <message>
        <source>the page did not answer</source>
        <translation>die Seite hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the filler did: %1</source>
        <translation>Schritte des Ausfüllers: %1</translation>
    </message>
    <message>
        <source>the filler found nothing to do on this page</source>
        <translation>der Ausfüller fand auf dieser Seite nichts zu tun</translation>
    </message>
    <message>
        <source>%1. The page showed %2 at %3</source>
        <translation>%1. Die Seite zeigte %2 unter %3</translation>
    </message>
    <message>
        <source>gave up after running the fill script on 10 pages without reaching the callback</source>
        <translation>nach 10 Seiten mit dem Ausfüllskript ohne Erreichen des Callbacks aufgegeben</translation>
    </message>
    <message>
        <source>the provider showed the password form again after Tokenscope submitted it: wrong username or password?</source>
        <translation>der Anbieter hat das Passwortformular erneut gezeigt, nachdem Tokenscope es abgeschickt hatte: falscher Benutzername oder falsches Passwort?</translation>
    </message>
    <message>
        <source>the provider asked for the one-time code again after Tokenscope submitted it: wrong TOTP secret, or this machine&apos;s clock is off?</source>
        <translation>der Anbieter hat erneut nach dem Einmalcode gefragt, nachdem Tokenscope ihn abgeschickt hatte: falsches TOTP-Geheimnis, oder geht die Uhr dieses Rechners falsch?</translation>
    </message>
    <message>
        <source>the provider asks for a one-time code (MFA) and no TOTP secret was given (--totp-secret)</source>
        <translation>der Anbieter fragt nach einem Einmalcode (MFA), und es wurde kein TOTP-Geheimnis angegeben (--totp-secret)</translation>
    </message>
    <message>
        <source>gave up after %1 filler steps without reaching the callback</source>
        <translation>nach %1 Ausfüllschritten ohne Erreichen des Callbacks aufgegeben</translation>
    </message>
    <message>
        <source>the provider showed a login page although the request had prompt=none, which forbids showing any (OpenID Connect Core 3.1.2.1: it must answer login_required instead); Tokenscope did not fill it</source>
        <translation>der Anbieter zeigte eine Anmeldeseite, obwohl die Anfrage prompt=none enthielt, das jede Seite verbietet (OpenID Connect Core 3.1.2.1: er muss stattdessen login_required antworten); Tokenscope hat sie nicht ausgefüllt</translation>
    </message>
    <message>
        <source>the verification page asked for the user code again after Tokenscope typed it: the provider did not accept it</source>
        <translation>die Bestätigungsseite hat erneut nach dem Benutzercode gefragt, nachdem Tokenscope ihn eingegeben hatte: der Anbieter hat ihn nicht angenommen</translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::ApiConsole</name>
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
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access Token</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID Token</translation>
    </message>
    <message>
        <source>Which token of the session goes in the Authorization header as Bearer credential</source>
        <translation>Welches Token der Sitzung als Bearer-Credential in den Authorization-Header kommt</translation>
    </message>
    <message>
        <source>Copy as cu&amp;rl</source>
        <translation>Als cu&amp;rl kopieren</translation>
    </message>
    <message>
        <source>with the token</source>
        <translation>mit dem Token</translation>
    </message>
    <message>
        <source>Put the real token into the copied command (otherwise &lt;redacted&gt;)</source>
        <translation>Das echte Token in den kopierten Befehl setzen (sonst &lt;redacted&gt;)</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>no request sent yet</source>
        <translation>noch keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at character %2), so it was not sent as application/json. Fix it, or add a Content-Type header for another format.</source>
        <translation>Der Body ist kein gültiges JSON (%1 bei Zeichen %2) und wurde daher nicht als application/json gesendet. Korrigieren oder für ein anderes Format einen Content-Type-Header angeben.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent: choose one to fill the form with it</source>
        <translation>
            <numerusform>%n Anfrage gesendet: auswählen, um das Formular damit zu füllen</numerusform>
            <numerusform>%n Anfragen gesendet: eine auswählen, um das Formular damit zu füllen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::AuthorizeParamsModel</name>
    <message>
        <source>what the provider is to answer with: code, ID token, access token</source>
        <translation>womit der Anbieter antworten soll: Code, ID Token, Access Token</translation>
    </message>
    <message>
        <source>the application, as registered at the provider</source>
        <translation>die Anwendung, wie sie beim Anbieter registriert ist</translation>
    </message>
    <message>
        <source>where the answer goes; must be registered exactly</source>
        <translation>wohin die Antwort geht; muss exakt so registriert sein</translation>
    </message>
    <message>
        <source>the access asked for; openid makes it an OpenID Connect request</source>
        <translation>der erbetene Zugriff; openid macht daraus eine OpenID-Connect-Anfrage</translation>
    </message>
    <message>
        <source>random, fresh for each sign-in; must come back unchanged (CSRF protection)</source>
        <translation>zufällig, für jede Anmeldung neu; muss unverändert zurückkommen (Schutz vor CSRF)</translation>
    </message>
    <message>
        <source>random, fresh for each sign-in; must be in the ID token (replay protection)</source>
        <translation>zufällig, für jede Anmeldung neu; muss im ID Token stehen (Schutz vor Wiederholung)</translation>
    </message>
    <message>
        <source>how the answer travels: query, fragment or form_post</source>
        <translation>wie die Antwort übermittelt wird: query, fragment oder form_post</translation>
    </message>
    <message>
        <source>PKCE: the SHA-256 of the code verifier, which Tokenscope keeps secret until the token request</source>
        <translation>PKCE: der SHA-256 des Code Verifiers, den Tokenscope bis zur Token-Anfrage geheim hält</translation>
    </message>
    <message>
        <source>PKCE: how the challenge was made from the verifier</source>
        <translation>PKCE: wie die Challenge aus dem Verifier gebildet wurde</translation>
    </message>
    <message>
        <source>the API the access token is for (Auth0)</source>
        <translation>die API, für die das Access Token gilt (Auth0)</translation>
    </message>
    <message>
        <source>login, consent, select_account or none (no page at all)</source>
        <translation>login, consent, select_account oder none (gar keine Seite)</translation>
    </message>
    <message>
        <source>seconds since the last login after which the user must log in again</source>
        <translation>Sekunden seit der letzten Anmeldung, nach denen sich der Benutzer erneut anmelden muss</translation>
    </message>
    <message>
        <source>who is expected to log in</source>
        <translation>wer sich voraussichtlich anmeldet</translation>
    </message>
    <message>
        <source>an earlier ID token of the user</source>
        <translation>ein früheres ID Token des Benutzers</translation>
    </message>
    <message>
        <source>the languages the login pages should use</source>
        <translation>die Sprachen der Anmeldeseiten</translation>
    </message>
    <message>
        <source>the authentication context (strength) asked for</source>
        <translation>der verlangte Authentifizierungskontext (Stärke)</translation>
    </message>
    <message>
        <source>the identity provider behind the tenant (Auth0)</source>
        <translation>der Identitätsanbieter hinter dem Tenant (Auth0)</translation>
    </message>
    <message>
        <source>the organization to log in to (Auth0)</source>
        <translation>die Organisation, bei der man sich anmeldet (Auth0)</translation>
    </message>
    <message>
        <source>offline asks for a refresh token (Google)</source>
        <translation>offline verlangt ein Refresh Token (Google)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wozu er dient</translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::BrowserPane</name>
    <message>
        <source>The provider&apos;s login page opens here when you sign in.</source>
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
    <message>
        <source>The page at %1 says</source>
        <translation>Die Seite %1 meldet</translation>
    </message>
    <message>
        <source>This comes from the provider&apos;s page at %1, not from Tokenscope.</source>
        <translation>Dies kommt von der Seite des Anbieters %1, nicht von Tokenscope.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sicherheit der Verbindung</translation>
    </message>
    <message>
        <source>The provider&apos;s login page</source>
        <translation>Die Anmeldeseite des Anbieters</translation>
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
        <source>Key ID: which key of the provider&apos;s JWKS signed the token</source>
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
        <source>Subject: the user&apos;s stable identifier at the issuer</source>
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
        <source>When the user&apos;s profile was last updated</source>
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
    <name>tokenscope::ui::DeviceCodePane</name>
    <message>
        <source>Waiting for the device authorization…</source>
        <translation>Warten auf die Device Authorization …</translation>
    </message>
    <message>
        <source>User code</source>
        <translation>Benutzercode</translation>
    </message>
    <message>
        <source>Verification URI</source>
        <translation>Bestätigungsadresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copies the verification address to the clipboard</source>
        <translation>Kopiert die Bestätigungsadresse in die Zwischenablage</translation>
    </message>
    <message>
        <source>Open in the embedded browser</source>
        <translation>Im eingebetteten Browser öffnen</translation>
    </message>
    <message>
        <source>Opens the verification page below, in Tokenscope&apos;s browser</source>
        <translation>Öffnet die Bestätigungsseite unten, im Browser von Tokenscope</translation>
    </message>
    <message>
        <source>Open in the system browser</source>
        <translation>Im Systembrowser öffnen</translation>
    </message>
    <message>
        <source>Opens the page with the code filled in, in your default browser</source>
        <translation>Öffnet die Seite mit bereits eingetragenem Code in Ihrem Standardbrowser</translation>
    </message>
    <message>
        <source>QR code of the verification address</source>
        <translation>QR-Code der Bestätigungsadresse</translation>
    </message>
    <message>
        <source>The verification address is on the clipboard.</source>
        <translation>Die Bestätigungsadresse ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code:</source>
        <translation>Auf einem beliebigen Gerät die Adresse unten öffnen und diesen Code eingeben:</translation>
    </message>
    <message>
        <source>Scan to open %1 (the provider sent no address with the code in it: type the code)</source>
        <translation>Scannen, um %1 zu öffnen (der Anbieter hat keine Adresse mit eingetragenem Code gesendet: den Code eintippen)</translation>
    </message>
    <message>
        <source>Scan to open %1, with the code filled in</source>
        <translation>Scannen, um %1 mit eingetragenem Code zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Tokenscope asks the provider every %n second(s) whether you approved.</source>
        <translation>
            <numerusform>Tokenscope fragt den Anbieter jede Sekunde, ob Sie zugestimmt haben.</numerusform>
            <numerusform>Tokenscope fragt den Anbieter alle %n Sekunden, ob Sie zugestimmt haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll %1: not approved yet (authorization_pending); next in %n second(s).</source>
        <translation>
            <numerusform>Abfrage %1: noch nicht zugestimmt (authorization_pending); nächste in %n Sekunde.</numerusform>
            <numerusform>Abfrage %1: noch nicht zugestimmt (authorization_pending); nächste in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll %1: the provider asked to slow down (slow_down); now every %n second(s).</source>
        <translation>
            <numerusform>Abfrage %1: der Anbieter bittet um langsameres Abfragen (slow_down); jetzt jede Sekunde.</numerusform>
            <numerusform>Abfrage %1: der Anbieter bittet um langsameres Abfragen (slow_down); jetzt alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Poll %1: approved; the tokens arrived.</source>
        <translation>Abfrage %1: zugestimmt; die Tokens sind da.</translation>
    </message>
    <message>
        <source>Poll %1: the sign-in was refused on the verification page (access_denied).</source>
        <translation>Abfrage %1: die Anmeldung wurde auf der Bestätigungsseite abgelehnt (access_denied).</translation>
    </message>
    <message>
        <source>Poll %1: the code expired (expired_token); sign in again for a new one.</source>
        <translation>Abfrage %1: der Code ist abgelaufen (expired_token); für einen neuen erneut anmelden.</translation>
    </message>
    <message>
        <source>Poll %1: the provider answered %2.</source>
        <translation>Abfrage %1: der Anbieter hat %2 geantwortet.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The device sign-in ended.</source>
        <translation>Die Geräteanmeldung ist beendet.</translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
    <message>
        <source>The code has expired.</source>
        <translation>Der Code ist abgelaufen.</translation>
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
        <source>Response types that return tokens from the authorization endpoint must be refused in the query: &quot;refused&quot; there is a pass.</source>
        <translation>Response Types, die Tokens vom Autorisierungsendpunkt zurückgeben, müssen bei query abgelehnt werden: „abgelehnt“ ist dort bestanden.</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
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
    <message>
        <source>Front channel: the browser carried this message; Tokenscope did not send it over HTTP.
</source>
        <translation>Front-Channel: der Browser hat diese Nachricht übertragen; Tokenscope hat sie nicht über HTTP gesendet.
</translation>
    </message>
    <message numerus="yes">
        <source>Parameters (%n):
</source>
        <translation>
            <numerusform>Parameter (%n):
</numerusform>
            <numerusform>Parameter (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Front channel: the browser carried this message; Tokenscope did not send it over HTTP. %1</source>
        <translation>Front-Channel: der Browser hat diese Nachricht übertragen; Tokenscope hat sie nicht über HTTP gesendet. %1</translation>
    </message>
    <message>
        <source>front channel: %1</source>
        <translation>Front-Channel: %1</translation>
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
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Austausch</translation>
    </message>
    <message>
        <source>Request and response of the selected exchange</source>
        <translation>Anfrage und Antwort des gewählten Austauschs</translation>
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
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import …</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>Eine Profildatei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export …</translation>
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
        <translation>Anme&amp;ldung</translation>
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
        <translation>AP&amp;I-Konsole</translation>
    </message>
    <message>
        <source>HTTP &amp;log</source>
        <translation>HTTP-Pr&amp;otokoll</translation>
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
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>The callback URL uses the scheme &quot;%1&quot;, which the web engine only learns at startup: save the profile and restart Tokenscope.</source>
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
    <message>
        <source>The profile&apos;s trusted CAs cannot be used: %1</source>
        <translation>Die vertrauenswürdigen CAs des Profils sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Re&amp;voke refresh token</source>
        <translation>Refresh Token &amp;widerrufen</translation>
    </message>
    <message>
        <source>Refresh token revoked — %1</source>
        <translation>Refresh Token widerrufen — %1</translation>
    </message>
    <message>
        <source>Revocation failed — %1</source>
        <translation>Widerruf fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen …</translation>
    </message>
    <message>
        <source>Pro&amp;files</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <source>Welcome to Tokenscope</source>
        <translation>Willkommen bei Tokenscope</translation>
    </message>
    <message>
        <source>A profile says which provider to sign in to and as which application. Start with one of these, or fill in the form on the left and press Save profile.</source>
        <translation>Ein Profil sagt, bei welchem Anbieter und als welche Anwendung angemeldet wird. Mit einer dieser Möglichkeiten beginnen oder das Formular links ausfüllen und „Profil speichern“ drücken.</translation>
    </message>
    <message>
        <source>New Auth0 profile</source>
        <translation>Neues Auth0-Profil</translation>
    </message>
    <message>
        <source>Import a profile file…</source>
        <translation>Profildatei importieren…</translation>
    </message>
    <message>
        <source>Tok&amp;en</source>
        <translation>Tok&amp;en</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <source>Show the &amp;profile pane</source>
        <translation>&amp;Profilbereich zeigen</translation>
    </message>
    <message>
        <source>Show the flow &amp;timeline</source>
        <translation>&amp;Ablauf-Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Return&lt;/td&gt;&lt;td&gt;Sign in&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh tokens&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Return&lt;/td&gt;&lt;td&gt;Call the API&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Escape&lt;/td&gt;&lt;td&gt;Cancel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy the token shown&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Tab, Ctrl+PgDown&lt;/td&gt;&lt;td&gt;Next tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+Tab, Ctrl+PgUp&lt;/td&gt;&lt;td&gt;Previous tab&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1&lt;/td&gt;&lt;td&gt;Show or hide the profile pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+2&lt;/td&gt;&lt;td&gt;Show or hide the flow timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+N, Ctrl+O, Ctrl+S&lt;/td&gt;&lt;td&gt;New, import, save profile&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Strg+Eingabe&lt;/td&gt;&lt;td&gt;Anmelden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Tokens erneuern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+Eingabe&lt;/td&gt;&lt;td&gt;API aufrufen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Esc&lt;/td&gt;&lt;td&gt;Abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+C&lt;/td&gt;&lt;td&gt;Angezeigtes Token kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Tab, Strg+Bild ab&lt;/td&gt;&lt;td&gt;Nächster Reiter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+Tab, Strg+Bild auf&lt;/td&gt;&lt;td&gt;Vorheriger Reiter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+1&lt;/td&gt;&lt;td&gt;Profilbereich zeigen oder verbergen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+2&lt;/td&gt;&lt;td&gt;Ablauf-Zeitleiste zeigen oder verbergen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+N, Strg+O, Strg+S&lt;/td&gt;&lt;td&gt;Neues Profil, importieren, speichern&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>“%1” has no session. The signed-in session belongs to “%2”: select it to see its tokens.</source>
        <translation>„%1“ hat keine Sitzung. Die angemeldete Sitzung gehört zu „%2“: dieses Profil auswählen, um ihre Tokens zu sehen.</translation>
    </message>
    <message>
        <source>There is no profile to sign in with yet: create one (New profile, or New Auth0 profile), import a profile file, or fill in the form and press Save profile.</source>
        <translation>Es gibt noch kein Profil zum Anmelden: eines anlegen (Neues Profil oder Neues Auth0-Profil), eine Profildatei importieren oder das Formular ausfüllen und „Profil speichern“ drücken.</translation>
    </message>
    <message>
        <source>replaced by a new sign-in</source>
        <translation>durch eine neue Anmeldung ersetzt</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in with “%1” cancelled during “%2”.</source>
        <translation>Anmeldung mit „%1“ während „%2“ abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n Prüfung bestanden</numerusform>
            <numerusform>%n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Signed out of “%1” — %2. The session&apos;s tokens stay viewable, marked as ended.</source>
        <translation>Von „%1“ abgemeldet — %2. Die Tokens der Sitzung bleiben sichtbar, als beendet markiert.</translation>
    </message>
    <message>
        <source>Logout failed — %1. The session may still be active at the provider.</source>
        <translation>Abmeldung fehlgeschlagen — %1. Die Sitzung kann beim Anbieter noch aktiv sein.</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
    <message>
        <source>The logout did not complete: %1</source>
        <translation>Die Abmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Session ended (%1): its tokens are kept for reference.</source>
        <translation>Sitzung beendet (%1): ihre Tokens bleiben zum Nachsehen erhalten.</translation>
    </message>
    <message>
        <source>These are the tokens of the previous session (ended: %1), kept for reference.</source>
        <translation>Dies sind die Tokens der vorigen Sitzung (beendet: %1), zum Nachsehen erhalten.</translation>
    </message>
    <message>
        <source>Create or select a profile and sign in first.</source>
        <translation>Zuerst ein Profil anlegen oder auswählen und anmelden.</translation>
    </message>
    <message>
        <source>“%1” has no session, so nothing was sent: the signed-in session belongs to “%2”, and its tokens never go to another profile&apos;s API. Sign in with “%1” first.</source>
        <translation>„%1“ hat keine Sitzung, daher wurde nichts gesendet: die angemeldete Sitzung gehört zu „%2“, und ihre Tokens gehen nie an die API eines anderen Profils. Zuerst mit „%1“ anmelden.</translation>
    </message>
    <message>
        <source>“%1” has no session, so nothing was sent: sign in first.</source>
        <translation>„%1“ hat keine Sitzung, daher wurde nichts gesendet: zuerst anmelden.</translation>
    </message>
    <message>
        <source>The session has no ID token to send.</source>
        <translation>Die Sitzung hat kein ID-Token zum Senden.</translation>
    </message>
    <message>
        <source>The session has no access token to send.</source>
        <translation>Die Sitzung hat kein Access Token zum Senden.</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;</source>
        <translation>„%1“ importiert</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added</source>
        <translation>Import abgebrochen: nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>to the browser</source>
        <translation>an den Browser</translation>
    </message>
    <message>
        <source>The authorization request: Tokenscope sent the browser to the provider with it; the login pages that follow are the browser&apos;s.</source>
        <translation>Die Autorisierungsanfrage: Tokenscope hat den Browser damit zum Anbieter geschickt; die folgenden Anmeldeseiten sind Sache des Browsers.</translation>
    </message>
    <message>
        <source>The profile cannot be used yet: %1. The fields concerned are marked in the profile.</source>
        <translation>Das Profil ist noch nicht verwendbar: %1. Die betroffenen Felder sind im Profil markiert.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Durchlauf %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3</source>
        <translation>Durchlauf %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 · no tokens</source>
        <translation>Durchlauf %1 · %2 · %3 · keine Tokens</translation>
    </message>
    <message>
        <source>Run %1 ended (%2): its tokens are kept for reference.</source>
        <translation>Durchlauf %1 beendet (%2): seine Tokens bleiben zum Nachsehen erhalten.</translation>
    </message>
    <message>
        <source>caught (%1)</source>
        <translation>abgefangen (%1)</translation>
    </message>
    <message>
        <source>The authorization response, an error: the provider redirected the browser to the callback URL, and Tokenscope caught it there. It arrived in the %1.</source>
        <translation>Die Autorisierungsantwort, ein Fehler: der Anbieter hat den Browser zur Callback-URL weitergeleitet, und Tokenscope hat sie dort abgefangen. Sie kam per %1 an.</translation>
    </message>
    <message>
        <source>The authorization response: the provider redirected the browser to the callback URL, and Tokenscope caught it without loading it. It arrived in the %1.</source>
        <translation>Die Autorisierungsantwort: der Anbieter hat den Browser zur Callback-URL weitergeleitet, und Tokenscope hat sie abgefangen, ohne sie zu laden. Sie kam per %1 an.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Pa&amp;rameters</source>
        <translation>Pa&amp;rameter</translation>
    </message>
    <message>
        <source>Show the authorization request&apos;s parameters, decoded</source>
        <translation>Die Parameter der Autorisierungsanfrage dekodiert zeigen</translation>
    </message>
    <message>
        <source>Copy the authorize URL</source>
        <translation>Die Autorisierungs-URL kopieren</translation>
    </message>
    <message>
        <source>Parameters of the authorization request</source>
        <translation>Parameter der Autorisierungsanfrage</translation>
    </message>
    <message>
        <source>No provider at hand? In Tokenscope&apos;s source tree, &lt;b&gt;scripts/demo&lt;/b&gt; starts a local demo tenant and opens this window with a profile for it (user &lt;b&gt;alice&lt;/b&gt;, password &lt;b&gt;wonderland-42&lt;/b&gt;).</source>
        <translation>Kein Anbieter zur Hand? Im Quellbaum von Tokenscope startet &lt;b&gt;scripts/demo&lt;/b&gt; einen lokalen Demo-Tenant und öffnet dieses Fenster mit einem Profil dafür (Benutzer &lt;b&gt;alice&lt;/b&gt;, Passwort &lt;b&gt;wonderland-42&lt;/b&gt;).</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Werkbank</translation>
    </message>
    <message numerus="yes">
        <source>poll %1: %2; next in %n second(s)</source>
        <translation>
            <numerusform>Abfrage %1: %2; nächste in %n Sekunde</numerusform>
            <numerusform>Abfrage %1: %2; nächste in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Token (polling)</source>
        <translation>Token (Abfragen)</translation>
    </message>
    <message>
        <source>The embedded browser could not be loaded: %1. Open the address in another browser.</source>
        <translation>Der eingebettete Browser konnte nicht geladen werden: %1. Die Adresse in einem anderen Browser öffnen.</translation>
    </message>
    <message>
        <source>the access token of the last sign-in</source>
        <translation>das Access-Token der letzten Anmeldung</translation>
    </message>
    <message>
        <source>the access token of the last sign-in, profile %1</source>
        <translation>das Access-Token der letzten Anmeldung, Profil %1</translation>
    </message>
    <message>
        <source>Token exchange</source>
        <translation>Token-Austausch</translation>
    </message>
    <message>
        <source>Token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message>
        <source>%1, %2 (over every token of the sign-in)</source>
        <translation>%1, %2 (über alle Tokens der Anmeldung)</translation>
    </message>
    <message numerus="yes">
        <source>all %n check(s) passed</source>
        <translation>
            <numerusform>die %n Prüfung bestanden</numerusform>
            <numerusform>alle %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in with “%1” — %2.</source>
        <translation>Angemeldet mit „%1“ — %2.</translation>
    </message>
    <message>
        <source>Signed in with “%1” as %2 — %3.</source>
        <translation>Angemeldet mit „%1“ als %2 — %3.</translation>
    </message>
    <message>
        <source>The profile cannot sign in: %1.</source>
        <translation>Mit dem Profil kann man sich nicht anmelden: %1.</translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::PasswordPrompt</name>
    <message>
        <source>Sign in with a password</source>
        <translation>Mit einem Passwort anmelden</translation>
    </message>
    <message>
        <source>The profile %1 uses the password grant (RFC 6749 4.3): Tokenscope sends the user&apos;s username and password to the token endpoint itself, with no login page.</source>
        <translation>Das Profil %1 verwendet den Password-Grant (RFC 6749 4.3): Tokenscope sendet Benutzername und Passwort des Benutzers selbst an den Token-Endpunkt, ohne Anmeldeseite.</translation>
    </message>
    <message>
        <source>The profile %1 uses Auth0&apos;s password-realm grant: Tokenscope sends the user&apos;s username and password for the connection &lt;b&gt;%2&lt;/b&gt; to the token endpoint itself, with no login page.</source>
        <translation>Das Profil %1 verwendet Auth0s Password-Realm-Grant: Tokenscope sendet Benutzername und Passwort des Benutzers für die Connection &lt;b&gt;%2&lt;/b&gt; selbst an den Token-Endpunkt, ohne Anmeldeseite.</translation>
    </message>
    <message>
        <source>username or e-mail address</source>
        <translation>Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is used for this sign-in only: it is not stored, and the HTTP log shows it as &lt;redacted&gt;. The OAuth 2.0 Security Best Current Practice (RFC 9700 2.4) says this grant must not be used: prefer the authorization code flow where the application allows it.</source>
        <translation>Das Passwort wird nur für diese Anmeldung verwendet: es wird nicht gespeichert, und das HTTP-Protokoll zeigt es als &lt;redacted&gt;. Die OAuth 2.0 Security Best Current Practice (RFC 9700 2.4) sagt, dieser Grant darf nicht verwendet werden: wo die Anwendung es erlaubt, den Authorization-Code-Flow vorziehen.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
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
        <source>Off: every profile&apos;s browser session is off the record and forgotten when Tokenscope closes.</source>
        <translation>Aus: die Browsersitzung jedes Profils ist privat und wird beim Beenden von Tokenscope vergessen.</translation>
    </message>
    <message>
        <source>Auth0 domain</source>
        <translation>Auth0-Domain</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>Discovery: %1</translation>
    </message>
    <message>
        <source>No system keychain is available%1: the client secret is kept in memory for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar%1: das Client-Secret bleibt nur für diese Sitzung im Speicher.</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Embedded&lt;/b&gt;: the provider&apos;s login page opens inside Tokenscope; any callback URL works.&lt;/p&gt;&lt;p&gt;&lt;b&gt;System browser&lt;/b&gt;: the login page opens in your default browser. Use it for providers that refuse embedded browsers (Google, some company sign-ins), or when the login needs your passkeys, password manager or existing browser session. The provider redirects back to Tokenscope on http://127.0.0.1 at a port picked for every sign-in: register http://127.0.0.1/callback at the provider (a native app&apos;s loopback redirect, RFC 8252) and use it as the callback URL.&lt;/p&gt;&lt;p&gt;Response modes: query and fragment work (the page the browser shows at the end passes a fragment on with a small script); form_post does not.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eingebettet&lt;/b&gt;: die Anmeldeseite des Anbieters öffnet sich in Tokenscope; jede Callback-URL funktioniert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Systembrowser&lt;/b&gt;: die Anmeldeseite öffnet sich in Ihrem Standardbrowser. Für Anbieter, die eingebettete Browser ablehnen (Google, manche Firmenanmeldungen), oder wenn die Anmeldung Ihre Passkeys, Ihren Passwortmanager oder eine bestehende Browsersitzung braucht. Der Anbieter leitet zu Tokenscope auf http://127.0.0.1 zurück, an einen für jede Anmeldung gewählten Port: http://127.0.0.1/callback beim Anbieter registrieren (Loopback-Weiterleitung einer nativen App, RFC 8252) und als Callback-URL verwenden.&lt;/p&gt;&lt;p&gt;Response Modes: query und fragment funktionieren (die Seite, die der Browser am Ende zeigt, reicht ein Fragment mit einem kleinen Skript weiter); form_post nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>only the system&apos;s</source>
        <translation>nur die des Systems</translation>
    </message>
    <message>
        <source>&lt;p&gt;CA certificate files (PEM or DER), separated by semicolons, to trust in addition to the system&apos;s: for a provider or API that uses a private CA, such as a test tenant. Certificates are still checked in full (chain, dates, host name). A relative name is relative to the profile file&apos;s folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CA-Zertifikatsdateien (PEM oder DER), durch Semikolons getrennt, denen zusätzlich zu denen des Systems vertraut wird: für einen Anbieter oder eine API mit privater CA, etwa einen Test-Tenant. Zertifikate werden weiterhin vollständig geprüft (Kette, Gültigkeitsdaten, Hostname). Ein relativer Name bezieht sich auf den Ordner der Profildatei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose CA certificate files</source>
        <translation>CA-Zertifikatsdateien auswählen</translation>
    </message>
    <message>
        <source>Trusted CA certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted CAs</source>
        <translation>Vertrauenswürdige CAs</translation>
    </message>
    <message>
        <source>Refresh scope</source>
        <translation>Refresh-Scope</translation>
    </message>
    <message>
        <source>as granted (or narrower)</source>
        <translation>wie gewährt (oder enger)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Optional: a narrower scope to ask for at each refresh (RFC 6749 section 6), such as &lt;tt&gt;openid offline_access&lt;/tt&gt;. Check &lt;tt&gt;refresh.scope&lt;/tt&gt; then shows what the provider granted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Optional: ein engerer Scope, der bei jeder Erneuerung angefragt wird (RFC 6749 Abschnitt 6), etwa &lt;tt&gt;openid offline_access&lt;/tt&gt;. Die Prüfung &lt;tt&gt;refresh.scope&lt;/tt&gt; zeigt dann, was der Anbieter gewährt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the tenant&apos;s domain, such as tenant.eu.auth0.com, or its custom domain</source>
        <translation>die Domain des Tenants, etwa tenant.eu.auth0.com, oder seine eigene Domain</translation>
    </message>
    <message>
        <source>openid profile email; offline_access for a refresh token (the API must allow offline access)</source>
        <translation>openid profile email; offline_access für ein Refresh Token (die API muss Offline-Zugriff erlauben)</translation>
    </message>
    <message>
        <source>add it to the application&apos;s Allowed Callback URLs</source>
        <translation>in die Allowed Callback URLs der Anwendung eintragen</translation>
    </message>
    <message>
        <source>without an audience the access token is only good for /userinfo: set the audience to your API&apos;s identifier to get a token your API accepts</source>
        <translation>ohne Audience taugt das Access Token nur für /userinfo: die Audience auf den Identifier Ihrer API setzen, damit Ihre API das Token annimmt</translation>
    </message>
    <message>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <source>https://{your Okta domain}/oauth2/default (a custom authorization server), or https://{your Okta domain} (the org authorization server)</source>
        <translation>https://{Ihre Okta-Domain}/oauth2/default (ein eigener Autorisierungsserver) oder https://{Ihre Okta-Domain} (der Org-Autorisierungsserver)</translation>
    </message>
    <message>
        <source>openid profile email; offline_access for a refresh token</source>
        <translation>openid profile email; offline_access für ein Refresh Token</translation>
    </message>
    <message>
        <source>add it to the app integration&apos;s Sign-in redirect URIs</source>
        <translation>in die Sign-in redirect URIs der App-Integration eintragen</translation>
    </message>
    <message>
        <source>the org authorization server&apos;s access tokens are for Okta&apos;s own APIs, not yours; a refresh token also needs the Refresh Token grant type in the app integration</source>
        <translation>die Access Tokens des Org-Autorisierungsservers sind für Oktas eigene APIs, nicht für Ihre; ein Refresh Token braucht außerdem den Grant Type Refresh Token in der App-Integration</translation>
    </message>
    <message>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com/{directory (tenant) ID}/v2.0</source>
        <translation>https://login.microsoftonline.com/{Verzeichnis-ID (Tenant-ID)}/v2.0</translation>
    </message>
    <message>
        <source>openid profile email offline_access, and your API&apos;s scope (api://{application ID}/{scope}) for an access token your API can validate</source>
        <translation>openid profile email offline_access und der Scope Ihrer API (api://{Anwendungs-ID}/{Scope}) für ein Access Token, das Ihre API prüfen kann</translation>
    </message>
    <message>
        <source>register it under Authentication: a Web platform with a client secret, or Mobile and desktop (a public client; http://127.0.0.1/callback with the system browser)</source>
        <translation>unter Authentifizierung registrieren: als Web-Plattform mit Client-Secret oder als Mobil- und Desktopanwendung (öffentlicher Client; http://127.0.0.1/callback mit dem System-Browser)</translation>
    </message>
    <message>
        <source>the common, organizations and consumers issuers do not name one tenant, so the issuer check fails with them; access tokens for Microsoft Graph are not meant to be validated by you</source>
        <translation>die Aussteller common, organizations und consumers nennen keinen einzelnen Tenant, daher schlägt die Ausstellerprüfung mit ihnen fehl; Access Tokens für Microsoft Graph sind nicht dafür gedacht, dass Sie sie prüfen</translation>
    </message>
    <message>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <source>https://{host}/realms/{realm} (before Keycloak 17: https://{host}/auth/realms/{realm})</source>
        <translation>https://{Host}/realms/{Realm} (vor Keycloak 17: https://{Host}/auth/realms/{Realm})</translation>
    </message>
    <message>
        <source>openid profile email; offline_access for an offline token</source>
        <translation>openid profile email; offline_access für ein Offline Token</translation>
    </message>
    <message>
        <source>add it to the client&apos;s Valid redirect URIs</source>
        <translation>in die Valid redirect URIs des Clients eintragen</translation>
    </message>
    <message>
        <source>the issuer follows the host name a request used unless the server&apos;s hostname is set, so localhost and 127.0.0.1 give two different issuers</source>
        <translation>der Aussteller folgt dem Hostnamen der Anfrage, solange der Hostname des Servers nicht gesetzt ist; localhost und 127.0.0.1 ergeben also zwei verschiedene Aussteller</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>https://accounts.google.com (without a trailing slash)</source>
        <translation>https://accounts.google.com (ohne Schrägstrich am Ende)</translation>
    </message>
    <message>
        <source>openid email profile</source>
        <translation>openid email profile</translation>
    </message>
    <message>
        <source>Google refuses sign-ins in embedded browsers: use the system browser with a Desktop app client and http://127.0.0.1/callback</source>
        <translation>Google lehnt Anmeldungen in eingebetteten Browsern ab: den System-Browser mit einem Client vom Typ Desktop-App und http://127.0.0.1/callback verwenden</translation>
    </message>
    <message>
        <source>a refresh token comes with access_type=offline (not the offline_access scope), and again only with prompt=consent; access tokens are opaque</source>
        <translation>ein Refresh Token gibt es mit access_type=offline (nicht mit dem Scope offline_access) und ein weiteres nur mit prompt=consent; Access Tokens sind opak</translation>
    </message>
    <message>
        <source>Amazon Cognito</source>
        <translation>Amazon Cognito</translation>
    </message>
    <message>
        <source>https://cognito-idp.{region}.amazonaws.com/{user pool ID}; the login pages are on the user pool&apos;s domain, which discovery names</source>
        <translation>https://cognito-idp.{Region}.amazonaws.com/{User-Pool-ID}; die Anmeldeseiten liegen auf der Domain des User Pools, die das Discovery-Dokument nennt</translation>
    </message>
    <message>
        <source>openid email profile; aws.cognito.signin.user.admin for the user&apos;s own attributes</source>
        <translation>openid email profile; aws.cognito.signin.user.admin für die eigenen Attribute des Benutzers</translation>
    </message>
    <message>
        <source>add it to the app client&apos;s Allowed callback URLs</source>
        <translation>in die Allowed callback URLs des App-Clients eintragen</translation>
    </message>
    <message>
        <source>discovery names no end_session_endpoint (logout is {domain}/logout?client_id=…&amp;logout_uri=…), and the access token has no aud, only client_id</source>
        <translation>das Discovery-Dokument nennt keinen end_session_endpoint (Abmelden geht über {Domain}/logout?client_id=…&amp;logout_uri=…), und das Access Token hat kein aud, nur client_id</translation>
    </message>
    <message>
        <source>Choose the kind of provider: the form then shows its issuer pattern, typical scopes, where to register the callback URL and its known quirks.</source>
        <translation>Die Art des Anbieters wählen: das Formular zeigt dann das Muster des Ausstellers, übliche Scopes, wo die Callback-URL zu registrieren ist, und bekannte Eigenheiten.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Client authentication, response mode, PKCE, extra parameters, logout, algorithms, trusted CAs and the browser session</source>
        <translation>Client-Authentifizierung, Response Mode, PKCE, zusätzliche Parameter, Abmeldung, Algorithmen, vertrauenswürdige CAs und die Browsersitzung</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Known quirks</source>
        <translation>Bekannte Eigenheiten</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>“%1” serves many tenants: its discovery document names the issuer with a {tenantid} placeholder, so the issuer check fails. Use your directory (tenant) ID in its place.</source>
        <translation>„%1“ bedient viele Tenants: sein Discovery-Dokument nennt den Aussteller mit dem Platzhalter {tenantid}, daher schlägt die Ausstellerprüfung fehl. Stattdessen Ihre Verzeichnis-ID (Tenant-ID) verwenden.</translation>
    </message>
    <message>
        <source>Use the v2.0 issuer</source>
        <translation>Den v2.0-Aussteller verwenden</translation>
    </message>
    <message>
        <source>Without /v2.0 this is the v1.0 endpoint, whose tokens name another issuer (https://sts.windows.net/…/).</source>
        <translation>Ohne /v2.0 ist das der v1.0-Endpunkt, dessen Tokens einen anderen Aussteller nennen (https://sts.windows.net/…/).</translation>
    </message>
    <message>
        <source>Use the default authorization server</source>
        <translation>Den Standard-Autorisierungsserver verwenden</translation>
    </message>
    <message>
        <source>This is the org authorization server: its access tokens are for Okta&apos;s own APIs. Your API needs a custom authorization server, such as /oauth2/default.</source>
        <translation>Das ist der Org-Autorisierungsserver: seine Access Tokens sind für Oktas eigene APIs. Ihre API braucht einen eigenen Autorisierungsserver, etwa /oauth2/default.</translation>
    </message>
    <message>
        <source>A Keycloak issuer ends with /realms/ and the realm&apos;s name.</source>
        <translation>Ein Keycloak-Aussteller endet mit /realms/ und dem Namen des Realms.</translation>
    </message>
    <message>
        <source>Use https://accounts.google.com</source>
        <translation>https://accounts.google.com verwenden</translation>
    </message>
    <message>
        <source>Google&apos;s issuer has no trailing slash: its discovery document names https://accounts.google.com.</source>
        <translation>Googles Aussteller hat keinen Schrägstrich am Ende: sein Discovery-Dokument nennt https://accounts.google.com.</translation>
    </message>
    <message>
        <source>Use the system browser</source>
        <translation>Den System-Browser verwenden</translation>
    </message>
    <message>
        <source>Google refuses sign-ins in embedded browsers (&quot;disallowed_useragent&quot;).</source>
        <translation>Google lehnt Anmeldungen in eingebetteten Browsern ab („disallowed_useragent“).</translation>
    </message>
    <message>
        <source>Use the issuer the document names</source>
        <translation>Den Aussteller des Dokuments übernehmen</translation>
    </message>
    <message>
        <source>Remove the query and fragment</source>
        <translation>Query und Fragment entfernen</translation>
    </message>
    <message>
        <source>Add openid</source>
        <translation>openid ergänzen</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Remove the fragment</source>
        <translation>Das Fragment entfernen</translation>
    </message>
    <message>
        <source>Use fragment</source>
        <translation>fragment verwenden</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Die Voreinstellung verwenden</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>The provider does not advertise response type “%1” (it supports: %2)</source>
        <translation>Der Anbieter bietet den Response Type „%1“ nicht an (er unterstützt: %2)</translation>
    </message>
    <message>
        <source>The provider does not advertise response mode “%1” (it supports: %2)</source>
        <translation>Der Anbieter bietet den Response Mode „%1“ nicht an (er unterstützt: %2)</translation>
    </message>
    <message>
        <source>The provider&apos;s discovery document names the issuer “%1”, not “%2”; it must be exactly the same (OpenID Connect Discovery 4.3).</source>
        <translation>Das Discovery-Dokument des Anbieters nennt den Aussteller „%1“, nicht „%2“; er muss genau gleich sein (OpenID Connect Discovery 4.3).</translation>
    </message>
    <message numerus="yes">
        <source>Advanced settings — %n problem(s)</source>
        <translation>
            <numerusform>Erweiterte Einstellungen — %n Problem</numerusform>
            <numerusform>Erweiterte Einstellungen — %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation>Authorization Code (ein Benutzer meldet sich an)</translation>
    </message>
    <message>
        <source>Client credentials (machine to machine, no browser)</source>
        <translation>Client Credentials (Maschine zu Maschine, ohne Browser)</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Device code (a user approves on another device)</source>
        <translation>Device Code (ein Benutzer stimmt auf einem anderen Gerät zu)</translation>
    </message>
    <message>
        <source>Password (legacy: the app sends the user&apos;s password)</source>
        <translation>Password (veraltet: die App sendet das Passwort des Benutzers)</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>The password grant only: the connection (user store) the username and password are checked against. Set, it uses Auth0&apos;s password-realm grant; empty, the plain password grant and the tenant&apos;s default directory.</source>
        <translation>Nur für den Password-Grant: die Connection (Benutzerverzeichnis), gegen die Benutzername und Passwort geprüft werden. Gesetzt wird Auth0s Password-Realm-Grant verwendet; leer der einfache Password-Grant mit dem Standardverzeichnis des Tenants.</translation>
    </message>
    <message>
        <source>Token exchange (a service exchanges a token it was given)</source>
        <translation>Token-Austausch (ein Dienst tauscht ein erhaltenes Token)</translation>
    </message>
    <message>
        <source>The grant Sign in runs. Client credentials (RFC 6749 4.4) asks the token endpoint for an access token for the API in Audience with the client&apos;s own secret: no user, no browser, no redirect URI. Device code (RFC 8628) shows a code the user enters at the provider&apos;s address on any device (or in the embedded browser) while Tokenscope polls the token endpoint: no redirect URI either. Password (RFC 6749 4.3) asks you for the user&apos;s username and password at sign-in and sends them to the token endpoint (with Realm: Auth0&apos;s password-realm grant). Token exchange (RFC 8693) asks for the token to exchange at sign-in (or offers the last sign-in&apos;s access token) and gets one for the API in Audience.</source>
        <translation>Der Grant, den „Anmelden“ ausführt. Client Credentials (RFC 6749 4.4) fragt den Token-Endpunkt mit dem eigenen Secret des Clients nach einem Access-Token für die API in „Audience“: kein Benutzer, kein Browser, keine Redirect-URI. Device Code (RFC 8628) zeigt einen Code, den der Benutzer auf einem beliebigen Gerät (oder im eingebetteten Browser) unter der Adresse des Anbieters eingibt, während Tokenscope den Token-Endpunkt abfragt: ebenfalls keine Redirect-URI. Password (RFC 6749 4.3) fragt bei der Anmeldung nach Benutzername und Passwort und schickt sie an den Token-Endpunkt (mit Realm: Auth0s Password-Realm-Grant). Token-Austausch (RFC 8693) fragt bei der Anmeldung nach dem auszutauschenden Token (oder bietet das Access-Token der letzten Anmeldung an) und holt eines für die API in „Audience“.</translation>
    </message>
    <message>
        <source>Subject token type</source>
        <translation>Subject-Token-Typ</translation>
    </message>
    <message>
        <source>Token exchange only: the type of the token exchanged (RFC 8693 3): access_token (the default), jwt, id_token, refresh_token, or a token type URI.</source>
        <translation>Nur für den Token-Austausch: der Typ des ausgetauschten Tokens (RFC 8693 3): access_token (Standard), jwt, id_token, refresh_token oder eine Token-Typ-URI.</translation>
    </message>
    <message>
        <source>Requested token type</source>
        <translation>Angefragter Token-Typ</translation>
    </message>
    <message>
        <source>the provider decides</source>
        <translation>der Anbieter entscheidet</translation>
    </message>
    <message>
        <source>Token exchange only: the type of token to ask for (RFC 8693 2.1 requested_token_type): access_token, jwt, id_token, refresh_token, or a token type URI; empty, none is asked for.</source>
        <translation>Nur für den Token-Austausch: der Typ des angefragten Tokens (RFC 8693 2.1 requested_token_type): access_token, jwt, id_token, refresh_token oder eine Token-Typ-URI; leer wird keiner angefragt.</translation>
    </message>
    <message>
        <source>client-key.pem (relative to the profile file)</source>
        <translation>client-key.pem (relativ zur Profildatei)</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen …</translation>
    </message>
    <message>
        <source>Write a new EC P-256 key pair and show the public JWK to paste into the application&apos;s settings at the provider</source>
        <translation>Ein neues EC-P-256-Schlüsselpaar schreiben und den öffentlichen JWK zeigen, um ihn in die Einstellungen der Anwendung beim Anbieter einzufügen</translation>
    </message>
    <message>
        <source>Save the new private key</source>
        <translation>Den neuen privaten Schlüssel speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <source>Generate a key pair</source>
        <translation>Ein Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>the key&apos;s RFC 7638 thumbprint</source>
        <translation>der RFC-7638-Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key pair.</source>
        <translation>OpenSSL konnte kein Schlüsselpaar erzeugen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The client&apos;s public key</source>
        <translation>Der öffentliche Schlüssel des Clients</translation>
    </message>
    <message>
        <source>Register this public key for the application at the provider (its JWKS, or the credentials of the application: Auth0 Applications &gt; the application &gt; Credentials &gt; Private Key JWT). The private key stays in the file you chose.</source>
        <translation>Diesen öffentlichen Schlüssel für die Anwendung beim Anbieter registrieren (in ihrem JWKS oder bei den Zugangsdaten der Anwendung: Auth0 Applications &gt; die Anwendung &gt; Credentials &gt; Private Key JWT). Der private Schlüssel bleibt in der gewählten Datei.</translation>
    </message>
    <message>
        <source>&amp;Copy JWK</source>
        <translation>JWK &amp;kopieren</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>How the client authenticates at the token endpoint (and for refresh, revocation, introspection): client_secret_jwt and private_key_jwt send a one-minute signed assertion instead of the secret (RFC 7523, OpenID Connect Core 9); tls_client_auth and self_signed_tls_client_auth present a client certificate over mutual TLS (RFC 8705).</source>
        <translation>Wie sich der Client am Token-Endpunkt authentifiziert (und für Refresh, Widerruf, Introspection): client_secret_jwt und private_key_jwt senden statt des Secrets eine eine Minute gültige signierte Assertion (RFC 7523, OpenID Connect Core 9); tls_client_auth und self_signed_tls_client_auth legen ein Client-Zertifikat über Mutual TLS vor (RFC 8705).</translation>
    </message>
    <message>
        <source>private_key_jwt and signed request objects: the client&apos;s private key, a PEM or JWK file (RSA, EC P-256/384/521 or Ed25519). It never leaves this machine; register its public key at the provider.</source>
        <translation>private_key_jwt und signierte Request-Objekte: der private Schlüssel des Clients, eine PEM- oder JWK-Datei (RSA, EC P-256/384/521 oder Ed25519). Er verlässt diesen Rechner nie; registrieren Sie seinen öffentlichen Schlüssel beim Anbieter.</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client.pem (relative to the profile file)</source>
        <translation>client.pem (relativ zur Profildatei)</translation>
    </message>
    <message>
        <source>Mutual TLS (RFC 8705): the client certificate (PEM) presented to the provider&apos;s mTLS endpoints and the API; certificate-bound tokens work only with it.</source>
        <translation>Mutual TLS (RFC 8705): das Client-Zertifikat (PEM), das den mTLS-Endpunkten des Anbieters und der API vorgelegt wird; zertifikatsgebundene Tokens funktionieren nur damit.</translation>
    </message>
    <message>
        <source>Certificate key</source>
        <translation>Zertifikatsschlüssel</translation>
    </message>
    <message>
        <source>client-key.pem</source>
        <translation>client-key.pem</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM, EC or RSA, unencrypted). It never leaves this machine.</source>
        <translation>Der private Schlüssel des Zertifikats (PEM, EC oder RSA, unverschlüsselt). Er verlässt diesen Rechner nie.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>ES256 (default)</source>
        <translation>ES256 (Standard)</translation>
    </message>
    <message>
        <source>Proof key</source>
        <translation>Proof-Schlüssel</translation>
    </message>
    <message>
        <source>Push it first (PAR)</source>
        <translation>Zuerst übertragen (PAR)</translation>
    </message>
    <message>
        <source>RFC 9126 pushed authorization requests: the authorization parameters go straight to the provider&apos;s pushed authorization request endpoint, with the client authenticated; the browser gets only client_id and a request_uri. Used anyway when the provider requires it.</source>
        <translation>RFC 9126 Pushed Authorization Requests: die Autorisierungsparameter gehen direkt an den PAR-Endpunkt des Anbieters, mit authentifiziertem Client; der Browser bekommt nur client_id und eine request_uri. Wird ohnehin verwendet, wenn der Anbieter es verlangt.</translation>
    </message>
    <message>
        <source>Sign it (JAR)</source>
        <translation>Signieren (JAR)</translation>
    </message>
    <message>
        <source>RFC 9101 signed request objects: the authorization parameters travel inside a JWT signed with the client key (or, without one, the client secret with HS256), so nothing on the way can change them.</source>
        <translation>RFC 9101 signierte Request-Objekte: die Autorisierungsparameter reisen in einem JWT, das mit dem Client-Schlüssel signiert ist (ohne einen mit dem Client-Secret und HS256), sodass unterwegs nichts sie ändern kann.</translation>
    </message>
    <message>
        <source>Bind tokens to a key (DPoP)</source>
        <translation>Tokens an Schlüssel binden (DPoP)</translation>
    </message>
    <message>
        <source>RFC 9449 DPoP: every sign-in makes a new key pair, kept in memory only; each token request, userinfo and API call carries a proof signed with it, and the checks dpop.* show whether the provider bound the tokens and the API insists on the proof.</source>
        <translation>RFC 9449 DPoP: jede Anmeldung erzeugt ein neues Schlüsselpaar, das nur im Speicher bleibt; jede Token-Anfrage, jeder Userinfo- und API-Aufruf trägt einen damit signierten Proof, und die Prüfungen dpop.* zeigen, ob der Anbieter die Tokens gebunden hat und die API auf dem Proof besteht.</translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::ProfileImportDialog</name>
    <message>
        <source>Import profile &quot;%1&quot;?</source>
        <translation>Profil „%1“ importieren?</translation>
    </message>
    <message>
        <source>This profile comes from %1. Before its first sign-in, check where it sends you and whom it trusts.</source>
        <translation>Dieses Profil stammt aus %1. Prüfen Sie vor der ersten Anmeldung, wohin es Sie schickt und wem es vertraut.</translation>
    </message>
    <message>
        <source>Hosts Tokenscope will contact</source>
        <translation>Hosts, die Tokenscope kontaktieren wird</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (not encrypted: plain http to another computer)</source>
        <translation> (nicht verschlüsselt: einfaches http zu einem anderen Computer)</translation>
    </message>
    <message>
        <source>none (the profile names no issuer)</source>
        <translation>keine (das Profil nennt keinen Aussteller)</translation>
    </message>
    <message>
        <source>The issuer&apos;s discovery document may name further hosts for its endpoints; every request shows in the HTTP log.</source>
        <translation>Das Discovery-Dokument des Ausstellers kann weitere Hosts für seine Endpunkte nennen; jede Anfrage erscheint im HTTP-Protokoll.</translation>
    </message>
    <message>
        <source>Where the provider sends the browser back (caught by Tokenscope, never loaded)</source>
        <translation>Wohin der Anbieter den Browser zurückschickt (von Tokenscope abgefangen, nie geladen)</translation>
    </message>
    <message>
        <source>Custom CA certificates this profile trusts</source>
        <translation>Eigene CA-Zertifikate, denen dieses Profil vertraut</translation>
    </message>
    <message>
        <source>%1 (custom CA: trusted in addition to the system&apos;s)</source>
        <translation>%1 (eigene CA: zusätzlich zu denen des Systems vertraut)</translation>
    </message>
    <message>
        <source>Servers with certificates issued by this CA will be trusted for this profile&apos;s sign-ins.</source>
        <translation>Servern mit Zertifikaten dieser CA wird bei den Anmeldungen dieses Profils vertraut.</translation>
    </message>
    <message>
        <source>none: only the system&apos;s certificate authorities</source>
        <translation>keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
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
    <name>tokenscope::ui::SubjectTokenPrompt</name>
    <message>
        <source>Token to exchange</source>
        <translation>Auszutauschendes Token</translation>
    </message>
    <message>
        <source>The profile %1 uses token exchange (RFC 8693): Tokenscope sends a token it was given (the subject token, of type %2) to the token endpoint and asks for a new one.</source>
        <translation>Das Profil %1 verwendet den Token-Austausch (RFC 8693): Tokenscope schickt ein erhaltenes Token (das Subject-Token, vom Typ %2) an den Token-Endpunkt und fragt nach einem neuen.</translation>
    </message>
    <message>
        <source>The profile %1 uses token exchange (RFC 8693): Tokenscope sends a token it was given (the subject token, of type %2) to the token endpoint and asks for one for &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Das Profil %1 verwendet den Token-Austausch (RFC 8693): Tokenscope schickt ein erhaltenes Token (das Subject-Token, vom Typ %2) an den Token-Endpunkt und fragt nach einem für &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Subject token:</source>
        <translation>&amp;Subject-Token:</translation>
    </message>
    <message>
        <source>&amp;Subject token (%1):</source>
        <translation>&amp;Subject-Token (%1):</translation>
    </message>
    <message>
        <source>Subject token</source>
        <translation>Subject-Token</translation>
    </message>
    <message>
        <source>paste the token here (a &quot;Bearer &quot; prefix is fine)</source>
        <translation>das Token hier einfügen (ein vorangestelltes „Bearer “ stört nicht)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austauschen</translation>
    </message>
    <message>
        <source>Not a JWT: an opaque token, sent as it is (the provider must know it).</source>
        <translation>Kein JWT: ein opakes Token, das unverändert gesendet wird (der Anbieter muss es kennen).</translation>
    </message>
    <message>
        <source>This looks like a JWT but cannot be decoded: %1</source>
        <translation>Das sieht wie ein JWT aus, lässt sich aber nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>A JWT from %1 for %2, audience %3</source>
        <translation>Ein JWT von %1 für %2, Audience %3</translation>
    </message>
    <message>
        <source>(no iss)</source>
        <translation>(kein iss)</translation>
    </message>
    <message>
        <source>(no sub)</source>
        <translation>(kein sub)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>; expires in %n minute(s)</source>
        <translation>
            <numerusform>; läuft in %n Minute ab</numerusform>
            <numerusform>; läuft in %n Minuten ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; EXPIRED %n minute(s) ago: the provider will refuse it</source>
        <translation>
            <numerusform>; vor %n Minute ABGELAUFEN: der Anbieter wird es ablehnen</numerusform>
            <numerusform>; vor %n Minuten ABGELAUFEN: der Anbieter wird es ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The token is used for this exchange only: it is not stored, and the HTTP log and reports show it without its signature, so it cannot be replayed from them.</source>
        <translation>Das Token wird nur für diesen Austausch verwendet: Es wird nicht gespeichert, und HTTP-Protokoll und Berichte zeigen es ohne Signatur, sodass es daraus nicht wiederverwendet werden kann.</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <source>Read the token from a file (a token saved from a log, a ticket, another tool)</source>
        <translation>Das Token aus einer Datei lesen (ein aus einem Protokoll, einem Ticket oder einem anderen Werkzeug gespeichertes Token)</translation>
    </message>
    <message>
        <source>Open a token</source>
        <translation>Ein Token öffnen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a token</source>
        <translation>%1 ist größer als 1 MiB: kein Token</translation>
    </message>
    <message numerus="yes">
        <source>; expires in %n hour(s)</source>
        <translation>
            <numerusform>; läuft in %n Stunde ab</numerusform>
            <numerusform>; läuft in %n Stunden ab</numerusform>
        </translation>
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
        <source>The provider&apos;s login page opens in your default browser. When you are done there, the provider sends the browser back to Tokenscope at http://127.0.0.1 on a port picked for this sign-in; Tokenscope listens only until then, until you cancel, or until it times out.</source>
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
        <source>username of a test account</source>
        <translation>Benutzername eines Testkontos</translation>
    </message>
    <message>
        <source>The probes sign in with this test user, many times; use an account made for testing.</source>
        <translation>Die Tests melden sich mehrfach mit diesem Testbenutzer an; ein eigens zum Testen angelegtes Konto verwenden.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>wird nie gespeichert</translation>
    </message>
    <message>
        <source>Used for this run&apos;s sign-ins only: never saved, never logged, not part of any report.</source>
        <translation>Nur für die Anmeldungen dieses Durchlaufs: nie gespeichert, nie protokolliert, in keinem Bericht enthalten.</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>Tests:</translation>
    </message>
    <message>
        <source>Every response type and mode the provider offers (one sign-in each).</source>
        <translation>Jeder Response Type und Response Mode, den der Anbieter anbietet (je eine Anmeldung).</translation>
    </message>
    <message>
        <source>prompt=none, max_age=0, logout and what comes after it.</source>
        <translation>prompt=none, max_age=0, Abmeldung und was danach kommt.</translation>
    </message>
    <message>
        <source>&amp;Refresh tokens</source>
        <translation>To&amp;kens erneuern</translation>
    </message>
    <message>
        <source>Refresh, rotation, the claims a refresh keeps, reuse detection.</source>
        <translation>Erneuerung, Rotation, die Claims, die eine Erneuerung behält, Erkennung der Wiederverwendung.</translation>
    </message>
    <message>
        <source>Also sign in with another profile (e.g. production) and compare metadata and token claims.</source>
        <translation>Zusätzlich mit einem anderen Profil (z. B. Produktion) anmelden und Metadaten und Token-Claims vergleichen.</translation>
    </message>
    <message>
        <source>Fetch the discovery document and the JWKS and check them against the profile (no sign-in).</source>
        <translation>Discovery-Dokument und JWKS abrufen und mit dem Profil abgleichen (ohne Anmeldung).</translation>
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
        <source>Select a finding, a cell or a probe to read its full reason here.</source>
        <translation>Einen Befund, eine Zelle oder einen Test auswählen, um hier die vollständige Begründung zu lesen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; (no issuer yet)</source>
        <translation>Profil „%1“ (noch kein Aussteller)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; · tenant %2 · client %3</source>
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
        <source>Enter the test user&apos;s username and password: the probes sign in with them.</source>
        <translation>Benutzername und Passwort des Testbenutzers eingeben: die Tests melden sich damit an.</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>es existiert nicht mehr</translation>
    </message>
    <message>
        <source>The profile to compare with, &quot;%1&quot;, cannot be used: %2</source>
        <translation>Das Vergleichsprofil „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The probes need the embedded browser, which could not be loaded: %1</source>
        <translation>Die Tests brauchen den eingebetteten Browser, der nicht geladen werden konnte: %1</translation>
    </message>
    <message>
        <source>A callback URL uses the scheme &quot;%1&quot;, which the web engine only learns at startup: save the profile and restart Tokenscope.</source>
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
    <message>
        <source>The profile&apos;s trusted CAs cannot be used: %1</source>
        <translation>Die vertrauenswürdigen CAs des Profils sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>TOTP secret:</source>
        <translation>TOTP-Geheimnis:</translation>
    </message>
    <message>
        <source>only for MFA</source>
        <translation>nur für MFA</translation>
    </message>
    <message>
        <source>The test user&apos;s base32 TOTP secret (RFC 6238), when the provider asks for a one-time code: the sign-ins answer it with the current code. Never saved, never logged, not part of any report.</source>
        <translation>Das Base32-TOTP-Geheimnis des Testbenutzers (RFC 6238), wenn der Anbieter nach einem Einmalcode fragt: Die Anmeldungen beantworten ihn mit dem aktuellen Code. Nie gespeichert, nie protokolliert, in keinem Bericht.</translation>
    </message>
    <message>
        <source>The TOTP secret is not base32 (letters A-Z and digits 2-7, as the provider showed it when the authenticator was set up).</source>
        <translation>Das TOTP-Geheimnis ist kein Base32 (Buchstaben A-Z und Ziffern 2-7, wie der Anbieter es beim Einrichten des Authenticators gezeigt hat).</translation>
    </message>
    <message>
        <source>Test user na&amp;me:</source>
        <translation>Testben&amp;utzer:</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Flo&amp;w matrix</source>
        <translation>Ablauf&amp;matrix</translation>
    </message>
    <message>
        <source>Sessi&amp;ons</source>
        <translation>Sit&amp;zungen</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Lint confi&amp;guration</source>
        <translation>Konfi&amp;guration prüfen</translation>
    </message>
    <message>
        <source>Run pro&amp;bes</source>
        <translation>Tests ausfüh&amp;ren</translation>
    </message>
    <message>
        <source>A run for “%1” is in progress: its results stay with that profile and are shown when it is selected.</source>
        <translation>Ein Lauf für „%1“ ist im Gange: seine Ergebnisse bleiben bei diesem Profil und erscheinen, wenn es ausgewählt ist.</translation>
    </message>
    <message>
        <source>The lint of “%1” finished: select that profile to see its results.</source>
        <translation>Die Konfigurationsprüfung von „%1“ ist fertig: das Profil auswählen, um die Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>The probes of “%1” finished: select that profile to see their results.</source>
        <translation>Die Tests von „%1“ sind fertig: das Profil auswählen, um die Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Call the profile&apos;s API URL with the real access token, then with forged ones (expired, another audience or issuer, alg none, HS256 with the public key, unknown kid, bad signature, none): each must be refused.</source>
        <translation>Die API-URL des Profils mit dem echten Access Token aufrufen, dann mit gefälschten (abgelaufen, andere Audience oder anderer Aussteller, alg none, HS256 mit dem öffentlichen Schlüssel, unbekannte kid, falsche Signatur, keins): jedes muss abgelehnt werden.</translation>
    </message>
    <message>
        <source>Sessions, refresh tokens and API</source>
        <translation>Sitzungen, Refresh Tokens, API</translation>
    </message>
    <message>
        <source>Sessions, refresh tokens and API — %1</source>
        <translation>Sitzungen, Refresh Tokens, API — %1</translation>
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
        <source>Add the callback URL to the application&apos;s Allowed Callback URLs, or fix the profile&apos;s callback URL.</source>
        <translation>Die Callback-URL zu den „Allowed Callback URLs“ der Anwendung hinzufügen oder die Callback-URL des Profils korrigieren.</translation>
    </message>
    <message>
        <source>Check the client ID, the client secret and the token endpoint authentication method.</source>
        <translation>Client-ID, Client-Secret und die Authentifizierungsmethode am Token-Endpunkt prüfen.</translation>
    </message>
    <message>
        <source>Allow this grant / response type for the application at the provider, or change the profile&apos;s response type.</source>
        <translation>Diesen Grant- bzw. Response-Type für die Anwendung beim Anbieter erlauben oder den Response Type des Profils ändern.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s expected algorithm to what the application is configured with at the provider (or the other way round).</source>
        <translation>Den erwarteten Algorithmus des Profils auf den beim Anbieter für die Anwendung eingestellten setzen (oder umgekehrt).</translation>
    </message>
    <message>
        <source>Check the issuer or domain: it must be exactly the provider&apos;s issuer.</source>
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
        <source>Check the computer&apos;s clock, or raise the allowed clock skew.</source>
        <translation>Die Uhr des Computers prüfen oder die erlaubte Zeitabweichung erhöhen.</translation>
    </message>
    <message>
        <source>The token was not signed with a key of the provider&apos;s JWKS: check the issuer, the algorithm and the client secret (HS256).</source>
        <translation>Das Token wurde nicht mit einem Schlüssel aus dem JWKS des Anbieters signiert: Aussteller, Algorithmus und Client-Secret (HS256) prüfen.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s audience and client ID against the API and application at the provider.</source>
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
        <source>The API refused the access token: check the audience, the scopes and the token&apos;s expiry.</source>
        <translation>Die API hat das Access Token abgelehnt: Audience, Scopes und Ablaufzeit des Tokens prüfen.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
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
        <source>Do not use this response: it names another issuer. Check the profile&apos;s issuer, and that only one provider redirects to this callback URL.</source>
        <translation>Diese Antwort nicht verwenden: sie nennt einen anderen Aussteller. Den Aussteller des Profils prüfen und ob nur ein Anbieter auf diese Callback-URL weiterleitet.</translation>
    </message>
    <message>
        <source>The provider sent an unsigned token, which must never be accepted: have the application&apos;s ID tokens signed (RS256) at the provider.</source>
        <translation>Der Anbieter hat ein unsigniertes Token gesendet, das nie akzeptiert werden darf: die ID Tokens der Anwendung beim Anbieter signieren lassen (RS256).</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (jwks_uri) cannot be used, so no signature can be verified: open it from the HTTP log and check that it is a JSON Web Key Set.</source>
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
        <source>The secure connection failed: if the provider uses a private CA, add its certificate to the profile&apos;s trusted CAs; never ignore the error.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: nutzt der Anbieter eine private CA, deren Zertifikat zu den vertrauenswürdigen CAs des Profils hinzufügen; den Fehler nie ignorieren.</translation>
    </message>
    <message>
        <source>The server could not be reached: check the URL and that the server is running.</source>
        <translation>Der Server war nicht erreichbar: die URL prüfen und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The provider failed with a server error: the response is in the HTTP log; look at the provider&apos;s logs.</source>
        <translation>Beim Anbieter ist ein Serverfehler aufgetreten: die Antwort steht im HTTP-Protokoll; die Logs des Anbieters ansehen.</translation>
    </message>
    <message>
        <source>The HTTP log shows the exchange of this step, and the token panel every check with its reason.</source>
        <translation>Das HTTP-Protokoll zeigt den Austausch dieses Schritts, der Tab „Tokens“ jede Prüfung mit ihrer Begründung.</translation>
    </message>
    <message>
        <source>The response does not belong to this sign-in (another tab, an old link or a replay): sign in again from Tokenscope.</source>
        <translation>Die Antwort gehört nicht zu dieser Anmeldung (anderer Tab, alter Link oder Wiederholung): erneut aus Tokenscope anmelden.</translation>
    </message>
    <message>
        <source>Choose a response type that returns an access token (code or token), and sign in again.</source>
        <translation>Einen Response Type wählen, der ein Access Token liefert (code oder token), und erneut anmelden.</translation>
    </message>
    <message>
        <source>Enter the API&apos;s full URL (https://…) in the profile.</source>
        <translation>Die vollständige URL der API (https://…) im Profil eintragen.</translation>
    </message>
    <message>
        <source>The login page did not lead back to the callback URL: look at the page and the HTTP log, and check the callback URL in the profile and at the provider.</source>
        <translation>Die Anmeldeseite hat nicht zur Callback-URL zurückgeführt: Seite und HTTP-Protokoll ansehen und die Callback-URL im Profil und beim Anbieter prüfen.</translation>
    </message>
    <message>
        <source>Remove the scope the provider refuses, or define it on the API named by the profile&apos;s audience.</source>
        <translation>Den vom Anbieter abgelehnten Scope entfernen oder ihn bei der API definieren, die die Audience des Profils nennt.</translation>
    </message>
    <message>
        <source>The user or a rule of the tenant denied the sign-in: read the provider&apos;s description, and check that the user may use this application.</source>
        <translation>Der Benutzer oder eine Regel des Tenants hat die Anmeldung abgelehnt: die Beschreibung des Anbieters lesen und prüfen, ob der Benutzer diese Anwendung verwenden darf.</translation>
    </message>
    <message>
        <source>The provider needs the user to sign in or consent: remove prompt=none, or sign in once interactively.</source>
        <translation>Der Anbieter verlangt eine Anmeldung oder Zustimmung des Benutzers: prompt=none entfernen oder sich einmal interaktiv anmelden.</translation>
    </message>
    <message>
        <source>Read the provider&apos;s description of the error, and fix the profile field or parameter it names.</source>
        <translation>Die Fehlerbeschreibung des Anbieters lesen und das darin genannte Profilfeld bzw. den Parameter korrigieren.</translation>
    </message>
    <message>
        <source>The tokens of this response do not belong together: sign in again, and check for proxies that change responses.</source>
        <translation>Die Tokens dieser Antwort gehören nicht zusammen: erneut anmelden und auf Proxys prüfen, die Antworten verändern.</translation>
    </message>
    <message>
        <source>Revoke refresh token</source>
        <translation>Refresh Token widerrufen</translation>
    </message>
    <message>
        <source>Device authorization</source>
        <translation>Device Authorization</translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::TokenPanel</name>
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
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Every sign-in of this profile (the last ones), with the tokens it ended with</source>
        <translation>Jede Anmeldung dieses Profils (die letzten), mit den Tokens, mit denen sie endete</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Durchlauf:</translation>
    </message>
    <message>
        <source>Compare the claims of the token shown with any token of this profile&apos;s runs</source>
        <translation>Die Claims des gezeigten Tokens mit einem beliebigen Token der Durchläufe dieses Profils vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>The token as issued</source>
        <translation>Das Token, wie es ausgestellt wurde</translation>
    </message>
    <message>
        <source>Claims of the token</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>Checks of the token</source>
        <translation>Prüfungen des Tokens</translation>
    </message>
    <message>
        <source>Claims that differ</source>
        <translation>Claims, die sich unterscheiden</translation>
    </message>
    <message>
        <source>nothing (the last refresh&apos;s changes)</source>
        <translation>nichts (die Änderungen der letzten Erneuerung)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Gezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Claims that differ from %1 (%n claim(s))</source>
        <translation>
            <numerusform>Claims, die sich von %1 unterscheiden (%n Claim)</numerusform>
            <numerusform>Claims, die sich von %1 unterscheiden (%n Claims)</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim differs from %1</source>
        <translation>Kein Claim unterscheidet sich von %1</translation>
    </message>
    <message>
        <source>Open in workbench</source>
        <translation>Zur Werkbank</translation>
    </message>
    <message>
        <source>Introspect this token at the provider (RFC 7662), verify it with another key, or make an edited copy: in the Workbench tab</source>
        <translation>Dieses Token beim Anbieter introspektieren (RFC 7662), mit einem anderen Schlüssel prüfen oder eine bearbeitete Kopie anlegen: im Reiter „Werkbank“</translation>
    </message>
    <message>
        <source>Subject token — given to the exchange</source>
        <translation>Subject-Token — an den Austausch übergeben</translation>
    </message>
    <message>
        <source>Subject token</source>
        <translation>Subject-Token</translation>
    </message>
    <message>
        <source>Issued token</source>
        <translation>Ausgestelltes Token</translation>
    </message>
    <message numerus="yes">
        <source>What the token exchange changed: the subject token given, and the access token issued for it (%n claim(s) differ)</source>
        <translation>
            <numerusform>Was der Token-Austausch geändert hat: das übergebene Subject-Token und das dafür ausgestellte Access-Token (%n Claim unterscheidet sich)</numerusform>
            <numerusform>Was der Token-Austausch geändert hat: das übergebene Subject-Token und das dafür ausgestellte Access-Token (%n Claims unterscheiden sich)</numerusform>
        </translation>
    </message>
    <message>
        <source>Binding: DPoP key %1 (cnf.jkt, RFC 9449): usable only with proofs of that key</source>
        <translation>Bindung: DPoP-Schlüssel %1 (cnf.jkt, RFC 9449): nur mit Proofs dieses Schlüssels verwendbar</translation>
    </message>
    <message>
        <source>Binding: DPoP, this sign-in&apos;s proof key %1 (cnf.jkt, RFC 9449): usable only with its proofs</source>
        <translation>Bindung: DPoP, der Proof-Schlüssel %1 dieser Anmeldung (cnf.jkt, RFC 9449): nur mit seinen Proofs verwendbar</translation>
    </message>
    <message>
        <source>Binding: DPoP key %1 (cnf.jkt), which is not this sign-in&apos;s proof key %2</source>
        <translation>Bindung: DPoP-Schlüssel %1 (cnf.jkt), der nicht der Proof-Schlüssel %2 dieser Anmeldung ist</translation>
    </message>
    <message>
        <source>Binding: client certificate %1 (cnf.x5t#S256, RFC 8705): usable only over TLS with that certificate</source>
        <translation>Bindung: Client-Zertifikat %1 (cnf.x5t#S256, RFC 8705): nur über TLS mit diesem Zertifikat verwendbar</translation>
    </message>
    <message>
        <source>Binding: DPoP (token_type DPoP, RFC 9449); the token is opaque, so only the provider sees the key it is bound to</source>
        <translation>Bindung: DPoP (token_type DPoP, RFC 9449); das Token ist opak, nur der Anbieter sieht den Schlüssel, an den es gebunden ist</translation>
    </message>
    <message>
        <source>Binding: none, a bearer token (RFC 6750): whoever holds it can use it</source>
        <translation>Bindung: keine, ein Bearer-Token (RFC 6750): wer es besitzt, kann es verwenden</translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::TokenWorkbench</name>
    <message>
        <source>Token to inspect</source>
        <translation>Zu untersuchendes Token</translation>
    </message>
    <message>
        <source>Paste, drop or open a token: a JWT, a JWE or an opaque token (a &quot;Bearer &quot; prefix and line breaks are ignored)</source>
        <translation>Ein Token einfügen, hineinziehen oder öffnen: ein JWT, ein JWE oder ein opakes Token (ein Präfix „Bearer “ und Zeilenumbrüche werden ignoriert)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Open a token</source>
        <translation>Ein Token öffnen</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <source>Ask the selected profile&apos;s provider about this token (RFC 7662), authenticated as its client</source>
        <translation>Den Anbieter des gewählten Profils nach diesem Token fragen (RFC 7662), authentifiziert als dessen Client</translation>
    </message>
    <message>
        <source>The token, its parts in colours</source>
        <translation>Das Token, seine Teile farbig</translation>
    </message>
    <message>
        <source>Header and claims</source>
        <translation>Header und Claims</translation>
    </message>
    <message>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <source>Where the keys come from</source>
        <translation>Woher die Schlüssel kommen</translation>
    </message>
    <message>
        <source>The issuer in iss (discovery)</source>
        <translation>Der Aussteller in iss (Discovery)</translation>
    </message>
    <message>
        <source>The selected profile</source>
        <translation>Das gewählte Profil</translation>
    </message>
    <message>
        <source>JWKS URL</source>
        <translation>JWKS-URL</translation>
    </message>
    <message>
        <source>JWKS file</source>
        <translation>JWKS-Datei</translation>
    </message>
    <message>
        <source>JWK or PEM public key</source>
        <translation>JWK oder öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <source>HS secret</source>
        <translation>HS-Secret</translation>
    </message>
    <message>
        <source>Key, URL, file or secret</source>
        <translation>Schlüssel, URL, Datei oder Secret</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Expected audience</source>
        <translation>Erwartete Zielgruppe</translation>
    </message>
    <message>
        <source>optional: the client ID or API the token must be for</source>
        <translation>optional: die Client-ID oder API, für die das Token sein muss</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Nonce:</source>
        <translation>&amp;Nonce:</translation>
    </message>
    <message>
        <source>Expected &amp;audience:</source>
        <translation>Erwartete &amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Access token, for at_hash</source>
        <translation>Access-Token, für at_hash</translation>
    </message>
    <message>
        <source>access token, for at_hash</source>
        <translation>Access-Token, für at_hash</translation>
    </message>
    <message>
        <source>Authorization code, for c_hash</source>
        <translation>Autorisierungscode, für c_hash</translation>
    </message>
    <message>
        <source>authorization code, for c_hash</source>
        <translation>Autorisierungscode, für c_hash</translation>
    </message>
    <message>
        <source>&amp;Hashes:</source>
        <translation>&amp;Hashes:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Checks of the token</source>
        <translation>Prüfungen des Tokens</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Tokens inspected in this session</source>
        <translation>In dieser Sitzung untersuchte Tokens</translation>
    </message>
    <message>
        <source>&amp;Compare the token shown with:</source>
        <translation>Das angezeigte Token &amp;vergleichen mit:</translation>
    </message>
    <message>
        <source>Token to compare with</source>
        <translation>Token zum Vergleichen</translation>
    </message>
    <message>
        <source>Claims that differ</source>
        <translation>Abweichende Claims</translation>
    </message>
    <message>
        <source>History and compare</source>
        <translation>Verlauf und Vergleich</translation>
    </message>
    <message>
        <source>Ask %1 about this token (RFC 7662), authenticated as the client %2</source>
        <translation>%1 nach diesem Token fragen (RFC 7662), authentifiziert als Client %2</translation>
    </message>
    <message>
        <source>The selected profile&apos;s provider names no introspection endpoint</source>
        <translation>Der Anbieter des gewählten Profils nennt keinen Introspection-Endpunkt</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>JWE</source>
        <translation>JWE</translation>
    </message>
    <message>
        <source>opaque token</source>
        <translation>opakes Token</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Noch kein Token.</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <source>, key %1</source>
        <translation>, Schlüssel %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encrypted JWE&lt;/b&gt; (5 parts, RFC 7516): alg %1, enc %2%3. Its claims can only be read after decryption with %4.</source>
        <translation>&lt;b&gt;Verschlüsseltes JWE&lt;/b&gt; (5 Teile, RFC 7516): alg %1, enc %2%3. Seine Claims sind erst nach der Entschlüsselung lesbar, mit %4.</translation>
    </message>
    <message>
        <source>, kid %1</source>
        <translation>, kid %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Opaque token&lt;/b&gt; (%n characters): no JWT, so only its issuer can tell what it means (RFC 7662 introspection).</source>
        <translation>
            <numerusform>&lt;b&gt;Opakes Token&lt;/b&gt; (%n Zeichen): kein JWT, nur sein Aussteller kann sagen, was es bedeutet (RFC 7662 Introspektion).</numerusform>
            <numerusform>&lt;b&gt;Opakes Token&lt;/b&gt; (%n Zeichen): kein JWT, nur sein Aussteller kann sagen, was es bedeutet (RFC 7662 Introspektion).</numerusform>
        </translation>
    </message>
    <message>
        <source>It has the shape of a JWT but cannot be decoded: %1</source>
        <translation>Es hat die Form eines JWT, lässt sich aber nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>Select a profile whose provider has an introspection endpoint to ask it.</source>
        <translation>Ein Profil wählen, dessen Anbieter einen Introspection-Endpunkt hat, um ihn zu fragen.</translation>
    </message>
    <message>
        <source>discovery and JWKS of the issuer named in the token</source>
        <translation>Discovery und JWKS des im Token genannten Ausstellers</translation>
    </message>
    <message>
        <source>the profile&apos;s issuer, client ID and secret</source>
        <translation>Aussteller, Client-ID und Secret des Profils</translation>
    </message>
    <message>
        <source>https://…/jwks.json</source>
        <translation>https://…/jwks.json</translation>
    </message>
    <message>
        <source>path of a JWKS file</source>
        <translation>Pfad einer JWKS-Datei</translation>
    </message>
    <message>
        <source>a JWK, JWK Set or PEM public key (text, or a file chosen with Browse)</source>
        <translation>ein JWK, JWK Set oder öffentlicher PEM-Schlüssel (Text, oder eine mit Durchsuchen gewählte Datei)</translation>
    </message>
    <message>
        <source>the client secret (HS256/384/512)</source>
        <translation>das Client-Secret (HS256/384/512)</translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Eine Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Only a signed JWT can be verified.</source>
        <translation>Nur ein signiertes JWT kann geprüft werden.</translation>
    </message>
    <message>
        <source>the token names no issuer (iss)</source>
        <translation>das Token nennt keinen Aussteller (iss)</translation>
    </message>
    <message>
        <source>Fetching the discovery document and JWKS of %1…</source>
        <translation>Discovery-Dokument und JWKS von %1 werden geladen…</translation>
    </message>
    <message>
        <source>no profile is selected</source>
        <translation>kein Profil ist gewählt</translation>
    </message>
    <message>
        <source>give the JWKS URL</source>
        <translation>die JWKS-URL angeben</translation>
    </message>
    <message>
        <source>Fetching the JWKS %1…</source>
        <translation>JWKS %1 wird geladen…</translation>
    </message>
    <message>
        <source>the JWKS file %1</source>
        <translation>der JWKS-Datei %1</translation>
    </message>
    <message>
        <source>the key given</source>
        <translation>dem angegebenen Schlüssel</translation>
    </message>
    <message>
        <source>give the secret</source>
        <translation>das Secret angeben</translation>
    </message>
    <message>
        <source>the secret given</source>
        <translation>dem angegebenen Secret</translation>
    </message>
    <message numerus="yes">
        <source>Passed with %1: no check failed (%n skipped for lack of input).</source>
        <translation>
            <numerusform>Bestanden mit %1: keine Prüfung fehlgeschlagen (%n mangels Eingabe übersprungen).</numerusform>
            <numerusform>Bestanden mit %1: keine Prüfung fehlgeschlagen (%n mangels Eingabe übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed with %1: %n check(s) failed.</source>
        <translation>
            <numerusform>Fehlgeschlagen mit %1: %n Prüfung fehlgeschlagen.</numerusform>
            <numerusform>Fehlgeschlagen mit %1: %n Prüfungen fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Introspection failed: %1</source>
        <translation>Introspektion fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Introspection: the provider says the token is active.</source>
        <translation>Introspektion: Laut Anbieter ist das Token aktiv.</translation>
    </message>
    <message>
        <source>Introspection: the provider says the token is not active.</source>
        <translation>Introspektion: Laut Anbieter ist das Token nicht aktiv.</translation>
    </message>
    <message>
        <source>Asking the provider (introspection)…</source>
        <translation>Der Anbieter wird gefragt (Introspektion)…</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Token shown</source>
        <translation>Angezeigtes Token</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, signed with %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, signiert mit %2</translation>
    </message>
    <message>
        <source>recognised by: %1</source>
        <translation>erkannt an: %1</translation>
    </message>
    <message>
        <source>Header of the new token (JSON)</source>
        <translation>Header des neuen Tokens (JSON)</translation>
    </message>
    <message>
        <source>Claims of the new token (JSON)</source>
        <translation>Claims des neuen Tokens (JSON)</translation>
    </message>
    <message>
        <source>From the token shown</source>
        <translation>Aus dem angezeigten Token</translation>
    </message>
    <message>
        <source>How the new token is signed</source>
        <translation>Wie das neue Token signiert wird</translation>
    </message>
    <message>
        <source>Key generated for this session</source>
        <translation>Für diese Sitzung erzeugter Schlüssel</translation>
    </message>
    <message>
        <source>PEM private key file</source>
        <translation>Datei mit privatem PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Unsigned (alg none)</source>
        <translation>Unsigniert (alg none)</translation>
    </message>
    <message>
        <source>Secret or PEM file</source>
        <translation>Secret oder PEM-Datei</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>The new token</source>
        <translation>Das neue Token</translation>
    </message>
    <message>
        <source>Inspect it</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>the secret (HS256/384/512)</source>
        <translation>das Secret (HS256/384/512)</translation>
    </message>
    <message>
        <source>path of a PEM private key</source>
        <translation>Pfad eines privaten PEM-Schlüssels</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the claims are not a JSON object</source>
        <translation>die Claims sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unsigned (alg none): every careful recipient refuses it</source>
        <translation>unsigniert (alg none): jeder sorgfältige Empfänger lehnt es ab</translation>
    </message>
    <message>
        <source>an HS secret needs alg HS256, HS384 or HS512 in the header</source>
        <translation>ein HS-Secret braucht alg HS256, HS384 oder HS512 im Header</translation>
    </message>
    <message>
        <source>signed with the secret given (%1)</source>
        <translation>signiert mit dem angegebenen Secret (%1)</translation>
    </message>
    <message>
        <source>Tokenscope generates keys for RS*, PS*, ES256/384/512 and EdDSA, not for alg %1</source>
        <translation>Tokenscope erzeugt Schlüssel für RS*, PS*, ES256/384/512 und EdDSA, nicht für alg %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no private key for alg %2</source>
        <translation>%1 enthält keinen privaten Schlüssel für alg %2</translation>
    </message>
    <message>
        <source>signed with the key from %1 (%2)</source>
        <translation>signiert mit dem Schlüssel aus %1 (%2)</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with alg %1</source>
        <translation>OpenSSL konnte nicht mit alg %1 signieren</translation>
    </message>
    <message>
        <source>Created: %1.</source>
        <translation>Erstellt: %1.</translation>
    </message>
    <message>
        <source>signed with a %1 key generated for this session (kid %2); &quot;Inspect it&quot; verifies it with that key&apos;s public part</source>
        <translation>signiert mit einem für diese Sitzung erzeugten %1-Schlüssel (kid %2); „Untersuchen“ prüft es mit dessen öffentlichem Teil</translation>
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
    <message>
        <source>The user&apos;s other claims</source>
        <translation>Die weiteren Claims des Benutzers</translation>
    </message>
</context>
</TS>
