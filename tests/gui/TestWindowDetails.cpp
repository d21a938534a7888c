// Issue 18, the rest: the real main window, off screen, against the local tenant (tests/idp). The front channel is
// visible (the authorize request decoded, the caught callback in the HTTP log), a new profile says what is wrong next
// to the field with one-click fixes and knows the big providers, each profile keeps a history of runs whose tokens can
// be compared, every tab works at 1024x700, the keyboard lands in the login page, every control has a name, and the
// first start and the profile actions do not lead nowhere.
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "LocalTenant.h"
#include "core/http/HttpExchange.h"
#include "core/jose/Jwt.h"
#include "core/oidc/OidcFlow.h"
#include "ui/httplog/HttpLogModel.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/signin/AuthorizeParamsModel.h"
#include "ui/tenant/TenantModels.h"
#include "ui/tenant/TenantPane.h"
#include "ui/tokens/ClaimsModel.h"
#include "ui/tokens/TokenPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>

using namespace tokenscope;
using namespace tokenscope::ui;
using tokenscope::test::waitUntil;

namespace {

HttpLogModel *httpLogOf(GuiHarness &h)
{
    showTab(h, "httpLogPanel");
    return qobject_cast<HttpLogModel *>(child<QTableView>(h.window.get(), "httpLogView")->model());
}

// The label QFormLayout shows for a field (its buddy).
QLabel *labelOf(QWidget *field)
{
    for (QLabel *label : field->window()->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

bool shown(QWidget *w)
{
    return w && w->isVisible();
}

} // namespace

class TestWindowDetails : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void frontChannelIsVisible_data();
    void frontChannelIsVisible();
    void newProfileSaysWhatIsWrongWhereItIs();
    void presetsKnowTheProviders_data();
    void presetsKnowTheProviders();
    void historyOfRunsAndCompare();
    void everyTabWorksAt1024x700_data();
    void everyTabWorksAt1024x700();
    void focusGoesIntoTheLoginPage();
    void everyControlHasAName();
    void firstStartAndProfileActions();
    void firstStartFitsTheScreen();

private:
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestWindowDetails::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

// Defect 7: the authorize request as a decoded parameter table (the PKCE challenge shown, the verifier never), and the
// caught callback as an entry of the HTTP log, marked as front channel, with where it arrived and its parameters
// decoded and redacted like everything else.
void TestWindowDetails::frontChannelIsVisible_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QString>("arrived");
    QTest::newRow("hybrid, fragment") << "hybrid-app" << "code id_token" << "" << "fragment";
    QTest::newRow("code, query") << "spa-pkce" << "code" << "" << "query";
    QTest::newRow("code, form_post") << "hybrid-app" << "code" << "form_post" << "form_post";
}

void TestWindowDetails::frontChannelIsVisible()
{
    QFETCH(QString, clientId);
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QString, arrived);
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(clientId, responseType);
    profile.insert(QStringLiteral("pkce"), true);
    profile.insert(QStringLiteral("extraParams"), QJsonObject{{QStringLiteral("login_hint"), QStringLiteral("alice")}});
    if (!responseMode.isEmpty())
        profile.insert(QStringLiteral("responseMode"), responseMode);
    QVERIFY(h.openProfile(profile, QStringLiteral("front.json")));
    QVERIFY(h.show());
    QVERIFY(signInWithButton(h, LocalTenant::username(), LocalTenant::password()));
    const FlowState &state = h.window->flowState();
    QVERIFY(state.callback);
    QVERIFY(!state.request.codeVerifier.isEmpty());

    // The request, decoded: every parameter of the URL, the challenge but never the verifier.
    showTab(h, "signInTab");
    auto *toggle = child<QToolButton>(h.window.get(), "authorizeParamsToggle");
    QVERIFY(toggle);
    auto *view = child<QTableView>(h.window.get(), "authorizeParams");
    QVERIFY(!view->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(view->isVisible());
    auto *params = qobject_cast<AuthorizeParamsModel *>(view->model());
    QVERIFY(params);
    QCOMPARE(params->rowCount(), int(QUrlQuery(state.request.url).queryItems().size()));
    QCOMPARE(params->value(QStringLiteral("state")), state.request.state);
    QCOMPARE(params->value(QStringLiteral("nonce")), state.request.nonce);
    QCOMPARE(params->value(QStringLiteral("code_challenge")), state.request.codeChallenge);
    QCOMPARE(params->value(QStringLiteral("response_type")), responseType);
    QCOMPARE(params->value(QStringLiteral("redirect_uri")), state.request.redirectUriParam);
    QCOMPARE(params->value(QStringLiteral("login_hint")), QStringLiteral("alice"));
    QVERIFY(!params->index(params->rowOf(QStringLiteral("state")), AuthorizeParamsModel::MeaningColumn).data().toString().isEmpty());
    for (int r = 0; r < params->rowCount(); ++r) {
        for (int c = 0; c < params->columnCount(); ++c)
            QVERIFY(!params->index(r, c).data().toString().contains(state.request.codeVerifier));
    }

    // The HTTP log: the request and the caught response, in the order they happened, marked as front channel.
    HttpLogModel *log = httpLogOf(h);
    QList<int> front;
    int token = -1;
    for (int r = 0; r < log->rowCount(); ++r) {
        if (log->index(r, 0).data(HttpLogModel::FrontChannelRole).toBool())
            front << r;
        else if (log->index(r, HttpLogModel::StepColumn).data().toString() == Steps::Token)
            token = r;
    }
    QCOMPARE(front.size(), 2);
    const int request = front.at(0), callback = front.at(1);
    QVERIFY(request < callback && callback < token);
    QCOMPARE(log->index(request, HttpLogModel::StepColumn).data().toString(), QStringLiteral("front channel: authorize"));
    QCOMPARE(log->index(callback, HttpLogModel::StepColumn).data().toString(), QStringLiteral("front channel: callback"));
    QCOMPARE(log->index(callback, HttpLogModel::StatusColumn).data().toString(), QStringLiteral("caught (%1)").arg(arrived));
    QCOMPARE(log->index(callback, HttpLogModel::MethodColumn).data().toString(),
             arrived == QLatin1String("form_post") ? QStringLiteral("POST") : QStringLiteral("GET"));
    QHash<QString, QString> caught;
    for (const auto &[name, value] : log->parameters(callback))
        caught.insert(name, value);
    QCOMPARE(caught.value(QStringLiteral("code")), state.callback->param(QStringLiteral("code")));
    QCOMPARE(caught.value(QStringLiteral("state")), state.request.state);
    if (state.callback->params.contains(QStringLiteral("iss")))
        QCOMPARE(caught.value(QStringLiteral("iss")), state.callback->param(QStringLiteral("iss")));
    const QString detail = log->detailText(callback);
    QVERIFY2(detail.startsWith(QLatin1String("Front channel")) && detail.contains(arrived), qPrintable(detail));
    if (responseTypeHas(responseType, QStringLiteral("id_token"))) {
        // The front-channel ID token: readable, never replayable.
        const QString idToken = state.authorization.idToken;
        QVERIFY(!idToken.isEmpty());
        QCOMPARE(caught.value(QStringLiteral("id_token")), redactBearerToken(idToken));
        QVERIFY(!detail.contains(idToken));
        QVERIFY(!log->index(callback, HttpLogModel::UrlColumn).data().toString().contains(idToken.section(QLatin1Char('.'), 2)));
    }
    const QString requestDetail = log->detailText(request);
    QVERIFY(requestDetail.contains(QLatin1String("code_challenge")) && !requestDetail.contains(state.request.codeVerifier));
}

// Defect 11: a new profile says what is wrong next to the field, in words (no JSON key names), marks the field, and
// fixes in one click what the app knows the answer to: the issuer the discovery document names, a missing openid.
void TestWindowDetails::newProfileSaysWhatIsWrongWhereItIs()
{
    GuiHarness h;
    QVERIFY(h.show());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "welcomeNewProfile"), Qt::LeftButton);
    auto *issuer = child<QLineEdit>(h.window.get(), "profileIssuer");
    auto *clientId = child<QLineEdit>(h.window.get(), "profileClientId");
    auto *issuerProblem = child<QLabel>(h.window.get(), "profileProblem_issuer");
    auto *clientIdProblem = child<QLabel>(h.window.get(), "profileProblem_clientId");
    QVERIFY(issuerProblem && clientIdProblem);
    QVERIFY(shown(issuerProblem) && shown(clientIdProblem));
    QVERIFY2(issuerProblem->text().startsWith(QLatin1String("Issuer is missing")), qPrintable(issuerProblem->text()));
    QVERIFY2(clientIdProblem->text().startsWith(QLatin1String("Client ID is missing")), qPrintable(clientIdProblem->text()));
    QVERIFY(labelOf(issuer)->property("hasProblem").toBool());
    QVERIFY(labelOf(clientId)->property("hasProblem").toBool());
    QVERIFY(!labelOf(child<QLineEdit>(h.window.get(), "profileName"))->property("hasProblem").toBool());
    // Nothing left for a list at the bottom, and no JSON key names anywhere.
    QVERIFY(!shown(child<QLabel>(h.window.get(), "profileProblems")));
    for (const QLabel *l : h.window->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^profileProblem_")))) {
        for (const char *key : {"\"issuer\"", "clientId", "redirectUri"})
            QVERIFY2(!l->text().contains(QLatin1String(key)), qPrintable(l->text()));
    }
    // The banner says it in the same words.
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(!h.window->isBusy());
    const QString banner = child<QLabel>(h.window.get(), "flowResult")->text();
    QVERIFY2(banner.contains(QLatin1String("Client ID is missing")) && !banner.contains(QLatin1String("clientId")), qPrintable(banner));

    // A field fixed: its mark and its words go.
    QTest::keyClicks(clientId, QStringLiteral("spa-pkce"));
    QVERIFY(!shown(clientIdProblem));
    QVERIFY(!labelOf(clientId)->property("hasProblem").toBool());

    // The issuer almost right (the slash): discovery works, the document names another issuer. After the sign-in
    // refused it, one click takes the document's issuer, and the next sign-in passes.
    const QString right = m_tenant->issuer();
    const QString almost = right.endsWith(QLatin1Char('/')) ? right.chopped(1) : right + QLatin1Char('/');
    QTest::keyClicks(issuer, almost);
    child<QLineEdit>(h.window.get(), "profileRedirectUri")->setText(QStringLiteral("https://spa.example/callback"));
    QVERIFY(!shown(issuerProblem));
    QVERIFY(!signInWithButton(h, LocalTenant::username(), LocalTenant::password()));
    QCOMPARE(h.window->flowState().firstFailedStep()->reason, Reasons::IssuerMismatch);
    QVERIFY(shown(issuerProblem));
    QVERIFY2(issuerProblem->text().contains(right), qPrintable(issuerProblem->text()));
    QVERIFY(labelOf(issuer)->property("hasProblem").toBool());
    auto *fix = child<QPushButton>(h.window.get(), "profileFix_issuer");
    QVERIFY(shown(fix));
    QCOMPARE(fix->text(), QStringLiteral("Use the issuer the document names"));
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(issuer->text(), right);
    QVERIFY(!shown(issuerProblem));
    QVERIFY(signInWithButton(h, LocalTenant::username(), LocalTenant::password()));

    // A response type with an ID token needs openid: said under the scope, fixed by one click.
    auto *scope = child<QLineEdit>(h.window.get(), "profileScope");
    scope->setText(QStringLiteral("profile email"));
    child<QComboBox>(h.window.get(), "profileResponseType")->setCurrentText(QStringLiteral("code id_token"));
    auto *scopeProblem = child<QLabel>(h.window.get(), "profileProblem_scope");
    QVERIFY(shown(scopeProblem));
    QVERIFY2(scopeProblem->text().startsWith(QLatin1String("Scope must contain openid")), qPrintable(scopeProblem->text()));
    auto *scopeFix = child<QPushButton>(h.window.get(), "profileFix_scope");
    QVERIFY(shown(scopeFix));
    QTest::mouseClick(scopeFix, Qt::LeftButton);
    QCOMPARE(scope->text(), QStringLiteral("openid profile email"));
    QVERIFY(!shown(scopeProblem));

    // Defect 8: the basic fields first, the advanced ones folded away until asked for.
    auto *advanced = child<QToolButton>(h.window.get(), "profileAdvancedToggle");
    QVERIFY(shown(advanced));
    for (const char *basic : {"profileName", "profileIssuer", "profileClientId", "profileClientSecret", "profileRedirectUri", "profileScope"})
        QVERIFY2(shown(child<QWidget>(h.window.get(), basic)), basic);
    for (const char *more : {"profileResponseMode", "profilePkce", "profileExtraParams", "profileExpectedAlg", "profileCaCertificates"})
        QVERIFY2(!shown(child<QWidget>(h.window.get(), more)), more);
    QTest::mouseClick(advanced, Qt::LeftButton);
    for (const char *more : {"profileResponseMode", "profilePkce", "profileExtraParams", "profileExpectedAlg", "profileCaCertificates"})
        QVERIFY2(shown(child<QWidget>(h.window.get(), more)), more);
}

// Defect 11: presets for the big providers, each with its issuer pattern, typical scopes, callback hint and quirks,
// and the one-click fixes for the issuer mistakes each provider is known for.
void TestWindowDetails::presetsKnowTheProviders_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("pattern");    // in the issuer's placeholder and the hint
    QTest::addColumn<QString>("scope");      // filled in for a new profile
    QTest::addColumn<QString>("typed");      // an issuer with a known mistake ("" = none)
    QTest::addColumn<QString>("note");       // what the issuer's note says about it
    QTest::addColumn<QString>("fixed");      // the issuer after the note's fix ("" = no fix)
    using P = ProfileEditor::Preset;
    QTest::newRow("Auth0") << int(P::Auth0) << "auth0.com" << "openid profile email" << "" << "" << "";
    QTest::newRow("Okta") << int(P::Okta) << "/oauth2/default" << "openid profile email offline_access"
                          << "https://dev-1.okta.com" << "org authorization server" << "https://dev-1.okta.com/oauth2/default";
    QTest::newRow("Entra ID, common") << int(P::EntraId) << "login.microsoftonline.com" << "openid profile email offline_access"
                                      << "https://login.microsoftonline.com/common/v2.0" << "tenant" << "";
    QTest::newRow("Entra ID, v1") << int(P::EntraId) << "login.microsoftonline.com" << "openid profile email offline_access"
                                  << "https://login.microsoftonline.com/contoso.onmicrosoft.com" << "v1.0"
                                  << "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0";
    QTest::newRow("Keycloak") << int(P::Keycloak) << "/realms/" << "openid profile email" << "https://sso.example/auth" << "/realms/" << "";
    QTest::newRow("Google") << int(P::Google) << "accounts.google.com" << "openid email profile" << "https://accounts.google.com/"
                            << "trailing slash" << "https://accounts.google.com";
    QTest::newRow("Cognito") << int(P::Cognito) << "cognito-idp" << "openid email profile" << "" << "" << "";
}

void TestWindowDetails::presetsKnowTheProviders()
{
    QFETCH(int, preset);
    QFETCH(QString, pattern);
    QFETCH(QString, scope);
    QFETCH(QString, typed);
    QFETCH(QString, note);
    QFETCH(QString, fixed);
    GuiHarness h;
    QVERIFY(h.show());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "welcomeNewProfile"), Qt::LeftButton);
    auto *combo = child<QComboBox>(h.window.get(), "profilePreset");
    QCOMPARE(combo->count(), 7);
    combo->setCurrentIndex(combo->findData(preset));
    auto *issuer = child<QLineEdit>(h.window.get(), "profileIssuer");
    QVERIFY2(issuer->placeholderText().contains(pattern), qPrintable(issuer->placeholderText()));
    auto *hint = child<QLabel>(h.window.get(), "profilePresetHint");
    QVERIFY(shown(hint));
    for (const QString &part : {QStringLiteral("Issuer"), QStringLiteral("Scopes"), QStringLiteral("Callback URL"), QStringLiteral("Known quirks"), pattern})
        QVERIFY2(hint->text().contains(part), qPrintable(part + QStringLiteral(" not in ") + hint->text()));
    QCOMPARE(child<QLineEdit>(h.window.get(), "profileScope")->text(), scope);
    auto *editor = child<ProfileEditor>(h.window.get(), "profileEditor");
    if (ProfileEditor::Preset(preset) == ProfileEditor::Preset::Google) {
        // Google refuses embedded browsers: the system browser with a loopback callback, and a refresh token the Google way.
        QCOMPARE(editor->profile().browser, QStringLiteral("system"));
        QCOMPARE(editor->profile().redirectUri, QStringLiteral("http://127.0.0.1/callback"));
        QCOMPARE(editor->profile().extraParam(QStringLiteral("access_type")), QStringLiteral("offline"));
    }
    if (typed.isEmpty())
        return;
    issuer->setText(typed);
    QCOMPARE(editor->preset(), ProfileEditor::Preset(preset));
    auto *issuerNote = child<QLabel>(h.window.get(), "profileIssuerNote");
    QVERIFY2(shown(issuerNote) && issuerNote->text().contains(note), qPrintable(issuerNote->text()));
    auto *noteFix = child<QPushButton>(h.window.get(), "profileIssuerNoteFix");
    QCOMPARE(shown(noteFix), !fixed.isEmpty());
    if (fixed.isEmpty())
        return;
    QTest::mouseClick(noteFix, Qt::LeftButton);
    QCOMPARE(editor->profile().issuer, fixed);
    QVERIFY(!shown(issuerNote));
    // A stored profile of that provider opens with its preset.
    QCOMPARE(ProfileEditor::presetForIssuer(fixed), ProfileEditor::Preset(preset));
}

// Defect 6 (the rest): every sign-in of a profile is kept (bounded, marked as ended) and any two tokens of the
// history can be compared.
void TestWindowDetails::historyOfRunsAndCompare()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), QStringLiteral("history.json")));
    QVERIFY(h.show());
    QVERIFY(signInWithButton(h, LocalTenant::username(), LocalTenant::password()));
    const QString first = h.window->flowState().token.idToken;
    QVERIFY(signInWithButton(h, LocalTenant::username(), LocalTenant::password()));
    const QString second = h.window->flowState().token.idToken;
    QVERIFY(!first.isEmpty() && first != second);

    showTab(h, "tokenPanel");
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    auto *runs = child<QComboBox>(panel, "tokenRunSelector");
    QVERIFY(shown(runs));
    QCOMPARE(runs->count(), 2);
    QVERIFY2(runs->itemText(0).startsWith(QLatin1String("Run 2")) && runs->itemText(0).contains(QLatin1String("live")), qPrintable(runs->itemText(0)));
    QVERIFY2(runs->itemText(1).startsWith(QLatin1String("Run 1")) && runs->itemText(1).contains(QLatin1String("ended")), qPrintable(runs->itemText(1)));
    QCOMPARE(runs->currentIndex(), 0);

    // The older run's tokens, marked as ended.
    runs->setCurrentIndex(1);
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::IdToken));
    QCOMPARE(panel->currentToken().value, first);
    auto *note = child<QLabel>(panel, "tokenSessionNote");
    QVERIFY2(shown(note) && note->text().startsWith(QLatin1String("Run 1 ended")), qPrintable(note->text()));

    // Compared with the other run's ID token: the per-sign-in claims differ, the user's do not.
    auto *compare = child<QComboBox>(panel, "tokenCompareSelector");
    QVERIFY(compare->count() > 2);
    QVERIFY(panel->compareWith(0, TokenOrigin::TokenEndpoint, TokenKind::IdToken));
    QVERIFY2(compare->currentText().startsWith(QStringLiteral("Run 2 · ID token")), qPrintable(compare->currentText()));
    ClaimDiffModel *diff = panel->diffModel();
    QVERIFY(shown(child<QWidget>(panel, "claimDiffBox")));
    QVERIFY(diff->rowOf(QStringLiteral("nonce")) >= 0);
    QCOMPARE(diff->rowOf(QStringLiteral("sub")), -1);
    QCOMPARE(diff->headerData(ClaimDiffModel::BeforeColumn, Qt::Horizontal).toString(), compare->currentText());
    const int nonceRow = diff->rowOf(QStringLiteral("nonce"));
    QCOMPARE(diff->index(nonceRow, ClaimDiffModel::AfterColumn).data().toString(),
             parseJwt(first.toUtf8()).payload.value(QStringLiteral("nonce")).toString());

    // Bounded: after ten more runs (cancelled at once) the oldest are gone, the newest first.
    for (int i = 0; i < 10; ++i) {
        QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
        QVERIFY(h.window->isBusy());
        h.window->cancel();
        LOOP_VERIFY(!h.window->isBusy());
    }
    QCOMPARE(runs->count(), 10);
    QVERIFY2(runs->itemText(0).startsWith(QLatin1String("Run 12")) && runs->itemText(0).contains(QLatin1String("cancelled")),
             qPrintable(runs->itemText(0)));
    QVERIFY2(runs->itemText(9).startsWith(QLatin1String("Run 3 ")), qPrintable(runs->itemText(9)));
}

// Defect 8: at 1024x700 every tab works. Measured on each tab, with a signed-in session, a refresh, an API call and a
// full probe run on screen: the window keeps its size (nothing demands more room), each key table shows more than one
// row, no header is cut off, and no cell of a column that sizes to its contents is cut off (only the free-text column
// that stretches may end in "…", with the full text in its tooltip and detail). In English and in German.
void TestWindowDetails::everyTabWorksAt1024x700_data()
{
    addLanguageRows();
}

void TestWindowDetails::everyTabWorksAt1024x700()
{
    QFETCH(QString, language);
    const ScopedUiLanguage ui(language);
    QVERIFY(ui.ok());
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
    QVERIFY(h.openProfile(profile, QStringLiteral("small.json")));
    h.window->resize(1024, 700);
    QVERIFY(h.show());
    QVERIFY(signInWithButton(h, LocalTenant::username(), LocalTenant::password()));
    const qint64 iat = h.window->flowState().token.receivedAt.toSecsSinceEpoch();
    (void)waitUntil([&h, iat] { return h.clock.nowSecsSinceEpoch() > iat; }, 3000);
    h.window->refreshTokens();
    LOOP_VERIFY(!h.window->isBusy());
    h.window->callApi();
    LOOP_VERIFY(!h.window->isBusy());
    showTab(h, "tenantPane");
    auto *pane = child<TenantPane>(h.window.get(), "tenantPane");
    child<QLineEdit>(pane, "tenantUsername")->setText(LocalTenant::username());
    child<QLineEdit>(pane, "tenantPassword")->setText(LocalTenant::password());
    pane->runProbes();
    LOOP_VERIFY_WITH_TIMEOUT(!pane->isBusy(), 240000);
    QVERIFY(pane->lastProbeReport());
    QVERIFY(pane->matrixModel()->rowCount() > 1);

    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    QStringList problems;
    // Every visible table and tree of the tab and the timeline below it.
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QCoreApplication::processEvents();
        const QString tab = tabs->widget(t)->objectName();
        if (h.window->size() != QSize(1024, 700)) {
            // Which part asks for the room: the tab pages' and the profile pane's minimum widths.
            QStringList widths;
            for (int p = 0; p < tabs->count(); ++p)
                widths << QStringLiteral("%1 %2x%3").arg(tabs->widget(p)->objectName()).arg(tabs->widget(p)->minimumSizeHint().width()).arg(tabs->widget(p)->minimumSizeHint().height());
            widths << QStringLiteral("profile pane %1, tabs %2x%3, window %4x%5").arg(child<QWidget>(h.window.get(), "profileList")->parentWidget()->minimumSizeHint().width()).arg(tabs->minimumSizeHint().width()).arg(tabs->minimumSizeHint().height()).arg(h.window->minimumSizeHint().width()).arg(h.window->minimumSizeHint().height());
            problems << QStringLiteral("%1: the window grew to %2x%3 (minimum widths: %4)")
                            .arg(tab)
                            .arg(h.window->width())
                            .arg(h.window->height())
                            .arg(widths.join(QStringLiteral(", ")));
        }
        QList<QAbstractItemView *> views = tabs->widget(t)->findChildren<QAbstractItemView *>();
        views << child<QTableView>(h.window.get(), "timelineView");
        for (QAbstractItemView *view : views) {
            if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0 || qobject_cast<QHeaderView *>(view))
                continue;
            const QString name = tab + QLatin1Char('/') + view->objectName();
            const QAbstractItemModel *model = view->model();
            const int rowHeight = view->sizeHintForRow(0);
            const int shownRows = view->viewport()->height() / qMax(1, rowHeight);
            if (model->rowCount() > 1 && shownRows < 2)
                problems << QStringLiteral("%1: room for %2 row(s) of %3").arg(name).arg(shownRows).arg(model->rowCount());
            QHeaderView *header = nullptr;
            if (auto *table = qobject_cast<QTableView *>(view))
                header = table->horizontalHeader();
            else if (auto *tree = qobject_cast<QTreeView *>(view))
                header = tree->header();
            if (!header || header->isHidden())
                continue;
            const QFontMetrics headerFont(header->font());
            for (int c = 0; c < model->columnCount(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const QString title = model->headerData(c, Qt::Horizontal).toString();
                // What the title needs: its text, the style's margins on both sides and the sort indicator.
                const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                const int needed = headerFont.horizontalAdvance(title) + 2 * margin
                                   + (header->isSortIndicatorShown() && header->sortIndicatorSection() == c ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) : 0);
                if (header->sectionSize(c) < needed)
                    problems << QStringLiteral("%1: header \"%2\" is cut off (%3 px for %4 px)").arg(name, title).arg(header->sectionSize(c)).arg(needed);
                // Columns that size to their contents must show them; the stretching free-text column may elide.
                if (header->sectionResizeMode(c) == QHeaderView::Stretch || (header->stretchLastSection() && c == model->columnCount() - 1))
                    continue;
                const QFontMetrics cellFont(view->font());
                for (int r = 0; r < model->rowCount(); ++r) {
                    const QModelIndex index = model->index(r, c);
                    const QString text = index.data().toString();
                    if (text.isEmpty())
                        continue;
                    const int indent = qobject_cast<QTreeView *>(view) && c == 0 ? qobject_cast<QTreeView *>(view)->indentation() * 2 : 0;
                    if (cellFont.horizontalAdvance(text) + indent + 6 > header->sectionSize(c))
                        problems << QStringLiteral("%1: \"%2\" is cut off in column \"%3\" (%4 px for %5 px of text)")
                                        .arg(name, text, title)
                                        .arg(header->sectionSize(c))
                                        .arg(cellFont.horizontalAdvance(text) + indent + 6);
                }
            }
        }
        // Buttons show their whole text.
        for (QAbstractButton *b : tabs->widget(t)->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && !b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
                problems << QStringLiteral("%1: button \"%2\" is squeezed (%3 of %4 px)").arg(tab, b->text()).arg(b->width()).arg(b->minimumSizeHint().width());
        }
    }
    problems.removeDuplicates();
    for (const QString &line : std::as_const(problems))
        qWarning("at 1024x700: %s", qPrintable(line)); // QVERIFY2 cuts long messages
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Defect 9: once the login page has loaded, the keyboard is in it (no tabbing through the window to reach it).
void TestWindowDetails::focusGoesIntoTheLoginPage()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), QStringLiteral("focus.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill({}, {});
    auto *button = child<QPushButton>(h.window.get(), "signInButton");
    button->setFocus();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    auto *address = child<QLineEdit>(h.window.get(), "addressBar");
    LOOP_VERIFY_WITH_TIMEOUT(address && address->text().contains(QLatin1String("/interaction/")), 30000);
    auto *page = child<QWidget>(h.window.get(), "webView");
    QVERIFY(page);
    LOOP_VERIFY(QApplication::focusWidget() && (QApplication::focusWidget() == page || page->isAncestorOf(QApplication::focusWidget())));
    h.window->cancel();
    LOOP_VERIFY(!h.window->isBusy());
}

// Defect 9: every control a keyboard reaches has a name a screen reader can say (its text, its label's, or its own
// accessible name), on every tab.
void TestWindowDetails::everyControlHasAName()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), QStringLiteral("names.json")));
    QVERIFY(h.show());
    QVERIFY(signInWithButton(h, LocalTenant::username(), LocalTenant::password()));
    child<QToolButton>(h.window.get(), "profileAdvancedToggle")->setChecked(true);
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    QStringList nameless;
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QCoreApplication::processEvents();
        for (QWidget *w : h.window->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            if (QByteArray(w->metaObject()->className()).startsWith("QtWebEngine"))
                continue; // the page's own content speaks for itself
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                nameless << QStringLiteral("%1 on tab %2: %3 \"%4\"").arg(w->metaObject()->className(), tabs->tabText(t), w->objectName(),
                                                                         w->parentWidget() ? w->parentWidget()->objectName() : QString());
        }
    }
    nameless.removeDuplicates();
    for (const QString &line : std::as_const(nameless))
        qWarning("no accessible name: %s", qPrintable(line)); // QVERIFY2 cuts long messages
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

// A first start has no profile to export or delete (the buttons and the menu say so), and the welcome page says how to
// try the demo tenant.
void TestWindowDetails::firstStartAndProfileActions()
{
    GuiHarness h;
    QVERIFY(h.show());
    auto *demo = child<QLabel>(h.window.get(), "welcomeDemo");
    QVERIFY(shown(demo));
    QVERIFY2(demo->text().contains(QLatin1String("scripts/demo")) && demo->text().contains(LocalTenant::username()), qPrintable(demo->text()));
    for (const char *name : {"exportProfileButton", "deleteProfileButton"})
        QVERIFY2(!child<QToolButton>(h.window.get(), name)->isEnabled(), name);
    for (const char *name : {"exportProfileAction", "deleteProfileAction"})
        QVERIFY2(!windowAction(h, name)->isEnabled(), name);
    QTest::mouseClick(child<QPushButton>(h.window.get(), "welcomeNewProfile"), Qt::LeftButton);
    for (const char *name : {"exportProfileButton", "deleteProfileButton"})
        QVERIFY2(child<QToolButton>(h.window.get(), name)->isEnabled(), name);
    for (const char *name : {"exportProfileAction", "deleteProfileAction"})
        QVERIFY2(windowAction(h, name)->isEnabled(), name);
}

// Without a saved geometry the window takes a roomy size, but never more than the screen offers (Qt's offscreen screen
// is 800x600: smaller than the roomy size, so the bound is what this sees); never less than the window's minimum.
void TestWindowDetails::firstStartFitsTheScreen()
{
    GuiHarness h;
    const QSize available = h.window->screen()->availableGeometry().size();
    QVERIFY2(available.width() < 1360 && available.height() < 860, "the test needs a screen smaller than the roomy size");
    const QSize expected = (available * 0.92).expandedTo(h.window->minimumSizeHint());
    QCOMPARE(h.firstStartSize, expected);
}

int main(int argc, char **argv)
{
    return runGuiTest<TestWindowDetails>(argc, argv);
}

#include "TestWindowDetails.moc"
