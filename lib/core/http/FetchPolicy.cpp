#include "core/http/FetchPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::FetchPolicyText.
struct FetchPolicyText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::FetchPolicyText)
};

bool isFetchableScheme(const QString &scheme)
{
    return scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
        || scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

QString fetchRefusal(const QUrl &url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.isEmpty() || !url.isValid())
        return FetchPolicyText::tr("\"%1\" is not a valid URL; nothing was fetched").arg(shown);
    if (url.isRelative())
        return FetchPolicyText::tr("\"%1\" is not an absolute URL; nothing was fetched").arg(shown);
    if (!isFetchableScheme(url.scheme()))
        return FetchPolicyText::tr("refused to fetch %1: Tokenscope only fetches http and https URLs, never %2: ones (they could read local "
                                   "files or other resources of this computer)")
            .arg(shown, url.scheme());
    if (url.host().isEmpty())
        return FetchPolicyText::tr("refused to fetch %1: the URL names no host").arg(shown);
    return {};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace tokenscope
