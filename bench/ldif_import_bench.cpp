// LDIF import benchmark: the synthetic organization of a tier (XL by default) exported as ldifde would write it
// (configuration, schema and domain naming contexts), then imported five times, each run in a process of its own so
// that its peak memory is the import's: read through libldap's parser, map into the model and merge into an empty
// project (--no-resolve: no DNS). Prints each run and the median. Peak memory is each import process's own high-water
// mark (VmHWM).
//
//   ldif_import_bench [S|M|L|XL]              export to a temporary folder, run five imports, print the median
//   ldif_import_bench --import FILE.ldf...    one import; prints "ms=<time> rss_kb=<peak> entries=<n>"

#include "InventoryLdif.h"
#include "SyntheticOrganization.h"
#include "directory/LdifImport.h"
#include "directory/LdifReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace {

/// The peak resident memory of this process image in KiB: VmHWM of /proc/self/status. getrusage's ru_maxrss is not
/// used because Linux carries it over an exec: a child started by this benchmark would report the peak of the
/// benchmark process that forked it (which holds the generated organization), not its own.
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int importOnce(const QStringList &files)
{
    QElapsedTimer timer;
    timer.start();
    etp::Inventory inventory;
    etp::LdifImportOptions options;
    options.resolveAddresses = false;
    const auto outcome = etp::importLdif(files, inventory, options);
    const qint64 ms = timer.elapsed();
    QTextStream out(stdout);
    if (!outcome) {
        QTextStream(stderr) << outcome.error().message << Qt::endl;
        return 1;
    }
    out << "ms=" << ms << " rss_kb=" << peakRssKb() << " entries=" << outcome->entries
        << " servers=" << inventory.servers.size() << " subnets=" << inventory.subnets.size()
        << " issues=" << outcome->issues.size() << Qt::endl;
    return 0;
}

/// Times the phases of one import: parsing alone, parsing with the mapper's add(), and the mapper's finish().
int phases(const QStringList &files)
{
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    int entries = 0;
    for (const auto &file : files) {
        const etp::Status status = etp::LdifReader::readFile(file, [&entries](etp::DirectoryEntry &&) { ++entries; });
        if (!status)
            return 1;
    }
    out << "parse only: " << timer.restart() << " ms (" << entries << " entries), peak RSS " << peakRssKb() / 1024
        << " MiB" << Qt::endl;
    etp::DirectoryMapper mapper;
    for (const auto &file : files) {
        const etp::Status status =
            etp::LdifReader::readFile(file, [&mapper](etp::DirectoryEntry &&e) { mapper.add(std::move(e)); });
        if (!status)
            return 1;
    }
    out << "parse + add: " << timer.restart() << " ms, peak RSS " << peakRssKb() / 1024 << " MiB" << Qt::endl;
    const etp::MapResult result = mapper.finish();
    out << "finish: " << timer.restart() << " ms, peak RSS " << peakRssKb() / 1024 << " MiB" << Qt::endl;
    etp::Inventory inventory;
    etp::mergeInventory(inventory, result.inventory, result.coverage.kinds());
    out << "merge into an empty project: " << timer.restart() << " ms" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("--import"))
        return importOnce(args.mid(1));
    if (!args.isEmpty() && args.first() == QLatin1String("--phases"))
        return phases(args.mid(1));

    const auto tier = etp::bench::tierFromName(
        args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QStringLiteral("XL") : args.first());
    if (!tier) {
        QTextStream(stderr) << "usage: ldif_import_bench [S|M|L|XL]" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    // --keep DIR: write the export there and leave it (for profiling single --import runs).
    const qsizetype keep = args.indexOf(QStringLiteral("--keep"));
    const QString folder = keep >= 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.path();
    const etp::Project project = etp::bench::makeOrganization(*tier);
    const QStringList files =
        etp::test::writeExport(etp::test::exportInventory(project.inventory, etp::test::LdifStyle::Ldifde), folder);
    qint64 bytes = 0;
    for (const auto &file : files)
        bytes += QFileInfo(file).size();
    QTextStream out(stdout);
    out << "tier " << etp::bench::tierName(*tier) << ": " << files.size() << " files, " << bytes / 1024
        << " KiB of LDIF" << Qt::endl;

    QList<qint64> times;
    QList<long> rss;
    for (int run = 0; run < 5; ++run) {
        QProcess child;
        child.start(app.applicationFilePath(), QStringList{QStringLiteral("--import")} + files);
        child.waitForFinished(-1);
        const QString line = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        out << "run " << run + 1 << ": " << line << Qt::endl;
        if (child.exitCode() != 0) {
            QTextStream(stderr) << child.readAllStandardError() << Qt::endl;
            return 1;
        }
        for (const auto &field : line.split(QLatin1Char(' '))) {
            if (field.startsWith(QLatin1String("ms=")))
                times.append(field.mid(3).toLongLong());
            else if (field.startsWith(QLatin1String("rss_kb=")))
                rss.append(field.mid(7).toLong());
        }
    }
    std::sort(times.begin(), times.end());
    out << "median import time: " << times.at(times.size() / 2)
        << " ms; peak RSS: " << *std::max_element(rss.begin(), rss.end()) / 1024 << " MiB" << Qt::endl;
    return 0;
}
