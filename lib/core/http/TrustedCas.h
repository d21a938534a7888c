#pragma once

#include "core/profile/Profile.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace tokenscope {

// CA certificates to trust besides the system's (the private CA of a test tenant): tokenscope-cli --ca-file, the
// profile's "caCertificates", the window's "Trusted CAs". Never a way around verification: the chain, the dates and
// the host name are still checked.
struct TrustedCas
{
    QList<QSslCertificate> certificates;
    QString error; // names the file and what is wrong with it; empty when every file was read
    bool ok() const { return error.isEmpty(); }
};

// Reads PEM (one or more certificates per file) or DER files.
TrustedCas loadCaCertificates(const QStringList &files);
// The profile's "caCertificates" as absolute paths: relative names are relative to the profile file's folder (or to the
// current folder when the profile has no file).
QStringList caCertificateFiles(const Profile &profile, const QString &profilePath);

} // namespace tokenscope
