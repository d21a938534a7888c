#include "TestCertificate.h"

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace tokenscope {

bool makeTestCertificate(const QString &dir, const QString &name, const QString &subjectAltName)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        qWarning("the openssl command is missing (scripts/setup installs it)");
        return false;
    }
    const QDir d(dir);
    QProcess gen;
    gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), d.filePath(name + QStringLiteral(".key")),
                        QStringLiteral("-out"), d.filePath(name + QStringLiteral(".pem")), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=Tokenscope test CA ") + name, QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=") + subjectAltName, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE")});
    if (!gen.waitForFinished(60000) || gen.exitCode() != 0) {
        qWarning() << "openssl req failed:" << gen.readAllStandardError();
        return false;
    }
    return true;
}

} // namespace tokenscope
