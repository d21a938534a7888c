#include "ui/common/StatusStyle.h"

#include "core/tenant/TenantLint.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace tokenscope::ui {

namespace {

QIcon dot(const QColor &color, QChar glyph)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(2, 2, 28, 28);
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (glyph == QLatin1Char('v')) {
        p.drawPolyline(QPolygonF{QPointF(9, 17), QPointF(14, 22), QPointF(23, 11)});
    } else if (glyph == QLatin1Char('x')) {
        p.drawLine(11, 11, 21, 21);
        p.drawLine(21, 11, 11, 21);
    } else if (glyph == QLatin1Char('-')) {
        p.drawLine(10, 16, 22, 16);
    } else if (glyph == QLatin1Char('!')) {
        p.drawLine(16, 8, 16, 18);
        p.drawPoint(16, 24);
    } else if (glyph == QLatin1Char('i')) {
        p.drawPoint(16, 9);
        p.drawLine(16, 15, 16, 24);
    } else {
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(9, 16), 2.5, 2.5);
        p.drawEllipse(QPointF(16, 16), 2.5, 2.5);
        p.drawEllipse(QPointF(23, 16), 2.5, 2.5);
    }
    p.end();
    return QIcon(pm);
}

} // namespace

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QCoreApplication::translate("Status", "pass");
    case CheckStatus::Fail: return QCoreApplication::translate("Status", "fail");
    case CheckStatus::Skip: return QCoreApplication::translate("Status", "skip");
    }
    return {};
}

QColor statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QColor(0x1b, 0x7f, 0x3b);
    case CheckStatus::Fail: return QColor(0xc0, 0x1c, 0x28);
    case CheckStatus::Skip: return QColor(0x77, 0x76, 0x7b);
    }
    return {};
}

QIcon statusIcon(CheckStatus status)
{
    static const QIcon pass = dot(statusColor(CheckStatus::Pass), QLatin1Char('v'));
    static const QIcon fail = dot(statusColor(CheckStatus::Fail), QLatin1Char('x'));
    static const QIcon skip = dot(statusColor(CheckStatus::Skip), QLatin1Char('-'));
    switch (status) {
    case CheckStatus::Pass: return pass;
    case CheckStatus::Fail: return fail;
    case CheckStatus::Skip: return skip;
    }
    return {};
}

QIcon runningIcon()
{
    static const QIcon running = dot(QColor(0x1c, 0x71, 0xd8), QLatin1Char('.'));
    return running;
}

QString levelText(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Error: return QCoreApplication::translate("Status", "error");
    case FindingLevel::Warning: return QCoreApplication::translate("Status", "warning");
    case FindingLevel::Info: return QCoreApplication::translate("Status", "info");
    }
    return {};
}

QColor levelColor(FindingLevel level)
{
    switch (level) {
    case FindingLevel::Error: return statusColor(CheckStatus::Fail);
    case FindingLevel::Warning: return QColor(0x9a, 0x67, 0x00);
    case FindingLevel::Info: return QColor(0x57, 0x60, 0x6a);
    }
    return {};
}

QIcon levelIcon(FindingLevel level)
{
    static const QIcon error = dot(levelColor(FindingLevel::Error), QLatin1Char('x'));
    static const QIcon warning = dot(QColor(0xd9, 0x8e, 0x04), QLatin1Char('!'));
    static const QIcon info = dot(QColor(0x8c, 0x95, 0x9f), QLatin1Char('i'));
    switch (level) {
    case FindingLevel::Error: return error;
    case FindingLevel::Warning: return warning;
    case FindingLevel::Info: return info;
    }
    return {};
}

} // namespace tokenscope::ui
