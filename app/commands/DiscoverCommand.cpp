// discover --uri URI ... --out P: live discovery over LDAP into a new or existing project (PRODUCT.md C3, C10).
#include "Command.h"
#include "directory/ldap/Discovery.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace etp::app {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("etp::app::DiscoverCommand", text);
}

std::atomic<bool> g_cancel{false};

extern "C" void cancelOnSignal(int)
{
    g_cancel = true;
}

const char *const kUsage =
    QT_TRANSLATE_NOOP("etp::app::DiscoverCommand",
                      "Usage: exchange-transition-planner discover --uri URI [--gc-uri URI] [--starttls] [--ca-file F] "
                      "[--allow-unencrypted] --bind-dn DN --password-file F|- [--dns-server ADDR | --no-resolve] "
                      "[--connect-timeout MS] [--timeout MS] --out P");

void help(QTextStream &out)
{
    out << translated(kUsage) << "\n\n"
        << QCoreApplication::translate(
               "etp::app::DiscoverCommand",
               "Reads the Exchange organization, sites and domains from Active Directory over LDAP: the configuration "
               "partition from the domain controller at URI, forest-wide domain data (groups with expansion servers, "
               "computers, other domains) from the global catalog. Creates P, or merges into it (what a person "
               "typed is kept). The password is read from a file or standard input and never stored.")
        << "\n\n"
        << "  --uri URI              "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "ldap://HOST[:PORT] or ldaps://HOST[:PORT] of a domain controller")
        << '\n'
        << "  --gc-uri URI           "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "the global catalog (default: the same host, port 3268, or 3269 for ldaps://)")
        << '\n'
        << "  --starttls             "
        << QCoreApplication::translate("etp::app::DiscoverCommand", "encrypt ldap:// with StartTLS") << '\n'
        << "  --ca-file F            "
        << QCoreApplication::translate(
               "etp::app::DiscoverCommand",
               "PEM file of the authority that signed the server certificate (default: the system store)")
        << '\n'
        << "  --allow-unencrypted    "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "allow plain ldap:// without StartTLS (the password is sent in clear)")
        << '\n'
        << "  --bind-dn DN           "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "the account: a DN or user@domain (omit for an anonymous search)")
        << '\n'
        << "  --password-file F|-    "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "read the password from file F, or from standard input with -")
        << '\n'
        << "  --dns-server ADDR      "
        << QCoreApplication::translate("etp::app::DiscoverCommand", "resolve server names with this DNS server") << '\n'
        << "  --no-resolve           "
        << QCoreApplication::translate("etp::app::DiscoverCommand", "do not resolve server names") << '\n'
        << "  --connect-timeout MS   "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "time-out for connecting and the TLS handshake (default 10000)")
        << '\n'
        << "  --timeout MS           "
        << QCoreApplication::translate("etp::app::DiscoverCommand",
                                       "longest wait for any one answer of the server (default 60000)")
        << '\n'
        << "  --out P                "
        << QCoreApplication::translate("etp::app::DiscoverCommand", "the project file to create or merge into")
        << Qt::endl;
}

/// Reads the password: the first line of a file, or of standard input for "-". Never echoed, never stored.
bool readPassword(const QString &source, QByteArray *password, QString *error)
{
    QFile file;
    bool opened = false;
    if (source == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QCoreApplication::translate("etp::app::DiscoverCommand", "Cannot read the password file %1: %2")
                     .arg(source, file.errorString());
        return false;
    }
    *password = file.readLine();
    while (password->endsWith('\n') || password->endsWith('\r'))
        password->chop(1);
    return true;
}

int usage(CommandIo &io, const QString &problem)
{
    io.err << problem << '\n' << translated(kUsage) << Qt::endl;
    return ExitUsage;
}

int run(const QStringList &arguments, CommandIo &io)
{
    ldap::LiveDiscoveryOptions options;
    ldap::ConnectionOptions &server = options.discovery.server;
    QString passwordSource;
    QString out;
    QString dnsServer;
    bool noResolve = false;
    const QStringList valued = {
        QStringLiteral("--uri"),     QStringLiteral("--gc-uri"),          QStringLiteral("--ca-file"),
        QStringLiteral("--bind-dn"), QStringLiteral("--password-file"),   QStringLiteral("--dns-server"),
        QStringLiteral("--out"),     QStringLiteral("--connect-timeout"), QStringLiteral("--timeout")};
    for (int i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (valued.contains(name)) {
            if (i + 1 >= arguments.size())
                return usage(
                    io,
                    QCoreApplication::translate("etp::app::DiscoverCommand", "discover: %1 needs a value.").arg(name));
            value = arguments.at(++i);
        }
        bool ok = true;
        if (name == QLatin1String("--uri"))
            server.uri = value;
        else if (name == QLatin1String("--gc-uri"))
            options.discovery.globalCatalogUri = value;
        else if (name == QLatin1String("--ca-file"))
            server.caFile = value;
        else if (name == QLatin1String("--bind-dn"))
            server.bindName = value;
        else if (name == QLatin1String("--password-file"))
            passwordSource = value;
        else if (name == QLatin1String("--dns-server"))
            dnsServer = value;
        else if (name == QLatin1String("--out"))
            out = value;
        else if (name == QLatin1String("--connect-timeout"))
            server.connectTimeoutMs = value.toInt(&ok);
        else if (name == QLatin1String("--timeout"))
            server.operationTimeoutMs = value.toInt(&ok);
        else if (name == QLatin1String("--starttls"))
            server.startTls = true;
        else if (name == QLatin1String("--allow-unencrypted"))
            server.allowUnencrypted = true;
        else if (name == QLatin1String("--no-resolve"))
            noResolve = true;
        else
            return usage(
                io, QCoreApplication::translate("etp::app::DiscoverCommand", "discover: unexpected argument \"%1\".")
                        .arg(arguments.at(i)));
        if (!ok)
            return usage(io, QCoreApplication::translate("etp::app::DiscoverCommand",
                                                         "discover: %1 needs a number of milliseconds, not \"%2\".")
                                 .arg(name, value));
    }
    if (server.uri.isEmpty())
        return usage(io, QCoreApplication::translate("etp::app::DiscoverCommand",
                                                     "discover: say which domain controller to read with --uri."));
    if (out.isEmpty())
        return usage(io, QCoreApplication::translate("etp::app::DiscoverCommand",
                                                     "discover: say where to write the project with --out P."));
    if (!server.bindName.isEmpty() && passwordSource.isEmpty())
        return usage(io, QCoreApplication::translate(
                             "etp::app::DiscoverCommand",
                             "discover: give the password of %1 with --password-file F (or - for standard input).")
                             .arg(server.bindName));
    if (noResolve && !dnsServer.isEmpty())
        return usage(io, QCoreApplication::translate("etp::app::DiscoverCommand",
                                                     "discover: --dns-server and --no-resolve exclude each other."));
    options.resolveAddresses = !noResolve;
    if (!dnsServer.isEmpty()) {
        options.resolver.nameserver = QHostAddress(dnsServer);
        if (options.resolver.nameserver.isNull())
            return usage(io, QCoreApplication::translate("etp::app::DiscoverCommand",
                                                         "discover: %1 is not an IP address of a DNS server.")
                                 .arg(dnsServer));
    }

    const bool exists = QFileInfo::exists(out);
    auto opened = loadOrCreateProject(out);
    if (!opened) {
        io.err << opened.error().message << Qt::endl;
        return ExitFailure;
    }
    Project project = std::move(*opened);
    if (!passwordSource.isEmpty()) {
        QString problem;
        if (!readPassword(passwordSource, &server.password, &problem)) {
            io.err << problem << Qt::endl;
            return ExitFailure;
        }
    }

    project.connection.uri = server.uri;
    project.connection.gcUri = options.discovery.globalCatalogUri;
    project.connection.bindDn = server.bindName;
    project.connection.startTls = server.startTls;
    project.connection.caFile = server.caFile;

    g_cancel = false;
    auto previousInt = std::signal(SIGINT, cancelOnSignal);
    auto previousTerm = std::signal(SIGTERM, cancelOnSignal);
    QString lastActivity;
    qsizetype lastReported = 0;
    auto outcome = ldap::discoverInto(
        project.inventory, std::move(options),
        [&](const ldap::DiscoveryProgress &p) {
            if (p.activity != lastActivity) {
                lastActivity = p.activity;
                io.err << p.activity << Qt::endl;
            } else if (p.entries >= lastReported + 5000) {
                lastReported = p.entries;
                io.err << QCoreApplication::translate("etp::app::DiscoverCommand", "  %1 entries read").arg(p.entries)
                       << Qt::endl;
            }
        },
        &g_cancel);
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    if (!outcome) {
        io.err << outcome.error().message << Qt::endl;
        io.err << (exists ? QCoreApplication::translate("etp::app::DiscoverCommand", "%1 was left as it was.").arg(out)
                          : QCoreApplication::translate("etp::app::DiscoverCommand", "No project was written."))
               << Qt::endl;
        return ExitFailure;
    }
    const ldap::DiscoverySummary &summary = outcome->summary;
    if (!summary.globalCatalogProblem.isEmpty()) {
        io.err << QCoreApplication::translate("etp::app::DiscoverCommand",
                                              "The global catalog %1 could not be read; discovery went on without it.")
                      .arg(summary.globalCatalogUri)
               << '\n'
               << summary.globalCatalogProblem << '\n'
               << QCoreApplication::translate("etp::app::DiscoverCommand", "Incomplete sections: %1")
                      .arg(summary.incompleteSections.join(QLatin1String(", ")))
               << Qt::endl;
    }
    for (const MapIssue &issue : outcome->issues)
        io.err << QCoreApplication::translate("etp::app::DiscoverCommand", "Skipped a value of %1 (%2): %3")
                      .arg(issue.dn, issue.attribute, issue.message)
               << Qt::endl;
    for (const AddressLookup &lookup : outcome->lookups) {
        if (!lookup.error.isEmpty())
            io.err << QCoreApplication::translate("etp::app::DiscoverCommand", "%1: %2").arg(lookup.host, lookup.error)
                   << Qt::endl;
    }
    project.connection.lastDiscovery = QDateTime::currentDateTimeUtc();
    const Status saved = saveProject(out, project);
    if (!saved) {
        io.err << saved.error().message << Qt::endl;
        return ExitFailure;
    }
    const MergeReport &merge = outcome->merge;
    io.out << QCoreApplication::translate(
                  "etp::app::DiscoverCommand",
                  "Read %1 entries from %2; %3 objects added, %4 changed, %5 removed; saved %6.")
                  .arg(summary.entries)
                  .arg(project.connection.uri)
                  .arg(merge.count(MergeChangeKind::Added))
                  .arg(merge.count(MergeChangeKind::Changed))
                  .arg(merge.count(MergeChangeKind::Removed))
                  .arg(out)
           << Qt::endl;
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("discover"),
                   QCoreApplication::translate(
                       "etp::app::DiscoverCommand",
                       "discover --uri URI ... --out P  read the organization live from Active Directory over LDAP"),
                   run, help};
});

} // namespace

} // namespace etp::app
