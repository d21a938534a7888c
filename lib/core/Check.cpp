#include "Check.h"

#include <QJsonObject>

namespace tokenscope {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

bool hasFailure(const CheckList &checks)
{
    return std::any_of(checks.begin(), checks.end(), [](const Check &c) { return c.status == CheckStatus::Fail; });
}

const Check *findCheck(const CheckList &checks, const QString &id)
{
    for (const Check &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CheckList prefixed(const CheckList &checks, const QString &prefix)
{
    CheckList out;
    out.reserve(checks.size());
    for (const Check &c : checks)
        out.append({prefix + c.id, c.status, c.detail});
    return out;
}

QJsonArray checksToJson(const CheckList &checks)
{
    QJsonArray array;
    for (const Check &c : checks) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("status"), checkStatusName(c.status)},
                                 {QStringLiteral("detail"), c.detail}});
    }
    return array;
}

} // namespace tokenscope
