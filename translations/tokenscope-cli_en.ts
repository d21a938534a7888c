<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>; on the way the embedded browser refused what the page tried (%n time(s)): %1</source>
        <translation>
            <numerusform>; on the way the embedded browser refused what the page tried (%n time): %1</numerusform>
            <numerusform>; on the way the embedded browser refused what the page tried (%n times): %1</numerusform>
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
        <source>opaque access token (%n characters): only the provider can check it</source>
        <translation>
            <numerusform>opaque access token (%n characters): only the provider can check it</numerusform>
            <numerusform>opaque access token (%n characters): only the provider can check it</numerusform>
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
        <source>worked: %n check(s) passed</source>
        <translation>
            <numerusform>worked: %n check passed</numerusform>
            <numerusform>worked: %n checks passed</numerusform>
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
        <source>API: waiting %n s for the access token to expire</source>
        <translation>
            <numerusform>API: waiting %n second for the access token to expire</numerusform>
            <numerusform>API: waiting %n seconds for the access token to expire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::cli</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the headless browser does it now; the code expires in %n second(s))</source>
        <translation>
            <numerusform>(the headless browser does it now; the code expires in %n second)</numerusform>
            <numerusform>(the headless browser does it now; the code expires in %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(waiting for the approval; the code expires in %n second(s))</source>
        <translation>
            <numerusform>(waiting for the approval; the code expires in %n second)</numerusform>
            <numerusform>(waiting for the approval; the code expires in %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>poll %1: %2; next in %n second(s)</source>
        <translation>
            <numerusform>poll %1: %2; next in %n second</numerusform>
            <numerusform>poll %1: %2; next in %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
