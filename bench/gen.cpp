// gen --tier S|M|L|XL --out FILE.etplan: writes a synthetic organization to a project file.
#include "SyntheticOrganization.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QString tierText;
    QString path;
    bool force = false;
    bool bad = false;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--tier") && i + 1 < arguments.size())
            tierText = arguments.at(++i);
        else if (arguments.at(i) == QLatin1String("--out") && i + 1 < arguments.size())
            path = arguments.at(++i);
        else if (arguments.at(i) == QLatin1String("--force"))
            force = true;
        else
            bad = true;
    }
    const auto tier = etp::bench::tierFromName(tierText);
    if (bad || !tier || path.isEmpty()) {
        err << "Usage: gen --tier S|M|L|XL --out FILE.etplan [--force]" << Qt::endl;
        return 2;
    }
    if (QFileInfo::exists(path) && !force) {
        err << path << " exists already; pass --force to replace it." << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const etp::Project project = etp::bench::makeOrganization(*tier);
    const qint64 built = timer.restart();
    const etp::Status saved = etp::saveProject(path, project);
    if (!saved) {
        err << saved.error().message << Qt::endl;
        return 1;
    }
    const auto &inv = project.inventory;
    out << "tier " << etp::bench::tierName(*tier) << ": " << inv.servers.size() << " servers, "
        << inv.routingGroups.size() << " routing groups, " << inv.sites.size() << " sites, " << inv.subnets.size()
        << " subnets, " << inv.siteLinks.size() << " site links, " << inv.connectors.size() << " connectors, "
        << inv.stores.size() << " stores; built in " << built << " ms, saved in " << timer.elapsed() << " ms to "
        << path << Qt::endl;
    return 0;
}
