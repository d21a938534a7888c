#pragma once

#include <QHash>
#include <QLabel>

namespace tokenscope::ui {

// A word-wrapped QLabel that remembers its height for each width it was asked about. QLabel lays its text out again
// (shaping every glyph) on each heightForWidth(), and a window's layouts ask the same widths many times while the
// window is built and shown: for the welcome text that was 3% of the instructions to the first frame (callgrind).
// What the height depends on besides the width (the text, the font, wrapping, alignment, margins) is part of the key:
// a change to any of them starts a new cache.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Key
    {
        QString text;
        Qt::Alignment alignment;
        bool wordWrap = false;
        Qt::TextFormat format = Qt::AutoText;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        bool operator==(const Key &other) const = default;
    };
    Key currentKey() const;

    mutable Key m_key;
    mutable QHash<int, int> m_heights; // width -> height, for m_key
};

} // namespace tokenscope::ui
