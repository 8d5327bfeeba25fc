// The export dialog offscreen: it writes the chosen format off the GUI thread, stops when asked, and keeps its
// controls consistent with the choice (CSV only for the checklist, paper and preview only for PDF).

#include "dialogs/ExportDialog.h"
#include "PdfFuzz.h"
#include "QtStringMakers.h"
#include "sample/SampleOrganization.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::ui;

namespace {

/// Saves a picture of the dialog when ETP_SCREENSHOT_DIR names a folder (how docs/screenshots is made).
void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ETP_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name));
}

QPushButton *button(ExportDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The export dialog writes the checklist off the GUI thread and reports it", "[ui]")
{
    QTemporaryDir dir;
    ExportDialog dialog(sampleProject(), QString());
    dialog.show();
    keepScreenshot(dialog, QStringLiteral("export-dialog.png"));
    for (const auto format :
         {render::Format::Html, render::Format::Pdf, render::Format::Csv, render::Format::Markdown}) {
        dialog.setFormat(format);
        CHECK(dialog.outputPath().endsWith(
            QLatin1Char('.') + (format == render::Format::Markdown ? QStringLiteral("md") : enumName(format))));
        const QString path = dir.filePath(QStringLiteral("checklist.") + enumName(format));
        dialog.setOutputPath(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        CHECK(dialog.isRunning());
        REQUIRE(finished.wait(60000));
        CHECK(finished.first().at(0).toBool());
        CHECK_FALSE(dialog.isRunning());
        CHECK(dialog.statusText().contains(QDir::toNativeSeparators(path)));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.size() > 1000);
    }
}

TEST_CASE("The export dialog stops when asked and writes nothing", "[ui]")
{
    QTemporaryDir dir;
    ExportDialog dialog(sampleProject(), QString());
    dialog.setFormat(render::Format::Pdf);
    const QString path = dir.filePath(QStringLiteral("stopped.pdf"));
    dialog.setOutputPath(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QPushButton *stop = button(dialog, QStringLiteral("&Stop"));
    REQUIRE(stop);
    stop->click();
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The export dialog offers CSV only for the checklist and paper only for PDF", "[ui]")
{
    ExportDialog dialog(sampleProject(), QString());
    QPushButton *exportButton = button(dialog, QStringLiteral("&Export"));
    QPushButton *preview = button(dialog, QStringLiteral("Pre&view..."));
    REQUIRE(exportButton);
    REQUIRE(preview);
    auto *paper = dialog.findChildren<QComboBox *>().at(3);
    dialog.setFormat(render::Format::Csv);
    CHECK(exportButton->isEnabled());
    CHECK_FALSE(preview->isEnabled());
    CHECK_FALSE(paper->isEnabled());
    dialog.setDocumentKind(document::DocumentKind::Inventory);
    CHECK_FALSE(exportButton->isEnabled());
    dialog.setFormat(render::Format::Pdf);
    CHECK(exportButton->isEnabled());
    CHECK(preview->isEnabled());
    CHECK(paper->isEnabled());
}

TEST_CASE("The PDF renderer's fuzzing entry point takes any bytes", "[ui]")
{
    const QList<QByteArray> inputs{QByteArray(), QByteArray("\x1f\x1f"), QByteArray("<b>\x1f\n\n\x1f\xff"),
                                   QByteArray(20000, 'W')};
    for (const QByteArray &input : inputs)
        CHECK(render::fuzzPdfRenderer(reinterpret_cast<const uint8_t *>(input.constData()),
                                      std::size_t(input.size())) == 0);
}
