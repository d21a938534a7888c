#pragma once

// Header-only on purpose: the headless page needs Qt WebEngine (tokenscope_browser), which tokenscope_testcommon must
// not link; the tests that include this link tokenscope_browser themselves (see tests/common/CMakeLists.txt).
#include "core/common/Clock.h"
#include "EventLoopWait.h"
#include "core/oidc/FlowState.h"
#include "core/http/HttpClient.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/WebEngineUserAgent.h"

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QWebEngineProfile>

#include <concepts>
#include <memory>
#include <optional>

// The objects one run of the engine needs against a test provider: the network, the HTTP client, the user agent and
// what drives them (an OidcFlow, or a TenantProbe, which is built the same way). A template so that run.agent and
// run.flow keep their concrete types: the tests call the system browser's and the probe's own functions on them.
// The members are declared in the order they must outlive each other (destruction runs in reverse): the flow goes
// before its agent, the page before its web profile, the client before its network. unique_ptrs, so that a run can be
// returned by value while the flow keeps pointing at the same client and agent.
template<typename Agent = tokenscope::WebEngineUserAgent, typename Flow = tokenscope::OidcFlow>
class FlowRun
{
public:
    // A headless web-engine page as the agent, in its own off-the-record profile: cookies in memory, kept across the
    // attempts of this run and never shared with the next one. It fills the login form with the credentials.
    FlowRun(const tokenscope::Clock *clock, int httpTimeoutMs, int pageTimeoutMs, const QString &username = {},
            const QString &password = {})
        requires std::same_as<Agent, tokenscope::WebEngineUserAgent>
        : FlowRun(httpTimeoutMs)
    {
        webProfile = std::make_unique<QWebEngineProfile>();
        agent = std::make_unique<Agent>(webProfile.get());
        agent->setPageTimeoutMs(pageTimeoutMs);
        agent->setCredentials(username, password);
        flow = std::make_unique<Flow>(http.get(), agent.get(), clock);
    }

    // An agent the test set up itself (the system browser with its opener).
    FlowRun(const tokenscope::Clock *clock, int httpTimeoutMs, std::unique_ptr<Agent> ownAgent)
        : FlowRun(httpTimeoutMs)
    {
        agent = std::move(ownAgent);
        flow = std::make_unique<Flow>(http.get(), agent.get(), clock);
    }

    // Starts the whole flow and waits for its end: what finished() said, or nullopt when it did not finish in time.
    // QVERIFY2(run.signIn() == true, ...) expects a passed sign-in.
    std::optional<bool> signIn(int timeoutMs = 60000)
    {
        QSignalSpy finished(flow.get(), &Flow::finished);
        flow->start();
        if (!tokenscope::test::waitUntil([&finished] { return !finished.isEmpty(); }, timeoutMs))
            return std::nullopt;
        return finished.first().first().toBool();
    }

    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<tokenscope::HttpClient> http;
    std::unique_ptr<QWebEngineProfile> webProfile; // only for the headless page
    std::unique_ptr<Agent> agent;
    std::unique_ptr<Flow> flow;

private:
    explicit FlowRun(int httpTimeoutMs)
        : nam(std::make_unique<QNetworkAccessManager>())
        , http(std::make_unique<tokenscope::HttpClient>(nam.get()))
    {
        http->setTimeoutMs(httpTimeoutMs);
    }
};

// The profile of a test's JSON, returned even when invalid (the flow then reports why), with the errors in the log:
// a test that sees a flow fail for a broken fixture should find the reason next to the failure.
inline tokenscope::Profile loadProfileOrWarn(const QJsonObject &json)
{
    const tokenscope::ProfileLoadResult loaded = tokenscope::loadProfile(QJsonDocument(json).toJson());
    if (!loaded.ok())
        qWarning() << loaded.errors;
    return loaded.profile;
}

// The failed steps and checks of a run, one a line, as the message of a QVERIFY2 that expected none.
inline QString failures(const tokenscope::FlowState &state)
{
    QStringList out;
    for (const tokenscope::StepResult &s : state.steps) {
        if (s.status == tokenscope::CheckStatus::Fail)
            out << s.name + QStringLiteral(": ") + s.detail;
    }
    for (const tokenscope::Check &c : state.checks) {
        if (c.status == tokenscope::CheckStatus::Fail)
            out << c.id + QStringLiteral(": ") + c.detail;
    }
    return out.join(QLatin1Char('\n'));
}
