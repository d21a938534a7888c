#include "cli/HeadlessRun.h"

#include "cli/CliOutput.h"
#include "cli/ProfileFile.h"

#include "browser/Totp.h"
#include "browser/WebEngineUserAgent.h"
#include "core/http/HttpClient.h"
#include "core/http/TrustedCas.h"
#include "core/report/ReportFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QWebEngineProfile>

namespace tokenscope::cli {

namespace {

QCommandLineOption valueOption(const char *name, const char *valueName, const QString &defaultValue = {})
{
    QCommandLineOption option(QString::fromLatin1(name));
    option.setValueName(QString::fromLatin1(valueName));
    if (!defaultValue.isEmpty())
        option.setDefaultValue(defaultValue);
    return option;
}

} // namespace

HeadlessRun::HeadlessRun(const QString &command)
    : m_command(command),
      m_profileFile(valueOption("profile", "FILE")),
      m_username(valueOption("username", "U")),
      m_password(valueOption("password", "P")),
      m_fillScript(valueOption("fill-script", "FILE.js")),
      m_totpSecret(valueOption("totp-secret", "BASE32")),
      m_timeout(valueOption("timeout", "SECONDS", QStringLiteral("30"))),
      m_skew(valueOption("skew", "SECONDS", QStringLiteral("60"))),
      m_report(valueOption("report", "FILE")),
      m_json(QStringLiteral("json")),
      m_html(valueOption("html", "FILE")),
      m_includeHttp(QStringLiteral("include-http")),
      m_caFile(valueOption("ca-file", "FILE"))
{
}

HeadlessRun::~HeadlessRun() = default;

void HeadlessRun::addOptions(QCommandLineParser &parser, const QString &userHelp, const QString &passwordHelp, const QString &htmlHelp)
{
    m_profileFile.setDescription(tr("Profile file (JSON)."));
    m_username.setDescription(userHelp);
    m_password.setDescription(passwordHelp);
    m_fillScript.setDescription(tr("JavaScript run on every loaded page instead of the built-in filler; it reads --username, "
                                   "--password and the current one-time code as tokenscope.username, tokenscope.password and "
                                   "tokenscope.totp."));
    m_totpSecret.setDescription(tr("Base32 TOTP secret (RFC 6238) of the test user: the filler answers a one-time-code page with "
                                   "its current code. Never logged or reported."));
    m_timeout.setDescription(tr("Timeout of each network step and each page, in seconds (default 30)."));
    m_skew.setDescription(tr("Clock skew allowed, in seconds (default 60)."));
    m_report.setDescription(tr("Write the JSON report to this file."));
    m_json.setDescription(tr("Write the JSON report to standard output."));
    m_html.setDescription(htmlHelp);
    m_includeHttp.setDescription(tr("Add the HTTP exchanges (redacted) to the JSON report (the HTML page always has them)."));
    m_caFile.setDescription(tr("Also trust the CA certificate(s) in this PEM or DER file (may be repeated); TLS "
                               "checks are never skipped."));
    parser.addOptions({m_profileFile, m_username, m_password, m_fillScript, m_totpSecret, m_timeout, m_skew, m_report, m_json,
                       m_html, m_includeHttp, m_caFile});
}

int HeadlessRun::usageError(const QString &message) const
{
    err() << "tokenscope-cli " << m_command << ": " << message << Qt::endl;
    return ExitUsage;
}

int HeadlessRun::prepare(const QCommandLineParser &parser, const QList<QCommandLineOption> &otherProfileOptions)
{
    if (!parser.isSet(m_profileFile))
        return usageError(tr("--profile FILE is required"));
    bool okNumber = false;
    m_timeoutSecs = parser.value(m_timeout).toInt(&okNumber);
    if (!okNumber || m_timeoutSecs <= 0)
        return usageError(tr("--timeout takes a positive number of seconds"));
    m_skewSecs = parser.value(m_skew).toLongLong(&okNumber);
    if (!okNumber || m_skewSecs < 0)
        return usageError(tr("--skew takes a number of seconds"));

    if (const QString error = loadProfileFile(parser.value(m_profileFile), m_profile); !error.isEmpty())
        return usageError(error);
    QStringList caFiles = parser.values(m_caFile) + caCertificateFiles(m_profile, parser.value(m_profileFile));
    m_otherProfiles.clear();
    for (const QCommandLineOption &option : otherProfileOptions) {
        if (!parser.isSet(option))
            continue;
        Profile other;
        if (const QString error = loadProfileFile(parser.value(option), other); !error.isEmpty())
            return usageError(error);
        caFiles += caCertificateFiles(other, parser.value(option));
        m_otherProfiles.append(other);
    }
    const TrustedCas cas = loadCaCertificates(caFiles);
    if (!cas.ok())
        return usageError(cas.error);

    QString fillScript;
    if (parser.isSet(m_fillScript)) {
        QFile file(parser.value(m_fillScript));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        fillScript = QString::fromUtf8(file.read(1024 * 1024));
    }
    QByteArray totpKey;
    if (parser.isSet(m_totpSecret)) {
        const std::optional<QByteArray> key = totp::decodeBase32(parser.value(m_totpSecret));
        if (!key) {
            // The secret itself is not repeated: it may be nearly right.
            return usageError(tr("--totp-secret takes the base32 secret (letters A-Z and digits 2-7) the provider showed when "
                                 "the authenticator was set up"));
        }
        totpKey = *key;
    }

    m_http = std::make_unique<HttpClient>(&m_nam);
    m_http->setTimeoutMs(m_timeoutSecs * 1000);
    m_http->setExtraCaCertificates(cas.certificates);
    m_timeoutGiven = parser.isSet(m_timeout);
    // The device grant (RFC 8628) uses the web engine only to complete the verification page itself.
    const bool fillsVerification = m_profile.effectiveGrant() == Grants::DeviceCode
        && (parser.isSet(m_username) || parser.isSet(m_password) || parser.isSet(m_fillScript));
    if (m_browserOnlyWhenNeeded && m_profile.grantNeedsNoBrowser() && !fillsVerification)
        return ExitOk; // no web engine: the grant needs no browser
    // Off the record: cookies live in memory for this run only (and for all of it: a probe's provider session persists
    // from one attempt to the next).
    m_webProfile = std::make_unique<QWebEngineProfile>();
    m_agent = std::make_unique<WebEngineUserAgent>(m_webProfile.get());
    m_agent->setExtraCaCertificates(cas.certificates);
    m_agent->setPageTimeoutMs(m_timeoutSecs * 1000);
    m_agent->setFailOnLoadError(true);
    // A fill script reads the credentials from the object `tokenscope` of its isolated world (not from its own text).
    m_agent->setCredentials(parser.value(m_username), password(parser));
    m_agent->setTotpKey(totpKey);
    if (!fillScript.isEmpty())
        m_agent->setFillScript(fillScript);
    return ExitOk;
}

QString HeadlessRun::password(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_password))
        return parser.value(m_password);
    return QString::fromUtf8(qgetenv("TOKENSCOPE_PASSWORD"));
}

int HeadlessRun::writeReports(const QCommandLineParser &parser, const QJsonObject &json, const QJsonObject &html) const
{
    QString error;
    if (parser.isSet(m_report) && !writeReportFile(parser.value(m_report), json, ReportFormat::Json, &error))
        return usageError(error);
    if (parser.isSet(m_html) && !writeReportFile(parser.value(m_html), html, ReportFormat::Html, &error))
        return usageError(error);
    return ExitOk;
}

} // namespace tokenscope::cli
