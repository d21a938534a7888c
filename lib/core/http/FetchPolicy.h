#pragma once

#include <QString>
#include <QUrl>

namespace tokenscope {

// The one place that decides what the engine may fetch (issue 19). Every request goes through HttpClient, which asks
// here before any I/O: discovery, JWKS, token, userinfo, API, revocation, logout and whatever comes later. Only
// absolute http and https URLs with a host are fetched; file:, ftp:, data:, qrc: and every other scheme Qt could open
// are refused, so that no discovery document, imported profile or typed URL can make Tokenscope read local files.
// Whether plain http is acceptable for a host is not decided here: the profile checks and the lint say that.
bool isFetchableScheme(const QString &scheme); // "http" | "https", case-insensitive

// Empty when `url` may be fetched, else why not, in words for the user (translated).
QString fetchRefusal(const QUrl &url);

// Whether `host` names this machine: "localhost", a name under ".localhost" (RFC 6761 6.3), or a loopback address
// (127.0.0.0/8, ::1). The rules that allow plain http or a loopback redirect URI ask here.
bool isLoopbackHost(const QString &host);

} // namespace tokenscope
