#include "ui/common/WrappedLabel.h"

#include <QEvent>

namespace tokenscope::ui {

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return Key{text(), alignment(), wordWrap(), textFormat(), margin(), indent(), contentsMargins()};
}

int WrappedLabel::heightForWidth(int width) const
{
    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_heights.clear();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.constEnd())
        return *it;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrappedLabel::changeEvent(QEvent *event)
{
    // What the key does not hold: how the text is drawn. (Margins and the text, a translation's too, are in the key.)
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace tokenscope::ui
