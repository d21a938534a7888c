// The floor for a sign-in: the least a Qt WebEngine program can do to get through the same login.
// A bare QWebEnginePage loads the authorize URL, runs the same fill script Tokenscope runs on every loaded page
// (WebEngineUserAgent::fillerScript) and catches the navigation to the redirect URI in acceptNavigationRequest,
// without loading it. No checks, no parsing, no report. The same Chromium flags as tokenscope-cli
// (prepareWebEngine), off screen, an off-the-record profile.
//
//   floor_webengine --authorize URL --redirect-uri URI --username U --password P
//                   [--same-http ISSUER --client-id ID --client-secret S --api URL]
// With --same-http it also makes the same back-channel requests as tokenscope-cli login with a bare
// QNetworkAccessManager, one after the other: discovery and JWKS before the page, then the code exchange, userinfo,
// the API and the refresh.
// Prints "FLOOR ok=1 browser=MS total=MS" (browser: load() to the callback caught; total: main() to that line).
//
//   floor_webengine --view --authorize URL --authorize-again URL2
// The floor for the window's "Sign in click to login page painted": a QWebEngineView, shown, loads URL (the web engine
// cold: the time runs from before the first web engine object is made, the QApplication already there) and then URL2
// in the same view (the engine warm), each until the first paint of the view after the page has loaded (the rule of
// lib/ui/bench/NextWebViewPaint.h, which the window's hook uses too). Fills nothing.
// Prints "FLOOR_VIEW ok=1 cold=MS warm=MS".

#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"
#include "ui/bench/NextWebViewPaint.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>
#include <unistd.h>

namespace {

class FloorPage : public QWebEnginePage
{
public:
    FloorPage(QWebEngineProfile *profile, const QUrl &redirectUri) : QWebEnginePage(profile), m_redirect(redirectUri) {}
    std::function<void(const QUrl &)> onCallback;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (url.scheme() == m_redirect.scheme() && url.host() == m_redirect.host() && url.path() == m_redirect.path()) {
            if (onCallback)
                onCallback(url);
            return false;
        }
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    }

private:
    QUrl m_redirect;
};

QString argValue(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

// One request, waited for; the body on success, empty otherwise.
QByteArray fetch(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &method = "GET", const QByteArray &body = {})
{
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return data;
}

QByteArray tokenRequest(QNetworkAccessManager &nam, const QUrl &endpoint, const QString &clientId, const QString &secret, const QByteArray &form)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", "Basic " + (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret)).toBase64());
    return fetch(nam, request, "POST", form);
}

// --view: load() to the view's first paint after the page has loaded, in ms; -1 when it does not load.
double timePainted(QWebEnginePage &page, const QUrl &url, QElapsedTimer &clock)
{
    double ms = -1;
    QEventLoop loop;
    const QMetaObject::Connection loaded = QObject::connect(&page, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        if (!ok) {
            loop.quit();
            return;
        }
        new tokenscope::ui::NextWebViewPaint([&] {
            ms = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        });
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    page.load(url);
    loop.exec();
    QObject::disconnect(loaded);
    return ms;
}

int loginPagePainted(const QUrl &first, const QUrl &second)
{
    QElapsedTimer clock;
    clock.start();
    QWebEngineProfile profile; // off the record
    QWebEnginePage page(&profile);
    QWebEngineView view;
    view.setPage(&page);
    view.resize(1000, 720);
    view.show();
    const double cold = timePainted(page, first, clock);
    clock.start();
    const double warm = timePainted(page, second, clock);
    const bool ok = cold > 0 && warm > 0;
    std::printf("FLOOR_VIEW ok=%d cold=%.3f warm=%.3f\n", ok ? 1 : 0, cold, warm);
    std::fflush(stdout);
    view.setPage(nullptr);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer total;
    total.start();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QUrl authorize(argValue(args, QStringLiteral("--authorize")), QUrl::StrictMode);
    const QUrl redirectUri(argValue(args, QStringLiteral("--redirect-uri")));
    const QString username = argValue(args, QStringLiteral("--username"));
    const QString password = argValue(args, QStringLiteral("--password"));
    const QString issuer = argValue(args, QStringLiteral("--same-http"));
    const QString clientId = argValue(args, QStringLiteral("--client-id"));
    const QString secret = argValue(args, QStringLiteral("--client-secret"));
    const QString api = argValue(args, QStringLiteral("--api"));

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    tokenscope::prepareWebEngine({});
    QApplication app(argc, argv);
    if (args.contains(QStringLiteral("--view")))
        return loginPagePainted(authorize, QUrl(argValue(args, QStringLiteral("--authorize-again")), QUrl::StrictMode));

    QNetworkAccessManager nam;
    QUrl tokenEndpoint, userinfoEndpoint;
    if (!issuer.isEmpty()) {
        const QJsonObject discovery =
            QJsonDocument::fromJson(fetch(nam, QNetworkRequest(QUrl(issuer + QStringLiteral(".well-known/openid-configuration"))))).object();
        fetch(nam, QNetworkRequest(QUrl(discovery.value(QStringLiteral("jwks_uri")).toString())));
        tokenEndpoint = QUrl(discovery.value(QStringLiteral("token_endpoint")).toString());
        userinfoEndpoint = QUrl(discovery.value(QStringLiteral("userinfo_endpoint")).toString());
    }

    QWebEngineProfile profile; // off the record
    FloorPage page(&profile, redirectUri);
    const QString script = tokenscope::WebEngineUserAgent::fillerScript(username, password);
    QObject::connect(&page, &QWebEnginePage::loadFinished, &page, [&](bool ok) {
        if (ok)
            page.runJavaScript(script);
    });
    QUrl callback;
    QEventLoop loop;
    page.onCallback = [&](const QUrl &url) {
        callback = url;
        loop.quit();
    };
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer browser;
    browser.start();
    page.load(authorize);
    loop.exec();
    const double browserMs = double(browser.nsecsElapsed()) / 1e6;
    const QUrlQuery fragment(callback.fragment());
    bool ok = fragment.hasQueryItem(QStringLiteral("id_token")) && fragment.hasQueryItem(QStringLiteral("code"));

    if (ok && !issuer.isEmpty()) {
        const QByteArray form = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(fragment.queryItemValue(QStringLiteral("code")))
            + "&redirect_uri=" + QUrl::toPercentEncoding(redirectUri.toString());
        const QJsonObject tokens = QJsonDocument::fromJson(tokenRequest(nam, tokenEndpoint, clientId, secret, form)).object();
        const QByteArray bearer = "Bearer " + tokens.value(QStringLiteral("access_token")).toString().toUtf8();
        QNetworkRequest userinfo(userinfoEndpoint);
        userinfo.setRawHeader("Authorization", bearer);
        const QByteArray claims = fetch(nam, userinfo);
        QNetworkRequest apiRequest{QUrl(api)};
        apiRequest.setRawHeader("Authorization", bearer);
        const QByteArray apiBody = api.isEmpty() ? QByteArray("-") : fetch(nam, apiRequest);
        const QByteArray refreshed = tokenRequest(nam, tokenEndpoint, clientId, secret,
                                                  "grant_type=refresh_token&refresh_token="
                                                      + QUrl::toPercentEncoding(tokens.value(QStringLiteral("refresh_token")).toString()));
        ok = tokens.contains(QStringLiteral("id_token")) && !claims.isEmpty() && !apiBody.isEmpty()
            && QJsonDocument::fromJson(refreshed).object().contains(QStringLiteral("access_token"));
    }
    std::printf("FLOOR ok=%d browser=%.3f total=%.3f\n", ok ? 1 : 0, browserMs, double(total.nsecsElapsed()) / 1e6);
    std::fflush(stdout);
    return ok ? 0 : 1;
}
