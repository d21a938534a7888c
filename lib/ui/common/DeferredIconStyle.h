#pragma once

#include <QProxyStyle>

namespace tokenscope::ui {

// The application's style with one change: a standard icon is loaded the first time it is drawn or measured, not when
// a widget asks for it. Qt's menu bar and tool bar ask for their overflow button's icon when they are created, and
// loading it reads a PNG; the first image Qt reads makes it load every image-format plugin (SVG, GIF, ICO, JPEG and
// their libraries). That cost 1.3 ms before the window's first frame (README "Performance"), for buttons that only
// appear when the menu bar or the tool bar is too narrow. Drawn, the icons are the base style's own.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace tokenscope::ui
