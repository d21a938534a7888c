#include "keychain/SecretStore.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace tokenscope {

Q_LOGGING_CATEGORY(lcKeychain, "tokenscope.keychain")

QString SecretStore::keyForProfileFile(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), m_service(service)
{
}

void SecretStore::noteFailure(int error, const QString &message)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError || error == QKeychain::AccessDenied) {
        if (m_available) {
            m_available = false;
            m_reason = message;
            qCInfo(lcKeychain) << "keychain unavailable:" << message;
            emit availabilityChanged(false);
        }
    }
}

void SecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            emit readFinished(key, true, job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit readFinished(key, false, {}, {});
        } else {
            noteFailure(job->error(), job->errorString());
            emit readFinished(key, false, {}, job->errorString());
        }
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() != QKeychain::NoError)
            noteFailure(job->error(), job->errorString());
        emit writeFinished(key, job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        emit removeFinished(key, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace tokenscope
