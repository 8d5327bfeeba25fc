// Saves a project generation after generation until killed; the kill -9 test of the project file runs it.
//   etp-save-loop FILE OBJECTS_PER_COLLECTION FIRST_GENERATION
// Each generation is test::filledProject with that generation number (every object carries it). It prints
// "begin N" on stdout when the save of generation N starts and "end N" when it has completed, so the test knows
// which states were committed and when a save is under way.
#include "SampleProjects.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: etp-save-loop FILE OBJECTS_PER_COLLECTION FIRST_GENERATION\n";
        return 2;
    }
    etp::test::FillOptions options;
    options.objectsPerCollection = args.at(2).toInt();
    for (int generation = args.at(3).toInt();; ++generation) {
        options.generation = generation;
        const etp::Project project = etp::test::filledProject(options);
        std::printf("begin %d\n", generation);
        std::fflush(stdout);
        const etp::Status saved = etp::saveProject(args.at(1), project);
        if (!saved) {
            QTextStream(stderr) << saved.error().message << '\n';
            return 1;
        }
        std::printf("end %d\n", generation);
        std::fflush(stdout);
    }
}
