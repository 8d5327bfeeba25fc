// storage_bench: saving and opening a synthetic organization, against the sqlite3 shell restoring a .dump of the same
// file in the same run. Five runs (by default), alternating which goes first; medians. See docs/BENCHMARKS.md.
//
//   storage_bench [--tier XL] [--runs 5] [--dir DIR] [--sqlite3 PATH]
//
// The peak memory of opening is measured in a child process (this program with --open-once FILE), so that the
// generator and the saves do not count.
#include "SyntheticOrganization.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int openOnce(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const auto project = etp::loadProject(path);
    const qint64 ms = timer.elapsed();
    QTextStream out(stdout);
    if (!project) {
        QTextStream(stderr) << project.error().message << Qt::endl;
        return 1;
    }
    out << ms << ' ' << peakRssKb() << Qt::endl;
    return 0;
}

/// Runs the sqlite3 shell restoring `dump` into a new database; returns milliseconds, or -1 on failure.
double restoreWithShell(const QString &sqlite3, const QString &dump, const QString &target)
{
    QFile::remove(target);
    QProcess process;
    process.setStandardInputFile(dump);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3, {target});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() == 2 && arguments.first() == QLatin1String("--open-once"))
        return openOnce(arguments.at(1));

    etp::bench::Tier tier = etp::bench::Tier::XL;
    int runs = 5;
    QString dirPath;
    QString sqlite3 = QStringLiteral("sqlite3");
    for (int i = 0; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        const QString &value = arguments.at(i + 1);
        if (name == QLatin1String("--tier") && etp::bench::tierFromName(value)) {
            tier = *etp::bench::tierFromName(value);
        } else if (name == QLatin1String("--runs") && value.toInt() > 0) {
            runs = value.toInt();
        } else if (name == QLatin1String("--dir")) {
            dirPath = value;
        } else if (name == QLatin1String("--sqlite3")) {
            sqlite3 = value;
        } else {
            err << "Usage: storage_bench [--tier S|M|L|XL] [--runs N] [--dir DIR] [--sqlite3 PATH]" << Qt::endl;
            return 2;
        }
    }
    if (arguments.size() % 2) {
        err << "Usage: storage_bench [--tier S|M|L|XL] [--runs N] [--dir DIR] [--sqlite3 PATH]" << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QDir dir(dirPath.isEmpty() ? temporary.path() : dirPath);
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        err << "Cannot create " << dir.path() << Qt::endl;
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const etp::Project project = etp::bench::makeOrganization(tier);
    const qint64 generated = timer.elapsed();

    // The reference: the same file, dumped once by the sqlite3 shell.
    const QString reference = dir.filePath(QStringLiteral("reference.etplan"));
    const QString dump = dir.filePath(QStringLiteral("reference.sql"));
    QFile::remove(reference);
    if (const etp::Status saved = etp::saveProject(reference, project); !saved) {
        err << saved.error().message << Qt::endl;
        return 1;
    }
    QProcess dumper;
    dumper.setStandardOutputFile(dump);
    dumper.start(sqlite3, {reference, QStringLiteral(".dump")});
    if (!dumper.waitForFinished(-1) || dumper.exitCode() != 0) {
        err << "The sqlite3 shell (" << sqlite3 << ") could not dump " << reference << Qt::endl;
        return 1;
    }

    const QString ours = dir.filePath(QStringLiteral("ours.etplan"));
    const QString restored = dir.filePath(QStringLiteral("restored.db"));
    QList<double> saveMs, restoreMs, ratios, openMs;
    for (int run = 0; run < runs; ++run) {
        double save = 0;
        double restore = 0;
        auto timeSave = [&] {
            QFile::remove(ours);
            QElapsedTimer t;
            t.start();
            const etp::Status saved = etp::saveProject(ours, project);
            save = double(t.nsecsElapsed()) / 1e6;
            return saved.ok();
        };
        bool ok = true;
        if (run % 2 == 0) {
            ok = timeSave();
            restore = restoreWithShell(sqlite3, dump, restored);
        } else {
            restore = restoreWithShell(sqlite3, dump, restored);
            ok = timeSave();
        }
        if (!ok || restore < 0) {
            err << "Run " << run + 1 << " failed (save or restore)." << Qt::endl;
            return 1;
        }
        saveMs.append(save);
        restoreMs.append(restore);
        ratios.append(save / restore);
    }

    long openPeakKb = 0;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--open-once"), ours});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            err << "Opening " << ours << " failed: " << QString::fromLocal8Bit(child.readAllStandardError())
                << Qt::endl;
            return 1;
        }
        const QStringList figures = QString::fromLatin1(child.readAllStandardOutput()).split(QLatin1Char(' '));
        openMs.append(figures.value(0).toDouble());
        openPeakKb = std::max(openPeakKb, figures.value(1).trimmed().toLong());
    }
    const auto reopened = etp::loadProject(ours);
    const bool roundTrip = reopened.ok() && *reopened == project;

    const auto &inv = project.inventory;
    const double ratio = median(ratios);
    const double open = median(openMs);
    out << "Tier " << etp::bench::tierName(tier) << ": " << inv.servers.size() << " servers, "
        << inv.routingGroups.size() << " routing groups, " << inv.sites.size() << " sites, " << inv.subnets.size()
        << " subnets, " << inv.siteLinks.size() << " site links, " << inv.connectors.size() << " connectors, "
        << inv.stores.size() << " stores (generated in " << generated << " ms)\n";
    out << "File size: " << QFileInfo(ours).size() / 1024 << " KiB; dump " << QFileInfo(dump).size() / 1024 << " KiB\n";
    out << "Runs: " << runs << " (alternating which goes first)\n";
    auto list = [](const QList<double> &values, int decimals = 1) {
        QStringList parts;
        for (double v : values)
            parts.append(QString::number(v, 'f', decimals));
        return parts.join(QLatin1String(", "));
    };
    out << "save (ms):               " << list(saveMs) << "  median " << QString::number(median(saveMs), 'f', 1)
        << '\n';
    out << "sqlite3 restore (ms):    " << list(restoreMs) << "  median " << QString::number(median(restoreMs), 'f', 1)
        << '\n';
    out << "save / restore:          " << list(ratios, 2) << "  median " << QString::number(ratio, 'f', 2)
        << "  (target <= 2.00: " << (ratio <= 2.0 ? "met" : "NOT met") << ")\n";
    out << "open (ms):               " << list(openMs) << "  median " << QString::number(open, 'f', 1)
        << "  (target < 300: " << (open < 300 ? "met" : "NOT met") << ")\n";
    out << "peak RSS opening (MiB):  " << QString::number(double(openPeakKb) / 1024, 'f', 1) << '\n';
    out << "peak RSS this process (MiB, generator and saves included): "
        << QString::number(double(peakRssKb()) / 1024, 'f', 1) << '\n';
    out << "reopened project equals the saved one: " << (roundTrip ? "yes" : "NO") << Qt::endl;
    return roundTrip ? 0 : 1;
}
