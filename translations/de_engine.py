"""German translations of the engine's texts (lib/core, lib/browser: check reasons, step details, tenant findings),
which the window shows. Used by fill_de.py; plural entries are [singular, plural]."""

DE_ENGINE = {
    "none listed":
        "keine angegeben",
    "the system's random number generator failed (OpenSSL RAND_bytes): do not use this request; try again":
        "der Zufallszahlengenerator des Systems ist ausgefallen (OpenSSL RAND_bytes): diese Anfrage nicht verwenden; erneut versuchen",
    "an extra parameter with an empty name was ignored: give it a name or remove it":
        "ein zusätzlicher Parameter ohne Namen wurde ignoriert: ihm einen Namen geben oder ihn entfernen",
    "extra parameter \"%1\" was ignored: Tokenscope sets %1 itself for every attempt; remove it from the extra parameters":
        "zusätzlicher Parameter „%1“ wurde ignoriert: Tokenscope setzt %1 bei jedem Versuch selbst; ihn aus den zusätzlichen Parametern entfernen",
    "extra parameter \"%1\" appears more than once; only the first value was sent (parameters must not repeat, RFC 6749 3.1)":
        "zusätzlicher Parameter „%1“ kommt mehrfach vor; nur der erste Wert wurde gesendet (Parameter dürfen sich nicht wiederholen, RFC 6749 3.1)",
    "extra parameter \"%1\" was ignored: %1 is already sent from the profile's own field; change it there":
        "zusätzlicher Parameter „%1“ wurde ignoriert: %1 wird bereits aus dem eigenen Feld des Profils gesendet; dort ändern",
    "max_age \"%1\" is not a whole number of seconds: the provider will likely reject it; use for example 3600":
        "max_age „%1“ ist keine ganze Sekundenzahl: der Anbieter wird es wahrscheinlich ablehnen; z. B. 3600 verwenden",
    "no authorization endpoint is known: fix the issuer so that discovery works, or set \"endpoints.authorization\" in the profile":
        "kein Autorisierungsendpunkt bekannt: den Aussteller korrigieren, damit Discovery funktioniert, oder „endpoints.authorization“ im Profil setzen",
    "PKCE is off for a public client (no client secret): the code exchange has no proof that it comes from this attempt, and most providers require PKCE here; turn \"pkce\" on":
        "PKCE ist für einen öffentlichen Client (ohne Client-Secret) aus: der Code-Austausch kann nicht belegen, dass er von diesem Versuch stammt, und die meisten Anbieter verlangen hier PKCE; „pkce“ einschalten",
    "the provider does not advertise response_type \"%1\" (response_types_supported: %2): expect unsupported_response_type; choose an advertised type":
        "der Anbieter bietet response_type „%1“ nicht an (response_types_supported: %2): mit unsupported_response_type rechnen; einen angebotenen Typ wählen",
    "response_mode %1 is not advertised by the provider (response_modes_supported: %2): it may answer in another mode or refuse":
        "response_mode %1 wird vom Anbieter nicht angeboten (response_modes_supported: %2): er antwortet eventuell in einem anderen Modus oder lehnt ab",
    "PKCE requested but the provider advertises no S256 (code_challenge_methods_supported: %1): it may ignore code_challenge or reject the request":
        "PKCE angefordert, aber der Anbieter bietet kein S256 an (code_challenge_methods_supported: %1): er ignoriert code_challenge eventuell oder lehnt die Anfrage ab",
    "a parameter in the %1 has an empty name (\"=...\")":
        "ein Parameter in %1 hat einen leeren Namen („=...“)",
    "malformed percent-encoding in a parameter name in the %1: \"%2\" is not % followed by two hex digits":
        "fehlerhafte Prozentkodierung in einem Parameternamen in %1: „%2“ ist kein % gefolgt von zwei Hexziffern",
    "a parameter name in the %1 is not valid UTF-8":
        "ein Parametername in %1 ist kein gültiges UTF-8",
    "malformed percent-encoding in \"%1\" in the %2: \"%3\" is not % followed by two hex digits":
        "fehlerhafte Prozentkodierung in „%1“ in %2: „%3“ ist kein % gefolgt von zwei Hexziffern",
    "the value of \"%1\" in the %2 is not valid UTF-8":
        "der Wert von „%1“ in %2 ist kein gültiges UTF-8",
    "query":
        "dem Query-String",
    "fragment":
        "dem Fragment",
    "form body":
        "dem Formular-Body",
    "the callback is larger than 1 MiB (URL %1 bytes, form body %2 bytes); it was not read":
        "der Callback ist größer als 1 MiB (URL %1 Bytes, Formular-Body %2 Bytes); er wurde nicht gelesen",
    "response_mode \"%1\" is not one Tokenscope reads; the parameters were looked for in the form body, the fragment and the query":
        "response_mode „%1“ liest Tokenscope nicht; die Parameter wurden im Formular-Body, im Fragment und im Query-String gesucht",
    "the response came in the %1 although response_mode %2 puts it in the %3 (providers do this for some errors); it was read from the %1":
        "die Antwort kam in %1, obwohl response_mode %2 sie in %3 vorsieht (Anbieter tun das bei manchen Fehlern); sie wurde aus %1 gelesen",
    "the callback carries no OAuth parameters (code, state, error, tokens) in the %1":
        "der Callback enthält in %1 keine OAuth-Parameter (code, state, error, Tokens)",
    " (more: %1)":
        " (mehr: %1)",
    "no state was sent":
        "es wurde kein state gesendet",
    "the response has no state, but one was sent: the provider must return it unchanged (RFC 6749 4.1.2); without it the response cannot be tied to this attempt":
        "die Antwort enthält keinen state, obwohl einer gesendet wurde: der Anbieter muss ihn unverändert zurückgeben (RFC 6749 4.1.2); ohne ihn lässt sich die Antwort diesem Versuch nicht zuordnen",
    "state \"%1\" does not equal the state sent (\"%2\"): the response belongs to another attempt or was forged (CSRF); start a new sign-in":
        "state „%1“ entspricht nicht dem gesendeten state („%2“): die Antwort gehört zu einem anderen Versuch oder wurde gefälscht (CSRF); eine neue Anmeldung starten",
    "equals the state sent":
        "entspricht dem gesendeten state",
    "the provider advertises authorization_response_iss_parameter_supported but the response has no iss (RFC 9207 2.4): it may come from another provider (mix-up attack)":
        "der Anbieter gibt authorization_response_iss_parameter_supported an, aber die Antwort enthält kein iss (RFC 9207 2.4): sie stammt eventuell von einem anderen Anbieter (Mix-up-Angriff)",
    "no iss in the response, and the provider does not advertise it (RFC 9207)":
        "kein iss in der Antwort, und der Anbieter bietet es nicht an (RFC 9207)",
    "iss \"%1\" came back, but no issuer is known to compare it with":
        "iss „%1“ kam zurück, aber es ist kein Aussteller zum Vergleich bekannt",
    "iss \"%1\" does not equal the issuer \"%2\" (RFC 9207 2.4): the response may come from another provider (mix-up attack); do not use it":
        "iss „%1“ entspricht nicht dem Aussteller „%2“ (RFC 9207 2.4): die Antwort stammt eventuell von einem anderen Anbieter (Mix-up-Angriff); nicht verwenden",
    "equals the issuer":
        "entspricht dem Aussteller",
    "equals the issuer (sent although not advertised)":
        "entspricht dem Aussteller (gesendet, obwohl nicht angeboten)",
    "parameters repeated: %1 (RFC 6749 3.1: each may appear only once)":
        "wiederholte Parameter: %1 (RFC 6749 3.1: jeder darf nur einmal vorkommen)",
    "no %1, although response_type \"%2\" asks for it: check that the application may use this response type":
        "kein %1, obwohl response_type „%2“ es anfordert: prüfen, ob die Anwendung diesen Response Type verwenden darf",
    "%1 came back although response_type \"%2\" did not ask for it":
        "%1 kam zurück, obwohl response_type „%2“ es nicht angefordert hat",
    "tokens arrived in the query string, where they leak into server logs and Referer headers: use response_mode fragment or form_post":
        "Tokens kamen im Query-String an, wo sie in Server-Logs und Referer-Header gelangen: response_mode fragment oder form_post verwenden",
    "well-formed error response in the %1":
        "wohlgeformte Fehlerantwort in %1",
    "%1 in the %2; no repeated or malformed parameters":
        "%1 in %2; keine wiederholten oder fehlerhaften Parameter",
    "header":
        "Header",
    "payload":
        "Payload",
    "null":
        "null",
    "true/false":
        "true/false",
    "a number":
        "eine Zahl",
    "a string":
        "ein String",
    "an array":
        "ein Array",
    "an object":
        "ein Objekt",
    "nothing":
        "nichts",
    "\"issuer\" is missing: enter the tenant domain (for example tenant.eu.auth0.com) or the issuer URL":
        "„issuer“ fehlt: die Tenant-Domain (z. B. tenant.eu.auth0.com) oder die URL des Ausstellers eingeben",
    "\"issuer\" \"%1\" is not a valid URL: enter the tenant domain or a URL such as https://tenant.eu.auth0.com/":
        "„issuer“ „%1“ ist keine gültige URL: die Tenant-Domain oder eine URL wie https://tenant.eu.auth0.com/ eingeben",
    "\"issuer\" must be an https URL, not a %1: URL":
        "„issuer“ muss eine https-URL sein, keine %1:-URL",
    "\"issuer\" \"%1\" has no host name":
        "„issuer“ „%1“ hat keinen Hostnamen",
    "\"issuer\" must not have a query or fragment (OpenID Connect Discovery 3): remove everything from \"?\" or \"#\" on":
        "„issuer“ darf keine Query und kein Fragment haben (OpenID Connect Discovery 3): alles ab „?“ bzw. „#“ entfernen",
    "\"clientId\" is missing: copy the Client ID from the application's settings at the provider":
        "„clientId“ fehlt: die Client-ID aus den Einstellungen der Anwendung beim Anbieter kopieren",
    "\"redirectUri\" is missing: enter a callback URL that is listed in the application's Allowed Callback URLs":
        "„redirectUri“ fehlt: eine Callback-URL eingeben, die in den „Allowed Callback URLs“ der Anwendung steht",
    "\"redirectUri\" is not an absolute URL: use a full URL such as https://app.example/callback or com.example.app://callback":
        "„redirectUri“ ist keine absolute URL: eine vollständige URL wie https://app.example/callback oder com.example.app://callback verwenden",
    "\"redirectUri\" must not contain a fragment (\"#...\", RFC 6749 3.1.2): the provider drops it; remove it":
        "„redirectUri“ darf kein Fragment enthalten („#...“, RFC 6749 3.1.2): der Anbieter verwirft es; entfernen",
    "\"responseType\" \"%1\" is not a valid response type: use one of code, id_token, id_token token, code id_token, code token, code id_token token, token":
        "„responseType“ „%1“ ist kein gültiger Response Type: einen von code, id_token, id_token token, code id_token, code token, code id_token token, token verwenden",
    "\"responseMode\" \"%1\" is not supported: use query, fragment or form_post, or leave it empty for the default of the response type":
        "„responseMode“ „%1“ wird nicht unterstützt: query, fragment oder form_post verwenden oder leer lassen für den Standard des Response Type",
    "\"responseMode\" query cannot be used with response type \"%1\": tokens must not travel in the query (OAuth 2.0 Multiple Response Types 5); use fragment or form_post":
        "„responseMode“ query geht nicht mit Response Type „%1“: Tokens dürfen nicht im Query-String übertragen werden (OAuth 2.0 Multiple Response Types 5); fragment oder form_post verwenden",
    "\"browser\" \"%1\" is not supported: use embedded (the login page inside Tokenscope) or system (your default browser, with a loopback redirect)":
        "„browser“ „%1“ wird nicht unterstützt: embedded (Anmeldeseite in Tokenscope) oder system (Ihr Standardbrowser, mit Loopback-Weiterleitung) verwenden",
    "\"redirectUri\" must be a loopback URL such as http://127.0.0.1/callback when \"browser\" is system: Tokenscope listens there on a free port (RFC 8252 7.3); register it at the provider (a native application's redirect URI)":
        "„redirectUri“ muss eine Loopback-URL wie http://127.0.0.1/callback sein, wenn „browser“ system ist: Tokenscope lauscht dort auf einem freien Port (RFC 8252 7.3); beim Anbieter registrieren (Redirect-URI einer nativen Anwendung)",
    "\"responseMode\" form_post cannot be used with the system browser: the loopback listener only sees the URL the browser requests, never a posted form; use query or fragment, or the embedded browser":
        "„responseMode“ form_post geht nicht mit dem Systembrowser: der Loopback-Listener sieht nur die URL, die der Browser anfragt, nie ein gesendetes Formular; query oder fragment verwenden oder den eingebetteten Browser",
    "\"scope\" must contain openid for response type \"%1\": an ID token is only issued to OpenID Connect requests; add openid":
        "„scope“ muss für Response Type „%1“ openid enthalten: ein ID Token wird nur für OpenID-Connect-Anfragen ausgestellt; openid ergänzen",
    "\"tokenEndpointAuth\" \"%1\" is not supported: use client_secret_basic, client_secret_post or none":
        "„tokenEndpointAuth“ „%1“ wird nicht unterstützt: client_secret_basic, client_secret_post oder none verwenden",
    "\"clientSecret\" is missing but \"tokenEndpointAuth\" is %1: enter the client secret (or set TOKENSCOPE_CLIENT_SECRET), or set tokenEndpointAuth to none for a public client":
        "„clientSecret“ fehlt, aber „tokenEndpointAuth“ ist %1: das Client-Secret eingeben (oder TOKENSCOPE_CLIENT_SECRET setzen) oder tokenEndpointAuth für einen öffentlichen Client auf none setzen",
    "\"apiUrl\" \"%1\" is not an absolute http(s) URL: use a full URL such as https://api.example/private, or leave it empty":
        "„apiUrl“ „%1“ ist keine absolute http(s)-URL: eine vollständige URL wie https://api.example/private verwenden oder leer lassen",
    "\"postLogoutRedirectUri\" \"%1\" is not an absolute URL: use a full URL listed in the application's Allowed Logout URLs, or leave it empty":
        "„postLogoutRedirectUri“ „%1“ ist keine absolute URL: eine vollständige URL aus den „Allowed Logout URLs“ der Anwendung verwenden oder leer lassen",
    "\"endpoints.%1\" \"%2\" is not an absolute http(s) URL: use a full URL, or leave it empty to use the discovery document":
        "„endpoints.%1“ „%2“ ist keine absolute http(s)-URL: eine vollständige URL verwenden oder leer lassen, um das Discovery-Dokument zu nutzen",
    "\"expectedAlg\" must not be none: unsigned ID tokens are never acceptable; use the algorithm configured at the provider (for example RS256)":
        "„expectedAlg“ darf nicht none sein: unsignierte ID Tokens sind nie akzeptabel; den beim Anbieter eingestellten Algorithmus verwenden (z. B. RS256)",
    "\"expectedAlg\" \"%1\" is not a JWS algorithm this version knows: use RS256, HS256, PS256, ES256 or another standard name (case matters)":
        "„expectedAlg“ „%1“ ist kein JWS-Algorithmus, den diese Version kennt: RS256, HS256, PS256, ES256 oder einen anderen Standardnamen verwenden (Groß-/Kleinschreibung beachten)",
    "the profile is %1 bytes; profiles larger than 1 MiB are refused: check that this is the right file":
        "das Profil ist %1 Bytes groß; Profile über 1 MiB werden abgelehnt: prüfen, ob dies die richtige Datei ist",
    "the profile is empty: it must be a JSON object such as {\"issuer\": \"tenant.eu.auth0.com\", \"clientId\": \"...\", \"redirectUri\": \"...\"}":
        "das Profil ist leer: erwartet wird ein JSON-Objekt wie {\"issuer\": \"tenant.eu.auth0.com\", \"clientId\": \"...\", \"redirectUri\": \"...\"}",
    "the profile is not valid JSON (%1 at byte %2): fix the file or create the profile again":
        "das Profil ist kein gültiges JSON (%1 bei Byte %2): die Datei korrigieren oder das Profil neu anlegen",
    "the profile must be a JSON object ({...}), not %1":
        "das Profil muss ein JSON-Objekt ({...}) sein, nicht %1",
    "\"%1\" appears more than once; the last value is used: remove the others":
        "„%1“ kommt mehrfach vor; der letzte Wert wird verwendet: die anderen entfernen",
    "\"%1\" must be %2, not %3":
        "„%1“ muss %2 sein, nicht %3",
    "a string (in double quotes)":
        "ein String (in doppelten Anführungszeichen)",
    "\"%1\" contains control characters (a line break, tab or NUL inside the value): remove them":
        "„%1“ enthält Steuerzeichen (Zeilenumbruch, Tab oder NUL im Wert): entfernen",
    "\"%1\" had spaces or line breaks around it; they were removed":
        "„%1“ war von Leerzeichen oder Zeilenumbrüchen umgeben; sie wurden entfernt",
    "true or false (without quotes)":
        "true oder false (ohne Anführungszeichen)",
    "an object such as {\"connection\": \"github\", \"prompt\": \"login\"}":
        "ein Objekt wie {\"connection\": \"github\", \"prompt\": \"login\"}",
    "\"extraParams.%1\" appears more than once; the last value is used":
        "„extraParams.%1“ kommt mehrfach vor; der letzte Wert wird verwendet",
    "\"extraParams\" has a parameter with an empty name: remove it":
        "„extraParams“ enthält einen Parameter mit leerem Namen: ihn entfernen",
    "a string or a number":
        "ein String oder eine Zahl",
    "\"extraParams.%1\" is ignored: Tokenscope sets %1 itself for every attempt; remove it":
        "„extraParams.%1“ wird ignoriert: Tokenscope setzt %1 bei jedem Versuch selbst; entfernen",
    "an object such as {\"token\": \"https://tenant.example/oauth/token\"}":
        "ein Objekt wie {\"token\": \"https://tenant.example/oauth/token\"}",
    "\"%1\" is not a known endpoint (known: %2); it is kept but not used":
        "„%1“ ist kein bekannter Endpunkt (bekannt: %2); er bleibt erhalten, wird aber nicht verwendet",
    "\"%1\" \"%2\" is not an absolute http(s) URL: use a full URL, or remove it to use the discovery document":
        "„%1“ „%2“ ist keine absolute http(s)-URL: eine vollständige URL verwenden oder sie entfernen, um das Discovery-Dokument zu nutzen",
    "unknown key \"%1\" is kept but not used: did you mean \"%2\"?":
        "unbekannter Schlüssel „%1“ bleibt erhalten, wird aber nicht verwendet: meinten Sie „%2“?",
    "the profile file contains \"clientSecret\" in plain text; Tokenscope never writes it back when saving: keep it in the keychain or in TOKENSCOPE_CLIENT_SECRET":
        "die Profildatei enthält „clientSecret“ im Klartext; Tokenscope schreibt es beim Speichern nie zurück: im Schlüsselbund oder in TOKENSCOPE_CLIENT_SECRET aufbewahren",
    "\"issuer\" uses http on a host that is not this computer: OpenID Connect requires https, and tokens would travel unencrypted":
        "„issuer“ verwendet http auf einem Host, der nicht dieser Computer ist: OpenID Connect verlangt https, und Tokens würden unverschlüsselt übertragen",
    "\"issuer\" \"%1\" has no trailing slash, but Auth0's issuer is \"%1/\": the issuer checks will fail; add the slash or use the bare domain":
        "„issuer“ „%1“ endet nicht mit Schrägstrich, der Aussteller von Auth0 ist aber „%1/“: die Aussteller-Prüfungen werden fehlschlagen; den Schrägstrich ergänzen oder nur die Domain angeben",
    "a boolean":
        "ein boolescher Wert",
    "\"%1\" must be a string, not %2":
        "„%1“ muss ein String sein, nicht %2",
    "\"%1\" is an empty string":
        "„%1“ ist ein leerer String",
    "\"%1\" \"%2\" is not an absolute https URL":
        "„%1“ „%2“ ist keine absolute https-URL",
    "\"%1\" \"%2\" uses http: OpenID Connect requires https (tokens would travel unencrypted)":
        "„%1“ „%2“ verwendet http: OpenID Connect verlangt https (Tokens würden unverschlüsselt übertragen)",
    "\"%1\" must be an array of strings, not %2":
        "„%1“ muss ein Array von Strings sein, nicht %2",
    "\"%1\" must be an array of strings, but it contains %2":
        "„%1“ muss ein Array von Strings sein, ein Element ist aber %2",
    "\"%1\" must be true or false, not %2":
        "„%1“ muss true oder false sein, nicht %2",
    "required member \"%1\" is missing (OpenID Connect Discovery 3)":
        "Pflichtfeld „%1“ fehlt (OpenID Connect Discovery 3)",
    "the discovery document is %1 bytes; documents larger than 1 MiB are not read":
        "das Discovery-Dokument ist %1 Bytes groß; Dokumente über 1 MiB werden nicht gelesen",
    "the discovery document is empty: check the URL (issuer + /.well-known/openid-configuration)":
        "das Discovery-Dokument ist leer: die URL prüfen (Aussteller + /.well-known/openid-configuration)",
    "the discovery document is not JSON (%1 at byte %2): check that the issuer URL is right":
        "das Discovery-Dokument ist kein JSON (%1 bei Byte %2): prüfen, ob die URL des Ausstellers stimmt",
    "the discovery document must be a JSON object, not %1":
        "das Discovery-Dokument muss ein JSON-Objekt sein, nicht %1",
    "the member \"%1\" appears more than once in one object; JSON parsers disagree about which value wins, so the document is ambiguous (Tokenscope read the last one)":
        "das Feld „%1“ kommt in einem Objekt mehrfach vor; JSON-Parser sind uneins, welcher Wert gilt, daher ist das Dokument mehrdeutig (Tokenscope hat den letzten gelesen)",
    "\"issuer\" \"%1\" is not an absolute URL":
        "„issuer“ „%1“ ist keine absolute URL",
    "\"issuer\" \"%1\" must use https (OpenID Connect Discovery 3)":
        "„issuer“ „%1“ muss https verwenden (OpenID Connect Discovery 3)",
    "\"issuer\" \"%1\" must not have a query or fragment (OpenID Connect Discovery 3)":
        "„issuer“ „%1“ darf keine Query und kein Fragment haben (OpenID Connect Discovery 3)",
    "; they differ only in the trailing slash, which counts: set the profile's issuer to \"%1\"":
        "; sie unterscheiden sich nur im abschließenden Schrägstrich, der zählt: den Aussteller des Profils auf „%1“ setzen",
    "; check the profile's issuer, or whether the document came from another provider":
        "; den Aussteller des Profils prüfen oder ob das Dokument von einem anderen Anbieter stammt",
    "\"issuer\" in the discovery document is \"%1\" but the expected issuer is \"%2\" (OpenID Connect Discovery 4.3 requires them to be identical)%3":
        "„issuer“ im Discovery-Dokument ist „%1“, erwartet wird aber „%2“ (OpenID Connect Discovery 4.3 verlangt, dass beide identisch sind)%3",
    "\"id_token_signing_alg_values_supported\" does not include RS256, which OpenID Connect Discovery 3 requires":
        "„id_token_signing_alg_values_supported“ enthält nicht RS256, das OpenID Connect Discovery 3 verlangt",
    "no authorization endpoint is known: the discovery document is not available and the profile has no \"endpoints.authorization\"; fix the issuer or enter the endpoints by hand":
        "kein Autorisierungsendpunkt bekannt: das Discovery-Dokument ist nicht verfügbar und das Profil hat kein „endpoints.authorization“; den Aussteller korrigieren oder die Endpunkte von Hand eintragen",
    "no Content-Type":
        "kein Content-Type",
    "the token endpoint answered %1 with %2 bytes (%3), more than the 1 MiB a token response may have; it was not read: %4":
        "der Token-Endpunkt antwortete mit HTTP %1 und %2 Bytes (%3), mehr als die für eine Token-Antwort erlaubten 1 MiB; nicht gelesen: %4",
    "the token endpoint answered %1 with an empty body (%2), not JSON":
        "der Token-Endpunkt antwortete mit HTTP %1 und leerem Body (%2), nicht mit JSON",
    "empty answer (HTTP %1)":
        "leere Antwort (HTTP %1)",
    "the token endpoint answered %1 with %2 (not JSON): %3":
        "der Token-Endpunkt antwortete mit HTTP %1 und %2 (kein JSON): %3",
    "a JSON array":
        "ein JSON-Array",
    "a JSON value":
        "ein einzelner JSON-Wert",
    "the token endpoint answered %1 with %2, not a JSON object (RFC 6749 5.1)":
        "der Token-Endpunkt antwortete mit HTTP %1; der Body ist %2, kein JSON-Objekt (RFC 6749 5.1)",
    "the Content-Type is %1, not application/json (RFC 6749 5.1); the body was read as JSON anyway":
        "der Content-Type ist %1, nicht application/json (RFC 6749 5.1); der Body wurde trotzdem als JSON gelesen",
    "\"error\" must be a string, not %1 (RFC 6749 5.2)":
        "„error“ muss ein String sein, nicht %1 (RFC 6749 5.2)",
    "the token endpoint answered %1 with an OAuth error; errors use status 400 or 401 (RFC 6749 5.2)":
        "der Token-Endpunkt antwortete mit HTTP %1 und einem OAuth-Fehler; Fehler verwenden Status 400 oder 401 (RFC 6749 5.2)",
    "the token endpoint answered %1 without an OAuth error object (RFC 6749 5.2): %2":
        "der Token-Endpunkt antwortete mit HTTP %1 ohne OAuth-Fehlerobjekt (RFC 6749 5.2): %2",
    "\"expires_in\" %1 is not a whole number of seconds":
        "„expires_in“ %1 ist keine ganze Sekundenzahl",
    "\"expires_in\" %1 is negative":
        "„expires_in“ %1 ist negativ",
    "\"expires_in\" is a string (\"%1\"), not a number (RFC 6749 5.1)":
        "„expires_in“ ist ein String („%1“), keine Zahl (RFC 6749 5.1)",
    "\"expires_in\" \"%1\" is not a number of seconds":
        "„expires_in“ „%1“ ist keine Sekundenzahl",
    "\"expires_in\" must be a number of seconds, not %1":
        "„expires_in“ muss eine Sekundenzahl sein, nicht %1",
    "the response has no access_token (RFC 6749 5.1 requires one)":
        "die Antwort enthält kein access_token (RFC 6749 5.1 verlangt eines)",
    "the response has no token_type (RFC 6749 5.1 requires one; expected Bearer)":
        "die Antwort enthält keinen token_type (RFC 6749 5.1 verlangt einen; erwartet: Bearer)",
    "token_type \"%1\" is neither Bearer nor DPoP: Tokenscope cannot call an API with it":
        "token_type „%1“ ist weder Bearer noch DPoP: damit kann Tokenscope keine API aufrufen",
    "prompt=none needs an existing session at the provider: sign in once without prompt=none (remove it from the extra parameters), then try again":
        "prompt=none braucht eine bestehende Sitzung beim Anbieter: einmal ohne prompt=none anmelden (aus den zusätzlichen Parametern entfernen), dann erneut versuchen",
    "the user has not consented to the requested scopes or audience and prompt=none forbids asking: sign in once without prompt=none, or (Auth0) turn on \"Allow Skipping User Consent\" for the API; Auth0 never skips consent for localhost callback URLs":
        "der Benutzer hat den angeforderten Scopes bzw. der Audience nicht zugestimmt, und prompt=none verbietet die Nachfrage: einmal ohne prompt=none anmelden oder (Auth0) „Allow Skipping User Consent“ für die API einschalten; Auth0 überspringt die Zustimmung bei localhost-Callback-URLs nie",
    "the provider needs the user to interact (login page, MFA, a rule or action redirect) and prompt=none forbids it: sign in again without prompt=none":
        "der Anbieter braucht eine Interaktion des Benutzers (Anmeldeseite, MFA, Weiterleitung durch eine Rule oder Action), und prompt=none verbietet sie: erneut ohne prompt=none anmelden",
    "several sessions exist and prompt=none forbids asking which one: sign in without prompt=none or add login_hint":
        "es gibt mehrere Sitzungen, und prompt=none verbietet die Nachfrage, welche: ohne prompt=none anmelden oder login_hint ergänzen",
    "the application is not allowed this grant/response type; enable it in the application's settings (Auth0: Applications > your application > Advanced Settings > Grant Types: Implicit for id_token and token, Authorization Code for code, Refresh Token for refreshing)":
        "die Anwendung darf diesen Grant- bzw. Response-Type nicht verwenden; ihn in den Einstellungen der Anwendung aktivieren (Auth0: Applications > Ihre Anwendung > Advanced Settings > Grant Types: Implicit für id_token und token, Authorization Code für code, Refresh Token für die Erneuerung)",
    "the refresh token is unknown, expired, revoked or already rotated: sign in again with offline_access in the scope to get a new one":
        "das Refresh Token ist unbekannt, abgelaufen, widerrufen oder bereits rotiert: erneut mit offline_access im Scope anmelden, um ein neues zu erhalten",
    "the audience does not name an API of this tenant: set \"audience\" to the Identifier of an API registered at the provider":
        "die Audience bezeichnet keine API dieses Tenants: „audience“ auf den Identifier einer beim Anbieter registrierten API setzen",
    "the user declined, or a rule, action or tenant setting denied the request: read the description, check the tenant's rules/actions and that the user may use this application":
        "der Benutzer hat abgelehnt, oder eine Rule, Action oder Tenant-Einstellung hat die Anfrage verweigert: die Beschreibung lesen, die Rules/Actions des Tenants prüfen und ob der Benutzer diese Anwendung verwenden darf",
    "add the callback URL to the application's Allowed Callback URLs (it must match exactly, trailing slash included), and send the same redirect_uri to /authorize and /oauth/token":
        "die Callback-URL zu den „Allowed Callback URLs“ der Anwendung hinzufügen (sie muss exakt übereinstimmen, einschließlich abschließendem Schrägstrich) und dieselbe redirect_uri an /authorize und /oauth/token senden",
    "PKCE is incomplete: send code_challenge with code_challenge_method=S256 to /authorize and the code_verifier of the same attempt to the token endpoint":
        "PKCE ist unvollständig: code_challenge mit code_challenge_method=S256 an /authorize und den code_verifier desselben Versuchs an den Token-Endpunkt senden",
    "response types that return an ID token from /authorize need a nonce: keep openid in the scope and do not remove the nonce":
        "Response Types, die ein ID Token von /authorize zurückgeben, brauchen eine Nonce: openid im Scope lassen und die Nonce nicht entfernen",
    "a parameter is missing, repeated or malformed: read the description and fix the profile field or extra parameter it names":
        "ein Parameter fehlt, ist doppelt oder fehlerhaft: die Beschreibung lesen und das genannte Profilfeld bzw. den genannten zusätzlichen Parameter korrigieren",
    "the code_verifier does not match the code_challenge sent to /authorize: exchange the code with the verifier of the same attempt":
        "der code_verifier passt nicht zur an /authorize gesendeten code_challenge: den Code mit dem Verifier desselben Versuchs einlösen",
    "redirect_uri must be identical to the one sent to /authorize":
        "redirect_uri muss mit der an /authorize gesendeten identisch sein",
    "wrong username or password":
        "Benutzername oder Passwort falsch",
    "the authorization code is invalid, expired or already used (codes are single-use and short-lived): start a new sign-in and exchange the code at once, with the same redirect_uri":
        "der Autorisierungscode ist ungültig, abgelaufen oder bereits verwendet (Codes sind einmalig und kurzlebig): eine neue Anmeldung starten und den Code sofort einlösen, mit derselben redirect_uri",
    "client authentication failed: check the client ID and secret, and that \"tokenEndpointAuth\" matches the application's Token Endpoint Authentication Method (Auth0: Post, Basic or None)":
        "Client-Authentifizierung fehlgeschlagen: Client-ID und Secret prüfen und ob „tokenEndpointAuth“ zur Token Endpoint Authentication Method der Anwendung passt (Auth0: Post, Basic oder None)",
    "a requested scope is unknown or not allowed: remove it, or define it on the API named by \"audience\" (API scopes exist only for that audience)":
        "ein angeforderter Scope ist unbekannt oder nicht erlaubt: ihn entfernen oder bei der durch „audience“ benannten API definieren (API-Scopes gibt es nur für diese Audience)",
    "the provider or the application does not support this response_type: pick one from response_types_supported and enable the matching grant types in the application's settings":
        "der Anbieter oder die Anwendung unterstützt diesen response_type nicht: einen aus response_types_supported wählen und die passenden Grant Types in den Einstellungen der Anwendung aktivieren",
    "the token endpoint does not accept this grant_type: enable the grant for the application (Auth0: Advanced Settings > Grant Types)":
        "der Token-Endpunkt akzeptiert diesen grant_type nicht: den Grant für die Anwendung aktivieren (Auth0: Advanced Settings > Grant Types)",
    "the provider does not support this response_mode: pick one from response_modes_supported or leave \"responseMode\" empty":
        "der Anbieter unterstützt diesen response_mode nicht: einen aus response_modes_supported wählen oder „responseMode“ leer lassen",
    "the endpoint or grant is disabled for this tenant or application: enable it in the tenant or application settings, or use the endpoints from the discovery document":
        "der Endpunkt oder Grant ist für diesen Tenant bzw. diese Anwendung deaktiviert: ihn in den Tenant- oder Anwendungseinstellungen aktivieren oder die Endpunkte aus dem Discovery-Dokument verwenden",
    "rate limited: wait before retrying (see the Retry-After header); Auth0 also limits how often the same refresh token may be used":
        "Rate-Limit erreicht: vor dem erneuten Versuch warten (siehe Retry-After-Header); Auth0 begrenzt auch, wie oft dasselbe Refresh Token verwendet werden darf",
    "the provider failed internally: retry later; a failing rule or action in the tenant also shows up as server_error, so check the tenant's logs":
        "interner Fehler beim Anbieter: später erneut versuchen; eine fehlschlagende Rule oder Action im Tenant erscheint ebenfalls als server_error, daher die Logs des Tenants prüfen",
    "the provider is overloaded or under maintenance: retry later":
        "der Anbieter ist überlastet oder in Wartung: später erneut versuchen",
    "multi-factor authentication is required for this user: sign in through the browser so the provider can run MFA":
        "für diesen Benutzer ist Multi-Faktor-Authentifizierung erforderlich: über den Browser anmelden, damit der Anbieter MFA durchführen kann",
    "the access token is invalid or expired, or was issued for another audience: get a new one with the right \"audience\"":
        "das Access Token ist ungültig oder abgelaufen oder wurde für eine andere Zielgruppe ausgestellt: ein neues mit der richtigen „audience“ holen",
    "the access token lacks a scope the API requires: add it to \"scope\" and make sure the API grants it to the application":
        "dem Access Token fehlt ein Scope, den die API verlangt: ihn zu „scope“ hinzufügen und sicherstellen, dass die API ihn der Anwendung gewährt",
    "the provider rejected the request (400): read the description":
        "der Anbieter hat die Anfrage zurückgewiesen (400): die Beschreibung lesen",
    "the provider did not accept the client's credentials (401): check the client ID, the secret and \"tokenEndpointAuth\"":
        "der Anbieter hat die Zugangsdaten des Clients nicht akzeptiert (401): Client-ID, Secret und „tokenEndpointAuth“ prüfen",
    "the provider refused the request (403): the application or the user is not allowed this grant; check the application's grant types and the tenant's rules/actions":
        "der Anbieter hat die Anfrage abgelehnt (403): der Anwendung oder dem Benutzer ist dieser Grant nicht erlaubt; die Grant Types der Anwendung und die Rules/Actions des Tenants prüfen",
    "nothing answers at this URL (404): check the token endpoint (from discovery, or \"endpoints.token\" in the profile)":
        "unter dieser URL antwortet nichts (404): den Token-Endpunkt prüfen (aus der Discovery oder „endpoints.token“ im Profil)",
    "the endpoint does not accept this HTTP method (405): the token endpoint expects POST; check the URL":
        "der Endpunkt akzeptiert diese HTTP-Methode nicht (405): der Token-Endpunkt erwartet POST; die URL prüfen",
    "rate limited (429): wait before retrying (see the Retry-After header)":
        "Rate-Limit erreicht (429): vor dem erneuten Versuch warten (siehe Retry-After-Header)",
    "the provider does not implement this (501): check the response type or grant type":
        "der Anbieter implementiert dies nicht (501): Response Type bzw. Grant Type prüfen",
    "the provider is unavailable (503): retry later":
        "der Anbieter ist nicht verfügbar (503): später erneut versuchen",
    "the provider failed (%1): retry later and check the tenant's logs":
        "Fehler beim Anbieter (%1): später erneut versuchen und die Logs des Tenants prüfen",
    "the answer is not a token response: the URL is probably not the token endpoint (a login page or a proxy answered); check the token endpoint from discovery or \"endpoints.token\"":
        "die Antwort ist keine Token-Antwort: die URL ist wohl nicht der Token-Endpunkt (eine Anmeldeseite oder ein Proxy hat geantwortet); den Token-Endpunkt aus der Discovery bzw. „endpoints.token“ prüfen",
    "the answer is not OAuth JSON: check the URL and any proxy between Tokenscope and the provider":
        "die Antwort ist kein OAuth-JSON: die URL und etwaige Proxys zwischen Tokenscope und dem Anbieter prüfen",
    "the provider returned an error this version does not explain: read the description and the provider's documentation":
        "der Anbieter hat einen Fehler gemeldet, den diese Version nicht erklärt: die Beschreibung und die Dokumentation des Anbieters lesen",
    "the authorization code":
        "der Autorisierungscode",
    "c_hash is required in an ID token from the authorization endpoint when a code is returned with it (OpenID Connect Core 3.3.2.11)":
        "c_hash ist in einem ID Token vom Autorisierungsendpunkt Pflicht, wenn mit ihm ein Code zurückgegeben wird (OpenID Connect Core 3.3.2.11)",
    "the access token":
        "das Access Token",
    "at_hash is required in an ID token from the authorization endpoint when an access token is returned with it (OpenID Connect Core 3.2.2.10, 3.3.2.11)":
        "at_hash ist in einem ID Token vom Autorisierungsendpunkt Pflicht, wenn mit ihm ein Access Token zurückgegeben wird (OpenID Connect Core 3.2.2.10, 3.3.2.11)",
    "the state":
        "der State",
    "s_hash is required for this response, but the token has none":
        "s_hash ist für diese Antwort Pflicht, aber das Token hat keinen",
    "%1 MB":
        "%1 MB",
    "%1 KB":
        "%1 KB",
    "%1 bytes":
        "%1 Bytes",
    "no details from OpenSSL":
        "keine Details von OpenSSL",
    "the JWKS is %1 bytes, more than the 1 MiB limit":
        "das JWKS ist %1 Bytes groß, mehr als das Limit von 1 MiB",
    "the JWKS is not valid JSON: %1 at offset %2":
        "das JWKS ist kein gültiges JSON: %1 bei Offset %2",
    "the JWKS is not a JSON object":
        "das JWKS ist kein JSON-Objekt",
    "the JWKS has no \"keys\" member":
        "das JWKS hat keinen Eintrag „keys“",
    "the JWKS member \"keys\" is not an array":
        "der JWKS-Eintrag „keys“ ist kein Array",
    "the member %1 appears more than once in one object of the JWKS; JSON parsers disagree about which value wins, so the key set is ambiguous (Tokenscope read the last one)":
        "der Eintrag %1 kommt in einem Objekt des JWKS mehrfach vor; JSON-Parser sind uneins, welcher Wert gilt, daher ist der Schlüsselsatz mehrdeutig (Tokenscope hat den letzten gelesen)",
    "the JWKS has no keys":
        "das JWKS enthält keine Schlüssel",
    "keys[%1] is not a JSON object":
        "keys[%1] ist kein JSON-Objekt",
    "keys[%1]":
        "keys[%1]",
    "key %1":
        "Schlüssel %1",
    "the JWKS publishes private key material: %1 has %2":
        "das JWKS veröffentlicht privates Schlüsselmaterial: %1 enthält %2",
    "the JWKS publishes a symmetric (oct) key, %1: it is a shared secret, and anyone who reads it can sign tokens":
        "das JWKS veröffentlicht einen symmetrischen (oct) Schlüssel, %1: er ist ein gemeinsames Geheimnis, und jeder, der ihn liest, kann Tokens signieren",
    "the kid %1 is used by %2 keys, so a token's kid cannot select one key":
        "die kid %1 wird von %2 Schlüsseln verwendet, daher kann die kid eines Tokens keinen einzelnen Schlüssel auswählen",
    "%1 of the %2 keys have no kid; with several keys in the set, tokens must name their key by kid (OpenID Connect Core section 10.1)":
        "%1 von %2 Schlüsseln haben keine kid; bei mehreren Schlüsseln im Satz müssen Tokens ihren Schlüssel per kid benennen (OpenID Connect Core section 10.1)",
    "a client secret":
        "ein Client-Secret",
    "a symmetric (oct) key":
        "ein symmetrischer (oct) Schlüssel",
    "an %1 key":
        "ein %1-Schlüssel",
    "an %1 %2 key":
        "ein %1-Schlüssel (%2)",
    "a key without kty":
        "ein Schlüssel ohne kty",
    "a key of type %1":
        "ein Schlüssel vom Typ %1",
    "an RSA key":
        "einen RSA-Schlüssel",
    "an EC %1 key":
        "einen EC-Schlüssel (%1)",
    "an OKP (Ed25519 or Ed448) key":
        "einen OKP-Schlüssel (Ed25519 oder Ed448)",
    "the client secret":
        "das Client-Secret",
    "alg \"none\": the token is unsigned, and unsigned tokens are never accepted":
        "alg „none“: das Token ist unsigniert, und unsignierte Tokens werden nie akzeptiert",
    "alg \"%1\" is not supported (supported: %2)":
        "alg „%1“ wird nicht unterstützt (unterstützt: %2)",
    "%1 is unusable: %2":
        "%1 ist unbrauchbar: %2",
    "%1 needs %2 from the JWKS; the client secret only verifies HS256, HS384 and HS512":
        "%1 braucht %2 aus dem JWKS; mit dem Client-Secret lassen sich nur HS256, HS384 und HS512 prüfen",
    "%1 is %2 (from its JWK kty/crv), but %3 needs %4; the key type is never taken from the token":
        "%1 ist %2 (laut kty/crv des JWK), aber %3 braucht %4; der Schlüsseltyp wird nie aus dem Token übernommen",
    "%1 is verified only with the client secret, never with %2":
        "%1 wird nur mit dem Client-Secret geprüft, nie mit %2",
    "%1 is for %2, but the token says %3":
        "%1 ist für %2 bestimmt, das Token nennt aber %3",
    "%1 has use \"%2\", not \"sig\"":
        "%1 hat use „%2“, nicht „sig“",
    "%1 has key_ops [%2], which does not include \"verify\"":
        "%1 hat key_ops [%2] ohne „verify“",
    "the token has no signing input (it is not a 3-part JWS)":
        "das Token hat keinen Signing Input (es ist kein JWS aus 3 Teilen)",
    "the token has no signature":
        "das Token hat keine Signatur",
    "the %1 signature does not verify with the client secret":
        "die %1-Signatur lässt sich mit dem Client-Secret nicht verifizieren",
    "signature does not verify with %1 %2":
        "die Signatur lässt sich mit %1 (%2) nicht verifizieren",
    "OpenSSL could not compute the %1 HMAC: %2":
        "OpenSSL konnte den %1-HMAC nicht berechnen: %2",
    "%1 (the signature is %2 bytes, an %3 HMAC is %4 bytes)":
        "%1 (die Signatur hat %2 Bytes, ein %3-HMAC hat %4 Bytes)",
    "%1, %2":
        "%1, %2",
    " (warning: the secret is %1 bytes; RFC 7518 section 3.2 requires at least %2 bytes for %3)":
        " (Warnung: das Secret hat %1 Bytes; RFC 7518 section 3.2 verlangt für %3 mindestens %2 Bytes)",
    "the %1 signature is %2 bytes; a JOSE %1 signature is exactly %3 bytes (r || s, RFC 7518 section 3.4)%4":
        "die %1-Signatur hat %2 Bytes; eine JOSE-%1-Signatur hat genau %3 Bytes (r || s, RFC 7518 section 3.4)%4",
    "; this looks DER-encoded, which JOSE does not allow":
        "; sie sieht DER-kodiert aus, was JOSE nicht erlaubt",
    "OpenSSL could not convert the %1 signature: %2":
        "OpenSSL konnte die %1-Signatur nicht umwandeln: %2",
    "%1 (the signature is %2 bytes, the %3-bit key's signatures are %4 bytes)":
        "%1 (die Signatur hat %2 Bytes, Signaturen des %3-Bit-Schlüssels haben %4 Bytes)",
    " (warning: the key is only %1 bits)":
        " (Warnung: der Schlüssel hat nur %1 Bit)",
    "%1 (%2), %3":
        "%1 (%2), %3",
    "undefined":
        "undefiniert",
    "the %1 is empty":
        "%1 ist leer",
    "the %1 is not valid base64url (%2)":
        "%1 ist kein gültiges base64url (%2)",
    "the %1 is not valid UTF-8 (byte 0x%2 at offset %3 of the decoded JSON)":
        "%1 ist kein gültiges UTF-8 (Byte 0x%2 bei Offset %3 des dekodierten JSON)",
    "the %1 JSON nests deeper than %2 levels":
        "das %1-JSON ist tiefer als %2 Ebenen verschachtelt",
    "the %1 is not valid JSON: %2 at offset %3":
        "%1 ist kein gültiges JSON: %2 bei Offset %3",
    "the %1 is JSON but not an object (it is %2)":
        "%1 ist JSON, aber kein Objekt (sondern %2)",
    "a single value":
        "ein einzelner Wert",
    "the %1 has the member %2 more than once; JSON parsers disagree about which value wins, so the token is ambiguous":
        "%1 enthält den Eintrag %2 mehrfach; JSON-Parser sind uneins, welcher Wert gilt, daher ist das Token mehrdeutig",
    "the header has no \"alg\" member":
        "der Header hat keinen Parameter „alg“",
    "the header member \"alg\" is %1, not a string":
        "der Header-Parameter „alg“ ist %1, kein String",
    "the header member %1 is %2, not a string":
        "der Header-Parameter %1 ist %2, kein String",
    "the header has \"crit\" (%1): Tokenscope supports no critical header extensions, and RFC 7515 section 4.1.11 requires rejecting a token whose critical extensions are not understood":
        "der Header enthält „crit“ (%1): Tokenscope unterstützt keine kritischen Header-Erweiterungen, und RFC 7515 section 4.1.11 verlangt, ein Token mit nicht verstandenen kritischen Erweiterungen abzulehnen",
    "the claim %1 is %2, not a number (a NumericDate: seconds since 1970-01-01 UTC)":
        "der Claim %1 ist %2, keine Zahl (NumericDate: Sekunden seit 1970-01-01 UTC)",
    "the claim %1 is %2, not a string":
        "der Claim %1 ist %2, kein String",
    "the claim \"aud\" is %1, not a string or an array of strings":
        "der Claim „aud“ ist %1, weder String noch Array von Strings",
    "an array with non-string members":
        "ein Array mit Nicht-String-Einträgen",
    "the token is %1 bytes, more than the 256 KiB limit":
        "das Token ist %1 Bytes groß, mehr als das Limit von 256 KiB",
    "the token is empty":
        "das Token ist leer",
    "the token has 5 parts: it is an encrypted JWE, which Tokenscope cannot decrypt":
        "das Token hat 5 Teile: es ist ein verschlüsseltes JWE, das Tokenscope nicht entschlüsseln kann",
    "the token has no '.' separators: it is not a JWT (a JWS has 3 parts), perhaps an opaque token":
        "das Token hat keine '.'-Trennzeichen: es ist kein JWT (ein JWS hat 3 Teile), vielleicht ein opakes Token",
    "the token has %1 parts separated by '.'; a signed JWT (JWS) has 3":
        "das Token hat %1 durch '.' getrennte Teile; ein signiertes JWT (JWS) hat 3",
    "the signature is empty: the token is unsigned":
        "die Signatur ist leer: das Token ist unsigniert",
    "the signature is not valid base64url (%1)":
        "die Signatur ist kein gültiges base64url (%1)",
    "(none)":
        "(keine)",
    "must be a string":
        "muss ein String sein",
    "must be an absolute URL":
        "muss eine absolute URL sein",
    "must be an array of strings":
        "muss ein Array von Strings sein",
    "must contain only strings":
        "darf nur Strings enthalten",
    "must be true or false":
        "muss true oder false sein",
    "%1 d %2 h":
        "%1 d %2 h",
    "%1 d":
        "%1 d",
    "%1 is not a number (a NumericDate: seconds since 1970-01-01 UTC)":
        "%1 ist keine Zahl (NumericDate: Sekunden seit 1970-01-01 UTC)",
    "%1 is %2, which is not a plausible date (NumericDate: seconds since 1970-01-01 UTC)":
        "%1 ist %2, kein plausibles Datum (NumericDate: Sekunden seit 1970-01-01 UTC)",
    "padding character '=' at offset %1; base64url in JOSE is never padded":
        "Padding-Zeichen '=' bei Offset %1; base64url hat in JOSE nie Padding",
    "character %1 at offset %2 belongs to standard base64, not base64url (which uses '-' and '_')":
        "Zeichen %1 bei Offset %2 gehört zu Standard-Base64, nicht zu base64url (das '-' und '_' verwendet)",
    "character %1 at offset %2 is not in the base64url alphabet":
        "Zeichen %1 bei Offset %2 gehört nicht zum base64url-Alphabet",
    "its length %1 is one more than a multiple of 4, which no byte string encodes to":
        "Länge %1 ist ein Vielfaches von 4 plus 1, was keiner Bytefolge entspricht",
    "no complete answer from %1 within %2 s (the request timed out)":
        "keine vollständige Antwort von %1 innerhalb von %2 s (Zeitüberschreitung der Anfrage)",
    "the answer is %1, more than the %2 limit; not read":
        "die Antwort ist %1 groß, mehr als das Limit von %2; nicht gelesen",
    "cancelled":
        "abgebrochen",
    "the answer is larger than the %1 limit; reading stopped":
        "die Antwort überschreitet das Limit von %1; Lesen abgebrochen",
    "TLS error talking to %1: %2. Tokenscope does not skip certificate checks; if this is your own test CA, add it to the profile's \"Trusted CAs\" (tokenscope-cli: --ca-file).":
        "TLS-Fehler bei der Verbindung mit %1: %2. Tokenscope überspringt keine Zertifikatsprüfungen; ist dies Ihre eigene Test-CA, fügen Sie sie zu den „Vertrauenswürdigen CAs“ des Profils hinzu (tokenscope-cli: --ca-file).",
    "could not reach %1: %2":
        "%1 nicht erreichbar: %2",
    "the answer from %1 broke off after HTTP %2 and %3 (%4); the incomplete answer is not used":
        "die Antwort von %1 brach nach HTTP %2 und %3 ab (%4); die unvollständige Antwort wird nicht verwendet",
    "the key without kid from the JWKS":
        "Schlüssel ohne kid aus dem JWKS",
    "key %1 from the JWKS":
        "Schlüssel %1 aus dem JWKS",
    "the client secret is empty":
        "das Client-Secret ist leer",
    "the member %1 is not a string":
        "der Eintrag %1 ist kein String",
    "\"key_ops\" contains a value that is not a string":
        "„key_ops“ enthält einen Wert, der kein String ist",
    "\"key_ops\" is not an array":
        "„key_ops“ ist kein Array",
    "unknown \"use\" value %1 (expected \"sig\" or \"enc\")":
        "unbekannter Wert %1 für „use“ (erwartet: „sig“ oder „enc“)",
    "the key has no \"kty\" member":
        "der Schlüssel hat keinen Eintrag „kty“",
    "the key type %1 is not supported (supported: RSA, EC, OKP, oct)":
        "der Schlüsseltyp %1 wird nicht unterstützt (unterstützt: RSA, EC, OKP, oct)",
    "the key declares alg %1, which does not fit an %2 key":
        "der Schlüssel gibt alg %1 an, das nicht zu einem Schlüssel vom Typ %2 passt",
    "the %1 key has no %2 member":
        "dem %1-Schlüssel fehlt der Eintrag %2",
    "the member %1 is not valid base64url (%2)":
        "der Eintrag %1 ist kein gültiges base64url (%2)",
    "the member %1 is empty":
        "der Eintrag %1 ist leer",
    "the modulus n has a leading zero byte, which RFC 7518 section 6.3.1.1 forbids":
        "der Modulus n hat ein führendes Nullbyte, was RFC 7518 section 6.3.1.1 verbietet",
    "the RSA modulus is %1 bits, more than the 16384 bits OpenSSL verifies with":
        "der RSA-Modulus hat %1 Bit, mehr als die 16384 Bit, mit denen OpenSSL prüft",
    "the RSA modulus n is not a valid modulus (it must be odd and at least 256 bits)":
        "der RSA-Modulus n ist kein gültiger Modulus (er muss ungerade sein und mindestens 256 Bit haben)",
    "the RSA public exponent e is not valid (it must be odd, greater than 1 and less than n)":
        "der öffentliche RSA-Exponent e ist ungültig (er muss ungerade, größer als 1 und kleiner als n sein)",
    "the RSA key is only %1 bits; at least 2048 bits are required for security (RFC 7518 section 3.3)":
        "der RSA-Schlüssel hat nur %1 Bit; aus Sicherheitsgründen sind mindestens 2048 Bit nötig (RFC 7518 section 3.3)",
    "OpenSSL could not import the RSA key: %1":
        "OpenSSL konnte den RSA-Schlüssel nicht importieren: %1",
    "the EC key has no \"crv\" member":
        "dem EC-Schlüssel fehlt der Eintrag „crv“",
    "the EC curve %1 is not supported (supported: P-256, P-384, P-521)":
        "die EC-Kurve %1 wird nicht unterstützt (unterstützt: P-256, P-384, P-521)",
    "the coordinate %1 is %2 bytes; %3 coordinates must be exactly %4 bytes (RFC 7518 section 6.2.1.2)":
        "die Koordinate %1 ist %2 Bytes lang; %3-Koordinaten müssen genau %4 Bytes lang sein (RFC 7518 section 6.2.1.2)",
    "OpenSSL could not import the %1 key (is the point on the curve?): %2":
        "OpenSSL konnte den %1-Schlüssel nicht importieren (liegt der Punkt auf der Kurve?): %2",
    "the point (x, y) is not a valid public key on %1: %2":
        "der Punkt (x, y) ist kein gültiger öffentlicher Schlüssel auf %1: %2",
    "%1 keys are for key agreement (encryption), not for signatures":
        "%1-Schlüssel dienen der Schlüsselvereinbarung (Verschlüsselung), nicht der Signatur",
    "the OKP key has no \"crv\" member":
        "dem OKP-Schlüssel fehlt der Eintrag „crv“",
    "the OKP curve %1 is not supported (supported: Ed25519, Ed448)":
        "die OKP-Kurve %1 wird nicht unterstützt (unterstützt: Ed25519, Ed448)",
    "the public key \"x\" is %1 bytes; %2 public keys are %3 bytes":
        "der öffentliche Schlüssel „x“ ist %1 Bytes lang; öffentliche %2-Schlüssel sind %3 Bytes lang",
    "OpenSSL could not import the %1 key: %2":
        "OpenSSL konnte den %1-Schlüssel nicht importieren: %2",
    "no discovery document was fetched":
        "es wurde kein Discovery-Dokument abgerufen",
    "There is no usable discovery document: %1. Check the issuer URL: <issuer>/.well-known/openid-configuration must return the provider's JSON metadata.":
        "Es gibt kein verwendbares Discovery-Dokument: %1. Die Aussteller-URL prüfen: <issuer>/.well-known/openid-configuration muss die JSON-Metadaten des Anbieters liefern.",
    "The discovery document is a JSON object with %1 members.":
        "Das Discovery-Dokument ist ein JSON-Objekt mit %1 Einträgen.",
    "Every required member is present (OpenID Connect Discovery 3).":
        "Alle Pflichteinträge sind vorhanden (OpenID Connect Discovery 3).",
    "Required members are missing: %1. Add them to the discovery document (OpenID Connect Discovery 3); clients cannot sign in or verify tokens without them.":
        "Pflichteinträge fehlen: %1. Diese im Discovery-Dokument ergänzen (OpenID Connect Discovery 3); ohne sie können sich Clients nicht anmelden und keine Tokens prüfen.",
    "Every known member has the type OpenID Connect Discovery 3 gives it.":
        "Jeder bekannte Eintrag hat den Typ, den OpenID Connect Discovery 3 vorgibt.",
    "Members with the wrong type: %1. Fix their values; clients reject or ignore them.":
        "Einträge mit falschem Typ: %1. Deren Werte korrigieren; Clients lehnen sie ab oder ignorieren sie.",
    "The recommended members userinfo_endpoint, scopes_supported and claims_supported are present.":
        "Die empfohlenen Einträge userinfo_endpoint, scopes_supported und claims_supported sind vorhanden.",
    "Recommended members are missing: %1. Publish them so clients can discover what the provider supports (OpenID Connect Discovery 3).":
        "Empfohlene Einträge fehlen: %1. Diese veröffentlichen, damit Clients erkennen, was der Anbieter unterstützt (OpenID Connect Discovery 3).",
    "The document has no issuer.":
        "Das Dokument hat keinen Aussteller.",
    "The issuer \"%1\" is not an absolute URL. Set it to the provider's https URL, e.g. \"https://tenant.example.com/\".":
        "Der Aussteller „%1“ ist keine absolute URL. Die https-URL des Anbieters eintragen, z. B. „https://tenant.example.com/“.",
    "The issuer \"%1\" has a query or fragment, which OpenID Connect Discovery 3 forbids. Remove it.":
        "Der Aussteller „%1“ hat eine Query oder ein Fragment, was OpenID Connect Discovery 3 verbietet. Diesen Teil entfernen.",
    "The issuer \"%1\" does not use https. Serve the provider over https and make the issuer an https URL.":
        "Der Aussteller „%1“ verwendet kein https. Den Anbieter über https ausliefern und als Aussteller eine https-URL setzen.",
    "The issuer \"%1\" is an absolute URL without query or fragment.":
        "Der Aussteller „%1“ ist eine absolute URL ohne Query und Fragment.",
    "It is not known which URL the document was fetched from.":
        "Es ist nicht bekannt, von welcher URL das Dokument abgerufen wurde.",
    "The issuer \"%1\" is exactly the URL the document was fetched from.":
        "Der Aussteller „%1“ ist genau die URL, von der das Dokument abgerufen wurde.",
    " They differ only in the trailing slash, which counts: publish the issuer exactly as clients use it, or have clients use \"%1\".":
        " Sie unterscheiden sich nur im abschließenden Schrägstrich, und der zählt: den Aussteller genau so veröffentlichen, wie Clients ihn verwenden, oder die Clients „%1“ verwenden lassen.",
    " Either the document belongs to another provider (a proxy or a wrong custom domain?) or the issuer setting is wrong: make the issuer equal the URL the document is served under.":
        " Entweder gehört das Dokument zu einem anderen Anbieter (ein Proxy oder eine falsche eigene Domain?) oder die Aussteller-Einstellung ist falsch: den Aussteller gleich der URL setzen, unter der das Dokument ausgeliefert wird.",
    "The document says issuer \"%1\" but was fetched for \"%2\"; OpenID Connect Discovery 4.3 requires them to be identical, and clients reject every token.%3":
        "Das Dokument nennt den Aussteller „%1“, wurde aber für „%2“ abgerufen; OpenID Connect Discovery 4.3 verlangt, dass beide identisch sind, und Clients lehnen jedes Token ab.%3",
    "These URLs use plain http on a non-loopback host: %1. Serve them over https; tokens, codes and keys would otherwise travel unencrypted and unauthenticated.":
        "Diese URLs verwenden reines http auf einem Nicht-Loopback-Host: %1. Diese über https ausliefern; sonst werden Tokens, Codes und Schlüssel unverschlüsselt und unauthentifiziert übertragen.",
    "Every URL uses https, except %n on a loopback host (accepted for local test tenants only).":
        ["Alle URLs verwenden https, außer %n URL auf einem Loopback-Host (nur für lokale Test-Tenants zulässig).", "Alle URLs verwenden https, außer %n URLs auf Loopback-Hosts (nur für lokale Test-Tenants zulässig)."],
    "Every endpoint URL uses https.":
        "Alle Endpunkt-URLs verwenden https.",
    "The JWKS could not be fetched: %1. Make jwks_uri reachable without authentication; no client can verify a signature without it.":
        "Das JWKS konnte nicht abgerufen werden: %1. jwks_uri ohne Authentifizierung erreichbar machen; ohne das JWKS kann kein Client eine Signatur prüfen.",
    "There is no jwks_uri, so no client can verify ID token signatures. Publish the signing keys and add jwks_uri.":
        "Es gibt keine jwks_uri, daher kann kein Client die Signaturen von ID Tokens prüfen. Die Signaturschlüssel veröffentlichen und jwks_uri ergänzen.",
    "The JWKS was not fetched.":
        "Das JWKS wurde nicht abgerufen.",
    "The JWKS is not available.":
        "Das JWKS ist nicht verfügbar.",
    "The JWKS was fetched.":
        "Das JWKS wurde abgerufen.",
    "The JWKS %1 was fetched.":
        "Das JWKS %1 wurde abgerufen.",
    "The JWKS is unusable: %1. Serve {\"keys\": [...]} with the public signing keys.":
        "Das JWKS ist unbrauchbar: %1. {\"keys\": [...]} mit den öffentlichen Signaturschlüsseln ausliefern.",
    "The JWKS has no keys.":
        "Das JWKS enthält keine Schlüssel.",
    "The JWKS has %1 key(s), %2 of them usable.":
        "Das JWKS enthält %1 Schlüssel, davon %2 verwendbar.",
    "Every key parses and imports cleanly.":
        "Alle Schlüssel lassen sich fehlerfrei parsen und importieren.",
    "Keys with defects: %1. Fix or remove these keys from the JWKS.":
        "Schlüssel mit Mängeln: %1. Diese Schlüssel korrigieren oder aus dem JWKS entfernen.",
    "%1 has private members %2":
        "%1 hat private Einträge %2",
    "%1 is a symmetric (oct) key":
        "%1 ist ein symmetrischer Schlüssel (oct)",
    "The JWKS publishes public keys only.":
        "Das JWKS veröffentlicht nur öffentliche Schlüssel.",
    "The JWKS publishes secret key material: %1. Anyone can sign tokens with it: rotate these keys now and publish only the public parts.":
        "Das JWKS veröffentlicht geheimes Schlüsselmaterial: %1. Damit kann jeder Tokens signieren: diese Schlüssel sofort rotieren und nur die öffentlichen Teile veröffentlichen.",
    "The kid(s) %1 are used by more than one key, so a token's kid cannot select its key. Give every key its own kid.":
        "Mehrfach vergebene kid: %1. Die kid eines Tokens kann daher seinen Schlüssel nicht bestimmen. Jedem Schlüssel eine eigene kid geben.",
    "%1 of the %2 keys have no kid; with several keys, tokens must name their key (OpenID Connect Core 10.1). Add a kid to every key.":
        "%1 der %2 Schlüssel haben keine kid; bei mehreren Schlüsseln müssen Tokens ihren Schlüssel benennen (OpenID Connect Core 10.1). Jedem Schlüssel eine kid geben.",
    "The only key has no kid. It works until the first key rotation; add a kid so old and new keys can be told apart.":
        "Der einzige Schlüssel hat keine kid. Das geht bis zur ersten Schlüsselrotation gut; eine kid ergänzen, damit sich alte und neue Schlüssel unterscheiden lassen.",
    "Every key has its own kid.":
        "Jeder Schlüssel hat eine eigene kid.",
    "%1 (%2 bits)":
        "%1 (%2 Bit)",
    "The JWKS has no RSA keys.":
        "Das JWKS enthält keine RSA-Schlüssel.",
    "RSA keys shorter than 2048 bits: %1. Replace them with keys of at least 2048 bits (RFC 7518 3.3); short keys can be factored.":
        "RSA-Schlüssel kürzer als 2048 Bit: %1. Durch Schlüssel mit mindestens 2048 Bit ersetzen (RFC 7518 3.3); kurze Schlüssel lassen sich faktorisieren.",
    "Every RSA key has at least 2048 bits.":
        "Alle RSA-Schlüssel haben mindestens 2048 Bit.",
    "%1 is a %2 key but declares alg %3":
        "%1 ist ein %2-Schlüssel, gibt aber alg %3 an",
    "%1 has use \"enc\" but a signature alg %2":
        "%1 hat use „enc“, aber den Signatur-alg %2",
    "%1 has key_ops %2 without \"verify\"":
        "%1 hat key_ops %2 ohne „verify“",
    "no key is meant for signatures (all are \"enc\" or symmetric)":
        "kein Schlüssel ist für Signaturen bestimmt (alle sind „enc“ oder symmetrisch)",
    "Inconsistent use/alg: %1. Make each key's use \"sig\", alg and key type agree.":
        "Widersprüchliches use/alg: %1. Bei jedem Schlüssel use auf „sig“ setzen und alg und Schlüsseltyp aufeinander abstimmen.",
    "Questionable key_ops: %1. Signing keys should allow \"verify\" or leave key_ops out.":
        "Fragwürdige key_ops: %1. Signaturschlüssel sollten „verify“ erlauben oder key_ops weglassen.",
    "Every key's use, alg and key type agree.":
        "Bei allen Schlüsseln passen use, alg und Schlüsseltyp zusammen.",
    "The document advertises no ID token signing algorithms.":
        "Das Dokument gibt keine Signaturalgorithmen für ID Tokens an.",
    "The JWKS has a key for every advertised asymmetric algorithm.":
        "Das JWKS enthält einen Schlüssel für jeden angegebenen asymmetrischen Algorithmus.",
    "%1 advertised, but the JWKS has no key of that type: tokens signed with it could not be verified. Publish the key or stop advertising the algorithm.":
        "%1 angegeben, aber das JWKS enthält keinen Schlüssel dieses Typs: damit signierte Tokens ließen sich nicht prüfen. Den Schlüssel veröffentlichen oder den Algorithmus nicht mehr angeben.",
    "id_token_signing_alg_values_supported is missing.":
        "id_token_signing_alg_values_supported fehlt.",
    "\"none\" is offered for ID tokens: unsigned ID tokens can be forged by anyone. Remove \"none\" from id_token_signing_alg_values_supported and from every app.":
        "„none“ wird für ID Tokens angeboten: unsignierte ID Tokens kann jeder fälschen. „none“ aus id_token_signing_alg_values_supported und aus jeder App entfernen.",
    "\"none\" is not offered.":
        "„none“ wird nicht angeboten.",
    "Only %1 (shared-secret HMAC) is offered for ID tokens: public apps (SPA, native) have no secret and cannot verify them, and every app holding the secret can forge them. Switch the signing algorithm to RS256 (Auth0: Application > Advanced > OAuth > JSON Web Token Signature Algorithm).":
        "Für ID Tokens wird nur %1 (HMAC mit gemeinsamem Secret) angeboten: öffentliche Apps (SPA, nativ) haben kein Secret und können sie nicht prüfen, und jede App mit dem Secret kann sie fälschen. Den Signaturalgorithmus auf RS256 umstellen (Auth0: Application > Advanced > OAuth > JSON Web Token Signature Algorithm).",
    "%1 and %2 are offered: HMAC ID tokens are verified with the client secret, so only confidential apps should use them.":
        "%1 und %2 werden angeboten: HMAC-signierte ID Tokens werden mit dem Client-Secret geprüft, daher sollten nur vertrauliche Apps sie verwenden.",
    "Only asymmetric algorithms are offered: %1.":
        "Es werden nur asymmetrische Algorithmen angeboten: %1.",
    "RS256 is offered, as OpenID Connect Discovery 3 requires.":
        "RS256 wird angeboten, wie OpenID Connect Discovery 3 es verlangt.",
    "RS256 is not offered; OpenID Connect Discovery 3 requires it and many client libraries only support it. Add RS256.":
        "RS256 wird nicht angeboten; OpenID Connect Discovery 3 verlangt es, und viele Client-Bibliotheken unterstützen nur RS256. RS256 ergänzen.",
    "The profile sets no expected algorithm.":
        "Das Profil legt keinen erwarteten Algorithmus fest.",
    "No profile to compare with.":
        "Kein Profil zum Vergleichen.",
    "The profile's algorithm %1 is offered.":
        "Der Algorithmus %1 des Profils wird angeboten.",
    "The profile expects %1, but the provider offers %2. Align the app's signing algorithm with the profile.":
        "Das Profil erwartet %1, der Anbieter bietet aber %2 an. Den Signaturalgorithmus der App auf das Profil abstimmen.",
    "Response types offered: %1.":
        "Angebotene Response Types: %1.",
    "response_types_supported is missing.":
        "response_types_supported fehlt.",
    "The profile's response type \"%1\" is offered.":
        "Der Response Type „%1“ des Profils wird angeboten.",
    "The profile uses response type \"%1\", which the provider does not offer (%2). Change the profile's responseType, or enable it for the app at the provider.":
        "Das Profil verwendet den Response Type „%1“, den der Anbieter nicht anbietet (%2). responseType des Profils ändern oder den Response Type für die App beim Anbieter aktivieren.",
    "Response modes offered: %1.":
        "Angebotene Response Modes: %1.",
    "response_modes_supported is not advertised, so clients assume \"query\" and \"fragment\" only; advertise \"form_post\" too if it is supported.":
        "response_modes_supported wird nicht angegeben, daher nehmen Clients nur „query“ und „fragment“ an; „form_post“ ebenfalls angeben, falls unterstützt.",
    "The profile asks for response type \"%1\" in the query: tokens must never travel in the query string (server logs, Referer). Use fragment or form_post.":
        "Das Profil fordert den Response Type „%1“ mit query an: Tokens dürfen nie im Query-String übertragen werden (Serverlogs, Referer). fragment oder form_post verwenden.",
    "The profile's response mode \"%1\" is offered.":
        "Der Response Mode „%1“ des Profils wird angeboten.",
    "The profile uses response mode \"%1\", which the provider does not advertise (it advertises no response modes). Advertise it, or expect it may not work.":
        "Das Profil verwendet den Response Mode „%1“, den der Anbieter nicht angibt (er gibt keine Response Modes an). Den Response Mode angeben oder damit rechnen, dass er nicht funktioniert.",
    "The profile uses response mode \"%1\", which the provider does not offer (%2). Change the profile's responseMode.":
        "Das Profil verwendet den Response Mode „%1“, den der Anbieter nicht anbietet (%2). responseMode des Profils ändern.",
    "code_challenge_methods_supported is not advertised, so clients cannot tell whether PKCE works. Support PKCE and advertise [\"S256\"] (RFC 8414, RFC 9700 2.1.1).":
        "code_challenge_methods_supported wird nicht angegeben, daher können Clients nicht erkennen, ob PKCE funktioniert. PKCE unterstützen und [\"S256\"] angeben (RFC 8414, RFC 9700 2.1.1).",
    " The profile is a public client, which needs PKCE.":
        " Das Profil ist ein öffentlicher Client, der PKCE braucht.",
    "PKCE with S256 is offered.":
        "PKCE mit S256 wird angeboten.",
    "PKCE S256 is not offered (only %1). Enable S256: it is the only method that protects the code if the authorization request leaks.":
        "PKCE S256 wird nicht angeboten (nur %1). S256 aktivieren: nur diese Methode schützt den Code, wenn die Autorisierungsanfrage nach außen gelangt.",
    "PKCE \"plain\" is offered: the challenge is the verifier itself, so it protects nothing once the request is seen. Remove \"plain\" and keep only \"S256\" (RFC 9700 2.1.1).":
        "PKCE „plain“ wird angeboten: die Challenge ist der Verifier selbst und schützt daher nichts mehr, sobald die Anfrage mitgelesen wird. „plain“ entfernen und nur „S256“ behalten (RFC 9700 2.1.1).",
    "PKCE \"plain\" is not offered.":
        "PKCE „plain“ wird nicht angeboten.",
    "PKCE \"plain\" is not advertised.":
        "PKCE „plain“ wird nicht angegeben.",
    " (grant_types_supported is not advertised; the default is authorization_code and implicit)":
        " (grant_types_supported wird nicht angegeben; Standard sind authorization_code und implicit)",
    "The authorization code grant is offered%1.":
        "Der Authorization-Code-Grant wird angeboten%1.",
    "Response types with \"code\" are offered but grant_types_supported lacks authorization_code: codes could not be exchanged. Add authorization_code.":
        "Response Types mit „code“ werden angeboten, aber in grant_types_supported fehlt authorization_code: Codes ließen sich nicht einlösen. authorization_code ergänzen.",
    "The authorization code grant is not offered. Offer it: the code flow with PKCE is the recommended flow for every kind of app (RFC 9700).":
        "Der Authorization-Code-Grant wird nicht angeboten. Ihn anbieten: der Code Flow mit PKCE ist der empfohlene Ablauf für jede Art von App (RFC 9700).",
    "The implicit grant is offered%1: only apps that use response types with id_token or token need it; RFC 9700 advises against access tokens in the front channel, so disable it for apps that do not.":
        "Der Implicit Grant wird angeboten%1: nur Apps, die Response Types mit id_token oder token verwenden, brauchen ihn; RFC 9700 rät von Access Tokens im Front Channel ab, daher für alle anderen Apps deaktivieren.",
    "The implicit grant is not offered.":
        "Der Implicit Grant wird nicht angeboten.",
    "The refresh token grant is offered.":
        "Der Refresh-Token-Grant wird angeboten.",
    "The profile asks for offline_access but refresh_token is not in grant_types_supported: no refresh token may come back. Enable the refresh token grant for the app.":
        "Das Profil fordert offline_access an, aber refresh_token fehlt in grant_types_supported: womöglich kommt kein Refresh Token zurück. Den Refresh-Token-Grant für die App aktivieren.",
    "The refresh token grant is not advertised.":
        "Der Refresh-Token-Grant wird nicht angegeben.",
    "The grants the profile's response type needs are offered: %1.":
        "Die Grants, die der Response Type des Profils braucht, werden angeboten: %1.",
    "Response type \"%1\" needs the grant(s) %2, which the provider does not offer. Enable them for the app, or change the profile's responseType.":
        "Der Response Type „%1“ braucht Grants, die der Anbieter nicht anbietet: %2. Diese für die App aktivieren oder responseType des Profils ändern.",
    "The profile's response type does not use the token endpoint.":
        "Der Response Type des Profils verwendet den Token-Endpunkt nicht.",
    "The profile's token endpoint authentication \"%1\" is offered.":
        "Die Token-Endpunkt-Authentifizierung „%1“ des Profils wird angeboten.",
    "The profile authenticates at the token endpoint with \"%1\", which the provider does not offer (%2). Change the profile's tokenEndpointAuth to what the app is configured for.":
        "Das Profil authentifiziert sich am Token-Endpunkt mit „%1“, was der Anbieter nicht anbietet (%2). tokenEndpointAuth des Profils auf das setzen, wofür die App konfiguriert ist.",
    "scopes_supported is not advertised.":
        "scopes_supported wird nicht angegeben.",
    "Every scope the profile asks for is advertised.":
        "Alle Scopes, die das Profil anfordert, werden angegeben.",
    "The profile asks for scope(s) %1 that scopes_supported does not list. API scopes are often not listed; for OpenID scopes, check the spelling or enable them.":
        "Das Profil fordert Scopes an, die scopes_supported nicht aufführt: %1. API-Scopes fehlen dort oft; bei OpenID-Scopes die Schreibweise prüfen oder sie aktivieren.",
    "userinfo_endpoint: %1":
        "userinfo_endpoint: %1",
    "There is no userinfo_endpoint: apps cannot fetch profile claims with the access token. Publish it (OpenID Connect Core 5.3).":
        "Es gibt keinen userinfo_endpoint: Apps können mit dem Access Token keine Profil-Claims abrufen. Diesen veröffentlichen (OpenID Connect Core 5.3).",
    "end_session_endpoint: %1":
        "end_session_endpoint: %1",
    "There is no end_session_endpoint: apps cannot end the provider session on sign-out, so the next sign-in is silent. Enable RP-Initiated Logout (Auth0: tenant setting \"RP-Initiated Logout End Session Endpoint Discovery\").":
        "Es gibt keinen end_session_endpoint: Apps können beim Abmelden die Sitzung beim Anbieter nicht beenden, daher erfolgt die nächste Anmeldung stillschweigend. RP-Initiated Logout aktivieren (Auth0: Tenant-Einstellung „RP-Initiated Logout End Session Endpoint Discovery“).",
    "revocation_endpoint: %1":
        "revocation_endpoint: %1",
    "There is no revocation_endpoint (RFC 7009): apps cannot revoke refresh tokens when the user signs out. Publish it if the provider supports revocation.":
        "Es gibt keinen revocation_endpoint (RFC 7009): Apps können Refresh Tokens beim Abmelden des Benutzers nicht widerrufen. Diesen veröffentlichen, falls der Anbieter Widerruf unterstützt.",
    "introspection_endpoint: %1":
        "introspection_endpoint: %1",
    "There is no introspection_endpoint (RFC 7662): APIs must validate access tokens themselves (JWT signature and claims), and opaque access tokens are only good for userinfo.":
        "Es gibt keinen introspection_endpoint (RFC 7662): APIs müssen Access Tokens selbst validieren (JWT-Signatur und Claims), und opake Access Tokens taugen nur für Userinfo.",
    "The authorization response carries iss (RFC 9207), so clients can detect mix-up attacks.":
        "Die Autorisierungsantwort enthält iss (RFC 9207), daher können Clients Mix-up-Angriffe erkennen.",
    "authorization_response_iss_parameter_supported is not true: responses do not carry iss (RFC 9207), so clients talking to several providers cannot detect mix-up attacks. Enable it if the provider can.":
        "authorization_response_iss_parameter_supported ist nicht true: Antworten enthalten kein iss (RFC 9207), daher können Clients mit mehreren Anbietern keine Mix-up-Angriffe erkennen. Aktivieren, falls der Anbieter es kann.",
    "a sign-in is already running":
        "eine Anmeldung läuft bereits",
    "the profile has no API URL":
        "das Profil hat keine API-URL",
    "not requested":
        "nicht angefordert",
    "not run: an earlier step failed":
        "nicht ausgeführt: ein früherer Schritt ist fehlgeschlagen",
    "cancelled by the user":
        "vom Benutzer abgebrochen",
    "no discovery document at %1 (%2); using the endpoints from the profile":
        "kein Discovery-Dokument unter %1 (%2); die Endpunkte aus dem Profil werden verwendet",
    "could not fetch the discovery document %1: %2. Check the issuer/domain, or set the endpoints by hand in the profile.":
        "das Discovery-Dokument %1 konnte nicht abgerufen werden: %2. Aussteller/Domain prüfen oder die Endpunkte im Profil von Hand eintragen.",
    "the discovery document at %1 is unusable: %2":
        "das Discovery-Dokument unter %1 ist unbrauchbar: %2",
    "the discovery document's issuer \"%1\" is not the issuer it was fetched for, \"%2\" (OpenID Connect Discovery 4.3 forbids using it). Set the profile's issuer to exactly the provider's issuer.":
        "der Aussteller „%1“ im Discovery-Dokument ist nicht der, für den es abgerufen wurde, „%2“ (OpenID Connect Discovery 4.3 verbietet dann seine Verwendung). Den Aussteller des Profils genau auf den des Anbieters setzen.",
    "issuer %1":
        "Aussteller %1",
    "; %n signing key(s) in the JWKS":
        ["; %n Signaturschlüssel im JWKS", "; %n Signaturschlüssel im JWKS"],
    "the provider has no jwks_uri":
        "der Anbieter hat keine jwks_uri",
    "could not fetch the JWKS %1: %2":
        "das JWKS %1 konnte nicht abgerufen werden: %2",
    "the JWKS at %1 could not be read":
        "das JWKS unter %1 konnte nicht gelesen werden",
    "no browser is available to show the login page":
        "kein Browser verfügbar, um die Anmeldeseite anzuzeigen",
    "the provider has no authorization_endpoint":
        "der Anbieter hat keinen authorization_endpoint",
    "the browser cannot use the redirect URI":
        "der Browser kann die Redirect-URI nicht verwenden",
    "the logout page was opened in the system browser; Tokenscope cannot see whether the provider ended the session there":
        "die Abmeldeseite wurde im Systembrowser geöffnet; Tokenscope kann nicht sehen, ob der Anbieter die Sitzung dort beendet hat",
    "the provider redirected to %1":
        "der Anbieter hat zu %1 weitergeleitet",
    "the provider redirected to the callback (%1)":
        "der Anbieter hat zum Callback weitergeleitet (%1)",
    "the provider answered with an error: %1":
        "der Anbieter hat mit einem Fehler geantwortet: %1",
    "state check failed, so the response is not used (possible CSRF): %1":
        "state-Prüfung fehlgeschlagen, daher wird die Antwort nicht verwendet (möglicher CSRF-Angriff): %1",
    "iss check failed, so the response is not used (possible mix-up attack, RFC 9207): %1":
        "iss-Prüfung fehlgeschlagen, daher wird die Antwort nicht verwendet (möglicher Mix-up-Angriff, RFC 9207): %1",
    "%n check(s) failed; first: %1":
        ["%n Prüfung fehlgeschlagen: %1", "%n Prüfungen fehlgeschlagen; erste: %1"],
    "%n check(s) passed":
        ["%n Prüfung bestanden", "%n Prüfungen bestanden"],
    "no authorization code in the response (response_type %1)":
        "kein Autorisierungscode in der Antwort (response_type %1)",
    "code exchange not requested":
        "Code-Austausch nicht angefordert",
    "the provider has no token_endpoint":
        "der Anbieter hat keinen token_endpoint",
    "token endpoint: %1":
        "Token-Endpunkt: %1",
    "the token endpoint refused the code (HTTP %1): %2":
        "der Token-Endpunkt hat den Code abgelehnt (HTTP %1): %2",
    "HTTP %1; received %2":
        "HTTP %1; erhalten: %2",
    "the token endpoint returned no id_token although the scope has openid":
        "der Token-Endpunkt hat kein id_token geliefert, obwohl der Scope openid enthält",
    "the scope has no openid":
        "der Scope enthält kein openid",
    "the provider has no userinfo_endpoint":
        "der Anbieter hat keinen userinfo_endpoint",
    "no access token":
        "kein Access Token",
    " — WWW-Authenticate: %1":
        " — WWW-Authenticate: %1",
    "userinfo failed: %1":
        "Userinfo fehlgeschlagen: %1",
    "the userinfo response is not a JSON object (%1)":
        "die Userinfo-Antwort ist kein JSON-Objekt (%1)",
    "the userinfo response has no sub":
        "die Userinfo-Antwort hat kein sub",
    "no ID token to compare with (userinfo sub %1)":
        "kein ID Token zum Vergleich (sub aus Userinfo: %1)",
    "userinfo sub \"%1\" differs from the ID token's sub \"%2\" (OpenID Connect Core 5.3.2: the response must not be used)":
        "sub „%1“ aus Userinfo weicht vom sub „%2“ des ID Tokens ab (OpenID Connect Core 5.3.2: die Antwort darf nicht verwendet werden)",
    "same subject as the ID token: %1":
        "dasselbe Subjekt wie im ID Token: %1",
    "the API URL \"%1\" is not a valid URL":
        "die API-URL „%1“ ist keine gültige URL",
    "no access token to call the API with":
        "kein Access Token für den API-Aufruf",
    "HTTP %1 in %2 ms":
        "HTTP %1 in %2 ms",
    "the API answered %1":
        "die API antwortete: %1",
    "no refresh token was issued (ask for offline_access and allow offline access on the API)":
        "es wurde kein Refresh Token ausgestellt (offline_access anfordern und Offline-Zugriff für die API erlauben)",
    "the refresh was refused (HTTP %1): %2":
        "die Erneuerung wurde abgelehnt (HTTP %1): %2",
    "new tokens; the refresh token was rotated":
        "neue Tokens; das Refresh Token wurde rotiert",
    "new tokens; the refresh token was not rotated":
        "neue Tokens; das Refresh Token wurde nicht rotiert",
    "another step is still running":
        "ein anderer Schritt läuft noch",
    "there is no refresh token: sign in with offline_access in the scope":
        "kein Refresh Token vorhanden: mit offline_access im Scope anmelden",
    "there is no refresh token to revoke: sign in with offline_access in the scope":
        "kein Refresh Token zum Widerrufen vorhanden: mit offline_access im Scope anmelden",
    "the provider advertises no revocation_endpoint (a profile can name it: \"endpoints\": {\"revocation\": ...})":
        "der Anbieter bietet keinen revocation_endpoint an (ein Profil kann ihn nennen: „endpoints“: {„revocation“: ...})",
    "revocation endpoint: %1":
        "Widerrufsendpunkt: %1",
    "the revocation was refused (HTTP %1): %2":
        "der Widerruf wurde abgelehnt (HTTP %1): %2",
    "could not tell: the token endpoint did not answer (%1)":
        "nicht feststellbar: der Token-Endpunkt hat nicht geantwortet (%1)",
    "the provider still accepts the revoked refresh token: it issued new tokens for it":
        "der Anbieter akzeptiert das widerrufene Refresh Token weiterhin: er hat dafür neue Tokens ausgestellt",
    "the token endpoint now refuses the refresh token (invalid_grant)":
        "der Token-Endpunkt lehnt das Refresh Token jetzt ab (invalid_grant)",
    "could not tell: the token endpoint answered %1":
        "nicht feststellbar: der Token-Endpunkt antwortete %1",
    "the refresh token was revoked; the token endpoint now refuses it":
        "das Refresh Token wurde widerrufen; der Token-Endpunkt lehnt es jetzt ab",
    "\"refreshScope\" can only narrow the scope (RFC 6749 6): %1 is not in \"scope\"; add it there or remove it here":
        "„refreshScope“ kann den Scope nur einschränken (RFC 6749 6): %1 steht nicht in „scope“; dort ergänzen oder hier entfernen",
    "no scope in the answer, which means the one asked for (RFC 6749 5.1): %1":
        "kein Scope in der Antwort, also der angefragte (RFC 6749 5.1): %1",
    "asked for %1, but the provider granted more: %2":
        "%1 angefragt, aber der Anbieter hat mehr gewährt: %2",
    "asked for %1, granted %2":
        "%1 angefragt, %2 gewährt",
    "the provider advertises no end_session_endpoint":
        "der Anbieter bietet keinen end_session_endpoint an",
    "no browser is available for the logout page":
        "kein Browser für die Abmeldeseite verfügbar",
    "opaque access token (%n characters): only the provider can check it":
        ["opakes Access Token (%n Zeichen): nur der Anbieter kann es prüfen", "opakes Access Token (%n Zeichen): nur der Anbieter kann es prüfen"],
    "\"%1\" is not an issuer URL or domain":
        "„%1“ ist weder eine Aussteller-URL noch eine Domain",
    "could not fetch %1: %2":
        "%1 konnte nicht abgerufen werden: %2",
    "not checked: the token could not be decoded (see %1format)":
        "nicht geprüft: das Token konnte nicht dekodiert werden (siehe %1format)",
    "clock skew allowed: %1 s":
        "erlaubte Zeitabweichung: %1 s",
    "the token is not a well-formed JWS":
        "das Token ist kein wohlgeformtes JWS",
    "the token can be read, but: %1":
        "das Token ist lesbar, aber: %1",
    "a well-formed signed JWT (JWS compact serialization) with %1 claims":
        "ein wohlgeformtes signiertes JWT (JWS Compact Serialization) mit %1 Claims",
    "the header has no alg":
        "der Header hat kein alg",
    "the header's alg is not a string":
        "alg im Header ist kein String",
    "alg is \"%1\": the token is unsigned, and unsigned tokens are never accepted":
        "alg ist „%1“: das Token ist unsigniert, und unsignierte Tokens werden nie akzeptiert",
    "alg %1 is not supported (supported: %2)":
        "alg %1 wird nicht unterstützt (unterstützt: %2)",
    "alg %1 is not allowed here (allowed: %2)":
        "alg %1 ist hier nicht erlaubt (erlaubt: %2)",
    "alg is %1, but the profile expects %2":
        "alg ist %1, aber das Profil erwartet %2",
    "%1, as the profile expects":
        "%1, wie vom Profil erwartet",
    "%1 (allowed: %2)":
        "%1 (erlaubt: %2)",
    "the token is unsigned (alg \"%1\")%2":
        "das Token ist unsigniert (alg „%1“)%2",
    "; the %1-byte signature part is ignored":
        "; der Signaturteil von %1 Byte wird ignoriert",
    "not verified: %1 (see %2)":
        "nicht geprüft: %1 (siehe %2)",
    "%1 tokens are verified with the client secret, and no client secret is configured":
        "%1-Tokens werden mit dem Client-Secret geprüft, und es ist kein Client-Secret konfiguriert",
    "not verified: no JWKS is available for the %1 signature":
        "nicht geprüft: für die %1-Signatur ist kein JWKS verfügbar",
    "the JWKS could not be read: %1":
        "das JWKS konnte nicht gelesen werden: %1",
    "no key with kid %1 in the JWKS (%2)":
        "kein Schlüssel mit kid %1 im JWKS (%2)",
    "key %1 from the JWKS is not a usable %2 key":
        "Schlüssel %1 aus dem JWKS ist kein verwendbarer %2-Schlüssel",
    "%1 (warning: kid %2 is used by %3 keys in the JWKS)":
        "%1 (Warnung: kid %2 wird von %3 Schlüsseln im JWKS verwendet)",
    " (the token has no kid; the JWKS has exactly one key for %1)":
        " (das Token hat keine kid; das JWKS hat genau einen Schlüssel für %1)",
    "the JWKS has no key that can verify %1, which needs %2 with use \"sig\" (%3)":
        "das JWKS hat keinen Schlüssel, der %1 prüfen kann; nötig ist %2 mit use „sig“ (%3)",
    "the token has no kid, and the JWKS has %1 keys that could verify %2 (%3); OpenID Connect Core 10.1 requires a kid when the JWKS has several keys":
        "das Token hat keine kid, und das JWKS hat %1 Schlüssel, die %2 prüfen könnten (%3); OpenID Connect Core 10.1 verlangt eine kid, wenn das JWKS mehrere Schlüssel hat",
    "its keys have no kids":
        "seine Schlüssel haben keine kid",
    "kids: %1":
        "kids: %1",
    ", use %1":
        ", use %1",
    ", alg %1":
        ", alg %1",
    ", unusable":
        ", unbrauchbar",
    "(no kid)":
        "(keine kid)",
    "the JWKS has %1":
        "das JWKS enthält %1",
    "no expected issuer is configured":
        "kein erwarteter Aussteller konfiguriert",
    "the token has no iss claim; %1 was expected":
        "das Token hat keinen iss-Claim; erwartet war %1",
    "iss is not a string":
        "iss ist kein String",
    "iss is %1, as expected":
        "iss ist %1, wie erwartet",
    "; they differ only in the trailing slash, and the issuer must match exactly":
        "; sie unterscheiden sich nur im abschließenden Schrägstrich, und der Aussteller muss exakt übereinstimmen",
    "; they differ only in letter case, and the issuer must match exactly":
        "; sie unterscheiden sich nur in der Groß-/Kleinschreibung, und der Aussteller muss exakt übereinstimmen",
    "iss is %1, but the expected issuer is %2%3":
        "iss ist %1, aber der erwartete Aussteller ist %2%3",
    "aud is not a string or an array of strings":
        "aud ist weder ein String noch ein Array von Strings",
    "aud is an empty array":
        "aud ist ein leeres Array",
    "no client id is configured to compare aud with":
        "keine Client-ID zum Vergleich mit aud konfiguriert",
    "the token has no aud claim; an ID token must name the client id %1":
        "das Token hat keinen aud-Claim; ein ID Token muss die Client-ID %1 nennen",
    "aud %1 does not contain the client id %2":
        "aud %1 enthält die Client-ID %2 nicht",
    "aud is the client id %1":
        "aud ist die Client-ID %1",
    "aud contains the client id %1 and also %2; OpenID Connect Core 3.1.3.7 says to reject ID tokens with audiences you do not trust":
        "aud enthält die Client-ID %1 und zusätzlich %2; laut OpenID Connect Core 3.1.3.7 sind ID Tokens mit nicht vertrauenswürdigen Zielgruppen abzulehnen",
    "aud has %1 values but there is no azp claim; with several audiences the authorized party must be named (OpenID Connect Core 2, 3.1.3.7)":
        "aud hat %1 Werte, aber es gibt keinen azp-Claim; bei mehreren Zielgruppen muss die autorisierte Partei genannt sein (OpenID Connect Core 2, 3.1.3.7)",
    "no azp claim (needed only when aud has several values)":
        "kein azp-Claim (nur nötig, wenn aud mehrere Werte hat)",
    "azp is not a string":
        "azp ist kein String",
    "azp is %1; no client id is configured to compare it with":
        "azp ist %1; keine Client-ID zum Vergleich konfiguriert",
    "azp is the client id %1":
        "azp ist die Client-ID %1",
    "azp is %1, but the client id is %2; the token was issued to another party":
        "azp ist %1, aber die Client-ID ist %2; das Token wurde für eine andere Partei ausgestellt",
    "no audience was requested":
        "keine Audience angefordert",
    "the token has no aud claim, but the audience %1 was requested":
        "das Token hat keinen aud-Claim, aber die Audience %1 wurde angefordert",
    "aud %1 contains the requested audience %2":
        "aud %1 enthält die angeforderte Audience %2",
    "aud %1 does not contain the requested audience %2":
        "aud %1 enthält die angeforderte Audience %2 nicht",
    "the token has no exp claim, which every ID token must have (OpenID Connect Core 2)":
        "das Token hat keinen exp-Claim, den jedes ID Token haben muss (OpenID Connect Core 2)",
    "the token has no exp claim, which a JWT access token must have (RFC 9068 section 2.2)":
        "das Token hat keinen exp-Claim, den ein JWT-Access-Token haben muss (RFC 9068 section 2.2)",
    "expires in %1, at %2":
        "läuft in %1 ab, am %2",
    "expired %1 ago at %2, within the allowed clock skew of %3 s":
        "vor %1 abgelaufen, am %2, noch innerhalb der erlaubten Zeitabweichung von %3 s",
    "expired %1 ago at %2 (%3)":
        "vor %1 abgelaufen, am %2 (%3)",
    "the token has no iat claim, which every ID token must have (OpenID Connect Core 2)":
        "das Token hat keinen iat-Claim, den jedes ID Token haben muss (OpenID Connect Core 2)",
    "issued %1 in the future, at %2 (%3); check this computer's clock or the provider's":
        "%1 in der Zukunft ausgestellt, am %2 (%3); die Uhr dieses Computers oder die des Anbieters prüfen",
    "issued at %1, %2 in the future but within the allowed clock skew of %3 s":
        "ausgestellt am %1, %2 in der Zukunft, aber innerhalb der erlaubten Zeitabweichung von %3 s",
    "issued %1 ago at %2":
        "vor %1 ausgestellt, am %2",
    "no nbf claim":
        "kein nbf-Claim",
    "not valid before %1, %2 from now (%3)":
        "erst gültig ab %1, also in %2 (%3)",
    "valid from %1, %2 from now but within the allowed clock skew of %3 s":
        "gültig ab %1, also in %2, aber innerhalb der erlaubten Zeitabweichung von %3 s",
    "valid since %1 (%2 ago)":
        "gültig seit %1 (vor %2)",
    "max_age=%1 was sent, so the token must have auth_time (OpenID Connect Core 3.1.2.1), and it has none":
        "max_age=%1 wurde gesendet, daher muss das Token auth_time enthalten (OpenID Connect Core 3.1.2.1), es fehlt aber",
    "no max_age was sent and the token has no auth_time":
        "kein max_age gesendet, und das Token hat kein auth_time",
    "the user authenticated %1 in the future, at %2 (%3)":
        "die Anmeldung des Benutzers liegt %1 in der Zukunft, am %2 (%3)",
    "%1 ago at %2":
        "vor %1 (am %2)",
    "at %1":
        "am %1",
    "the user authenticated %1 (no max_age was sent, so any age is acceptable)":
        "der Benutzer hat sich %1 angemeldet (kein max_age gesendet, daher ist jedes Alter zulässig)",
    "the user authenticated %1, within max_age %2 s":
        "der Benutzer hat sich %1 angemeldet, innerhalb von max_age %2 s",
    "the user authenticated %1, longer ago than max_age %2 s allows (%3); the provider should have asked the user to log in again":
        "der Benutzer hat sich %1 angemeldet, länger her, als max_age %2 s erlaubt (%3); der Anbieter hätte eine erneute Anmeldung verlangen müssen",
    "the token's nonce is not a string":
        "der nonce-Claim des Tokens ist kein String",
    "a nonce was sent in the authorization request, but the token has no nonce claim (OpenID Connect Core 3.1.3.7)":
        "in der Autorisierungsanfrage wurde eine Nonce gesendet, aber das Token hat keinen nonce-Claim (OpenID Connect Core 3.1.3.7)",
    "the token's nonce %1 does not match the nonce sent, %2; the token may be replayed or from another login":
        "die Nonce %1 des Tokens passt nicht zur gesendeten Nonce %2; das Token wurde womöglich wiedereingespielt oder stammt aus einer anderen Anmeldung",
    "matches the nonce sent in the authorization request":
        "stimmt mit der in der Autorisierungsanfrage gesendeten Nonce überein",
    "ID tokens returned from the authorization endpoint (implicit and hybrid flows) must carry the nonce of the request (OpenID Connect Core 3.2.2.11), and this one has none":
        "ID Tokens vom Autorisierungsendpunkt (Implicit und Hybrid Flow) müssen die Nonce der Anfrage enthalten (OpenID Connect Core 3.2.2.11), dieses hat keine",
    "no nonce was sent":
        "keine Nonce gesendet",
    "the token has nonce %1, but no nonce was sent, so there is nothing to compare it with":
        "das Token hat die Nonce %1, aber es wurde keine gesendet, also gibt es nichts zu vergleichen",
    "no %1 claim":
        "kein %1-Claim",
    "%1 is not a string":
        "%1 ist kein String",
    "the token has %1, but %2 is not available to check it against":
        "das Token hat %1, aber zum Abgleich fehlt %2",
    "cannot compute %1: EdDSA hashes depend on the curve (Ed25519 or Ed448), and no key was found to tell which":
        "%1 nicht berechenbar: EdDSA-Hashes hängen von der Kurve ab (Ed25519 oder Ed448), und es wurde kein Schlüssel gefunden, der sie angibt",
    "cannot compute %1: alg %2 defines no hash function":
        "%1 nicht berechenbar: alg %2 definiert keine Hashfunktion",
    "%1 matches %2 (left half of its %3)":
        "%1 stimmt: %2 ergibt denselben Wert (linke Hälfte seines %3-Hashes)",
    "%1 is %2, but the left half of the %3 of %4 is %5":
        "%1 ist %2, aber %4 ergibt %5 (linke Hälfte seines %3-Hashes)",
    "the token has no sub claim, which every ID token must have (OpenID Connect Core 2)":
        "das Token hat keinen sub-Claim, den jedes ID Token haben muss (OpenID Connect Core 2)",
    "sub is not a string":
        "sub ist kein String",
    "sub is an empty string":
        "sub ist ein leerer String",
    "sub is %1 bytes long; OpenID Connect Core 2 allows at most 255 ASCII characters":
        "sub ist %1 Bytes lang; OpenID Connect Core 2 erlaubt höchstens 255 ASCII-Zeichen",
    "sub is %1; there is no earlier ID token in this flow to compare it with":
        "sub ist %1; in diesem Ablauf gibt es kein früheres ID Token zum Vergleich",
    "sub %1 is the same as in the earlier ID token of this flow":
        "sub %1 stimmt mit dem früheren ID Token dieses Ablaufs überein",
    "sub is %1, but the earlier ID token of this flow had %2; both must name the same user (OpenID Connect Core 3.3.2.12, 12.2)":
        "sub ist %1, aber das frühere ID Token dieses Ablaufs hatte %2; beide müssen denselben Benutzer nennen (OpenID Connect Core 3.3.2.12, 12.2)",
    "TLS error loading %1: %2 (%3). Tokenscope does not skip certificate checks; if this is your own test CA, trust it explicitly (--ca-file)":
        "TLS-Fehler beim Laden von %1: %2 (%3). Tokenscope überspringt keine Zertifikatsprüfungen; ist dies Ihre eigene Test-CA, vertrauen Sie ihr ausdrücklich (--ca-file)",
    "%1 (%2 %3)":
        "%1 (%2 %3)",
    "HTTP":
        "HTTP",
    "the page %1 (\"%2\") did not lead to the callback within %3 s":
        "die Seite %1 („%2“) hat nicht innerhalb von %3 s zum Callback geführt",
    "the provider posted to the callback, but the form's fields could not be read":
        "der Anbieter hat per POST an den Callback gesendet, aber die Formularfelder konnten nicht gelesen werden",
    "could not load %1: %2":
        "%1 konnte nicht geladen werden: %2",
    "the provider showed the password form again after Tokenscope submitted it: wrong username or password?":
        "der Anbieter hat das Passwortformular erneut gezeigt, nachdem Tokenscope es abgeschickt hatte: falscher Benutzername oder falsches Passwort?",
    "the provider asked for the one-time code again after Tokenscope submitted it: wrong TOTP secret, or this machine's clock is off?":
        "der Anbieter hat erneut nach dem Einmalcode gefragt, nachdem Tokenscope ihn abgeschickt hatte: falsches TOTP-Geheimnis, oder geht die Uhr dieses Rechners falsch?",
    "the provider asks for a one-time code (MFA) and no TOTP secret was given (--totp-secret)":
        "der Anbieter fragt nach einem Einmalcode (MFA), und es wurde kein TOTP-Geheimnis angegeben (--totp-secret)",
    "gave up after %1 filler steps without reaching the callback":
        "nach %1 Ausfüllschritten ohne Erreichen des Callbacks aufgegeben",
    "gave up after running the fill script on 10 pages without reaching the callback":
        "nach 10 Seiten mit dem Ausfüllskript ohne Erreichen des Callbacks aufgegeben",
    "title \"%1\"": "Titel „%1“",
    "no fields": "keine Felder",
    "fields: %1": "Felder: %1",
    "no buttons": "keine Schaltflächen",
    "buttons: %1": "Schaltflächen: %1",
    "messages: %1": "Meldungen: %1",
    "the page did not answer": "die Seite hat nicht geantwortet",
    "the filler did: %1": "Schritte des Ausfüllers: %1",
    "the filler found nothing to do on this page": "der Ausfüller fand auf dieser Seite nichts zu tun",
    "%1. The page showed %2 at %3": "%1. Die Seite zeigte %2 unter %3",
    "The response does not belong to this sign-in (another tab, an old link or a replay): sign in again from Tokenscope.":
        "Die Antwort gehört nicht zu dieser Anmeldung (anderer Tab, alter Link oder Wiederholung): erneut aus Tokenscope anmelden.",
    "Choose a response type that returns an access token (code or token), and sign in again.":
        "Einen Response Type wählen, der ein Access Token liefert (code oder token), und erneut anmelden.",
    "Enter the API's full URL (https://…) in the profile.":
        "Die vollständige URL der API (https://…) im Profil eintragen.",
    "The login page did not lead back to the callback URL: look at the page and the HTTP log, and check the callback URL in the profile and at the provider.":
        "Die Anmeldeseite hat nicht zur Callback-URL zurückgeführt: Seite und HTTP-Protokoll ansehen und die Callback-URL im Profil und beim Anbieter prüfen.",
    "Remove the scope the provider refuses, or define it on the API named by the profile's audience.":
        "Den vom Anbieter abgelehnten Scope entfernen oder ihn bei der API definieren, die die Audience des Profils nennt.",
    "The user or a rule of the tenant denied the sign-in: read the provider's description, and check that the user may use this application.":
        "Der Benutzer oder eine Regel des Tenants hat die Anmeldung abgelehnt: die Beschreibung des Anbieters lesen und prüfen, ob der Benutzer diese Anwendung verwenden darf.",
    "The provider needs the user to sign in or consent: remove prompt=none, or sign in once interactively.":
        "Der Anbieter verlangt eine Anmeldung oder Zustimmung des Benutzers: prompt=none entfernen oder sich einmal interaktiv anmelden.",
    "Read the provider's description of the error, and fix the profile field or parameter it names.":
        "Die Fehlerbeschreibung des Anbieters lesen und das darin genannte Profilfeld bzw. den Parameter korrigieren.",
    "The tokens of this response do not belong together: sign in again, and check for proxies that change responses.":
        "Die Tokens dieser Antwort gehören nicht zusammen: erneut anmelden und auf Proxys prüfen, die Antworten verändern.",
    "step":
        "Schritt",
    "status":
        "Status",
    "ms":
        "ms",
    "detail":
        "Detail",
    "id":
        "ID",
    "level":
        "Stufe",
    "response type \\ mode":
        "Response Type \\ Mode",
    "refused (as it must)":
        "abgelehnt (wie vorgeschrieben)",
    "Profile":
        "Profil",
    "Steps":
        "Schritte",
    "Checks":
        "Prüfungen",
    "Tokens (decoded; signatures and refresh tokens left out)":
        "Tokens (dekodiert; ohne Signaturen und Refresh Tokens)",
    "API":
        "API",
    "Discovery metadata":
        "Discovery-Metadaten",
    "show the document":
        "Dokument anzeigen",
    "HTTP exchanges (redacted)":
        "HTTP-Anfragen und -Antworten (geschwärzt)",
    "Tokenscope report":
        "Tokenscope-Bericht",
    "Tokenscope report: %1":
        "Tokenscope-Bericht: %1",
    "OK: every step, check and probe passed":
        "OK: alle Schritte, Prüfungen und Tests bestanden",
    "FAILED":
        "FEHLGESCHLAGEN",
    "Behaviour probes":
        "Verhaltenstests",
    "All probe results":
        "Alle Testergebnisse",
    "Compared with: %1":
        "Verglichen mit: %1",
    "Compare: ":
        "Vergleich: ",
    "Generated by Tokenscope %1. Secrets (client secret, refresh tokens, code verifier, passwords) and token signatures are redacted.":
        "Erstellt mit Tokenscope %1. Geheimnisse (Client-Secret, Refresh Tokens, Code Verifier, Passwörter) und Token-Signaturen sind geschwärzt.",
    "a file name or a list of file names, such as [\"ca.pem\"]":
        "ein Dateiname oder eine Liste von Dateinamen, z. B. [\"ca.pem\"]",
    "no answer":
        "keine Antwort",
    "HTTP %1, new tokens":
        "HTTP %1, neue Tokens",
    "HTTP %1 %2":
        "HTTP %1 %2",
    "HTTP %1 %2: %3":
        "HTTP %1 %2: %3",
    "identical (%n member(s))":
        ["identisch (%n Eintrag)", "identisch (%n Einträge)"],
    "only in %1: %2":
        "nur %1: %2",
    "different: %1":
        "abweichend: %1",
    "unknown probe group \"%1\" (known: matrix, sessions, refresh, compare, none)":
        "unbekannte Testgruppe „%1“ (bekannt: matrix, sessions, refresh, compare, none)",
    "configuration lint":
        "Konfigurationsprüfung",
    "sign-in":
        "Anmeldung",
    "refresh tokens":
        "Refresh Tokens",
    "there was no code exchange (response type %1), so no refresh token":
        "es gab keinen Code-Austausch (Response Type %1), daher kein Refresh Token",
    "the sign-in failed: %1":
        "die Anmeldung ist fehlgeschlagen: %1",
    "no refresh token came back from the code exchange: add offline_access to the scope and allow offline access for the app/API (Auth0: API > Allow Offline Access)":
        "der Code-Austausch hat kein Refresh Token geliefert: offline_access zum Scope hinzufügen und Offline-Zugriff für die App/API erlauben (Auth0: API > Allow Offline Access)",
    "the first refresh failed: %1":
        "die erste Erneuerung ist fehlgeschlagen: %1",
    "the first refresh failed":
        "die erste Erneuerung ist fehlgeschlagen",
    "the refresh token from the code exchange was accepted and the new tokens passed %n check(s)":
        ["das Refresh Token aus dem Code-Austausch wurde akzeptiert, und die neuen Tokens haben %n Prüfung bestanden", "das Refresh Token aus dem Code-Austausch wurde akzeptiert, und die neuen Tokens haben %n Prüfungen bestanden"],
    "rotation is on: the refresh returned a new refresh token, and the old one should now be invalid":
        "Rotation ist aktiv: die Erneuerung lieferte ein neues Refresh Token, und das alte sollte jetzt ungültig sein",
    "rotation is off: the refresh returned no new refresh token, so a leaked one stays valid until it expires. This app is public (no client secret): turn on refresh token rotation (RFC 9700 4.14.2).":
        "Rotation ist aus: die Erneuerung lieferte kein neues Refresh Token, daher bleibt ein nach außen gelangtes gültig, bis es abläuft. Diese App ist öffentlich (ohne Client-Secret): Refresh-Token-Rotation einschalten (RFC 9700 4.14.2).",
    "rotation is off: the refresh returned no new refresh token (the same one stays valid until it expires; acceptable for a confidential app, whose refresh needs the client secret)":
        "Rotation ist aus: die Erneuerung lieferte kein neues Refresh Token (dasselbe bleibt gültig, bis es abläuft; akzeptabel für eine vertrauliche App, deren Erneuerung das Client-Secret braucht)",
    "the refresh returned no ID token (allowed); access token claims: %1":
        "die Erneuerung lieferte kein ID Token (erlaubt); Claims des Access Tokens: %1",
    "before":
        "vorher",
    "after":
        "nachher",
    "ID token: kept %1; changed %2; added %3; removed %4. Access token: %5":
        "ID Token: beibehalten %1; geändert %2; hinzugekommen %3; entfernt %4. Access Token: %5",
    "the refreshed ID token changed %1, which OpenID Connect Core 12.2 requires to stay the same. %2":
        "das erneuerte ID Token hat %1 geändert; OpenID Connect Core 12.2 verlangt dafür unveränderte Werte. %2",
    "rotation is off, so the same refresh token is meant to be used again: there is no reuse to detect":
        "Rotation ist aus, daher soll dasselbe Refresh Token wiederverwendet werden: es gibt keine Wiederverwendung zu erkennen",
    "rotation is off":
        "Rotation ist aus",
    "could not tell: the replayed refresh got no answer (%1)":
        "nicht feststellbar: die wiederholte Erneuerung bekam keine Antwort (%1)",
    "the refresh token that rotation replaced was accepted again (%1): a stolen refresh token stays usable after the real app refreshed. Turn on reuse detection (Auth0: Refresh Token Rotation with a reuse interval of 0; RFC 9700 4.14.2).":
        "das durch die Rotation ersetzte Refresh Token wurde erneut akzeptiert (%1): ein gestohlenes Refresh Token bleibt nutzbar, nachdem die echte App erneuert hat. Erkennung der Wiederverwendung einschalten (Auth0: Refresh Token Rotation mit einem Reuse Interval von 0; RFC 9700 4.14.2).",
    "the refresh token that rotation replaced was refused (%1)":
        "das durch die Rotation ersetzte Refresh Token wurde abgelehnt (%1)",
    "no reuse was detected":
        "es wurde keine Wiederverwendung erkannt",
    "could not tell: %1":
        "nicht feststellbar: %1",
    "after the reuse was detected, the newest refresh token still works (%1): whoever refreshed first (maybe the attacker) keeps access. Revoke the whole token family on reuse (RFC 9700 4.14.2).":
        "nach der erkannten Wiederverwendung funktioniert das neueste Refresh Token weiterhin (%1): wer zuerst erneuert hat (womöglich der Angreifer), behält den Zugriff. Bei Wiederverwendung die ganze Token-Familie widerrufen (RFC 9700 4.14.2).",
    "after the reuse, the newest refresh token was refused too (%1): the provider revoked the whole token family":
        "nach der Wiederverwendung wurde auch das neueste Refresh Token abgelehnt (%1): der Anbieter hat die ganze Token-Familie widerrufen",
    "sessions":
        "Sitzungen",
    "prompt=none after sign-in":
        "prompt=none nach der Anmeldung",
    "prompt=none right after the sign-in was answered %1 (%2): the provider did not keep the session. Check the session cookie (SameSite, third-party cookie blocking, custom domain) and the session lifetime.":
        "prompt=none direkt nach der Anmeldung wurde mit %1 beantwortet (%2): der Anbieter hat die Sitzung nicht behalten. Das Sitzungs-Cookie (SameSite, Blockieren von Drittanbieter-Cookies, eigene Domain) und die Sitzungsdauer prüfen.",
    "the silent sign-in did not complete: %1":
        "die stille Anmeldung wurde nicht abgeschlossen: %1",
    "signed in again without a login page (%n page(s) shown): the provider kept the session":
        ["erneut ohne Anmeldeseite angemeldet (%n Seite angezeigt): der Anbieter hat die Sitzung behalten", "erneut ohne Anmeldeseite angemeldet (%n Seiten angezeigt): der Anbieter hat die Sitzung behalten"],
    "; auth_time %1":
        "; auth_time %1",
    "max_age=0":
        "max_age=0",
    "the sign-in with max_age=0 failed: %1":
        "die Anmeldung mit max_age=0 ist fehlgeschlagen: %1",
    "the ID token has no auth_time although max_age was sent (OpenID Connect Core 3.1.2.1 requires it)":
        "das ID Token hat kein auth_time, obwohl max_age gesendet wurde (OpenID Connect Core 3.1.2.1 verlangt es)",
    "auth_time %1 is the earlier sign-in's (%2): max_age=0 did not force a new authentication; the provider ignores max_age, so apps cannot demand a fresh login (step-up)":
        "auth_time %1 stammt von der früheren Anmeldung (%2): max_age=0 hat keine neue Authentifizierung erzwungen; der Anbieter ignoriert max_age, daher können Apps keine frische Anmeldung verlangen (Step-up)",
    "no login page was shown and there is no earlier auth_time to compare with (%1): max_age=0 did not visibly force a new authentication":
        "es wurde keine Anmeldeseite angezeigt, und es gibt kein früheres auth_time zum Vergleich (%1): max_age=0 hat nicht erkennbar eine neue Authentifizierung erzwungen",
    "the provider authenticated again (%n page(s) shown) and issued a new auth_time %1":
        ["der Anbieter hat erneut authentifiziert (%n Seite angezeigt) und ein neues auth_time %1 ausgestellt", "der Anbieter hat erneut authentifiziert (%n Seiten angezeigt) und ein neues auth_time %1 ausgestellt"],
    " (was %1)":
        " (vorher %1)",
    "the provider has no end_session_endpoint (see lint.endpoints.end_session)":
        "der Anbieter hat keinen end_session_endpoint (siehe lint.endpoints.end_session)",
    "no logout possible":
        "keine Abmeldung möglich",
    "logout":
        "Abmeldung",
    "the provider's logout page loaded (%1). The profile has no postLogoutRedirectUri, so Tokenscope cannot see when the logout completes: set it for a reliable result.":
        "die Abmeldeseite des Anbieters wurde geladen (%1). Das Profil hat keine postLogoutRedirectUri, daher kann Tokenscope nicht sehen, wann die Abmeldung abgeschlossen ist: sie für ein verlässliches Ergebnis setzen.",
    "the provider ended the session and returned to the post-logout redirect URI (%1)":
        "der Anbieter hat die Sitzung beendet und zur Post-Logout-Redirect-URI zurückgeleitet (%1)",
    "the logout failed: %1. Check that postLogoutRedirectUri is registered for the app.":
        "die Abmeldung ist fehlgeschlagen: %1. Prüfen, ob postLogoutRedirectUri für die App registriert ist.",
    "prompt=none after logout":
        "prompt=none nach der Abmeldung",
    "prompt=none after logout was answered login_required: there is no session any more":
        "prompt=none nach der Abmeldung wurde mit login_required beantwortet: es besteht keine Sitzung mehr",
    "prompt=none after logout was answered %1 (%2); OpenID Connect Core 3.1.2.6 expects login_required when there is no session":
        "prompt=none nach der Abmeldung wurde mit %1 beantwortet (%2); OpenID Connect Core 3.1.2.6 erwartet login_required, wenn keine Sitzung besteht",
    "prompt=none after logout still signed in silently: the logout did not end the provider session":
        "mit prompt=none gelang nach der Abmeldung weiterhin eine stille Anmeldung: die Abmeldung hat die Sitzung beim Anbieter nicht beendet",
    "sign-in after logout":
        "Anmeldung nach der Abmeldung",
    "the sign-in after logout failed, so it cannot be told whether a login page was needed: %1":
        "die Anmeldung nach der Abmeldung ist fehlgeschlagen, daher lässt sich nicht feststellen, ob eine Anmeldeseite nötig war: %1",
    "after logout the provider signed in again without showing any page: the session survived the logout":
        "nach der Abmeldung hat der Anbieter erneut angemeldet, ohne eine Seite zu zeigen: die Sitzung hat die Abmeldung überdauert",
    "after logout the provider showed the login page again (%n page(s)) before signing in: the session had ended":
        ["nach der Abmeldung hat der Anbieter vor der Anmeldung wieder die Anmeldeseite gezeigt (%n Seite): die Sitzung war beendet", "nach der Abmeldung hat der Anbieter vor der Anmeldung wieder die Anmeldeseite gezeigt (%n Seiten): die Sitzung war beendet"],
    "flow matrix":
        "Ablaufmatrix",
    "the profile's scope has no openid, so no ID token can be asked for":
        "der Scope des Profils enthält kein openid, daher kann kein ID Token angefordert werden",
    "%1 / %2":
        "%1 / %2",
    "worked: %n check(s) passed":
        ["gelungen: %n Prüfung bestanden", "gelungen: %n Prüfungen bestanden"],
    "refused, as it must be (tokens must not travel in the query): %1":
        "abgelehnt, wie vorgeschrieben (Tokens dürfen nicht im Query-String übertragen werden): %1",
    "the provider returned tokens in the query string, which OAuth 2.0 Multiple Response Type Encoding Practices forbids (they end up in logs and Referer headers): refuse response_mode=query for this response type":
        "der Anbieter hat Tokens im Query-String zurückgegeben, was OAuth 2.0 Multiple Response Type Encoding Practices verbietet (sie gelangen in Logs und Referer-Header): response_mode=query für diesen Response Type ablehnen",
    "the profile's own combination failed: %1":
        "die eigene Kombination des Profils ist fehlgeschlagen: %1",
    "advertised by the provider but failed for this app: %1":
        "vom Anbieter angeboten, aber für diese App fehlgeschlagen: %1",
    "no response type and mode to try":
        "kein Response Type und Response Mode zum Ausprobieren",
    "compare: configuration":
        "Vergleich: Konfiguration",
    "compare: sign-in":
        "Vergleich: Anmeldung",
    "profile A":
        "Profil A",
    "profile B":
        "Profil B",
    "both sign-ins passed: %1 and %2":
        "beide Anmeldungen bestanden: %1 und %2",
    "%1: %2; %3: %4":
        "%1: %2; %3: %4",
    "passed":
        "bestanden",
    "a discovery document is missing":
        "ein Discovery-Dokument fehlt",
    "discovery metadata (URLs relative to each issuer): %1":
        "Discovery-Metadaten (URLs relativ zum jeweiligen Aussteller): %1",
    "%1: not a JWT in both sign-ins (%2, %3)":
        "%1: nicht in beiden Anmeldungen ein JWT (%2, %3)",
    "none":
        "keins",
    "opaque":
        "opak",
    "JWT":
        "JWT",
    "%1 claims (time-dependent ones by presence only, URLs relative to each issuer): %2":
        "Claims im %1 (zeitabhängige nur nach Vorhandensein, URLs relativ zum jeweiligen Aussteller): %2",
    "access token":
        "Access Token",
    "cannot read the CA certificate file %1: %2":
        "die CA-Zertifikatsdatei %1 kann nicht gelesen werden: %2",
    "the CA certificate file %1 holds no PEM or DER certificate":
        "die CA-Zertifikatsdatei %1 enthält kein PEM- oder DER-Zertifikat",
    "The profile's trusted CAs cannot be used: %1":
        "Die vertrauenswürdigen CAs des Profils sind nicht verwendbar: %1",
    "only the system's":
        "nur die des Systems",
    "<p>CA certificate files (PEM or DER), separated by semicolons, to trust in addition to the system's: for a provider or API that uses a private CA, such as a test tenant. Certificates are still checked in full (chain, dates, host name). A relative name is relative to the profile file's folder.</p>":
        "<p>CA-Zertifikatsdateien (PEM oder DER), durch Semikolons getrennt, denen zusätzlich zu denen des Systems vertraut wird: für einen Anbieter oder eine API mit privater CA, etwa einen Test-Tenant. Zertifikate werden weiterhin vollständig geprüft (Kette, Gültigkeitsdaten, Hostname). Ein relativer Name bezieht sich auf den Ordner der Profildatei.</p>",
    "Choose…":
        "Auswählen …",
    "Choose CA certificate files":
        "CA-Zertifikatsdateien auswählen",
    "Trusted CAs":
        "Vertrauenswürdige CAs",
    "Trusted CA certificates":
        "Vertrauenswürdige CA-Zertifikate",
    "Certificates (*.pem *.crt *.cer *.der);;All files (*)":
        "Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)",
    # token.token_type, token.expires_in (TokenResponse)
    "the token response has no token_type, which RFC 6749 5.1 requires (expected Bearer): a client cannot tell how to use the access token":
        "die Token-Antwort hat kein token_type, das RFC 6749 5.1 verlangt (erwartet: Bearer): ein Client kann nicht erkennen, wie das Access Token zu verwenden ist",
    "token_type must be a string (RFC 6749 5.1), not %1":
        "token_type muss eine Zeichenkette sein (RFC 6749 5.1), nicht %1",
    "Bearer (RFC 6750)":
        "Bearer (RFC 6750)",
    "%1: Bearer, compared case-insensitively (RFC 6749 5.1)":
        "%1: Bearer, ohne Beachtung der Groß-/Kleinschreibung verglichen (RFC 6749 5.1)",
    "%1: a DPoP-bound token (RFC 9449 5)":
        "%1: ein an DPoP gebundenes Token (RFC 9449 5)",
    "token_type %1, but this client sent no DPoP proof: a DPoP-bound token cannot be used without one (RFC 9449 5, 7.1)":
        "token_type %1, aber dieser Client hat keinen DPoP-Nachweis gesendet: ein an DPoP gebundenes Token ist ohne einen nicht verwendbar (RFC 9449 5, 7.1)",
    "token_type \"%1\" is not a type Tokenscope understands (Bearer, DPoP); a client must not use an access token whose type it does not understand (RFC 6749 7.1)":
        "token_type „%1“ ist kein Typ, den Tokenscope versteht (Bearer, DPoP); ein Client darf ein Access Token, dessen Typ er nicht versteht, nicht verwenden (RFC 6749 7.1)",
    "no expires_in: it is only RECOMMENDED (RFC 6749 5.1), so the access token's lifetime is unknown":
        "kein expires_in: es ist nur EMPFOHLEN (RFC 6749 5.1), daher ist die Lebensdauer des Access Tokens unbekannt",
    "expires_in %1 is not a number of seconds (RFC 6749 5.1)":
        "expires_in %1 ist keine Anzahl Sekunden (RFC 6749 5.1)",
    "expires_in %1 is negative: a lifetime cannot be (RFC 6749 5.1)":
        "expires_in %1 ist negativ: eine Lebensdauer kann das nicht sein (RFC 6749 5.1)",
    "%1 seconds, sent as a string %2 instead of a number (RFC 6749 5.1); read as a number, as oauth4webapi does":
        "%1 Sekunden, als Zeichenkette %2 statt als Zahl gesendet (RFC 6749 5.1); als Zahl gelesen, wie oauth4webapi es tut",
    "the access token expires in %1 seconds":
        "das Access Token läuft in %1 Sekunden ab",
    "expires_in must be a number of seconds (RFC 6749 5.1), not %1":
        "expires_in muss eine Anzahl Sekunden sein (RFC 6749 5.1), nicht %1",
    # lint.jwks.key_defects, lint.jwks.unique_kids: keys of unsupported types (RFC 7517 section 5)
    "Keys of types Tokenscope cannot use are ignored, as RFC 7517 section 5 says: %1.":
        "Schlüssel von Typen, die Tokenscope nicht verwenden kann, werden ignoriert, wie RFC 7517 Abschnitt 5 es vorsieht: %1.",
    "Every key of a supported type parses and imports cleanly.":
        "Jeder Schlüssel eines unterstützten Typs lässt sich fehlerfrei lesen und importieren.",
    "Keys of unsupported types ignored: %1.":
        "Ignorierte Schlüssel nicht unterstützter Typen: %1.",
    "%1 of the %2 keys have no kid; with several signing keys of one type (%3), tokens must name their key (OpenID Connect Core 10.1). Add a kid to every key.":
        "%1 der %2 Schlüssel haben keine kid; bei mehreren Signaturschlüsseln eines Typs (%3) müssen Tokens ihren Schlüssel benennen (OpenID Connect Core 10.1). Jedem Schlüssel eine kid geben.",
    "Signing keys without kid: %1; each is the only one of its type, so clients can still select it (OpenID Connect Core 10.1). Add kids before the first key rotation.":
        "Signaturschlüssel ohne kid: %1; jeder ist der einzige seines Typs, daher können Clients ihn trotzdem auswählen (OpenID Connect Core 10.1). Vor dem ersten Schlüsselwechsel kids vergeben.",
    "Every key of a supported type has its own kid.":
        "Jeder Schlüssel eines unterstützten Typs hat eine eigene kid.",
    # userinfo.signature (OidcFlow)
    "the signed userinfo response does not verify, so it is not used (OpenID Connect Core 5.3.2): %1":
        "die signierte Userinfo-Antwort lässt sich nicht verifizieren und wird daher nicht verwendet (OpenID Connect Core 5.3.2): %1",
    'the signed userinfo response has iss "%1", not the issuer "%2" (OpenID Connect Core 5.3.2)':
        "die signierte Userinfo-Antwort hat iss „%1“, nicht den Aussteller „%2“ (OpenID Connect Core 5.3.2)",
    'the signed userinfo response is not for this client: aud does not contain "%1" (OpenID Connect Core 5.3.2)':
        "die signierte Userinfo-Antwort ist nicht für diesen Client: aud enthält „%1“ nicht (OpenID Connect Core 5.3.2)",
    "the signed userinfo response could not be verified: %1":
        "die signierte Userinfo-Antwort konnte nicht verifiziert werden: %1",
    "no signature check ran":
        "es lief keine Signaturprüfung",
    "signed (%1) and verified; %2":
        "signiert (%1) und verifiziert; %2",
    "no iss parameter although the provider advertises it, but the response carries an ID token whose signature and iss validate: its iss names the issuer (RFC 9207 2.4, OpenID Connect Core 3.3.2.12), so a mix-up is excluded":
        "kein iss-Parameter, obwohl der Anbieter ihn ankündigt, aber die Antwort enthält ein ID-Token, dessen Signatur und iss gültig sind: sein iss nennt den Aussteller (RFC 9207 2.4, OpenID Connect Core 3.3.2.12), eine Verwechslung ist also ausgeschlossen",
    "no iss parameter although the provider advertises it, and the response's ID token cannot stand in for it (%1): the response may come from another provider (mix-up attack, RFC 9207 2.4)":
        "kein iss-Parameter, obwohl der Anbieter ihn ankündigt, und das ID-Token der Antwort kann ihn nicht ersetzen (%1): die Antwort kann von einem anderen Anbieter stammen (Mix-up-Angriff, RFC 9207 2.4)",
    "it was not validated":
        "es wurde nicht geprüft",
    "%1 asked for %2: denied":
        "%1 fragte nach %2: abgelehnt",
    "%1 asked for access to the file system: denied":
        "%1 fragte nach Zugriff auf das Dateisystem: abgelehnt",
    "%1 asked to handle %2: links: denied":
        "%1 wollte %2:-Links übernehmen: abgelehnt",
    "a download of %1 was started: refused":
        "ein Download von %1 wurde gestartet: abgelehnt",
    "a frame inside the page tried to load the callback URL %1: refused and not used (only the page itself can deliver the callback)":
        "ein Frame in der Seite versuchte, die Callback-URL %1 zu laden: abgelehnt und nicht verwendet (nur die Seite selbst kann den Callback liefern)",
    "the page tried to open %1: refused (the embedded browser only goes to http and https pages)":
        "die Seite versuchte, %1 zu öffnen: abgelehnt (der eingebettete Browser öffnet nur http- und https-Seiten)",
    "a frame inside the page tried to load %1: refused (only http and https)":
        "ein Frame in der Seite versuchte, %1 zu laden: abgelehnt (nur http und https)",
    "\"%1\" is not a valid URL; nothing was fetched":
        "„%1“ ist keine gültige URL; nichts wurde abgerufen",
    "\"%1\" is not an absolute URL; nothing was fetched":
        "„%1“ ist keine absolute URL; nichts wurde abgerufen",
    "refused to fetch %1: Tokenscope only fetches http and https URLs, never %2: ones (they could read local files or other resources of this computer)":
        "Abruf von %1 abgelehnt: Tokenscope ruft nur http- und https-URLs ab, nie %2:-URLs (sie könnten lokale Dateien oder andere Ressourcen dieses Computers lesen)",
    "refused to fetch %1: the URL names no host":
        "Abruf von %1 abgelehnt: die URL nennt keinen Host",
    "the provider redirected to the callback; the response arrived in the %1":
        "der Anbieter leitete zum Callback weiter; die Antwort kam im %1 an",
    "the provider redirected to the callback; the response arrived in the %1, although response_mode %2 was expected":
        "der Anbieter leitete zum Callback weiter; die Antwort kam im %1 an, obwohl response_mode %2 erwartet war",
    "; on the way the embedded browser refused what the page tried (%n time(s)): %1":
        ["; unterwegs lehnte der eingebettete Browser ab, was die Seite versuchte (%n Mal): %1", "; unterwegs lehnte der eingebettete Browser ab, was die Seite versuchte (%n Mal): %1"],
    "not run: the authorization response's ID token did not validate (%1)":
        "nicht ausgeführt: das ID-Token der Autorisierungsantwort ist ungültig (%1)",
    "the code was not redeemed: the authorization response's ID token did not validate (%1), so the whole response is untrusted (OpenID Connect Core 3.3.2.8)":
        "der Code wurde nicht eingelöst: das ID-Token der Autorisierungsantwort ist ungültig (%1), der ganzen Antwort ist also nicht zu trauen (OpenID Connect Core 3.3.2.8)",
    "the authorization response's ID token did not validate, so the response is not used: %1":
        "das ID-Token der Autorisierungsantwort ist ungültig, die Antwort wird daher nicht verwendet: %1",
    " (%n request(s) with another state or none were ignored)":
        [" (%n Anfrage mit anderem oder ohne state wurde ignoriert)", " (%n Anfragen mit anderem oder ohne state wurden ignoriert)"],
    "The issuer \"%1\" is the URL the document was fetched from, less \"/.well-known/openid-configuration\" (OpenID Connect Discovery 4).":
        "Der Aussteller „%1“ ist die URL, von der das Dokument abgerufen wurde, ohne „/.well-known/openid-configuration“ (OpenID Connect Discovery 4).",
    "The document says issuer \"%1\" but was fetched from \"%2\"; OpenID Connect Discovery 4.3 requires the issuer to be the URL the document is served under (less \"/.well-known/openid-configuration\"), and clients reject every token. Either the document belongs to another provider (a proxy or a wrong custom domain?) or the issuer setting is wrong.":
        "Das Dokument nennt den Aussteller „%1“, wurde aber von „%2“ abgerufen; OpenID Connect Discovery 4.3 verlangt, dass der Aussteller die URL ist, unter der das Dokument liegt (ohne „/.well-known/openid-configuration“), und Clients lehnen jedes Token ab. Entweder gehört das Dokument zu einem anderen Anbieter (ein Proxy oder eine falsche eigene Domain?) oder die Aussteller-Einstellung ist falsch.",
    "These URLs are not http(s) URLs of a host: %1. Endpoints must be https URLs (OpenID Connect Discovery 3, RFC 8414 2); a client sent to another scheme could read local files. Tokenscope refuses to fetch them.":
        "Diese URLs sind keine http(s)-URLs eines Hosts: %1. Endpunkte müssen https-URLs sein (OpenID Connect Discovery 3, RFC 8414 2); ein Client, der zu einem anderen Schema geschickt wird, könnte lokale Dateien lesen. Tokenscope ruft sie nicht ab.",
    "\"none\" is offered for ID tokens (OpenID Connect Discovery 3 allows it, for flows where no ID token comes from the authorization endpoint). An app registered for it gets unsigned ID tokens that anyone can forge: make sure no app uses it (Tokenscope never accepts them).":
        "„none“ wird für ID-Tokens angeboten (OpenID Connect Discovery 3 erlaubt das für Abläufe, in denen kein ID-Token vom Autorisierungsendpunkt kommt). Eine dafür registrierte App erhält unsignierte ID-Tokens, die jeder fälschen kann: sicherstellen, dass keine App es verwendet (Tokenscope akzeptiert sie nie).",
    "Response type \"%1\" needs the grant(s) %2, which grant_types_supported does not list%3. If the sign-in fails, enable them for the app or change the profile's responseType; if it works, the document under-reports what the provider does.":
        "Antworttyp „%1“ braucht die Grant-Typen %2, die grant_types_supported nicht aufführt%3. Schlägt die Anmeldung fehl, sie für die App aktivieren oder den responseType des Profils ändern; funktioniert sie, gibt das Dokument weniger an, als der Anbieter tut.",
    " (it lists %1, which is not a registered grant type)":
        " (es führt %1 auf, was kein registrierter Grant-Typ ist)",
    "prompt=none right after the sign-in was answered login_required (%1): the provider did not keep the session. Check the session cookie (SameSite, third-party cookie blocking, custom domain) and the session lifetime.":
        "prompt=none direkt nach der Anmeldung wurde mit login_required beantwortet (%1): der Anbieter hat die Sitzung nicht behalten. Das Sitzungscookie (SameSite, Blockieren von Drittanbieter-Cookies, eigene Domain) und die Sitzungsdauer prüfen.",
    "the provider kept the session, but answered consent_required (%1): the scopes asked (%2) need the user's consent again, so a silent sign-in with them fails (OpenID Connect Core 3.1.2.6). Leave offline_access and other scopes that need consent out of silent requests, or have the consent remembered.":
        "der Anbieter hat die Sitzung behalten, antwortete aber consent_required (%1): die angefragten Scopes (%2) brauchen erneut die Zustimmung des Benutzers, eine stille Anmeldung mit ihnen schlägt also fehl (OpenID Connect Core 3.1.2.6). offline_access und andere zustimmungspflichtige Scopes aus stillen Anfragen weglassen oder die Zustimmung speichern lassen.",
    "the provider kept the session, but answered %1 (%2): it wants the user on a page before it signs in again (OpenID Connect Core 3.1.2.6), so a silent sign-in fails":
        "der Anbieter hat die Sitzung behalten, antwortete aber %1 (%2): er will den Benutzer auf einer Seite sehen, bevor er erneut anmeldet (OpenID Connect Core 3.1.2.6), eine stille Anmeldung schlägt also fehl",
    "prompt=none right after the sign-in was answered %1 (%2), which is none of the answers OpenID Connect Core 3.1.2.6 names for a silent sign-in":
        "prompt=none direkt nach der Anmeldung wurde mit %1 beantwortet (%2), keiner der Antworten, die OpenID Connect Core 3.1.2.6 für eine stille Anmeldung nennt",
    "the logout did not complete, so what follows it cannot be told":
        "die Abmeldung wurde nicht abgeschlossen, was danach geschieht, lässt sich also nicht sagen",
    "auth_time is %1 (%2), before any OpenID Connect authentication could have happened (OpenID Connect Core 1.0 dates from February 2014): the provider sends a placeholder, not the time the user authenticated (OpenID Connect Core 2)":
        "auth_time ist %1 (%2), vor jeder möglichen OpenID-Connect-Anmeldung (OpenID Connect Core 1.0 stammt vom Februar 2014): der Anbieter sendet einen Platzhalter, nicht den Zeitpunkt der Anmeldung (OpenID Connect Core 2)",
    "the user authenticated at %1, %2 after the token was issued (iat %3): auth_time cannot be later than iat (%4)":
        "der Benutzer hat sich um %1 angemeldet, %2 nach der Ausstellung des Tokens (iat %3): auth_time kann nicht nach iat liegen (%4)",
    "auth_time is %1, but the earlier ID token of this flow has %2: both describe the same authentication and must agree (OpenID Connect Core 3.3.2.12, 3.3.3.6, 12.2)":
        "auth_time ist %1, das frühere ID-Token dieses Ablaufs hat aber %2: beide beschreiben dieselbe Anmeldung und müssen übereinstimmen (OpenID Connect Core 3.3.2.12, 3.3.3.6, 12.2)",
    "\"redirectUri\" must not be a %1: URL: that names a local file or the browser's own content, not an application; use https, a loopback http URL or the application's own scheme (RFC 8252 7)":
        "„redirectUri“ darf keine %1:-URL sein: sie bezeichnet eine lokale Datei oder einen eigenen Inhalt des Browsers, keine Anwendung; https, eine Loopback-http-URL oder das eigene Schema der Anwendung verwenden (RFC 8252 7)",
    "\"postLogoutRedirectUri\" must not be a %1: URL: that names a local file or the browser's own content; use https, a loopback http URL or the application's own scheme, or leave it empty":
        "„postLogoutRedirectUri“ darf keine %1:-URL sein: sie bezeichnet eine lokale Datei oder einen eigenen Inhalt des Browsers; https, eine Loopback-http-URL oder das eigene Schema der Anwendung verwenden oder leer lassen",
    "permission to show notifications":
        "die Erlaubnis, Benachrichtigungen anzuzeigen",
    "your location":
        "Ihren Standort",
    "the microphone":
        "das Mikrofon",
    "the camera":
        "die Kamera",
    "the camera and the microphone":
        "Kamera und Mikrofon",
    "control of the mouse pointer":
        "die Kontrolle über den Mauszeiger",
    "a capture of the screen":
        "eine Aufnahme des Bildschirms",
    "a capture of the screen and its sound":
        "eine Aufnahme des Bildschirms mit Ton",
    "a new window":
        "ein neues Fenster",
    "a new tab (a link with target=_blank, or window.open)":
        "einen neuen Tab (ein Link mit target=_blank oder window.open)",
    "a pop-up window (window.open with a size)":
        "ein Pop-up-Fenster (window.open mit Größenangabe)",
    "a background tab":
        "einen Hintergrund-Tab",
    "the page":
        "die Seite",
    "the page started a download of %1: cancelled (the embedded browser saves no files)":
        "die Seite hat einen Download von %1 gestartet: abgebrochen (der eingebettete Browser speichert keine Dateien)",
    "the page tried to load %1: refused (no page reaches local files or Tokenscope's own resources)":
        "die Seite wollte %1 laden: abgelehnt (keine Seite erreicht lokale Dateien oder Tokenscopes eigene Ressourcen)",
    "the page asked for %1: refused; what it opens loads in this view, under the same rules":
        "die Seite wollte %1: abgelehnt; was sie öffnet, lädt in dieser Ansicht, nach denselben Regeln",
    "%1 showed a JavaScript alert (\"%2\"): not shown, no one is at the keyboard":
        "%1 hat eine JavaScript-Meldung gezeigt („%2“): nicht angezeigt, niemand sitzt an der Tastatur",
    "%1 asked for a confirmation (\"%2\"): answered Cancel, no one is at the keyboard":
        "%1 hat um eine Bestätigung gebeten („%2“): mit Abbrechen beantwortet, niemand sitzt an der Tastatur",
    "%1 asked for input (\"%2\"): answered Cancel, no one is at the keyboard":
        "%1 hat um eine Eingabe gebeten („%2“): mit Abbrechen beantwortet, niemand sitzt an der Tastatur",
    "the page tried to fetch %1: refused (no page reaches local files or Tokenscope's own resources)":
        "die Seite wollte %1 abrufen: abgelehnt (keine Seite erreicht lokale Dateien oder Tokenscopes eigene Ressourcen)",
    "the page tried to read the clipboard: refused (no script reads or pastes from it)":
        "die Seite wollte die Zwischenablage lesen: abgelehnt (kein Skript liest oder fügt aus ihr ein)",
    "the page tried to open a data: URL as the whole page: refused (the embedded browser only goes to http and https pages)":
        "die Seite wollte eine data:-URL als ganze Seite öffnen: abgelehnt (der eingebettete Browser öffnet nur http- und https-Seiten)",
    "the listener is already in use":
        "der Empfänger wird bereits verwendet",
    "%1 is not a loopback address: the listener for the callback only listens on this computer's own address (127.0.0.1 or ::1)":
        "%1 ist keine Loopback-Adresse: der Empfänger für den Callback lauscht nur auf der eigenen Adresse dieses Computers (127.0.0.1 oder ::1)",
    "could not listen on %1 for the callback: %2":
        "konnte auf %1 nicht auf den Callback lauschen: %2",
    "a request to %1 after the listener had stopped":
        "eine Anfrage an %1, nachdem der Empfänger beendet war",
    "a request to %1 for another host (\"%2\")":
        "eine Anfrage an %1 für einen anderen Host („%2“)",
    "a request to %1 that is not this sign-in's answer":
        "eine Anfrage an %1, die nicht die Antwort dieser Anmeldung ist",
    "a %1 request to %2 (only GET is answered)":
        "eine %1-Anfrage an %2 (nur GET wird beantwortet)",
    "a %1 request to another path, %2":
        "eine %1-Anfrage an einen anderen Pfad, %2",
    "the issuer: its discovery document, and the endpoints that document names":
        "der Aussteller: sein Discovery-Dokument und die Endpunkte, die es nennt",
    "the login page (endpoints.authorization)":
        "die Anmeldeseite (endpoints.authorization)",
    "the token endpoint (endpoints.token)":
        "der Token-Endpunkt (endpoints.token)",
    "the signing keys (endpoints.jwks)":
        "die Signaturschlüssel (endpoints.jwks)",
    "userinfo (endpoints.userinfo)":
        "Userinfo (endpoints.userinfo)",
    "token revocation (endpoints.revocation)":
        "Token-Widerruf (endpoints.revocation)",
    "logout (endpoints.endSession)":
        "Abmeldung (endpoints.endSession)",
    "your API, with the access token (apiUrl)":
        "Ihre API, mit dem Access-Token (apiUrl)",
    "logout (Auth0's /v2/logout)":
        "Abmeldung (Auth0s /v2/logout)",
    " (%n request(s) that were not this sign-in's answer got 404)":
        [" (%n Anfrage, die nicht die Antwort dieser Anmeldung war, bekam 404)", " (%n Anfragen, die nicht die Antwort dieser Anmeldung waren, bekamen 404)"],
    "The page at %1 says":
        "Die Seite %1 meldet",
    "This comes from the provider's page at %1, not from Tokenscope.":
        "Dies kommt von der Seite des Anbieters %1, nicht von Tokenscope.",
    "Imported \"%1\"":
        "„%1“ importiert",
    "Import cancelled: nothing was added":
        "Import abgebrochen: nichts wurde hinzugefügt",
    "Import profile \"%1\"?":
        "Profil „%1“ importieren?",
    "This profile comes from %1. Before its first sign-in, check where it sends you and whom it trusts.":
        "Dieses Profil stammt aus %1. Prüfen Sie vor der ersten Anmeldung, wohin es Sie schickt und wem es vertraut.",
    "Hosts Tokenscope will contact":
        "Hosts, die Tokenscope kontaktieren wird",
    " (not encrypted: plain http to another computer)":
        " (nicht verschlüsselt: einfaches http zu einem anderen Computer)",
    "none (the profile names no issuer)":
        "keine (das Profil nennt keinen Aussteller)",
    "The issuer's discovery document may name further hosts for its endpoints; every request shows in the HTTP log.":
        "Das Discovery-Dokument des Ausstellers kann weitere Hosts für seine Endpunkte nennen; jede Anfrage erscheint im HTTP-Protokoll.",
    "Where the provider sends the browser back (caught by Tokenscope, never loaded)":
        "Wohin der Anbieter den Browser zurückschickt (von Tokenscope abgefangen, nie geladen)",
    "Custom CA certificates this profile trusts":
        "Eigene CA-Zertifikate, denen dieses Profil vertraut",
    "%1 (custom CA: trusted in addition to the system's)":
        "%1 (eigene CA: zusätzlich zu denen des Systems vertraut)",
    "Servers with certificates issued by this CA will be trusted for this profile's sign-ins.":
        "Servern mit Zertifikaten dieser CA wird bei den Anmeldungen dieses Profils vertraut.",
    "none: only the system's certificate authorities":
        "keine: nur die Zertifizierungsstellen des Systems",
    "Warnings":
        "Warnungen",
    "&Import":
        "&Importieren",
}
