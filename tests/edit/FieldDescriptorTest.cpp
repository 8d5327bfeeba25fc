#include "QtStringMakers.h"
#include "TestSupport.h"

#include "edit/InventoryEdits.h"
#include "model/FieldDescriptor.h"
#include "model/ObjectAccess.h"
#include "sample/SampleOrganization.h"
#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace etp;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kServer = QStringLiteral("e0aacf93-9a5a-5137-9423-59e6213410d0"); // SEA-EX01
const QString kSeattleHub = QStringLiteral("f90af6f5-2e0f-5010-b4b4-ce654d79cecc");
const QString kDallas = QStringLiteral("761fa1f7-e321-5e34-8bba-e25948c2da5f");

struct Sample {
    QString kind;
    QString id;
    QString field;
    FieldKind expected;
    QJsonValue good;
    QJsonValue bad;
};

QList<Sample> samples(const Project &project)
{
    const QString connector = project.inventory.connectors.first().meta.id;
    const QString subnet = project.inventory.subnets.first().meta.id;
    const QString dc = project.inventory.domainControllers.first().meta.id;
    const QString port =
        project.inventory.portChecks.isEmpty() ? QString() : project.inventory.portChecks.first().meta.id;
    QList<Sample> list = {
        {u"organization"_s, u"organization"_s, u"name"_s, FieldKind::Text, u"Contoso"_s, u""_s},
        {u"exchange_server"_s, kServer, u"memoryGb"_s, FieldKind::Number, 4.5, -1},
        {u"organization"_s, u"organization"_s, u"edgeWanted"_s, FieldKind::YesNo, false, u"maybe"_s},
        {u"connector"_s, connector, u"type"_s, FieldKind::Enumeration, u"smtp"_s, u"fax"_s},
        {u"exchange_server"_s, kServer, u"addresses"_s, FieldKind::Address,
         QJsonArray{u"192.0.2.10"_s, u"2001:db8::1"_s}, QJsonArray{u"sea-ex01"_s}},
        {u"subnet"_s, subnet, u"prefix"_s, FieldKind::Subnet, u"198.51.100.0/24"_s, u"198.51.100.0"_s},
        {u"exchange_server"_s, kServer, u"serialNumber"_s, FieldKind::Version,
         u"Version 6.5 (Build 7638.2: Service Pack 2)"_s, u"six point five"_s},
        {u"domain_controller"_s, dc, u"operatingSystemVersion"_s, FieldKind::Version, u"5.2 (3790)"_s,
         u"Server 2003"_s},
        {u"exchange_server"_s, kServer, u"routingGroupId"_s, FieldKind::Reference, kDallas, u"no-such-group"_s},
        {u"connector"_s, connector, u"sourceBridgeheadIds"_s, FieldKind::ReferenceList, QJsonArray{kServer},
         QJsonArray{kServer, kServer}},
    };
    if (!port.isEmpty())
        list.append({u"port_check"_s, port, u"port"_s, FieldKind::Number, 587, 70000});
    return list;
}

} // namespace

TEST_CASE("every inventory field has a descriptor and its references name kinds that exist", "[edit][descriptors]")
{
    const Inventory inventory;
    int fields = 0;
    inventory.singles([&](const auto &single) { visitFields(single, [&](const char *, const auto &) { ++fields; }); });
    inventory.collections([&](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const T object{};
        visitFields(object, [&](const char *, const auto &) { ++fields; });
    });
    int described = 0;
    for (const QString &kind : inventoryKinds()) {
        CHECK(objectKindLabel(kind) != kind);
        for (const FieldDescriptor &d : fieldDescriptors(kind)) {
            ++described;
            INFO(kind.toStdString() << "." << d.name.toStdString());
            CHECK(d.objectKind == kind);
            CHECK_FALSE(d.label().isEmpty());
            const bool idName = d.name.endsWith(QLatin1String("Id")) || d.name.endsWith(QLatin1String("Ids"));
            CHECK(idName == (d.kind == FieldKind::Reference || d.kind == FieldKind::ReferenceList));
            for (const QString &referenced : d.referencedKinds)
                CHECK(inventoryKinds().contains(referenced));
            if (d.kind == FieldKind::Enumeration) {
                REQUIRE_FALSE(d.choices.isEmpty());
                for (const FieldChoice &choice : d.choices)
                    CHECK_FALSE(choice.label().isEmpty());
            }
            CHECK_FALSE((d.derived && d.manualOnly));
        }
    }
    CHECK(described == fields);
    CHECK(fieldDescriptor(u"exchange_server"_s, u"product"_s)->derived);
    CHECK(fieldDescriptor(u"exchange_server"_s, u"siteId"_s)->derived);
    CHECK(fieldDescriptor(u"exchange_server"_s, u"memoryGb"_s)->manualOnly);
    CHECK(fieldDescriptor(u"store"_s, u"storageGroupId"_s)->referencedKinds == QStringList{u"storage_group"_s});
    CHECK(fieldDescriptor(u"organization"_s, u"nothing"_s) == nullptr);
}

TEST_CASE("every descriptor kind round-trips through its validator and the file", "[edit][descriptors]")
{
    Project project = sampleProject();
    QSet<FieldKind> kinds;
    for (const Sample &sample : samples(project)) {
        INFO(sample.kind.toStdString() << "." << sample.field.toStdString());
        const FieldDescriptor *d = fieldDescriptor(sample.kind, sample.field);
        REQUIRE(d);
        CHECK(d->kind == sample.expected);
        kinds.insert(d->kind);
        CHECK(d->refusal(sample.good, &project.inventory).isEmpty());
        CHECK_FALSE(d->refusal(sample.bad, &project.inventory).isEmpty());
        // What a person types reads back as the same value.
        const Result<QJsonValue> parsed = d->parse(d->format(sample.good));
        REQUIRE(parsed);
        CHECK(*parsed == sample.good);

        const Project before = project;
        const Result<Change> refused = setField(project, sample.kind, sample.id, sample.field, sample.bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == u"refused"_s);
        CHECK(project == before);
        const Result<Change> set = setField(project, sample.kind, sample.id, sample.field, sample.good);
        INFO((set ? std::string() : set.error().message.toStdString()));
        REQUIRE(set);
        visitObject(project.inventory, sample.kind, sample.id, [&](const auto &object) {
            CHECK(fieldJson(object, sample.field) == sample.good);
            CHECK(object.meta.sourceOf(sample.field) == Source::Typed);
        });
    }
    CHECK(kinds.size() == 9); // every kind but the dates, which no editable inventory field has

    // Dates and times: the task date and the probe times, checked by their validators.
    FieldDescriptor date;
    date.kind = FieldKind::Date;
    CHECK(date.refusal(u"2026-12-05"_s).isEmpty());
    CHECK_FALSE(date.refusal(u"5.12.2026"_s).isEmpty());
    FieldDescriptor time;
    time.kind = FieldKind::DateTime;
    CHECK(time.refusal(u"2026-12-05T10:00:00.000Z"_s).isEmpty());
    CHECK_FALSE(time.refusal(u"yesterday"_s).isEmpty());
    const FieldDescriptor *checkedAt = fieldDescriptor(u"smtp_namespace"_s, u"mxCheckedAt"_s);
    REQUIRE(checkedAt);
    CHECK(checkedAt->kind == FieldKind::DateTime);
    project.inventory.smtpNamespaces.first().mxCheckedAt =
        QDateTime::fromString(u"2026-12-05T10:00:00.000Z"_s, Qt::ISODateWithMs);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"edited.etplan"_s);
    REQUIRE(saveProject(path, project).ok());
    const Result<Project> loaded = loadProject(path);
    REQUIRE(loaded);
    CHECK(loaded->inventory == project.inventory);
    for (const Sample &sample : samples(project)) {
        visitObject(loaded->inventory, sample.kind, sample.id,
                    [&](const auto &object) { CHECK(fieldJson(object, sample.field) == sample.good); });
    }
}

TEST_CASE("derived fields are refused and follow the fields they come from", "[edit][descriptors]")
{
    Project project = sampleProject();
    const Result<Change> refused = setField(project, u"exchange_server"_s, kServer, u"product"_s, u"exchange-2007"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == u"derived"_s);

    const Result<Change> set = setField(project, u"exchange_server"_s, kServer, u"serialNumber"_s,
                                        u"Version 6.0 (Build 6249.4: Service Pack 3)"_s);
    REQUIRE(set);
    const ExchangeServer *server = project.inventory.server(kServer);
    CHECK(server->product == ExchangeProduct::Exchange2000);
    CHECK(server->servicePack == 3);
    bool derivedStep = false;
    for (const FieldEdit &edit : set->fieldEdits())
        derivedStep = derivedStep || (edit.field == u"product"_s && edit.derived);
    CHECK(derivedStep);

    // An address in another site's subnet moves the server to that site.
    const Subnet &dallasNet = project.inventory.subnets.at(1);
    const QString address = dallasNet.prefix.section(QLatin1Char('/'), 0, 0);
    REQUIRE(setField(project, u"exchange_server"_s, kServer, u"addresses"_s, QJsonArray{address}));
    CHECK(project.inventory.server(kServer)->siteId == dallasNet.siteId);
}
