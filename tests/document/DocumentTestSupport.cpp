#include "DocumentTestSupport.h"

#include "plan/Planner.h"
#include "rules/RuleCatalog.h"
#include "sample/SampleOrganization.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace etp::test {

QString hostileName()
{
    return QStringLiteral("<script>alert(\"x\")</script> & 'Q', B\nÜmlaut Ωμέγα Дирекция");
}

Project hostileProject()
{
    Project project = sampleProject();
    project.inventory.routingGroups.first().name = hostileName();
    project.inventory.servers.first().name = hostileName() + QStringLiteral(" server");
    project.inventory.sites.first().name = hostileName() + QStringLiteral(" site");
    const Plan plan = buildPlan(project, evaluateRules(project));
    TaskState &state = project.plan.taskStateFor(plan.phases.first().tasks.first().key);
    state.status = TaskStatus::InProgress;
    state.owner = QStringLiteral("O'Brien, \"Pat\" <pat@example.org>");
    state.note = QStringLiteral("=1+2, call \"ops\"\nsecond line & <b>bold</b>");
    return project;
}

QString runPython(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.start(QStringLiteral("python3"), QStringList{QStringLiteral("-c"), script} + arguments);
    REQUIRE(python.waitForFinished(60000));
    INFO(QString::fromUtf8(python.readAllStandardError()).toStdString());
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    REQUIRE(python.exitCode() == 0);
    return QString::fromUtf8(python.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace etp::test
