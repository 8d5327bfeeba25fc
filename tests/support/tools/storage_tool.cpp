// Developer tool for the project file:
//   etp-storage-tool ddl                 prints the schema the current model implies (the text of a new migration)
//   etp-storage-tool fixture FILE        writes the fixture of the newest schema version (tests/data/project-vN.etplan)
//   etp-storage-tool time FILE [SCALE]   saves and loads an XL-sized organization, printing the times in ms
//   etp-storage-tool refresh-v1 SOURCE   before the first release only: rewrites core/storage/migrations/
//                                        0001_initial.sql and tests/data/project-v1.etplan from the current model
#include "SampleProjects.h"

#include "storage/Migrations.h"
#include "storage/ProjectFile.h"
#include "storage/ProjectOpener.h"
#include "storage/ProjectWriter.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace etp;

namespace {

int usage()
{
    QTextStream(stderr) << "usage: etp-storage-tool ddl | fixture FILE | time FILE [SCALE] | refresh-v1 SOURCE_DIR\n";
    return 2;
}

/// The fixture's project: plain text (the awkward kind is tested on fresh files), two objects per collection.
test::FillOptions fixtureOptions()
{
    test::FillOptions options;
    options.objectsPerCollection = 2;
    options.awkwardText = false;
    options.generation = 1;
    return options;
}

/// The Exchange 2003 limits the quality targets name, divided by `scale`.
test::FillOptions xlOptions(int scale)
{
    test::FillOptions options;
    options.awkwardText = false;
    options.objectsPerCollection = 100 / scale;
    options.countsByKind = {{QStringLiteral("exchange_server"), 1000 / scale},
                            {QStringLiteral("routing_group"), 1000 / scale},
                            {QStringLiteral("connector"), 2000 / scale},
                            {QStringLiteral("ad_site"), 1000 / scale},
                            {QStringLiteral("subnet"), 20000 / scale},
                            {QStringLiteral("site_link"), 2000 / scale},
                            {QStringLiteral("storage_group"), 4000 / scale},
                            {QStringLiteral("store"), 8000 / scale},
                            {QStringLiteral("smtp_virtual_server"), 1000 / scale},
                            {QStringLiteral("domain_controller"), 2000 / scale},
                            {QStringLiteral("task_state"), 10000 / scale}};
    return options;
}

QString ddlText()
{
    return QStringLiteral("-- Schema version %1 of the project file, as the model implies it (etp-storage-tool ddl).\n")
               .arg(storage::latestVersion(storage::builtinMigrations())) +
           storage::modelSchemaDdl();
}

/// Rewrites migration 1 and its fixture from the model, so that a model change needs one command before the first
/// release. The fixture is written with the new text, not the one compiled into this program.
int refreshVersion1(const QString &sourceDir)
{
    const QString sqlPath = sourceDir + QStringLiteral("/core/storage/migrations/0001_initial.sql");
    const QString fixturePath = sourceDir + QStringLiteral("/tests/data/project-v1.etplan");
    if (storage::latestVersion(storage::builtinMigrations()) != 1) {
        QTextStream(stderr) << "There is more than one schema version: write the next migration instead.\n";
        return 1;
    }
    QFile sql(sqlPath);
    if (!sql.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << sqlPath << ": " << sql.errorString() << '\n';
        return 1;
    }
    sql.write(ddlText().toUtf8());
    sql.close();

    QFile::remove(fixturePath);
    const QList<storage::Migration> migrations{{1, QStringLiteral("0001_initial.sql"), ddlText()}};
    Result<storage::SqliteDatabase> db = storage::createProjectDatabase(fixturePath, migrations);
    const Status written =
        db ? storage::writeProject(*db, test::filledProject(fixtureOptions()), fixturePath) : Status(db.error());
    if (!written) {
        QTextStream(stderr) << written.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << "Rewrote " << sqlPath << " and " << fixturePath
                        << "; rebuild to compile the new schema in.\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.value(0) == QLatin1String("ddl") && args.size() == 1) {
        out << ddlText();
        return 0;
    }
    if (args.value(0) == QLatin1String("refresh-v1") && args.size() == 2)
        return refreshVersion1(args.at(1));
    if (args.value(0) == QLatin1String("fixture") && args.size() == 2) {
        QFile::remove(args.at(1));
        const Status saved = saveProject(args.at(1), test::filledProject(fixtureOptions()));
        if (!saved) {
            QTextStream(stderr) << saved.error().message << '\n';
            return 1;
        }
        return 0;
    }
    if (args.value(0) == QLatin1String("time") && (args.size() == 2 || args.size() == 3)) {
        const int scale = args.size() == 3 ? std::max(1, args.at(2).toInt()) : 1;
        const Project project = test::filledProject(xlOptions(scale));
        QFile::remove(args.at(1));
        QElapsedTimer timer;
        timer.start();
        Status saved = saveProject(args.at(1), project);
        const qint64 create = timer.restart();
        saved = saved ? saveProject(args.at(1), project) : saved;
        const qint64 rewrite = timer.restart();
        const Result<Project> loaded = loadProject(args.at(1));
        const qint64 load = timer.elapsed();
        if (!saved || !loaded) {
            QTextStream(stderr) << (saved ? loaded.error().message : saved.error().message) << '\n';
            return 1;
        }
        out << "create " << create << " ms, save in place " << rewrite << " ms, load " << load << " ms, equal "
            << (*loaded == project ? "yes" : "no") << '\n';
        return 0;
    }
    return usage();
}
