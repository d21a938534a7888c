#include "cli/CliOutput.h"
#include "cli/ProfileFile.h"

#include "core/common/Logging.h"
#include "keychain/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace tokenscope::cli {

namespace {

// The client secret the desktop app remembered for this profile file ("remember" in the profile editor), or empty: no
// entry, or no keychain service (headless machines), which is normal and only logged. Never printed.
QString secretFromKeychain(const QString &path)
{
    if (!QCoreApplication::instance())
        return {}; // CliMain reads profiles once before the application exists (for callback schemes only)
    SecretStore store(SecretStore::serviceName());
    QEventLoop loop;
    QString secret;
    QObject::connect(&store, &SecretStore::readFinished, &loop,
                     [&](const QString &, bool found, const QString &value, const QString &error) {
                         if (found)
                             secret = value;
                         else if (!error.isEmpty())
                             qCInfo(lcFlow).noquote() << "no client secret from the keychain:" << error;
                         loop.quit();
                     });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a keychain that never answers must not hang a script
    store.read(SecretStore::keyForProfileFile(path));
    loop.exec();
    if (!secret.isEmpty())
        qCInfo(lcFlow) << "client secret read from the keychain";
    return secret;
}

} // namespace

QString loadProfileFile(const QString &path, Profile &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the profile %1: %2").arg(path, file.errorString());
    const ProfileLoadResult loaded = loadProfile(file.read(2 * 1024 * 1024));
    if (!loaded.ok())
        return tr("the profile %1 is not usable: %2").arg(path, loaded.errors.join(QStringLiteral("; ")));
    profile = loaded.profile;
    // private_key_jwt: the key file, relative to the profile's folder; read here, never printed.
    if (const QString error = loadClientKey(profile, path); !error.isEmpty())
        return tr("the profile %1 is not usable: %2").arg(path, error);
    const QByteArray envSecret = qgetenv("TOKENSCOPE_CLIENT_SECRET");
    if (!envSecret.isEmpty())
        profile.clientSecret = QString::fromUtf8(envSecret);
    else if (profile.clientSecret.isEmpty() && profile.tokenEndpointAuth != QLatin1String("none"))
        profile.clientSecret = secretFromKeychain(path);
    return {};
}

} // namespace tokenscope::cli
