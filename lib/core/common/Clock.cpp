#include "core/common/Clock.h"

#include <QDateTime>

namespace tokenscope {

qint64 SystemClock::nowSecsSinceEpoch() const
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace tokenscope
