// The keychain against a real Secret Service (gnome-keyring in a private D-Bus session, started by ctest): what the
// desktop app remembers for a profile file is read back, and tokenscope-cli signs in with the client secret it finds
// there for the same file, without the secret in the file, the environment or the output. Remove the entry and the
// same run fails at the token endpoint.
#include "CliRunner.h"
#include "LocalTenant.h"
#include "keychain/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip();
    void cliUsesTheRememberedSecret();

private:
    CliResult run(const QString &profilePath) const;
    bool write(SecretStore &store, const QString &key, const QString &secret);
    std::unique_ptr<LocalTenant> m_tenant;
    QTemporaryDir m_dir;
};

bool TestKeychain::write(SecretStore &store, const QString &key, const QString &secret)
{
    QSignalSpy written(&store, &SecretStore::writeFinished);
    store.write(key, secret);
    if (!written.wait(20000))
        return false;
    return written.first().value(1).toString().isEmpty();
}

void TestKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SecretStore store(SecretStore::serviceName());
    QVERIFY2(write(store, QStringLiteral("tokenscope-test-probe"), QStringLiteral("x")),
             "no Secret Service: ctest runs this test in dbus-run-session with gnome-keyring (scripts/setup installs both)");
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

void TestKeychain::roundTrip()
{
    SecretStore store(SecretStore::serviceName());
    const QString key = SecretStore::keyForProfileFile(m_dir.filePath(QStringLiteral("round-trip.json")));
    QVERIFY(key.startsWith(QLatin1Char('/')));
    QVERIFY(write(store, key, QStringLiteral("s3cr3t-round-trip")));

    QSignalSpy read(&store, &SecretStore::readFinished);
    store.read(key);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().value(1).toBool(), true);
    QCOMPARE(read.first().value(2).toString(), QStringLiteral("s3cr3t-round-trip"));

    QSignalSpy removed(&store, &SecretStore::removeFinished);
    store.remove(key);
    QVERIFY(removed.wait(20000));
    QVERIFY(removed.first().value(1).toString().isEmpty());
    read.clear();
    store.read(key);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().value(1).toBool(), false); // not found is not an error
    QVERIFY(read.first().value(3).toString().isEmpty());
    QVERIFY(store.available());
}

CliResult TestKeychain::run(const QString &profilePath) const
{
    CliOptions options;
    options.environment.remove(QStringLiteral("TOKENSCOPE_CLIENT_SECRET"));
    return runCli({QStringLiteral("login"), QStringLiteral("--profile"), profilePath, QStringLiteral("--username"), LocalTenant::username(),
                   QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--no-refresh"), QStringLiteral("--json")},
                  options);
}

void TestKeychain::cliUsesTheRememberedSecret()
{
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.remove(QStringLiteral("clientSecret"));
    const QString path = m_dir.filePath(QStringLiteral("hybrid.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();

    SecretStore store(SecretStore::serviceName());
    QVERIFY(write(store, SecretStore::keyForProfileFile(path), LocalTenant::hybridSecret()));
    const CliResult ok = run(path);
    QVERIFY2(ok.exitCode == 0, ok.out.right(2000) + ok.err.right(2000));
    QVERIFY(!ok.out.contains(LocalTenant::hybridSecret().toUtf8()));
    QVERIFY(!ok.err.contains(LocalTenant::hybridSecret().toUtf8()));

    QSignalSpy removed(&store, &SecretStore::removeFinished);
    store.remove(SecretStore::keyForProfileFile(path));
    QVERIFY(removed.wait(20000));
    const CliResult refused = run(path);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("\"name\": \"token\"") || refused.out.contains("\"name\":\"token\""), refused.out.right(2000));
    QVERIFY2(refused.out.contains("invalid_client") || refused.out.contains("client authentication"), refused.out.right(3000));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
