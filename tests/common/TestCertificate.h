#pragma once

#include <QString>

namespace tokenscope {

// A self-signed certificate that may act as its own CA, made with the openssl command (scripts/setup installs it):
// <dir>/<name>.pem and <dir>/<name>.key, valid for two days, for subjectAltName such as "IP:127.0.0.1". False (with a
// warning saying why) when it could not be made.
bool makeTestCertificate(const QString &dir, const QString &name, const QString &subjectAltName);

} // namespace tokenscope
