#pragma once

#include "core/profile/Profile.h"
#include "core/tenant/TenantLintRunner.h"
#include "core/tenant/TenantProbe.h"
#include "core/http/TrustedCas.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace tokenscope {
class Clock;
class HttpClient;
}

namespace tokenscope::ui {

class FindingsModel;
class FlowMatrixModel;
class ProbeResultsModel;
class ProfileBook;
class ProbeRun;
class WebEngineBackend;

// The main window's "Tenant" tab: the configuration lint of the current profile's tenant (TenantLintRunner) and the
// behaviour probes (TenantProbe: flow matrix, sessions, refresh tokens, optionally a second profile side by side),
// shown live as the results arrive, and exported as the same JSON or HTML report `tokenscope-cli probe` writes.
//
// The probes sign in with a test user whose username and password are typed here: the password is masked, kept only
// in the field, and handed to a web-engine user agent of its own (a fresh off-the-record browser profile per run, as
// the CLI does), so the probes' logins and logouts never touch the window's sign-in session.
class TenantPane : public QWidget
{
    Q_OBJECT
public:

    TenantPane(HttpClient *http, const Clock *clock, QWidget *parent = nullptr);
    ~TenantPane() override;

    // Where the profiles come from: the main window's book (the profile being edited, every profile, their secrets and CAs).
    void setProfileBook(ProfileBook *book);
    // Where the probes get the web engine from (the main window's, which knows every callback scheme); default: the
    // plugin as WebEngineLoader finds it.
    void setWebEngineSource(const std::function<WebEngineBackend *(QString *error)> &source) { m_webEngine = source; }

    FindingsModel *findingsModel() const { return m_findings; }
    FlowMatrixModel *matrixModel() const { return m_matrix; }
    ProbeResultsModel *probeModel() const { return m_probes; }
    bool isBusy() const { return m_busy; }
    // Something to export: a lint or a probe run (also a cancelled one) finished.
    bool hasReport() const { return m_probeReport.has_value() || m_lint.has_value(); }
    // The latest probe run as TenantProbe reported it (with the flow states, and so with secrets): null before one.
    const TenantProbeReport *lastProbeReport() const { return m_probeReport ? &*m_probeReport : nullptr; }
    // The report of what the tab shows, redacted: after a probe run the `probe` report (probeReport: sign-in, lint,
    // probes, HTTP exchanges; a lint run after it for the same profile replaces its lint), after a lint alone the
    // `discover` report (lintReport) with the profile.
    QJsonObject report() const;
    // Writes report() as JSON or HTML, by the file name's extension; false with `error` set otherwise.
    bool writeReport(const QString &path, QString *error = nullptr);
    // The message under the buttons (what went wrong, or the verdict); empty when none.
    QString message() const;

public slots:
    void runLint();
    void runProbes();
    void cancel();
    // Asks for a file (JSON or HTML) and writes report() to it.
    void exportReport();
    // Re-reads the profile list for "Compare with".
    void refreshProfiles();

signals:
    void busyChanged(bool busy);
    void reportAvailableChanged(bool available);
    // Something for the status bar ("Report written to …").
    void notify(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct LintRun
    {
        Profile profile;
        QString issuer;
        LintInput input;
        FindingList findings;
        QDateTime finishedAt;
    };

    void buildUi();
    void setBusy(bool busy, const QString &what = {});
    void showMessage(const QString &text, int kind); // kind: 0 neutral, 1 ok, 2 problem
    void clearMessage();
    void clearResults(); // the probe report and every result view, back to their empty state
    void showFindings(const FindingList &findings);
    void addProbeResult(const ProbeResult &result);
    void onLintFinished();
    void onProbesFinished(bool ok);
    void updateButtons();
    void showDetail(const QModelIndex &index);
    // The current profile for a lint or probe run; nullopt (and the reason shown) while busy or without a profile.
    std::optional<Profile> profileToRun();
    // Trusts the CAs of these profiles for the requests and the probes' login pages; false: shown why.
    bool applyTrustedCas(const QStringList &ids);

    HttpClient *m_http;
    QList<QSslCertificate> m_trustedCas;
    const Clock *m_clock;
    QPointer<ProfileBook> m_book;
    std::function<WebEngineBackend *(QString *error)> m_webEngine;
    TenantLintRunner *m_lintRunner;
    FindingsModel *m_findings;
    FlowMatrixModel *m_matrix;
    ProbeResultsModel *m_probes;

    // The probe run in progress: its own browser profile, user agent and TenantProbe.
    ProbeRun *m_run = nullptr;
    bool m_cancelled = false;
    std::optional<Profile> m_lintProfile; // the profile of the lint in progress

    std::optional<LintRun> m_lint;                 // the latest lint run on its own
    std::optional<TenantProbeReport> m_probeReport; // the latest probe run
    QString m_resultsProfileId; // the profile the results above belong to: the selected one
    QString m_runProfileId;     // the profile the run in progress is for (it may no longer be the selected one)
    bool m_lintNewerThanProbes = false;
    // The results of the profiles not selected: each profile's stay with it, and come back when it is selected again
    // (also those of a run that finished while another profile was selected).
    struct Parked
    {
        std::optional<LintRun> lint;
        std::optional<TenantProbeReport> probes;
        bool lintNewerThanProbes = false;
        QString message;
        int messageKind = 0;
    };
    QHash<QString, Parked> m_parked;
    QString selectedId() const;
    bool runIsElsewhere() const { return m_busy && m_runProfileId != selectedId(); }
    void switchResultsTo(const QString &id);
    void showProbeReport(const TenantProbeReport &report); // every view from the report
    std::pair<QString, int> lintVerdict(const LintRun &run) const;
    std::pair<QString, int> probeVerdict(const TenantProbeReport &report, bool cancelled) const;
    bool m_busy = false;
    int m_messageKind = 0;

    QPushButton *m_lintButton = nullptr, *m_runButton = nullptr, *m_cancelButton = nullptr, *m_exportButton = nullptr;
    QLineEdit *m_username = nullptr, *m_password = nullptr, *m_totpSecret = nullptr;
    QCheckBox *m_matrixBox = nullptr, *m_sessionsBox = nullptr, *m_refreshBox = nullptr, *m_apiBox = nullptr;
    QComboBox *m_compare = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr, *m_message = nullptr, *m_scope = nullptr, *m_lintSummary = nullptr, *m_matrixSummary = nullptr,
           *m_probeSummary = nullptr, *m_detail = nullptr;
    QTableView *m_findingsView = nullptr, *m_matrixView = nullptr, *m_probesView = nullptr;
    QSortFilterProxyModel *m_findingsSort = nullptr, *m_probesSort = nullptr;
    QSplitter *m_probeSplit = nullptr; // matrix and probes: side by side, or one above the other when narrow
};

} // namespace tokenscope::ui
