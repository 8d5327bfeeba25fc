// The document model and the renderers that need no Gui: what the checklist holds, its scopes, and that names from
// the directory come out as text in HTML and Markdown and as data in CSV.

#include "DocumentTestSupport.h"
#include "QtStringMakers.h"

#include "document/CsvRenderer.h"
#include "document/DocumentBuilder.h"
#include "document/DocumentFuzz.h"
#include "document/HtmlRenderer.h"
#include "document/InventoryDocument.h"
#include "document/MarkdownRenderer.h"
#include "document/TaskProgress.h"
#include "plan/Planner.h"
#include "plan/PlanningIndex.h"
#include "rules/RuleCatalog.h"
#include "sample/SampleOrganization.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;
using namespace etp::document;
using namespace etp::test;

namespace {

QSet<QString> documentTaskKeys(const Document &document)
{
    QSet<QString> keys;
    for (const Checklist *checklist : document.checklists()) {
        for (const ChecklistItem &item : checklist->items)
            keys.insert(item.key);
    }
    return keys;
}

QSet<QString> planTaskKeys(const Plan &plan, const std::function<bool(const Phase &)> &wanted)
{
    QSet<QString> keys;
    for (const Phase &phase : plan.phases) {
        if (!wanted(phase))
            continue;
        for (const Task &task : phase.tasks)
            keys.insert(task.key);
    }
    return keys;
}

QString allText(const Document &document)
{
    return QString::fromUtf8(renderMarkdown(document));
}

} // namespace

TEST_CASE("The checklist of the whole plan holds every task, the blockers first and a sign-off per phase", "[document]")
{
    const Project project = sampleProject();
    const Plan plan = buildPlan(project, evaluateRules(project));
    const Document document = buildPlanDocument(project, plan, {});

    CHECK(documentTaskKeys(document) == planTaskKeys(plan, [](const Phase &) { return true; }));
    REQUIRE(document.sections.size() > 3);
    CHECK(document.sections.first().id == QStringLiteral("blockers"));

    int holding = 0;
    for (const Finding &finding : plan.findings)
        holding +=
            (finding.severity == Severity::Blocker || finding.severity == Severity::Manual) && finding.isHolding() ? 1
                                                                                                                   : 0;
    const auto *table = std::get_if<Table>(&document.sections.first().blocks.first());
    if (holding > 0) {
        REQUIRE(table);
        CHECK(table->rows.size() == holding);
    }

    int signOffs = 0;
    for (const DocumentSection &section : document.sections) {
        for (const Block &block : section.blocks)
            signOffs += std::holds_alternative<SignOff>(block) ? 1 : 0;
    }
    CHECK(signOffs == plan.phases.size());
}

TEST_CASE("A routing group's checklist holds exactly that routing group's tasks", "[document]")
{
    const Project project = sampleProject();
    const Plan plan = buildPlan(project, evaluateRules(project));
    for (const RoutingGroup &rg : project.inventory.routingGroups) {
        const Result<DocumentScope> scope = routingGroupScope(project.inventory, rg.name);
        REQUIRE(scope);
        CHECK(scope->id == rg.meta.id);
        const Document document = buildPlanDocument(project, plan, *scope);
        const QSet<QString> expected = planTaskKeys(plan, [&](const Phase &phase) {
            return phase.scope == PhaseScope::RoutingGroup && phase.subjectId == rg.meta.id;
        });
        CHECK(documentTaskKeys(document) == expected);
    }
}

TEST_CASE("An AD site's checklist holds its own phases and those of the routing groups that move into it", "[document]")
{
    const Project project = sampleProject();
    const Plan plan = buildPlan(project, evaluateRules(project));
    const PlanningIndex index(project);
    int nonEmpty = 0;
    for (const AdSite &site : project.inventory.sites) {
        const Result<DocumentScope> scope = siteScope(project.inventory, site.meta.id);
        REQUIRE(scope);
        const Document document = buildPlanDocument(project, plan, *scope);
        const QStringList groups = index.routingGroupsTargeting(site.meta.id);
        const QSet<QString> expected = planTaskKeys(plan, [&](const Phase &phase) {
            if (phase.scope == PhaseScope::Site)
                return phase.subjectId == site.meta.id;
            return phase.scope == PhaseScope::RoutingGroup && groups.contains(phase.subjectId);
        });
        CHECK(documentTaskKeys(document) == expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    CHECK(nonEmpty > 0);
}

TEST_CASE("A name two routing groups share is refused with both candidates, an unknown one lists the known names",
          "[document]")
{
    Project project = sampleProject();
    REQUIRE(project.inventory.routingGroups.size() >= 2);
    project.inventory.routingGroups[1].name = project.inventory.routingGroups[0].name.toUpper();
    const Result<DocumentScope> ambiguous =
        routingGroupScope(project.inventory, project.inventory.routingGroups[0].name);
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().code == QStringLiteral("ambiguous-scope"));
    CHECK(ambiguous.error().message.contains(project.inventory.routingGroups[0].meta.id));
    CHECK(ambiguous.error().message.contains(project.inventory.routingGroups[1].meta.id));

    const Result<DocumentScope> byId = routingGroupScope(project.inventory, project.inventory.routingGroups[1].meta.id);
    REQUIRE(byId);
    CHECK(byId->id == project.inventory.routingGroups[1].meta.id);

    const Result<DocumentScope> unknown = siteScope(project.inventory, QStringLiteral("Atlantis"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == QStringLiteral("unknown-scope"));
    CHECK(unknown.error().message.contains(project.inventory.sites.first().name));
}

TEST_CASE("Only open tasks leaves out finished tasks and phases with nothing open", "[document]")
{
    Project project = sampleProject();
    Plan plan = buildPlan(project, evaluateRules(project));
    const Phase &first = plan.phases.first();
    for (const Task &task : first.tasks)
        project.plan.taskStateFor(task.key).status = TaskStatus::Done;
    project.plan.taskStateFor(plan.phases.at(1).tasks.first().key).status = TaskStatus::NotApplicable;
    plan = buildPlan(project, evaluateRules(project));

    DocumentScope scope;
    scope.openOnly = true;
    const Document document = buildPlanDocument(project, plan, scope);
    const QSet<QString> expected = [&] {
        QSet<QString> keys;
        for (const Phase &phase : plan.phases) {
            for (const Task &task : phase.tasks) {
                if (isOpen(task))
                    keys.insert(task.key);
            }
        }
        return keys;
    }();
    CHECK(documentTaskKeys(document) == expected);
    for (const Checklist *checklist : document.checklists())
        CHECK(checklist->phaseKey != first.key);
}

TEST_CASE("Hostile names come out as text in HTML", "[document]")
{
    const Project project = hostileProject();
    const Document document = buildDocument(project, DocumentKind::Plan);
    const QByteArray html = renderHtml(document);
    CHECK_FALSE(html.contains("<script"));
    CHECK_FALSE(html.contains("<b>bold"));
    CHECK(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Q&#39;, B<br>"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.html"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(html);
    file.close();
    // A real HTML parser: the only elements are the renderer's own, and the names read back as the text they were.
    const QString out = runPython(QStringLiteral(R"(
import html.parser, json, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.tags = set(); self.text = []
    def handle_starttag(self, tag, attrs): self.tags.add(tag)
    def handle_data(self, data): self.text.append(data)
p = P(); p.feed(open(sys.argv[1], encoding='utf-8').read())
print(json.dumps({'tags': sorted(p.tags), 'text': ''.join(p.text)}))
)"),
                                  {path});
    const QJsonObject parsed = QJsonDocument::fromJson(out.toUtf8()).object();
    QStringList tags;
    for (const auto &tag : parsed.value(QStringLiteral("tags")).toArray())
        tags.append(tag.toString());
    const QStringList allowed{
        QStringLiteral("a"),      QStringLiteral("body"),  QStringLiteral("br"),      QStringLiteral("div"),
        QStringLiteral("h1"),     QStringLiteral("h2"),    QStringLiteral("h3"),      QStringLiteral("head"),
        QStringLiteral("header"), QStringLiteral("html"),  QStringLiteral("li"),      QStringLiteral("meta"),
        QStringLiteral("nav"),    QStringLiteral("p"),     QStringLiteral("section"), QStringLiteral("span"),
        QStringLiteral("style"),  QStringLiteral("table"), QStringLiteral("tbody"),   QStringLiteral("td"),
        QStringLiteral("th"),     QStringLiteral("thead"), QStringLiteral("title"),   QStringLiteral("tr"),
        QStringLiteral("ul")};
    for (const QString &tag : tags)
        CHECK(allowed.contains(tag));
    const QString text = parsed.value(QStringLiteral("text")).toString();
    for (const QString &line : hostileName().split(QLatin1Char('\n')))
        CHECK(text.contains(line));
    CHECK(text.contains(QStringLiteral("second line & <b>bold</b>")));
}

TEST_CASE("Hostile names come out as text in Markdown", "[document]")
{
    const Document document = buildDocument(hostileProject(), DocumentKind::Plan);
    const QString markdown = QString::fromUtf8(renderMarkdown(document));
    // Only a backslash-escaped "<" may come before a tag name: CommonMark shows it as the character.
    CHECK_FALSE(markdown.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<(script|b)\\b"))));
    CHECK(markdown.contains(QStringLiteral("\\<b\\>bold\\</b\\>")));
    CHECK(markdown.contains(
        QStringLiteral("\\<script\\>alert\\(\"x\"\\)\\</script\\> \\& 'Q', B Ümlaut Ωμέγα Дирекция")));
    CHECK(markdown.contains(QStringLiteral("- [ ] **")));
    // Every task line is the renderer's own, so a name can never start one.
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("- [ ]")) || line.startsWith(QStringLiteral("- [x]")))
            CHECK(line.mid(5, 3) == QStringLiteral(" **"));
    }
}

TEST_CASE("Finished tasks are ticked in Markdown", "[document]")
{
    Project project = sampleProject();
    Plan plan = buildPlan(project, evaluateRules(project));
    const QString key = plan.phases.first().tasks.first().key;
    project.plan.taskStateFor(key).status = TaskStatus::Done;
    const QString markdown = QString::fromUtf8(renderMarkdown(buildDocument(project, DocumentKind::Plan)));
    CHECK(markdown.contains(QStringLiteral("- [x] **")));
    CHECK(markdown.contains(QStringLiteral("`") + key + QStringLiteral("`")));
}

TEST_CASE("The CSV reads back through a real CSV parser as one row per task", "[document]")
{
    const Project project = hostileProject();
    const Document document = buildDocument(project, DocumentKind::Plan);
    for (const bool bom : {false, true}) {
        const QByteArray csv = renderCsv(document, {bom});
        CHECK(csv.startsWith("\xEF\xBB\xBF") == bom);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const QString out = runPython(QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
)"),
                                      {path});
        const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
        QList<QStringList> expected{document.labels.csvHeaders};
        for (const Checklist *checklist : document.checklists()) {
            for (const ChecklistItem &item : checklist->items) {
                QString note = item.note;
                if (note.startsWith(QLatin1Char('=')))
                    note.prepend(QLatin1Char('\''));
                expected.append({item.key, checklist->phase, checklist->scope, checklist->subject, item.title,
                                 item.statusText, item.owner,
                                 item.date.isValid() ? item.date.toString(Qt::ISODate) : QString(), note,
                                 checklist->heldBy});
            }
        }
        REQUIRE(rows.size() == expected.size());
        for (int r = 0; r < rows.size(); ++r) {
            QStringList row;
            for (const auto &cell : rows.at(r).toArray())
                row.append(cell.toString());
            CHECK(row == expected.at(r));
        }
        CHECK(csv.contains("\r\n"));
        CHECK(out.contains(QStringLiteral("'=1+2, call")));
    }
}

TEST_CASE("The inventory report fills the guidance's three tables and marks what is still empty", "[document]")
{
    Project project = sampleProject();
    project.inventory.organization.dataRecoveryPlan.clear();
    project.inventory.sectionNotes.remove(QStringLiteral("data-recovery"));
    const Document document = buildInventoryDocument(project);
    QStringList ids;
    for (const DocumentSection &section : document.sections)
        ids.append(section.id);
    CHECK(ids.contains(QStringLiteral("table-1")));
    CHECK(ids.contains(QStringLiteral("table-2")));
    CHECK(ids.contains(QStringLiteral("table-3")));

    const QString text = allText(document);
    CHECK(text.contains(project.inventory.servers.first().name));
    CHECK(text.contains(project.inventory.sites.first().name));
    CHECK(text.contains(QStringLiteral("Backup and restore plan")));
    CHECK(text.contains(QStringLiteral("Not recorded yet. A manual item")));
    // Each recorded value names its source.
    const auto *table =
        std::get_if<Table>(&document.sections.at(ids.indexOf(QStringLiteral("table-2"))).blocks.first());
    REQUIRE(table);
    for (const QStringList &row : table->rows)
        CHECK_FALSE(row.last().isEmpty());

    project.inventory.organization.dataRecoveryPlan = QStringLiteral("Nightly full backup to tape");
    project.inventory.organization.meta.setSource(QStringLiteral("dataRecoveryPlan"), Source::Typed);
    const QString filled = allText(buildInventoryDocument(project));
    CHECK(filled.contains(QStringLiteral("Nightly full backup to tape")));
}

TEST_CASE("The renderers' fuzzing entry points take any bytes", "[document]")
{
    const QList<QByteArray> inputs{QByteArray(), QByteArray("\x1f\x1f\x1f"),
                                   QByteArray("<script>\x1f&\"'\n,\x1f\xff\xfe"), hostileName().toUtf8(),
                                   QByteArray(5000, '=')};
    for (const QByteArray &input : inputs) {
        const auto *bytes = reinterpret_cast<const uint8_t *>(input.constData());
        CHECK(fuzzHtmlRenderer(bytes, std::size_t(input.size())) == 0);
        CHECK(fuzzCsvRenderer(bytes, std::size_t(input.size())) == 0);
        CHECK(fuzzMarkdownRenderer(bytes, std::size_t(input.size())) == 0);
    }
}
