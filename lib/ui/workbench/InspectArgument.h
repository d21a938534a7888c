#pragma once

#include <QIODevice>
#include <QString>

namespace tokenscope::ui {

// The token of `tokenscope --inspect TOKEN|-`: the argument itself, or with "-" what `in` (standard input) holds, up
// to 1 MiB (the workbench drops whitespace and a "Bearer " prefix).
QString inspectArgument(const QString &value, QIODevice &in);

} // namespace tokenscope::ui
