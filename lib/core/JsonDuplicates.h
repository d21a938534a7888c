#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace tokenscope {

// Member names that appear more than once in the same JSON object, anywhere in the document (each name once, in the
// order of its first repetition; names compared after unescaping, so "\u0069ssuer" repeats "issuer"). QJsonDocument
// silently keeps the last value, and other parsers keep the first, so a document with repeated members means different
// things to different readers. Meant for text QJsonDocument has accepted; on other input the result is unspecified but
// the scan stays linear and never reads out of bounds.
QStringList duplicateJsonMembers(QByteArrayView json);

} // namespace tokenscope
