// The `plan` and `answer` commands as a person runs them: the real executable on a real project file.

#include "OrganizationBuilder.h"
#include "QtStringMakers.h"
#include "TestSupport.h"

#include "storage/ProjectDocument.h"
#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "AppRunner.h"

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject findingInJson(const QString &json, const QString &id)
{
    const QJsonObject plan = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const auto &finding : plan.value(u"findings"_s).toArray()) {
        if (finding.toObject().value(u"id"_s).toString() == id)
            return finding.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("plan --format json on the sample lists its findings", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"sample.etplan"_s);
    const AppRun sample = runApp({u"sample"_s, u"--out"_s, path});
    INFO(sample.err.toStdString());
    REQUIRE(sample.exitCode == 0);

    const AppRun plan = runApp({u"plan"_s, path, u"--format"_s, u"json"_s});
    INFO(plan.err.toStdString());
    REQUIRE(plan.exitCode == 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(plan.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray findings = document.value(u"findings"_s).toArray();
    CHECK(findings.size() > 10);
    QStringList rules;
    for (const auto &value : findings) {
        const QJsonObject f = value.toObject();
        rules.append(f.value(u"rule"_s).toString());
        CHECK_FALSE(f.value(u"id"_s).toString().isEmpty());
        CHECK_FALSE(f.value(u"message"_s).toString().isEmpty());
        CHECK(f.value(u"holds"_s).isArray());
    }
    for (const auto &rule : {u"SRV-E2003-SP"_s, u"AD-SITE-GC"_s, u"SRV-E2000-ROLLUP"_s, u"RG-MASTER-DELETED"_s,
                             u"FEATURE-E2003"_s, u"AD-PREP-RIGHTS"_s})
        CHECK(rules.contains(rule));

    const AppRun text = runApp({u"plan"_s, path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith(u"Findings: "_s));
    CHECK(text.out.indexOf(u"[BLOCKER]"_s) < text.out.indexOf(u"[INFO]"_s));
}

TEST_CASE("answer records a manual answer that clears the finding and refuses everything else", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"contoso.etplan"_s);
    auto b = OrganizationBuilder::ready();
    b.server(u"srv-e2k"_s, u"rg-hq"_s, u"Version 6.0 (Build 6249.4: Service Pack 3)"_s, u"192.0.2.16"_s);
    b.server(u"srv-sp1"_s, u"rg-hq"_s, u"Version 6.5 (Build 7226.6: Service Pack 1)"_s, u"192.0.2.17"_s);
    REQUIRE(saveProject(path, b.project).ok());
    const QString rollup = u"SRV-E2000-ROLLUP:srv-e2k"_s;

    AppRun plan = runApp({u"plan"_s, path, u"--format"_s, u"json"_s});
    REQUIRE(plan.exitCode == 0);
    QJsonObject f = findingInJson(plan.out, rollup);
    CHECK(f.value(u"severity"_s).toString() == u"manual"_s);
    CHECK(f.value(u"answer"_s).isNull());
    CHECK(f.value(u"holding"_s).toBool());
    CHECK(f.value(u"holds"_s).toArray() == QJsonArray{u"prepare-ad"_s});

    AppRun answer = runApp({u"answer"_s, path, rollup, u"no"_s, u"--note"_s, u"store.exe 6.0.6249.0"_s},
                           {{u"USER"_s, u"login-name"_s}});
    INFO(answer.err.toStdString());
    REQUIRE(answer.exitCode == 0);
    plan = runApp({u"plan"_s, path, u"--format"_s, u"json"_s});
    f = findingInJson(plan.out, rollup);
    CHECK(f.value(u"holding"_s).toBool());
    CHECK(f.value(u"answer"_s).toObject().value(u"yes"_s).toBool() == false);
    CHECK(f.value(u"answer"_s).toObject().value(u"by"_s).toString() == u"login-name"_s);

    answer = runApp({u"answer"_s, path, rollup, u"yes"_s, u"--by"_s, u"Ana Trujillo"_s, u"--note"_s,
                     u"Rollup installed 2026-11-20"_s});
    REQUIRE(answer.exitCode == 0);
    CHECK(answer.out.contains(u"answered yes by Ana Trujillo"_s));
    const auto saved = loadProject(path);
    REQUIRE(saved.ok());
    REQUIRE(saved->plan.answers.size() == 1); // the second answer replaced the first
    CHECK(saved->plan.answers.first().by == u"Ana Trujillo"_s);
    CHECK(saved->plan.answers.first().at.isValid());
    plan = runApp({u"plan"_s, path, u"--format"_s, u"json"_s});
    f = findingInJson(plan.out, rollup);
    CHECK_FALSE(f.value(u"holding"_s).toBool());
    CHECK(f.value(u"holds"_s).toArray().isEmpty());
    CHECK(f.value(u"answer"_s).toObject().value(u"note"_s).toString() == u"Rollup installed 2026-11-20"_s);

    // A blocker is not a question; an unknown id names the way to list them.
    AppRun refused = runApp({u"answer"_s, path, u"SRV-E2003-SP:srv-sp1"_s, u"yes"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"not a question"_s));
    refused = runApp({u"answer"_s, path, u"NO-SUCH:thing"_s, u"yes"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"NO-SUCH:thing"_s));
    CHECK(loadProject(path)->plan.answers.size() == 1);

    CHECK(runApp({u"answer"_s, path, rollup, u"maybe"_s}).exitCode == 2);
    CHECK(runApp({u"answer"_s, path, rollup}).exitCode == 2);
    CHECK(runApp({u"answer"_s, path, rollup, u"yes"_s, u"--by"_s}).exitCode == 2);
}

TEST_CASE("plan refuses bad usage and names a missing file", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(u"missing.etplan"_s);
    const AppRun run = runApp({u"plan"_s, missing});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(missing));
    CHECK(runApp({u"plan"_s, missing, u"--format"_s, u"xml"_s}).exitCode == 2);
    CHECK(runApp({u"plan"_s}).exitCode == 2);
    CHECK(runApp({u"plan"_s, missing, u"--colour"_s}).exitCode == 2);
}

TEST_CASE("answer refuses while another editor has the project open and changes nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"open.etplan"_s);
    REQUIRE(saveProject(path, OrganizationBuilder::ready().project).ok());
    ProjectDocument editor;
    REQUIRE(editor.open(path).ok());
    REQUIRE_FALSE(editor.isReadOnly());

    const AppRun run = runApp({u"answer"_s, path, u"AD-PREP-RIGHTS:forest"_s, u"yes"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(path));
    CHECK(loadProject(path)->plan.answers.isEmpty());
    // Reading is still allowed for reviewers while it is open.
    CHECK(runApp({u"plan"_s, path}).exitCode == 0);
}
