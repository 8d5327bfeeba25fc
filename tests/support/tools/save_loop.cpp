// Saves a project generation after generation until killed; the kill -9 test of the project file runs it.
//   etp-save-loop FILE OBJECTS_PER_COLLECTION FIRST_GENERATION
// Each generation is test::filledProject with that generation number (every object carries it). After each
// completed save it prints the generation on stdout, so the test knows which states were committed.
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
        const etp::Status saved = etp::saveProject(args.at(1), etp::test::filledProject(options));
        if (!saved) {
            QTextStream(stderr) << saved.error().message << '\n';
            return 1;
        }
        std::printf("%d\n", generation);
        std::fflush(stdout);
    }
}
