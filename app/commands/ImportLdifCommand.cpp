// import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out P: imports an ldifde or ldapsearch export into a
// project file, creating it or merging into it (what a person typed is kept).
#include "Command.h"
#include "directory/LdifImport.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QTextStream>

namespace etp::app {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "etp::app::ImportLdifCommand",
        "Usage: exchange-transition-planner import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out "
        "PROJECT.etplan");
}

void help(QTextStream &out)
{
    out << usage() << "\n\n"
        << QCoreApplication::translate(
               "etp::app::ImportLdifCommand",
               "Imports an export of Active Directory into a project: the Exchange organization, sites, subnets, site "
               "links, domain controllers, domains and functional levels, expansion servers and the members of Schema "
               "Admins and Enterprise Admins. When the project exists, the import is merged into it: objects are "
               "matched by objectGUID, then distinguished name, then type and name; values a person typed are kept. "
               "Each server's name is then resolved to its addresses, so that it can be placed in its AD site.")
        << "\n\n"
        << "  --out P            "
        << QCoreApplication::translate("etp::app::ImportLdifCommand", "The project file to create or update.") << '\n'
        << "  --dns-server ADDR  "
        << QCoreApplication::translate("etp::app::ImportLdifCommand",
                                       "Ask this DNS server (port 53) instead of the system resolver.")
        << '\n'
        << "  --no-resolve       "
        << QCoreApplication::translate("etp::app::ImportLdifCommand",
                                       "Do not resolve server names; addresses stay as they are.")
        << "\n\n"
        << QCoreApplication::translate(
               "etp::app::ImportLdifCommand",
               "Run these on a domain controller of the forest (as a member of Domain Admins), replacing "
               "DC=contoso,DC=com with the forest root domain, and copy the files to this computer. Add -u to write "
               "UTF-16; both encodings are read.")
        << "\n\n"
        << "  ldifde -f configuration.ldf -d \"CN=Configuration,DC=contoso,DC=com\" -p subtree\n"
        << "  ldifde -f schema.ldf -d \"CN=Schema,CN=Configuration,DC=contoso,DC=com\" -p subtree "
           "-r \"(|(objectClass=dMD)(cn=ms-Exch-Schema-Version-Pt))\"\n"
        << "  ldifde -f domain-contoso.ldf -d \"DC=contoso,DC=com\" -p subtree "
           "-r \"(|(objectClass=domainDNS)(objectClass=computer)(objectClass=group)(objectClass=user))\"\n\n"
        << QCoreApplication::translate(
               "etp::app::ImportLdifCommand",
               "Repeat the last command for each other domain of the forest (its own DN and file name). Then:")
        << "\n\n"
        << "  exchange-transition-planner import-ldif configuration.ldf schema.ldf domain-*.ldf --out "
           "contoso.etplan\n\n"
        << QCoreApplication::translate(
               "etp::app::ImportLdifCommand",
               "ldapsearch output (ldapsearch -LLL -o ldif-wrap=no ... '*') is read the same way.")
        << Qt::endl;
}

int run(const QStringList &arguments, CommandIo &io)
{
    QStringList files;
    QString out;
    QString dnsServer;
    bool noResolve = false;
    const auto bad = [&io](const QString &message) {
        io.err << message << Qt::endl << usage() << Qt::endl;
        return int(ExitUsage);
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--out") || argument == QLatin1String("--dns-server")) {
            if (i + 1 >= arguments.size())
                return bad(QCoreApplication::translate("etp::app::ImportLdifCommand", "import-ldif: %1 needs a value.")
                               .arg(argument));
            (argument == QLatin1String("--out") ? out : dnsServer) = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--out="))) {
            out = argument.mid(6);
        } else if (argument.startsWith(QLatin1String("--dns-server="))) {
            dnsServer = argument.mid(13);
        } else if (argument == QLatin1String("--no-resolve")) {
            noResolve = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return bad(QCoreApplication::translate("etp::app::ImportLdifCommand", "import-ldif: unknown option \"%1\".")
                           .arg(argument));
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty())
        return bad(
            QCoreApplication::translate("etp::app::ImportLdifCommand", "import-ldif: name at least one LDIF file."));
    if (out.isEmpty())
        return bad(QCoreApplication::translate("etp::app::ImportLdifCommand",
                                               "import-ldif: name the project file with --out."));
    if (noResolve && !dnsServer.isEmpty())
        return bad(QCoreApplication::translate("etp::app::ImportLdifCommand",
                                               "import-ldif: --dns-server and --no-resolve exclude each other."));
    LdifImportOptions options;
    options.resolveAddresses = !noResolve;
    if (!dnsServer.isEmpty()) {
        options.resolver.nameserver = QHostAddress(dnsServer);
        if (options.resolver.nameserver.isNull())
            return bad(QCoreApplication::translate(
                           "etp::app::ImportLdifCommand",
                           "import-ldif: \"%1\" is not an IP address; --dns-server takes the address of a DNS server.")
                           .arg(dnsServer));
    }

    const bool exists = QFileInfo::exists(out);
    auto opened = loadOrCreateProject(out);
    if (!opened) {
        io.err << opened.error().message << Qt::endl;
        return ExitFailure;
    }
    Project project = std::move(*opened);
    const auto outcome = importLdif(files, project.inventory, options);
    if (!outcome) {
        io.err << outcome.error().message << Qt::endl;
        return ExitFailure;
    }
    const Status saved = saveProject(out, project);
    if (!saved) {
        io.err << saved.error().message << Qt::endl;
        return ExitFailure;
    }

    io.out << (exists ? QCoreApplication::translate("etp::app::ImportLdifCommand",
                                                    "Merged %1 entries from %2 files into %3.")
                      : QCoreApplication::translate("etp::app::ImportLdifCommand",
                                                    "Created %3 from %1 entries in %2 files."))
                  .arg(outcome->entries)
                  .arg(outcome->files)
                  .arg(out)
           << Qt::endl;
    if (outcome->skippedLines > 0) {
        io.out << QCoreApplication::translate("etp::app::ImportLdifCommand",
                                              "%n lines or records were skipped:", nullptr, outcome->skippedLines)
               << Qt::endl;
        for (const auto &skipped : outcome->skipped)
            io.out << "  "
                   << QCoreApplication::translate("etp::app::ImportLdifCommand", "%1, line %2: %3")
                          .arg(skipped.file)
                          .arg(skipped.line)
                          .arg(skipped.reason)
                   << Qt::endl;
        if (outcome->skipped.size() < outcome->skippedLines)
            io.out << "  "
                   << QCoreApplication::translate("etp::app::ImportLdifCommand", "(and %n more)", nullptr,
                                                  int(outcome->skippedLines - outcome->skipped.size()))
                   << Qt::endl;
    }
    for (const auto &kind : outcome->merge.kinds()) {
        io.out << "  " << kind << ": "
               << QCoreApplication::translate("etp::app::ImportLdifCommand", "%1 added, %2 changed, %3 removed")
                      .arg(outcome->merge.count(MergeChangeKind::Added, kind))
                      .arg(outcome->merge.count(MergeChangeKind::Changed, kind))
                      .arg(outcome->merge.count(MergeChangeKind::Removed, kind))
               << Qt::endl;
    }
    if (outcome->merge.keptTypedValues > 0)
        io.out << QCoreApplication::translate("etp::app::ImportLdifCommand",
                                              "%1 typed values differ from the directory and were kept.")
                      .arg(outcome->merge.keptTypedValues)
               << Qt::endl;
    if (options.resolveAddresses) {
        int resolved = 0;
        for (const auto &lookup : outcome->lookups) {
            if (lookup.error.isEmpty())
                ++resolved;
            else
                io.out << QCoreApplication::translate(
                              "etp::app::ImportLdifCommand",
                              "Address of %1 not found: %2. Its address stays empty; type it in the project if you "
                              "know it.")
                              .arg(lookup.host, lookup.error)
                       << Qt::endl;
        }
        io.out << QCoreApplication::translate("etp::app::ImportLdifCommand",
                                              "%1 of %2 names resolved; %3 Exchange servers placed in an AD site.")
                      .arg(resolved)
                      .arg(outcome->lookups.size())
                      .arg(outcome->serversPlaced)
               << Qt::endl;
    }
    for (const auto &issue : outcome->issues)
        io.out << QCoreApplication::translate("etp::app::ImportLdifCommand", "Warning: %1 (%2): %3")
                      .arg(issue.dn, issue.attribute, issue.message)
               << Qt::endl;
    return ExitSuccess;
}

const CommandRegistration registration([] {
    return Command{QStringLiteral("import-ldif"),
                   QCoreApplication::translate(
                       "etp::app::ImportLdifCommand",
                       "import-ldif FILE.ldf... [--dns-server ADDR | --no-resolve] --out P     import an LDIF export"),
                   run, help};
});

} // namespace

} // namespace etp::app
