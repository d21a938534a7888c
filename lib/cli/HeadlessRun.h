#pragma once

#include "core/profile/Profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>

class QWebEngineProfile;

namespace tokenscope {
class HttpClient;
class WebEngineUserAgent;
}

namespace tokenscope::cli {

// What `login` and `probe` share: the options of a headless sign-in (profile, test user, fill script, TOTP, timeouts,
// CA files, reports) and what is built from them, the HTTP client and the off-screen web engine's user agent, set up
// the same way for both. Usage errors are printed as "tokenscope-cli <command>: <reason>" and return ExitUsage.
class HeadlessRun
{
public:
    explicit HeadlessRun(const QString &command); // "login", "probe"
    ~HeadlessRun();

    // Adds the shared options (with the command's own wording for the test user).
    void addOptions(QCommandLineParser &parser, const QString &userHelp, const QString &passwordHelp, const QString &htmlHelp);

    // Reads the shared options: the profile (and `otherProfileOptions`' profiles, whose CA files count too), the CA
    // files, the fill script and the TOTP secret, then builds the client and the user agent. ExitOk or ExitUsage.
    int prepare(const QCommandLineParser &parser, const QList<QCommandLineOption> &otherProfileOptions = {});

    const Profile &profile() const { return m_profile; }
    // The profiles of `otherProfileOptions`, in their order (absent options are skipped).
    const QList<Profile> &otherProfiles() const { return m_otherProfiles; }
    int timeoutSecs() const { return m_timeoutSecs; }
    bool timeoutGiven() const { return m_timeoutGiven; } // --timeout was on the command line
    qint64 skewSecs() const { return m_skewSecs; }
    HttpClient &http() { return *m_http; }
    WebEngineUserAgent &agent() { return *m_agent; }
    // `login`: when the profile's grant needs no browser (Profile::grantNeedsNoBrowser()), prepare() starts no web
    // engine and agentIfAny() is null; except for the device grant with --username/--password/--fill-script, whose
    // verification page the web engine then completes. Call before prepare().
    void setBrowserOnlyWhenNeeded(bool onlyWhenNeeded) { m_browserOnlyWhenNeeded = onlyWhenNeeded; }
    WebEngineUserAgent *agentIfAny() { return m_agent.get(); }

    // --username, and --password (else the environment variable TOKENSCOPE_PASSWORD, which keeps it out of the process
    // list): the test user for the login page, or the user of the password grant.
    QString username(const QCommandLineParser &parser) const { return parser.value(m_username); }
    QString password(const QCommandLineParser &parser) const;
    bool wantsJsonOnStdout(const QCommandLineParser &parser) const { return parser.isSet(m_json); }
    bool includesHttp(const QCommandLineParser &parser) const { return parser.isSet(m_includeHttp); }
    // Writes --report (JSON) and --html (HTML) when asked. ExitOk or ExitUsage.
    int writeReports(const QCommandLineParser &parser, const QJsonObject &json, const QJsonObject &html) const;
    // "tokenscope-cli <command>: <message>" on standard error; returns ExitUsage.
    int usageError(const QString &message) const;

private:
    QString m_command;
    QCommandLineOption m_profileFile, m_username, m_password, m_fillScript, m_totpSecret, m_timeout, m_skew, m_report,
        m_json, m_html, m_includeHttp, m_caFile;
    Profile m_profile;
    QList<Profile> m_otherProfiles;
    bool m_browserOnlyWhenNeeded = false;
    int m_timeoutSecs = 30;
    bool m_timeoutGiven = false;
    qint64 m_skewSecs = 60;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QWebEngineProfile> m_webProfile;
    std::unique_ptr<WebEngineUserAgent> m_agent;
};

} // namespace tokenscope::cli
