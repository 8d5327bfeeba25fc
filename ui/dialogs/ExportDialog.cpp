#include "ExportDialog.h"

#include "document/DocumentBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace etp::ui {

namespace {

document::DocumentOrigin originOf(const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    return {info.absoluteFilePath(), info.lastModified()};
}

QString suffixOf(render::Format format)
{
    return format == render::Format::Markdown ? QStringLiteral("md") : enumName(format);
}

} // namespace

ExportDialog::ExportDialog(const Project &project, const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_projectPath(projectPath)
    , m_document(new QComboBox)
    , m_format(new QComboBox)
    , m_scope(new QComboBox)
    , m_openOnly(new QCheckBox(tr("Only open tasks (not started or in progress)")))
    , m_paper(new QComboBox)
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse...")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export"));
    m_document->addItem(tr("Transition checklist"), int(document::DocumentKind::Plan));
    m_document->addItem(tr("Inventory report (Tables 1, 2 and 3)"), int(document::DocumentKind::Inventory));
    m_format->addItem(tr("PDF"), int(render::Format::Pdf));
    m_format->addItem(tr("HTML page"), int(render::Format::Html));
    m_format->addItem(tr("CSV, one row per task"), int(render::Format::Csv));
    m_format->addItem(tr("Markdown"), int(render::Format::Markdown));
    m_scope->addItem(tr("Whole plan"), QString());
    for (const RoutingGroup &rg : m_project.inventory.routingGroups)
        m_scope->addItem(tr("Routing group %1").arg(rg.name), rg.meta.id);
    for (const AdSite &site : m_project.inventory.sites)
        m_scope->addItem(tr("AD site %1").arg(site.name), site.meta.id);
    m_paper->addItem(tr("A4"), int(render::Paper::A4));
    m_paper->addItem(tr("Letter"), int(render::Paper::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);

    m_document->setAccessibleName(tr("Document"));
    m_format->setAccessibleName(tr("Format"));
    m_scope->setAccessibleName(tr("Scope"));
    m_paper->setAccessibleName(tr("Paper"));
    m_path->setAccessibleName(tr("File"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_document);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(QString(), m_openOnly);
    form->addRow(tr("&Paper:"), m_paper);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("F&ile:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_preview = m_buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const QString base =
        m_projectPath.isEmpty() ? QStringLiteral("checklist") : QFileInfo(m_projectPath).completeBaseName();
    const QString folder = m_projectPath.isEmpty() ? QDir::homePath() : QFileInfo(m_projectPath).absolutePath();
    m_path->setText(QDir(folder).filePath(base + QStringLiteral(".pdf")));

    connect(m_document, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name, change its suffix with the format.
        const QFileInfo info(m_path->text());
        if (!m_path->text().isEmpty())
            m_path->setText(QDir(info.path())
                                .filePath(info.completeBaseName() + QLatin1Char('.') +
                                          suffixOf(render::Format(m_format->currentData().toInt()))));
        updateControls();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_preview, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isRunning())
            m_cancel->store(true);
        else
            reject();
    });
    updateControls();
    resize(520, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

void ExportDialog::setFormat(render::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setDocumentKind(document::DocumentKind kind)
{
    m_document->setCurrentIndex(m_document->findData(int(kind)));
}

void ExportDialog::setScopeId(const QString &id)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(id)));
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::outputPath() const
{
    return m_path->text();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

document::DocumentScope ExportDialog::selectedScope() const
{
    document::DocumentScope scope;
    const QString id = m_scope->currentData().toString();
    if (!id.isEmpty()) {
        // The combo box holds ids, so the scope is never ambiguous here.
        const Result<document::DocumentScope> found = m_project.inventory.routingGroup(id)
                                                          ? document::routingGroupScope(m_project.inventory, id)
                                                          : document::siteScope(m_project.inventory, id);
        if (found)
            scope = *found;
    }
    scope.openOnly = m_openOnly->isChecked();
    return scope;
}

document::Document ExportDialog::buildSelectedDocument() const
{
    return document::buildDocument(m_project, document::DocumentKind(m_document->currentData().toInt()),
                                   selectedScope(), originOf(m_projectPath));
}

render::ExportOptions ExportDialog::selectedOptions() const
{
    render::ExportOptions options;
    options.format = render::Format(m_format->currentData().toInt());
    options.page.paper = render::Paper(m_paper->currentData().toInt());
    options.csvByteOrderMark = true; // the CSV is for a spreadsheet: Excel needs the mark to read UTF-8
    return options;
}

void ExportDialog::updateControls()
{
    const bool running = isRunning();
    const auto kind = document::DocumentKind(m_document->currentData().toInt());
    const auto format = render::Format(m_format->currentData().toInt());
    const bool plan = kind == document::DocumentKind::Plan;
    const bool supported = render::formatSupports(format, kind);
    m_document->setEnabled(!running);
    m_format->setEnabled(!running);
    m_scope->setEnabled(!running && plan);
    m_openOnly->setEnabled(!running && plan);
    m_paper->setEnabled(!running && format == render::Format::Pdf);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running && supported);
    m_preview->setEnabled(!running && format == render::Format::Pdf);
    if (!supported)
        m_status->setText(tr("CSV holds one row per task, so it writes the checklist only."));
    else if (!running)
        m_status->clear();
}

void ExportDialog::browse()
{
    const auto format = render::Format(m_format->currentData().toInt());
    const QString suffix = suffixOf(format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                                      tr("%1 files (*.%2)").arg(m_format->currentText(), suffix));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose the file to write."));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_status->setText(tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop"));

    // The worker gets copies: the dialog may change or close while it runs (the destructor waits for it).
    const Project project = m_project;
    const auto kind = document::DocumentKind(m_document->currentData().toInt());
    const document::DocumentScope scope = selectedScope();
    const document::DocumentOrigin origin = originOf(m_projectPath);
    render::ExportOptions options = selectedOptions();
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    options.page.progress = [this, cancel](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    m_thread = QThread::create([this, project, kind, scope, origin, options, path, cancel] {
        const document::Document document = document::buildDocument(project, kind, scope, origin);
        const Status status = cancel->load() ? Status(Error{QStringLiteral("cancelled"), QString()})
                                             : render::writeDocumentFile(document, path, options);
        QMetaObject::invokeMethod(
            this, [this, status] { finish(status); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    updateControls();
    m_thread->start();
}

void ExportDialog::finish(const Status &status)
{
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    m_progress->setVisible(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    QString message;
    if (status)
        message = tr("Written to %1.").arg(QDir::toNativeSeparators(m_path->text()));
    else if (status.error().code == QLatin1String("cancelled"))
        message = tr("Stopped. No file was written.");
    else
        message = status.error().message;
    updateControls();
    m_status->setText(message);
    emit exportFinished(bool(status), message);
}

void ExportDialog::preview()
{
    const document::Document document = buildSelectedDocument();
    QPrinter printer(QPrinter::HighResolution);
    render::setUpPage(printer, render::Paper(m_paper->currentData().toInt()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { (void)render::paintDocument(document, *target); });
    dialog.exec();
}

void ExportDialog::printChecklist(const Project &project, const QString &projectPath, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    render::setUpPage(printer, QLocale().measurementSystem() == QLocale::ImperialUSSystem ? render::Paper::Letter
                                                                                          : render::Paper::A4);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Checklist"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const document::Document document =
        document::buildDocument(project, document::DocumentKind::Plan, {}, originOf(projectPath));
    (void)render::paintDocument(document, printer);
}

} // namespace etp::ui
