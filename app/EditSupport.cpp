#include "EditSupport.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp::app {

int applyEdit(CommandIo &io, const QString &path, const std::function<Result<Change>(Project &)> &edit,
              const std::function<void(const Project &, const Change &)> &done)
{
    Result<Project> loaded = loadProject(path);
    if (!loaded) {
        io.err << loaded.error().message << Qt::endl;
        return ExitFailure;
    }
    Project project = std::move(*loaded);
    const Result<Change> change = edit(project);
    if (!change) {
        io.err << change.error().message << Qt::endl;
        return ExitFailure;
    }
    if (!change->isEmpty()) {
        const Status saved = saveProject(path, project);
        if (!saved) {
            io.err << saved.error().message << Qt::endl;
            return ExitFailure;
        }
    }
    for (const QString &warning : change->warnings)
        io.err << QCoreApplication::translate("etp::app::EditSupport", "Warning: %1").arg(warning) << Qt::endl;
    if (done) {
        done(project, *change);
    } else {
        io.out << (change->isEmpty() ? QCoreApplication::translate("etp::app::EditSupport", "Nothing to change: %1")
                                           .arg(change->description)
                                     : change->description)
               << Qt::endl;
    }
    return ExitSuccess;
}

int usageError(CommandIo &io, const QString &message, const QString &usage)
{
    io.err << message << Qt::endl << usage << Qt::endl;
    return ExitUsage;
}

QStringList idList(const QString &text)
{
    if (text.trimmed() == QLatin1String("default"))
        return {};
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            ids.append(part.trimmed());
    }
    return ids;
}

} // namespace etp::app
