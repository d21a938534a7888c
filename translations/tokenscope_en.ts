<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HttpLogModel</name>
    <message numerus="yes">
        <source>&lt;%n byte(s) of %1&gt;</source>
        <translation>
            <numerusform>&lt;%n byte of %1&gt;</numerusform>
            <numerusform>&lt;%n bytes of %1&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::OidcFlow</name>
    <message numerus="yes">
        <source>; %n signing key(s) in the JWKS</source>
        <translation>
            <numerusform>; %n signing key in the JWKS</numerusform>
            <numerusform>; %n signing keys in the JWKS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed; first: %1</source>
        <translation>
            <numerusform>%n check failed; first: %1</numerusform>
            <numerusform>%n checks failed; first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform>
            <numerusform>%n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>opaque access token (%n characters): only the provider can check it</source>
        <translation>
            <numerusform>opaque access token (%n characters): only the provider can check it</numerusform>
            <numerusform>opaque access token (%n characters): only the provider can check it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; on the way the embedded browser refused what the page tried (%n time(s)): %1</source>
        <translation>
            <numerusform>; on the way the embedded browser refused what the page tried (%n time): %1</numerusform>
            <numerusform>; on the way the embedded browser refused what the page tried (%n times): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>user code %1 at %2; the code expires in %n second(s)</source>
        <translation>
            <numerusform>user code %1 at %2; the code expires in %n second</numerusform>
            <numerusform>user code %1 at %2; the code expires in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; poll every %n second(s)</source>
        <translation>
            <numerusform>; poll every %n second</numerusform>
            <numerusform>; poll every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; no interval given, so every %n second(s) (RFC 8628 3.2)</source>
        <translation>
            <numerusform>; no interval given, so every %n second (RFC 8628 3.2)</numerusform>
            <numerusform>; no interval given, so every %n seconds (RFC 8628 3.2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nobody approved the sign-in within the %n second(s) asked for; the user code %1 is still valid at the provider until it expires</source>
        <translation>
            <numerusform>nobody approved the sign-in within the %n second asked for; the user code %1 is still valid at the provider until it expires</numerusform>
            <numerusform>nobody approved the sign-in within the %n seconds asked for; the user code %1 is still valid at the provider until it expires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the device code expired (expires_in %n second(s)) before the user approved, and the provider still answered authorization_pending instead of expired_token (RFC 8628 3.5); start again</source>
        <translation>
            <numerusform>the device code expired (expires_in %n second) before the user approved, and the provider still answered authorization_pending instead of expired_token (RFC 8628 3.5); start again</numerusform>
            <numerusform>the device code expired (expires_in %n seconds) before the user approved, and the provider still answered authorization_pending instead of expired_token (RFC 8628 3.5); start again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s): %1</source>
        <translation>
            <numerusform>%n poll: %1</numerusform>
            <numerusform>%n polls: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::RequestObjectText</name>
    <message numerus="yes">
        <source>request_uri %1, valid for %n second(s)</source>
        <translation>
            <numerusform>request_uri %1, valid for %n second</numerusform>
            <numerusform>request_uri %1, valid for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::SystemBrowserUserAgent</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n request(s) that were not this sign-in&apos;s answer got 404)</source>
        <translation>
            <numerusform> (%n request that were not this sign-in&apos;s answer got 404)</numerusform>
            <numerusform> (%n requests that were not this sign-in&apos;s answer got 404)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::TenantLintText</name>
    <message numerus="yes">
        <source>Every URL uses https, except %n on a loopback host (accepted for local test tenants only).</source>
        <translation>
            <numerusform>Every URL uses https, except %n on a loopback host (accepted for local test tenants only).</numerusform>
            <numerusform>Every URL uses https, except %n on a loopback host (accepted for local test tenants only).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::TenantProbeText</name>
    <message numerus="yes">
        <source>identical (%n member(s))</source>
        <translation>
            <numerusform>identical (%n member)</numerusform>
            <numerusform>identical (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the refresh token from the code exchange was accepted and the new tokens passed %n check(s)</source>
        <translation>
            <numerusform>the refresh token from the code exchange was accepted and the new tokens passed %n check</numerusform>
            <numerusform>the refresh token from the code exchange was accepted and the new tokens passed %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>signed in again without a login page (%n page(s) shown): the provider kept the session</source>
        <translation>
            <numerusform>signed in again without a login page (%n page shown): the provider kept the session</numerusform>
            <numerusform>signed in again without a login page (%n pages shown): the provider kept the session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the provider authenticated again (%n page(s) shown) and issued a new auth_time %1</source>
        <translation>
            <numerusform>the provider authenticated again (%n page shown) and issued a new auth_time %1</numerusform>
            <numerusform>the provider authenticated again (%n pages shown) and issued a new auth_time %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after logout the provider showed the login page again (%n page(s)) before signing in: the session had ended</source>
        <translation>
            <numerusform>after logout the provider showed the login page again (%n page) before signing in: the session had ended</numerusform>
            <numerusform>after logout the provider showed the login page again (%n pages) before signing in: the session had ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worked: %n check(s) passed</source>
        <translation>
            <numerusform>worked: %n check passed</numerusform>
            <numerusform>worked: %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>API: waiting %n s for the access token to expire</source>
        <translation>
            <numerusform>API: waiting %n second for the access token to expire</numerusform>
            <numerusform>API: waiting %n seconds for the access token to expire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::ApiConsole</name>
    <message numerus="yes">
        <source>HTTP %1 %2 · %3 ms · %n byte(s)</source>
        <translation>
            <numerusform>HTTP %1 %2 · %3 ms · %n byte</numerusform>
            <numerusform>HTTP %1 %2 · %3 ms · %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent: choose one to fill the form with it</source>
        <translation>
            <numerusform>%n request sent: choose it to fill the form with it</numerusform>
            <numerusform>%n requests sent: choose one to fill the form with it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::ClaimsModel</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::DeviceCodePane</name>
    <message numerus="yes">
        <source>Tokenscope asks the provider every %n second(s) whether you approved.</source>
        <translation>
            <numerusform>Tokenscope asks the provider every %n second whether you approved.</numerusform>
            <numerusform>Tokenscope asks the provider every %n seconds whether you approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll %1: not approved yet (authorization_pending); next in %n second(s).</source>
        <translation>
            <numerusform>Poll %1: not approved yet (authorization_pending); next in %n second.</numerusform>
            <numerusform>Poll %1: not approved yet (authorization_pending); next in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Poll %1: the provider asked to slow down (slow_down); now every %n second(s).</source>
        <translation>
            <numerusform>Poll %1: the provider asked to slow down (slow_down); now every %n second.</numerusform>
            <numerusform>Poll %1: the provider asked to slow down (slow_down); now every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::HttpLogModel</name>
    <message numerus="yes">
        <source>Parameters (%n):
</source>
        <translation>
            <numerusform>Parameter (%n):
</numerusform>
            <numerusform>Parameters (%n):
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::MainWindow</name>
    <message numerus="yes">
        <source>Validation failed — %n check(s) failed. %1</source>
        <translation>
            <numerusform>Validation failed — %n check failed. %1</numerusform>
            <numerusform>Validation failed — %n checks failed. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed</source>
        <translation>
            <numerusform>%n check passed</numerusform>
            <numerusform>%n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>poll %1: %2; next in %n second(s)</source>
        <translation>
            <numerusform>poll %1: %2; next in %n second</numerusform>
            <numerusform>poll %1: %2; next in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n check(s) passed</source>
        <translation>
            <numerusform>the %n check passed</numerusform>
            <numerusform>all %n checks passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::ProfileEditor</name>
    <message numerus="yes">
        <source>Advanced settings — %n problem(s)</source>
        <translation>
            <numerusform>Advanced settings — %n problem</numerusform>
            <numerusform>Advanced settings — %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::SubjectTokenPrompt</name>
    <message numerus="yes">
        <source>; expires in %n minute(s)</source>
        <translation>
            <numerusform>; expires in %n minute</numerusform>
            <numerusform>; expires in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; EXPIRED %n minute(s) ago: the provider will refuse it</source>
        <translation>
            <numerusform>; EXPIRED %n minute ago: the provider will refuse it</numerusform>
            <numerusform>; EXPIRED %n minutes ago: the provider will refuse it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; expires in %n hour(s)</source>
        <translation>
            <numerusform>; expires in %n hour</numerusform>
            <numerusform>; expires in %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::TenantPane</name>
    <message numerus="yes">
        <source>The lint found %n error(s) in the configuration of %1: see the red rows.</source>
        <translation>
            <numerusform>The lint found %n error in the configuration of %1: see the red rows.</numerusform>
            <numerusform>The lint found %n errors in the configuration of %1: see the red rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::TokenPanel</name>
    <message numerus="yes">
        <source>&lt;i&gt;Refresh token, %n character(s), hidden: a refresh token is a long-lived secret. Copy token copies it.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;Refresh token, %n character, hidden: a refresh token is a long-lived secret. Copy token copies it.&lt;/i&gt;</numerusform>
            <numerusform>&lt;i&gt;Refresh token, %n characters, hidden: a refresh token is a long-lived secret. Copy token copies it.&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;i&gt;Opaque token (%n character(s)): only the provider can read it.&lt;/i&gt;&lt;br/&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;Opaque token (%n character): only the provider can read it.&lt;/i&gt;&lt;br/&gt;</numerusform>
            <numerusform>&lt;i&gt;Opaque token (%n characters): only the provider can read it.&lt;/i&gt;&lt;br/&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Claims that differ from %1 (%n claim(s))</source>
        <translation>
            <numerusform>Claims that differ from %1 (%n claim)</numerusform>
            <numerusform>Claims that differ from %1 (%n claims)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the token exchange changed: the subject token given, and the access token issued for it (%n claim(s) differ)</source>
        <translation>
            <numerusform>What the token exchange changed: the subject token given, and the access token issued for it (%n claim differs)</numerusform>
            <numerusform>What the token exchange changed: the subject token given, and the access token issued for it (%n claims differ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::ui::TokenWorkbench</name>
    <message numerus="yes">
        <source>&lt;b&gt;Opaque token&lt;/b&gt; (%n characters): no JWT, so only its issuer can tell what it means (RFC 7662 introspection).</source>
        <translation>
            <numerusform>&lt;b&gt;Opaque token&lt;/b&gt; (%n character): no JWT, so only its issuer can tell what it means (RFC 7662 introspection).</numerusform>
            <numerusform>&lt;b&gt;Opaque token&lt;/b&gt; (%n characters): no JWT, so only its issuer can tell what it means (RFC 7662 introspection).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Passed with %1: no check failed (%n skipped for lack of input).</source>
        <translation>
            <numerusform>Passed with %1: no check failed (%n skipped for lack of input).</numerusform>
            <numerusform>Passed with %1: no check failed (%n skipped for lack of input).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed with %1: %n check(s) failed.</source>
        <translation>
            <numerusform>Failed with %1: %n check failed.</numerusform>
            <numerusform>Failed with %1: %n checks failed.</numerusform>
        </translation>
    </message>
</context>
</TS>
