#pragma once

// What a FlowState says, as text for the tests' comparisons and failure messages.
#include "core/oidc/FlowState.h"

#include <QString>

namespace tokenscope::test {

// Every step and every failed check, one per line: the message of a failed QVERIFY2.
QString describe(const FlowState &state);
// "pass", "fail" or "skip" of the step with this name; "(missing)" when the flow recorded none.
QString stepStatus(const FlowState &state, const QString &name);
// The same for the last check with this id.
QString checkStatus(const FlowState &state, const QString &id);
// The last check with this id, or null.
const Check *findCheck(const FlowState &state, const QString &id);

} // namespace tokenscope::test
