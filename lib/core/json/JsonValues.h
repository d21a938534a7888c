#pragma once

#include <QJsonValue>
#include <QString>

namespace tokenscope::json {

// What a JSON value is, for messages about types ("must be a string, not a number"): "null", "a boolean", "a number",
// "a string", "an array", "an object", or "nothing" for an absent member. Translated (context tokenscope::JsonText).
QString typeName(const QJsonValue &value);

} // namespace tokenscope::json
