#include "FlowStateText.h"

#include <QStringList>

namespace tokenscope::test {

QString describe(const FlowState &state)
{
    QStringList out;
    for (const StepResult &s : state.steps)
        out << s.name + QLatin1Char(' ') + checkStatusName(s.status) + QStringLiteral(": ") + s.detail;
    for (const Check &c : state.checks) {
        if (c.status == CheckStatus::Fail)
            out << c.summary();
    }
    return out.join(QLatin1Char('\n'));
}

QString stepStatus(const FlowState &state, const QString &name)
{
    const StepResult *s = state.step(name);
    return s ? checkStatusName(s->status) : QStringLiteral("(missing)");
}

const Check *findCheck(const FlowState &state, const QString &id)
{
    const Check *found = nullptr;
    for (const Check &c : state.checks) {
        if (c.id == id)
            found = &c;
    }
    return found;
}

QString checkStatus(const FlowState &state, const QString &id)
{
    const Check *c = findCheck(state, id);
    return c ? checkStatusName(c->status) : QStringLiteral("(missing)");
}

} // namespace tokenscope::test
