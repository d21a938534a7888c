#include "ui/device/QrCode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace tokenscope::ui {

QImage qrCodeImage(const QString &text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest that holds the text; case-sensitive byte mode.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    constexpr int QuietZone = 4; // ISO/IEC 18004: four modules of light margin
    const int modules = code->width + 2 * QuietZone;
    const int size = std::max(moduleSize, 1);
    QImage image(modules * size, modules * size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // bit 0: dark module
                painter.fillRect((x + QuietZone) * size, (y + QuietZone) * size, size, size, Qt::black);
        }
    }
    return image;
}

} // namespace tokenscope::ui
