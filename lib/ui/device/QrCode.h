#pragma once

#include <QImage>
#include <QString>

namespace tokenscope::ui {

// A QR code of `text` (UTF-8, byte mode, error correction level M) encoded by libqrencode, drawn black on white with
// the standard quiet zone of 4 modules, each module `moduleSize` pixels. A null image when the text cannot be encoded
// (too long for a QR code).
QImage qrCodeImage(const QString &text, int moduleSize = 6);

} // namespace tokenscope::ui
