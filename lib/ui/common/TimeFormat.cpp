#include "ui/common/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tokenscope::ui {

namespace {

QString span(qint64 secs)
{
    if (secs < 60)
        return QCoreApplication::translate("TimeFormat", "%1 s").arg(secs);
    if (secs < 3600) {
        const qint64 s = secs % 60;
        return s ? QCoreApplication::translate("TimeFormat", "%1 min %2 s").arg(secs / 60).arg(s)
                 : QCoreApplication::translate("TimeFormat", "%1 min").arg(secs / 60);
    }
    if (secs < 86400) {
        const qint64 m = (secs % 3600) / 60;
        return m ? QCoreApplication::translate("TimeFormat", "%1 h %2 min").arg(secs / 3600).arg(m)
                 : QCoreApplication::translate("TimeFormat", "%1 h").arg(secs / 3600);
    }
    const int days = int(secs / 86400);
    return QCoreApplication::translate("TimeFormat", "%n day(s)", nullptr, days);
}

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("TimeFormat", "%1 ms").arg(ms);
    if (ms < 10000)
        return QCoreApplication::translate("TimeFormat", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return span((ms + 500) / 1000);
}

QString formatRelative(qint64 deltaSecs)
{
    if (deltaSecs == 0)
        return QCoreApplication::translate("TimeFormat", "now");
    if (deltaSecs > 0)
        return QCoreApplication::translate("TimeFormat", "in %1").arg(span(deltaSecs));
    return QCoreApplication::translate("TimeFormat", "%1 ago").arg(span(-deltaSecs));
}

QString formatEpoch(qint64 epochSecs, qint64 nowSecs)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSecs).toLocalTime();
    return QStringLiteral("%1 (%2)").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), formatRelative(epochSecs - nowSecs));
}

QString formatCountdown(qint64 expSecs, qint64 nowSecs)
{
    const qint64 left = expSecs - nowSecs;
    if (left <= 0)
        return QCoreApplication::translate("TimeFormat", "expired %1 ago").arg(span(-left));
    QString text;
    if (left < 3600)
        text = QStringLiteral("%1:%2").arg(left / 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'));
    else
        text = QCoreApplication::translate("TimeFormat", "%1 h %2 min").arg(left / 3600).arg((left % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("TimeFormat", "expires in %1").arg(text);
}

} // namespace tokenscope::ui
