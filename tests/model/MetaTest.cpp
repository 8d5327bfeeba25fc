#include "QtStringMakers.h"

#include "model/Project.h"
#include "plan/PhaseKeys.h"

#include <catch2/catch.hpp>

using namespace etp;

TEST_CASE("enum names round-trip and reject unknown names")
{
    CHECK(enumName(ConnectorType::LotusNotes) == QStringLiteral("lotus-notes"));
    CHECK(enumFromName<ConnectorType>(u"groupwise") == ConnectorType::GroupWise);
    CHECK_FALSE(enumFromName<ConnectorType>(u"carrier-pigeon").has_value());
    CHECK(enumName(static_cast<Source>(42)).isEmpty());
}

TEST_CASE("objectGUID bytes format as the GUID Active Directory shows")
{
    // AD shows {e3b0c442-98fc-1c14-9afb-f4c8996fb924} for these bytes (the first three groups little-endian).
    const QByteArray raw = QByteArray::fromHex("42c4b0e3fc98141c9afbf4c8996fb924");
    CHECK(guidToString(raw) == QStringLiteral("e3b0c442-98fc-1c14-9afb-f4c8996fb924"));
    CHECK(guidToString(QByteArray("short")).isEmpty());
}

TEST_CASE("a typed correction to a discovered field is protected from rediscovery")
{
    ExchangeServer server;
    server.meta.origin = Source::Directory;
    CHECK(server.meta.fromDirectory(QStringLiteral("processors")));
    server.meta.setSource(QStringLiteral("processors"), Source::Typed);
    CHECK_FALSE(server.meta.fromDirectory(QStringLiteral("processors")));
    CHECK(server.meta.fromDirectory(QStringLiteral("fqdn")));
    server.meta.setSource(QStringLiteral("processors"), Source::Directory);
    CHECK(server.meta.fieldSources.isEmpty());
}

TEST_CASE("every collection and single of the inventory is visited")
{
    Inventory inventory;
    int singles = 0;
    int collections = 0;
    inventory.singles([&](auto &) { ++singles; });
    inventory.collections([&](auto &) { ++collections; });
    CHECK(singles == 6);
    CHECK(collections == 29);
    CHECK(inventory.organization.meta.id == QStringLiteral("organization"));
}

TEST_CASE("phase keys carry the subject only for site and routing-group phases")
{
    CHECK(phaseKey(PhaseId::Assess, QStringLiteral("x")) == QStringLiteral("assess"));
    CHECK(phaseKey(PhaseId::HubTransport, QStringLiteral("rg1")) == QStringLiteral("hub-transport:rg1"));
    const auto parsed = parsePhaseKey(QStringLiteral("client-access:site-7"));
    REQUIRE(parsed.has_value());
    CHECK(parsed->first == PhaseId::ClientAccess);
    CHECK(parsed->second == QStringLiteral("site-7"));
    CHECK_FALSE(parsePhaseKey(QStringLiteral("lunch:1")).has_value());
    CHECK_FALSE(isRolePhase(PhaseId::EdgeTransport));
    CHECK(isRolePhase(PhaseId::PostInstall));
}

#include "model/FieldCodec.h"

TEST_CASE("every field of every model type survives a JSON round trip")
{
    ExchangeServer server;
    server.meta = typedMeta();
    server.meta.setSource(QStringLiteral("fqdn"), Source::Ldif);
    server.name = QStringLiteral("EX01, \"Berlin\" <script>");
    server.addresses = {QStringLiteral("192.0.2.10"), QStringLiteral("2001:db8::10")};
    server.versionNumber = 7638;
    server.product = ExchangeProduct::Exchange2003;
    server.memoryGb = 3.5;
    server.frontEnd = false;
    const QJsonObject json = objectToJson(server);
    CHECK(json.value(QLatin1String("product")).toString() == QStringLiteral("exchange-2003"));
    CHECK(json.value(QLatin1String("servicePack")).isNull());

    ExchangeServer back;
    REQUIRE(metaFromJson(json, back.meta));
    bool ok = true;
    visitFields(
        back, [&](const char *name, auto &value) { ok = ok && fromJsonValue(json.value(QLatin1String(name)), value); });
    CHECK(ok);
    CHECK(back == server);

    TaskState task;
    task.taskKey = QStringLiteral("mailbox:rg1/move:store1");
    task.status = TaskStatus::InProgress;
    task.date = QDate(2026, 11, 23);
    const QJsonObject taskJson = fieldsToJson(task);
    TaskState taskBack;
    visitFields(taskBack,
                [&](const char *name, auto &value) { fromJsonValue(taskJson.value(QLatin1String(name)), value); });
    CHECK(taskBack == task);
}
