#pragma once

#include "DocumentExport.h"
#include "document/DocumentScope.h"
#include "model/Project.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace etp::ui {

/// File > Export: the checklist or the inventory report as PDF, HTML, CSV or Markdown, for the whole plan, a routing
/// group or an AD site, on A4 or Letter. PDF can be previewed first. The export runs off the GUI thread with progress
/// and cancel, and is written in the UI language.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const Project &project, const QString &projectPath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(render::Format format);
    void setDocumentKind(document::DocumentKind kind);
    /// Selects the scope entry whose routing group or site has this id; the whole plan for an empty id.
    void setScopeId(const QString &id);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    /// Starts writing the file; exportFinished reports the end.
    void startExport();
    bool isRunning() const { return m_thread != nullptr; }
    /// The message shown under the form (errors, "Written to ...").
    QString statusText() const;

    /// File > Print: the checklist of the whole plan through the system's print dialog.
    static void printChecklist(const Project &project, const QString &projectPath, QWidget *parent);

signals:
    void exportFinished(bool ok, const QString &message);

private:
    document::DocumentScope selectedScope() const;
    document::Document buildSelectedDocument() const;
    render::ExportOptions selectedOptions() const;
    void updateControls();
    void browse();
    void preview();
    void finish(const Status &status);

    Project m_project;
    QString m_projectPath;
    QComboBox *m_document;
    QComboBox *m_format;
    QComboBox *m_scope;
    QCheckBox *m_openOnly;
    QComboBox *m_paper;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_preview;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace etp::ui
