#include "core/common/Text.h"

namespace tokenscope {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quotedList(const QStringList &values)
{
    QStringList out;
    out.reserve(values.size());
    for (const QString &v : values)
        out.append(quoted(v));
    return out.join(QLatin1String(", "));
}

} // namespace tokenscope
