#include "SampleProjects.h"

namespace etp::test {

namespace {

/// Fills one field from a seed. Optional fields are sometimes left empty (every fifth seed) to store NULLs too.
class Filler {
public:
    Filler(const FillOptions &options)
        : m_options(options)
    {
    }

    QString text(int seed) const
    {
        const QString plain = QStringLiteral("g%1-s%2").arg(m_options.generation).arg(seed);
        if (!m_options.awkwardText)
            return plain;
        const QStringList awkward = awkwardTexts();
        return plain + QLatin1Char(' ') + awkward.at(seed % awkward.size());
    }

    template <class T> void fill(T &value, int seed) const
    {
        if constexpr (IsOptional<T>::value) {
            if (seed % 5 == 4) {
                value.reset();
            } else {
                typename T::value_type inner{};
                fill(inner, seed);
                value = inner;
            }
        } else if constexpr (std::is_same_v<T, QString>) {
            value = text(seed);
        } else if constexpr (std::is_same_v<T, QStringList>) {
            value = QStringList{text(seed), text(seed + 1), QString()};
        } else if constexpr (std::is_same_v<T, bool>) {
            value = seed % 2 == 0;
        } else if constexpr (std::is_enum_v<T>) {
            value = static_cast<T>((seed + m_options.generation) % int(EnumNames<T>::names.size()));
        } else if constexpr (std::is_same_v<T, qint64>) {
            value = Q_INT64_C(5000000000) + seed * 1000 + m_options.generation;
        } else if constexpr (std::is_integral_v<T>) {
            value = static_cast<T>(seed * 1000 + m_options.generation - 500);
        } else if constexpr (std::is_floating_point_v<T>) {
            value = static_cast<T>(seed + m_options.generation + 1.0 / 3.0);
        } else if constexpr (std::is_same_v<T, QDateTime>) {
            value = QDateTime(QDate(2024, 2, 29), QTime(13, 14, 15, 678), Qt::UTC).addSecs(seed + m_options.generation);
        } else if constexpr (std::is_same_v<T, QDate>) {
            value = QDate(2025, 1, 1).addDays(seed + m_options.generation);
        } else {
            static_assert(sizeof(T) == 0, "no sample value for this field type");
        }
    }

    template <class Object> void fillObject(Object &object, int index) const
    {
        int seed = index * 100;
        visitFields(object, [&](const char *, auto &value) { fill(value, seed++); });
        if constexpr (HasMeta<Object>) {
            const QString kind = QLatin1String(Object::kind);
            if (object.meta.id != kind) // single objects keep their fixed ids
                object.meta.id = QStringLiteral("%1-%2").arg(kind).arg(index);
            object.meta.guid = QStringLiteral("6f9619ff-8b86-d011-b42d-%1").arg(index, 12, 10, QLatin1Char('0'));
            object.meta.dn = QStringLiteral("CN=%1 \\, \"quoted\",CN=Servers,DC=example,DC=com").arg(text(index));
            object.meta.legacyDn = QStringLiteral("/o=Example/ou=First/cn=%1").arg(index);
            object.meta.origin = static_cast<Source>(index % 4);
            object.meta.fieldSources.clear();
            object.meta.fieldSources.insert(QStringLiteral("name"), Source::Typed);
            object.meta.fieldSources.insert(QStringLiteral("note"), Source::Csv);
        }
    }

    int count(const char *kind) const
    {
        return m_options.countsByKind.value(QLatin1String(kind), m_options.objectsPerCollection);
    }

private:
    const FillOptions &m_options;
};

} // namespace

QStringList awkwardTexts()
{
    return {
        QStringLiteral("comma, separated, value"),
        QStringLiteral("\"double\" and 'single' quotes"),
        QStringLiteral("back\\slash \\\\server\\share C:\\Program Files\\"),
        QStringLiteral("<script>alert('x')</script> & <b>bold</b>"),
        QString::fromUtf8(
            "emoji \xF0\x9F\x93\xA7\xF0\x9F\x9A\x80 and \xC3\xA4\xC3\xB6\xC3\xBC \xE6\x97\xA5\xE6\x9C\xAC"),
        QString(10000, QLatin1Char('x')),
        QStringLiteral("line one\nline two\ttabbed; semi; -- comment; DROP TABLE store;"),
    };
}

Project filledProject(const FillOptions &options)
{
    const Filler filler(options);
    Project project;
    project.title = QStringLiteral("generation %1").arg(options.generation);
    project.created = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    project.inventory.singles([&](auto &object) { filler.fillObject(object, 0); });
    project.inventory.collections([&](auto &list) {
        using Object = typename std::decay_t<decltype(list)>::value_type;
        const int count = filler.count(Object::kind);
        list.resize(count);
        for (int i = 0; i < count; ++i)
            filler.fillObject(list[i], i + 1);
    });
    const auto fillList = [&](auto &list) {
        using Object = typename std::decay_t<decltype(list)>::value_type;
        const int count = filler.count(Object::kind);
        list.resize(count);
        for (int i = 0; i < count; ++i)
            filler.fillObject(list[i], i + 1);
    };
    fillList(project.inventory.removedObjects);
    fillList(project.plan.answers);
    fillList(project.plan.tasks);
    fillList(project.plan.targetSites);
    filler.fillObject(project.plan.effort, 0);
    filler.fillObject(project.connection, 0);
    for (int i = 0; i < options.objectsPerCollection; ++i)
        project.plan.routingGroupOrder.append(QStringLiteral("routing_group-%1").arg(options.objectsPerCollection - i));
    project.plan.firstConnectorRoutingGroupId = QStringLiteral("routing_group-1");
    for (int i = 0; i < int(EnumNames<Section>::names.size()); i += 3)
        project.inventory.sectionNotes.insert(enumName(static_cast<Section>(i)), filler.text(i));
    for (const Section section : {Section::FunctionalLevels, Section::ExpansionServers})
        project.inventory.incompleteSections.insert(enumName(section), filler.text(int(section)));
    // Field seeds leave every site unmarked; the newest fixture holds one the user marked as Internet-facing.
    if (!project.inventory.sites.isEmpty())
        project.inventory.sites.last().internetFacing = true;
    return project;
}

int generationOf(const Project &project)
{
    const QString prefix = QStringLiteral("generation ");
    if (!project.title.startsWith(prefix))
        return -1;
    bool ok = false;
    const int generation = project.title.mid(prefix.size()).toInt(&ok);
    return ok ? generation : -1;
}

} // namespace etp::test
