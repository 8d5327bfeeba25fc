#include "StorageTestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <catch2/catch.hpp>

using namespace etp;

namespace {

/// What discovery holds while it runs: the saved connection settings and the password typed for them. The password
/// lives only in memory.
struct Credentials {
    ConnectionSettings settings;
    QString password;
};

bool containsText(const QByteArray &bytes, const QString &text)
{
    return bytes.contains(text.toUtf8()) ||
           bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)) ||
           bytes.contains(text.toLatin1());
}

} // namespace

TEST_CASE("no password reaches the project file", "[storage][password]")
{
    test::ScratchFolder folder;
    Credentials credentials;
    credentials.settings.uri = QStringLiteral("ldaps://127.0.0.1:3269");
    credentials.settings.gcUri = QStringLiteral("ldaps://127.0.0.1:3269");
    credentials.settings.bindDn = QStringLiteral("CN=Exchange Planner,OU=Service Accounts,DC=example,DC=com");
    credentials.settings.startTls = true;
    credentials.settings.caFile = QStringLiteral("/etc/ssl/certs/example-ca.pem");
    credentials.settings.lastDiscovery = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC);
    credentials.password = QStringLiteral("Tr0ub4dor&3-correct-horse-battery-staple");

    Project project = test::smallProject();
    project.connection = credentials.settings;

    const QString saved = folder.path(QStringLiteral("saved.etplan"));
    REQUIRE(saveProject(saved, project));
    ProjectDocument document;
    document.setProject(project);
    const QString savedAs = folder.path(QStringLiteral("saved-as.etplan"));
    REQUIRE(document.saveAs(savedAs));
    document.edit().title = QStringLiteral("saved in place");
    REQUIRE(document.save());

    for (const QString &path : {saved, savedAs}) {
        INFO(path.toStdString());
        const QByteArray bytes = test::fileBytes(path);
        // The settings themselves are there (so the search below can see text in this file)...
        CHECK(containsText(bytes, credentials.settings.bindDn));
        // ...the password is not, in any encoding.
        CHECK_FALSE(containsText(bytes, credentials.password));
        const Result<Project> loaded = loadProject(path);
        REQUIRE(loaded);
        CHECK(loaded->connection == credentials.settings);
    }
    // Nor is it in any side file (journal, lock) left in the folder.
    for (const QString &entry : folder.entries())
        CHECK_FALSE(containsText(test::fileBytes(folder.path(entry)), credentials.password));
}
