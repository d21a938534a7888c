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
        <name>tokenscope::ui::MainWindow</name>
        <message numerus="yes">
            <source>Signed in as %1 — all %n check(s) passed.</source>
            <translation>
                <numerusform>Signed in as %1 — all %n check passed.</numerusform>
                <numerusform>Signed in as %1 — all %n checks passed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Validation failed — %n check(s) failed. %1</source>
            <translation>
                <numerusform>Validation failed — %n check failed. %1</numerusform>
                <numerusform>Validation failed — %n checks failed. %1</numerusform>
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
    </context>
</TS>
