#include "ui/common/DeferredIconStyle.h"

#include <QIconEngine>
#include <QPointer>
#include <QStyleOption>
#include <QWidget>

#include <functional>
#include <optional>

namespace tokenscope::ui {

namespace {

// Holds the place of an icon until something needs its pixels or sizes, then loads it once and answers from it.
class DeferredIconEngine : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> load) : m_load(std::move(load)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return icon().pixmap(size, mode, state); }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override { return icon().actualSize(size, mode, state); }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override { return icon().availableSizes(mode, state); }
    QString iconName() override { return icon().name(); }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("tokenscope-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (m_load) {
            m_icon = m_load();
            m_load = nullptr;
        }
        return m_icon;
    }

    std::function<QIcon()> m_load; // empty once loaded
    QIcon m_icon;
};

} // namespace

QIcon DeferredIconStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // What the base style is asked later: the option as it is now (its QStyleOption part: direction, palette, state),
    // the widget while it exists, the base style while it exists.
    std::optional<QStyleOption> opt;
    if (option)
        opt = *option;
    QPointer<const QWidget> forWidget(widget);
    QPointer<QStyle> base(baseStyle());
    return QIcon(new DeferredIconEngine([standardIcon, opt, forWidget, base] {
        return base ? base->standardIcon(standardIcon, opt ? &*opt : nullptr, forWidget.data()) : QIcon();
    }));
}

} // namespace tokenscope::ui
