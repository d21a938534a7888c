#include "core/common/Check.h"

#include <thread>

#include <QDebug>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace tokenscope {

QString CheckDetail::toString() const
{
    if (!m_deferred)
        return m_text;
    const Deferred *deferred = m_deferred.get();
    // Once, whichever thread reads first; the others wait for it. Not std::call_once: its pthread_once slow path (taken
    // on every first read, which is every read here) went to the kernel and cost a fifth of a batch inspect (issue 17).
    if (deferred->state.load(std::memory_order_acquire) != Deferred::Done) {
        int expected = Deferred::Pending;
        if (deferred->state.compare_exchange_strong(expected, Deferred::Formatting, std::memory_order_acq_rel)) {
            deferred->text = deferred->format();
            deferred->state.store(Deferred::Done, std::memory_order_release);
        } else {
            while (deferred->state.load(std::memory_order_acquire) != Deferred::Done)
                std::this_thread::yield();
        }
    }
    return deferred->text;
}

QTextStream &operator<<(QTextStream &stream, const CheckDetail &detail)
{
    return stream << detail.toString();
}

QDebug operator<<(QDebug debug, const CheckDetail &detail)
{
    return debug << detail.toString();
}

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

const Check *firstFailure(const CheckList &checks)
{
    const auto it = std::find_if(checks.begin(), checks.end(), [](const Check &c) { return c.status == CheckStatus::Fail; });
    return it == checks.end() ? nullptr : &*it;
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
        out.append({prefix + c.id, c.status, c.detail}); // a deferred text stays deferred (and shared)
    return out;
}

QJsonArray checksToJson(const CheckList &checks)
{
    QJsonArray array;
    for (const Check &c : checks) {
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("status"), checkStatusName(c.status)},
                                 {QStringLiteral("detail"), c.detail.toString()}});
    }
    return array;
}

} // namespace tokenscope
