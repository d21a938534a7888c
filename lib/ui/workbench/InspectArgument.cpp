#include "ui/workbench/InspectArgument.h"

namespace tokenscope::ui {

QString inspectArgument(const QString &value, QIODevice &in)
{
    if (value != QLatin1String("-"))
        return value;
    return QString::fromUtf8(in.read(1024 * 1024));
}

} // namespace tokenscope::ui
