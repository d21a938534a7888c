#include "core/http/TrustedCas.h"

#include <QCoreApplication>
#include <QFile>

namespace tokenscope {

TrustedCas loadCaCertificates(const QStringList &files)
{
    TrustedCas result;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QCoreApplication::translate("TrustedCas", "cannot read the CA certificate file %1: %2").arg(path, file.errorString());
            return result;
        }
        const QByteArray data = file.read(4 * 1024 * 1024);
        QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
        if (found.isEmpty())
            found = QSslCertificate::fromData(data, QSsl::Der);
        found.removeIf([](const QSslCertificate &c) { return c.isNull(); });
        if (found.isEmpty()) {
            result.error = QCoreApplication::translate("TrustedCas", "the CA certificate file %1 holds no PEM or DER certificate").arg(path);
            return result;
        }
        result.certificates += found;
    }
    return result;
}

QStringList caCertificateFiles(const Profile &profile, const QString &profilePath)
{
    QStringList files;
    for (const QString &name : profile.caCertificates)
        files << profileRelativeFile(name, profilePath);
    return files;
}

} // namespace tokenscope
