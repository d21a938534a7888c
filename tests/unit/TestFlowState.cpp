#include "core/oidc/FlowState.h"

#include <QTest>

using namespace tokenscope;

class TestFlowState : public QObject
{
    Q_OBJECT
private slots:
    void firstFailure_data();
    void firstFailure();
};

void TestFlowState::firstFailure_data()
{
    // Steps and checks as "name:status" lists, in the order they happened; what comes first among the failures.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("checks");
    QTest::addColumn<QString>("failedStep");
    QTest::addColumn<QString>("failedCheck");
    QTest::addColumn<bool>("ok");
    QTest::newRow("nothing ran") << QStringList{} << QStringList{} << QString() << QString() << true;
    QTest::newRow("all passed") << QStringList{"discovery:pass", "token:pass"} << QStringList{"state:pass"} << QString() << QString()
                                << true;
    QTest::newRow("a skipped step is no failure") << QStringList{"token:skip"} << QStringList{"id_token.c_hash:skip"} << QString()
                                                  << QString() << true;
    QTest::newRow("first of two failed steps") << QStringList{"discovery:pass", "token:fail", "api:fail"} << QStringList{} << "token"
                                               << QString() << false;
    QTest::newRow("first of two failed checks") << QStringList{"callback:fail"} << QStringList{"state:pass", "nonce:fail", "id_token.exp:fail"}
                                                << "callback" << "nonce" << false;
    QTest::newRow("a failed check alone") << QStringList{"token:pass"} << QStringList{"token.id_token.sub:fail"} << QString()
                                          << "token.id_token.sub" << false;
}

void TestFlowState::firstFailure()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, checks);
    QFETCH(QString, failedStep);
    QFETCH(QString, failedCheck);
    QFETCH(bool, ok);
    auto status = [](const QString &s) {
        return s == QLatin1String("pass") ? CheckStatus::Pass : s == QLatin1String("fail") ? CheckStatus::Fail : CheckStatus::Skip;
    };
    FlowState state;
    for (const QString &s : steps)
        state.steps.append({s.section(QLatin1Char(':'), 0, 0), status(s.section(QLatin1Char(':'), 1)), QStringLiteral("detail")});
    for (const QString &c : checks) {
        Check check;
        check.id = c.section(QLatin1Char(':'), 0, 0);
        check.status = status(c.section(QLatin1Char(':'), 1));
        state.checks.append(check);
    }
    const StepResult *step = state.firstFailedStep();
    QCOMPARE(step ? step->name : QString(), failedStep);
    const Check *check = state.firstFailedCheck();
    QCOMPARE(check ? check->id : QString(), failedCheck);
    QCOMPARE(state.ok(), ok);
}

QTEST_GUILESS_MAIN(TestFlowState)
#include "TestFlowState.moc"
