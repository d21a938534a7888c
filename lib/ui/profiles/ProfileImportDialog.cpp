#include "ui/profiles/ProfileImportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokenscope::ui {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

QListWidget *list(const char *name, QWidget *parent)
{
    auto *w = new QListWidget(parent);
    w->setObjectName(QString::fromLatin1(name));
    w->setSelectionMode(QAbstractItemView::NoSelection);
    w->setFocusPolicy(Qt::NoFocus);
    w->setWordWrap(true);
    w->setMaximumHeight(140);
    return w;
}

} // namespace

ProfileImportDialog::ProfileImportDialog(const Profile &profile, const QString &sourcePath, const QStringList &warnings, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_sourcePath(sourcePath)
{
    setObjectName(QStringLiteral("profileImportDialog"));
    setWindowTitle(tr("Import profile \"%1\"?").arg(profile.name));
    setWindowModality(Qt::WindowModal);
    const ProfileReach reach = profileReach(profile, sourcePath);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("This profile comes from %1. Before its first sign-in, check where it sends you and whom it trusts.")
                                 .arg(QFileInfo(sourcePath).absoluteFilePath()),
                             this);
    intro->setObjectName(QStringLiteral("importIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    layout->addWidget(heading(tr("Hosts Tokenscope will contact"), this));
    auto *hosts = list("importHosts", this);
    for (const ProfileHost &host : reach.hosts) {
        QString text = tr("%1 — %2").arg(host.origin, host.roles.join(QStringLiteral("; ")));
        if (host.unencrypted)
            text += tr(" (not encrypted: plain http to another computer)");
        auto *item = new QListWidgetItem(text, hosts);
        item->setData(Qt::UserRole, host.origin);
    }
    if (reach.hosts.isEmpty())
        new QListWidgetItem(tr("none (the profile names no issuer)"), hosts);
    layout->addWidget(hosts);
    auto *more = new QLabel(tr("The issuer's discovery document may name further hosts for its endpoints; every request shows in "
                               "the HTTP log."),
                            this);
    more->setWordWrap(true);
    layout->addWidget(more);

    if (!reach.notFetched.isEmpty()) {
        layout->addWidget(heading(tr("Where the provider sends the browser back (caught by Tokenscope, never loaded)"), this));
        auto *back = list("importCallbacks", this);
        back->addItems(reach.notFetched);
        layout->addWidget(back);
    }

    layout->addWidget(heading(tr("Custom CA certificates this profile trusts"), this));
    auto *cas = list("importCaCertificates", this);
    for (const QString &file : reach.caFiles) {
        auto *item = new QListWidgetItem(tr("%1 (custom CA: trusted in addition to the system's)").arg(file), cas);
        item->setData(Qt::UserRole, file);
        item->setToolTip(tr("Servers with certificates issued by this CA will be trusted for this profile's sign-ins."));
    }
    if (reach.caFiles.isEmpty())
        new QListWidgetItem(tr("none: only the system's certificate authorities"), cas);
    layout->addWidget(cas);

    if (!warnings.isEmpty()) {
        layout->addWidget(heading(tr("Warnings"), this));
        auto *w = list("importWarnings", this);
        w->addItems(warnings);
        layout->addWidget(w);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importConfirm"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("importCancel"));
    cancel->setDefault(true); // nothing is imported by pressing Return
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

} // namespace tokenscope::ui
