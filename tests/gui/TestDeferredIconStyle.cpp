#include "ui/common/DeferredIconStyle.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QTest>

using namespace tokenscope::ui;

namespace {

// The base style, counting how often it is asked for a standard icon.
class CountingStyle : public QProxyStyle
{
public:
    CountingStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}
    QIcon standardIcon(StandardPixmap sp, const QStyleOption *option, const QWidget *widget) const override
    {
        ++calls;
        return QProxyStyle::standardIcon(sp, option, widget);
    }
    mutable int calls = 0;
};

QImage pixels(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT
private slots:
    void iconIsLoadedWhenFirstNeeded_data();
    void iconIsLoadedWhenFirstNeeded();
    void paintsLikeTheBaseStyle();
    void outlivesTheWidgetItWasAskedFor();
    void menuBarDoesNotLoadItsExtensionIcon();
};

void TestDeferredIconStyle::iconIsLoadedWhenFirstNeeded_data()
{
    QTest::addColumn<int>("use");
    QTest::newRow("pixmap") << 0;
    QTest::newRow("paint") << 1;
    QTest::newRow("actual size") << 2;
    QTest::newRow("available sizes") << 3;
}

void TestDeferredIconStyle::iconIsLoadedWhenFirstNeeded()
{
    QFETCH(int, use);
    auto *base = new CountingStyle;
    DeferredIconStyle style(base);
    const QIcon icon = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QCOMPARE(base->calls, 0);
    QVERIFY(!icon.isNull()); // isNull() needs the icon: loaded now
    QCOMPARE(base->calls, 1);
    QIcon other = style.standardIcon(QStyle::SP_DialogOkButton);
    QCOMPARE(base->calls, 1);
    switch (use) {
    case 0:
        QVERIFY(!other.pixmap(QSize(16, 16)).isNull());
        break;
    case 1: {
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        other.paint(&painter, image.rect());
        break;
    }
    case 2:
        QVERIFY(other.actualSize(QSize(16, 16)).isValid());
        break;
    case 3:
        (void)other.availableSizes();
        break;
    }
    QCOMPARE(base->calls, 2);
    (void)other.pixmap(QSize(32, 32));
    QCOMPARE(base->calls, 2); // once per icon
}

void TestDeferredIconStyle::paintsLikeTheBaseStyle()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QImage expected = pixels(fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton));
    delete fusion;
    DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage actual = pixels(style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton));
    QVERIFY(!expected.isNull());
    QCOMPARE(actual, expected);
}

void TestDeferredIconStyle::outlivesTheWidgetItWasAskedFor()
{
    DeferredIconStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QIcon icon;
    {
        QWidget widget;
        icon = style.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton, nullptr, &widget);
    }
    QVERIFY(!pixels(icon).isNull());
}

// What the style is for: a menu bar asks the application's style for its overflow button's icon when it is created.
// Without the deferral the base style is asked (and loads the icon) then; with it, not even once the bar is shown.
void TestDeferredIconStyle::menuBarDoesNotLoadItsExtensionIcon()
{
    auto *plain = new CountingStyle;
    QApplication::setStyle(plain); // the application owns it
    {
        QMenuBar bar;
        QVERIFY(plain->calls >= 1);
    }
    auto *base = new CountingStyle;
    QApplication::setStyle(new DeferredIconStyle(base));
    QMenuBar bar;
    bar.addMenu(QStringLiteral("&File"));
    bar.resize(400, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCOMPARE(base->calls, 0);
}

QTEST_MAIN(TestDeferredIconStyle)
#include "TestDeferredIconStyle.moc"
