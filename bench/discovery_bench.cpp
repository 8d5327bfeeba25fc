// Discovery benchmark (PRODUCT.md quality targets): the synthetic organization of a tier (XL by default) exported as
// LDIF and loaded into a private slapd on loopback; then five runs each, alternating, of
//   exchange-transition-planner discover --uri ldap://127.0.0.1:P --starttls ... --no-resolve --out FILE
// (a whole process: connect, read, map, save) and of
//   ldapsearch -ZZ -E pr=1000/noprompt ... > /dev/null
// dumping the same entries with the same searches (configuration naming context, then domain data from the global
// catalog port). Prints each run, the median of each, their ratio and the peak resident memory of discover. Each
// program is started by a small copy of this benchmark (--spawn) so that its peak RSS is its own (see spawnAndWait).
//
//   discovery_bench [S|M|L|XL] [--hold SECONDS]

#include "BenchStats.h"
#include "InventoryLdif.h"
#include "Slapd.h"
#include "SyntheticOrganization.h"
#include "directory/ldap/Discovery.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run {
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

/// Runs a program with stdout (and stderr) sent to /dev/null and waits for it. Called in a freshly exec'ed copy of this
/// benchmark (`--spawn`, before anything is allocated): on Linux a child's ru_maxrss starts from the high-water mark
/// of the process it was forked from, so forking the measured program from the benchmark, which holds the whole
/// generated organization, would report the benchmark's memory instead of the program's own.
Run spawnAndWait(char **argv, const char *caFile)
{
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        setenv("LDAPTLS_CACERT", caFile, 1);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &end);
    Run run;
    run.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    run.maxRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

/// Runs a program through `discovery_bench --spawn` (see spawnAndWait) and returns its wall time, its own peak RSS
/// and its exit code as the trampoline measured them.
Run runProcess(const QStringList &command, const QByteArray &caFile)
{
    std::vector<QByteArray> storage = {QByteArray("/proc/self/exe"), QByteArray("--spawn"), caFile};
    for (const auto &a : command)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (auto &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 3);
        execv("/proc/self/exe", argv.data());
        _exit(127);
    }
    close(fds[1]);
    QByteArray report;
    char buffer[128];
    for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
        report.append(buffer, n);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    Run run;
    const QList<QByteArray> fields = report.trimmed().split(' ');
    if (fields.size() != 3)
        return run;
    run.seconds = fields.at(0).toDouble();
    run.maxRssKb = fields.at(1).toLong();
    run.exitCode = fields.at(2).toInt();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 4 && std::strcmp(argv[1], "--spawn") == 0) {
        // Trampoline: discovery_bench --spawn CA-FILE PROGRAM ARGS...; reports "seconds peak-kB exit-code" on fd 3.
        const Run run = spawnAndWait(argv + 3, argv[2]);
        char line[96];
        const int n = std::snprintf(line, sizeof line, "%.6f %ld %d\n", run.seconds, run.maxRssKb, run.exitCode);
        if (write(3, line, size_t(n)) != n)
            return 1;
        return 0;
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const auto tier = etp::bench::tierFromName(
        args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QStringLiteral("XL") : args.first());
    if (!tier) {
        QTextStream(stderr) << "usage: discovery_bench [S|M|L|XL]" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const etp::Project project = etp::bench::makeOrganization(*tier);
    const QStringList files =
        etp::test::writeExport(etp::test::exportInventory(project.inventory, etp::test::LdifStyle::Ldapsearch),
                               dir.filePath(QStringLiteral("export")));
    const QString combined = dir.filePath(QStringLiteral("all.ldif"));
    const QString suffix = etp::test::combineLdifForSlapadd(files, combined);
    etp::test::Slapd slapd;
    etp::test::Slapd::Options options;
    options.ldifPath = combined;
    options.suffix = suffix;
    const QString started = slapd.start(options);
    if (!started.isEmpty()) {
        QTextStream(stderr) << started << Qt::endl;
        return 1;
    }
    const QString config = QStringLiteral("CN=Configuration,") + suffix;
    out << "tier " << etp::bench::tierName(*tier) << ", slapd on " << slapd.ldapUri() << " (StartTLS), global catalog "
        << slapd.globalCatalogUri() << Qt::endl;

    const QString etplan = dir.filePath(QStringLiteral("x.etplan"));
    const QStringList discover = {QStringLiteral(ETP_APP_PATH),
                                  QStringLiteral("discover"),
                                  QStringLiteral("--uri"),
                                  slapd.ldapUri(),
                                  QStringLiteral("--starttls"),
                                  QStringLiteral("--ca-file"),
                                  slapd.caFile(),
                                  QStringLiteral("--gc-uri"),
                                  slapd.globalCatalogUri(),
                                  QStringLiteral("--bind-dn"),
                                  slapd.bindDn(),
                                  QStringLiteral("--password-file"),
                                  slapd.passwordFile(),
                                  QStringLiteral("--no-resolve"),
                                  QStringLiteral("--out"),
                                  etplan};
    auto ldapsearch = [&](const QString &uri, const QString &base, const QString &filter) {
        return QStringList{QStringLiteral("ldapsearch"),
                           QStringLiteral("-LLL"),
                           QStringLiteral("-x"),
                           QStringLiteral("-ZZ"),
                           QStringLiteral("-H"),
                           uri,
                           QStringLiteral("-D"),
                           slapd.bindDn(),
                           QStringLiteral("-y"),
                           slapd.passwordFile(),
                           QStringLiteral("-E"),
                           QStringLiteral("pr=1000/noprompt"),
                           QStringLiteral("-b"),
                           base,
                           filter};
    };
    const QList<QStringList> reference = {
        ldapsearch(slapd.ldapUri(), config, etp::ldap::Discovery::configurationFilter()),
        ldapsearch(slapd.globalCatalogUri(), suffix, etp::ldap::Discovery::domainDataFilter())};
    const QByteArray ca = slapd.caFile().toLocal8Bit();
    // --hold SECONDS: print the discover command and keep slapd up that long (for profiling a single run).
    const qsizetype hold = args.indexOf(QStringLiteral("--hold"));
    if (hold >= 0 && hold + 1 < args.size()) {
        out << discover.join(QLatin1Char(' ')) << Qt::endl;
        QThread::sleep(args.at(hold + 1).toULong());
        return 0;
    }

    QList<double> discoverTimes;
    QList<double> referenceTimes;
    long peakKb = 0;
    for (int run = 0; run < 5; ++run) {
        QFile::remove(etplan);
        const Run d = runProcess(discover, ca);
        if (d.exitCode != 0) {
            QTextStream(stderr) << "discover failed with exit code " << d.exitCode << Qt::endl;
            return 1;
        }
        Run r;
        for (const auto &command : reference) {
            const Run part = runProcess(command, ca);
            if (part.exitCode != 0) {
                QTextStream(stderr) << "ldapsearch failed with exit code " << part.exitCode << Qt::endl;
                return 1;
            }
            r.seconds += part.seconds;
            r.maxRssKb = std::max(r.maxRssKb, part.maxRssKb);
        }
        discoverTimes.append(d.seconds);
        referenceTimes.append(r.seconds);
        peakKb = std::max(peakKb, d.maxRssKb);
        out << "run " << run + 1 << ": discover " << QString::number(d.seconds, 'f', 3) << " s (peak "
            << d.maxRssKb / 1024 << " MB), ldapsearch " << QString::number(r.seconds, 'f', 3) << " s" << Qt::endl;
    }
    const double dm = etp::bench::median(discoverTimes);
    const double rm = etp::bench::median(referenceTimes);
    out << "median: discover " << QString::number(dm, 'f', 3) << " s, ldapsearch " << QString::number(rm, 'f', 3)
        << " s, ratio " << QString::number(dm / rm, 'f', 2) << ", discover peak RSS " << peakKb / 1024 << " MB"
        << Qt::endl;
    return 0;
}
