#include "ui/common/WrappedLabel.h"

#include <QApplication>
#include <QTest>

using namespace tokenscope::ui;

namespace {

const char Sentence[] = "A profile says which provider to sign in to and as which application. Start with one of these, or fill in "
                        "the form on the left and press Save profile.";

// What a plain word-wrapped QLabel in the same state answers.
int plainHeight(const WrappedLabel &label, int width)
{
    QLabel plain(label.text());
    plain.setWordWrap(label.wordWrap());
    plain.setAlignment(label.alignment());
    plain.setFont(label.font());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setContentsMargins(label.contentsMargins());
    return plain.heightForWidth(width);
}

} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT
private slots:
    void heightIsQLabels_data();
    void heightIsQLabels();
};

void TestWrappedLabel::heightIsQLabels_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("unchanged") << QString();
    QTest::newRow("text") << QStringLiteral("text");
    QTest::newRow("font") << QStringLiteral("font");
    QTest::newRow("margins") << QStringLiteral("margins");
    QTest::newRow("margin") << QStringLiteral("margin");
    QTest::newRow("indent") << QStringLiteral("indent");
    QTest::newRow("no wrap") << QStringLiteral("no wrap");
}

// Asked the same widths before and after a change, it answers what QLabel answers: never a height remembered from
// before the change.
void TestWrappedLabel::heightIsQLabels()
{
    QFETCH(QString, change);
    WrappedLabel label(QString::fromUtf8(Sentence));
    label.setAlignment(Qt::AlignLeft | Qt::AlignVCenter); // an indent counts on the aligned side only
    const QList<int> widths{60, 150, 300, 600, 2000};
    QList<int> before;
    for (int width : widths) {
        before << label.heightForWidth(width);
        QCOMPARE(before.last(), plainHeight(label, width));
        QCOMPARE(label.heightForWidth(width), before.last()); // asked again
    }
    QVERIFY(before.first() > before.last()); // it wraps: narrower is taller

    if (change == QLatin1String("text")) {
        label.setText(QString::fromUtf8(Sentence) + QLatin1Char(' ') + QString::fromUtf8(Sentence));
    } else if (change == QLatin1String("font")) {
        QFont font = label.font();
        font.setPointSizeF(font.pointSizeF() * 2);
        label.setFont(font);
    } else if (change == QLatin1String("margins")) {
        label.setContentsMargins(40, 10, 40, 10);
    } else if (change == QLatin1String("margin")) {
        label.setMargin(30);
    } else if (change == QLatin1String("indent")) {
        label.setIndent(80);
    } else if (change == QLatin1String("no wrap")) {
        label.setWordWrap(false);
    }
    for (int i = 0; i < widths.size(); ++i) {
        const int height = label.heightForWidth(widths.at(i));
        QCOMPARE(height, plainHeight(label, widths.at(i)));
        if (!change.isEmpty() && change != QLatin1String("no wrap") && (i == 1 || i == 2)) // the change shows there
            QVERIFY2(height != before.at(i), qPrintable(QStringLiteral("width %1").arg(widths.at(i))));
    }
}

QTEST_MAIN(TestWrappedLabel)
#include "TestWrappedLabel.moc"
