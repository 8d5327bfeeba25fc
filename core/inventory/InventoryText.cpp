#include "InventoryText.h"

#include "InventoryOutline.h"

#include <QCoreApplication>
#include <QTextStream>

namespace etp {

namespace {

void writeFields(QTextStream &out, const QList<OutlineField> &fields, const QString &indent)
{
    int width = 0;
    for (const auto &field : fields) {
        if (!field.value.isEmpty())
            width = std::max(width, int(field.label.size()));
    }
    for (const auto &field : fields) {
        if (field.value.isEmpty())
            continue;
        // Continuation lines of a multi-line value line up under its first line.
        QString value = field.value;
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + indent + QString(width + 2, QLatin1Char(' ')));
        out << indent << (field.label + QLatin1Char(':')).leftJustified(width + 2) << value << '\n';
    }
}

} // namespace

QString inventoryToText(const Project &project)
{
    QString text;
    QTextStream out(&text);
    const InventoryOutline outline(project.inventory);
    out << project.title << '\n';
    if (project.created.isValid())
        out << QCoreApplication::translate("etp::InventoryText", "Created: %1")
                   .arg(project.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
            << '\n';

    std::optional<OutlineGroup> group;
    for (int s = 0; s < outline.sectionCount(); ++s) {
        const auto &section = outline.section(s);
        if (group != section.group) {
            group = section.group;
            const QString title = InventoryOutline::groupTitle(section.group);
            out << '\n' << title << '\n' << QString(title.size(), QLatin1Char('=')) << '\n';
        }
        const int count = outline.objectCount(s);
        out << '\n';
        if (section.single) {
            out << section.title << '\n';
            writeFields(out, outline.objectFields(s, 0), QStringLiteral("  "));
        } else {
            out << QCoreApplication::translate("etp::InventoryText", "%1 (%n)", nullptr, count).arg(section.title)
                << '\n';
            if (count == 0)
                out << "  " << QCoreApplication::translate("etp::InventoryText", "(none)") << '\n';
            for (int row = 0; row < count; ++row) {
                out << "  " << outline.objectLabel(s, row) << '\n';
                writeFields(out, outline.objectFields(s, row), QStringLiteral("    "));
            }
        }
        const QString note = outline.sectionNote(s);
        if (!note.isEmpty())
            out << "  " << QCoreApplication::translate("etp::InventoryText", "Note: %1").arg(note) << '\n';
        const QString incomplete = outline.sectionIncomplete(s);
        if (!incomplete.isEmpty())
            out << "  " << QCoreApplication::translate("etp::InventoryText", "Incomplete: %1").arg(incomplete) << '\n';
    }

    if (!project.inventory.sectionNotes.isEmpty()) {
        const QString title = QCoreApplication::translate("etp::InventoryText", "Section notes");
        out << '\n' << title << '\n' << QString(title.size(), QLatin1Char('=')) << '\n';
        for (auto it = project.inventory.sectionNotes.cbegin(); it != project.inventory.sectionNotes.cend(); ++it)
            out << "  " << it.key() << ": " << it.value() << '\n';
    }
    if (!project.inventory.incompleteSections.isEmpty()) {
        const QString title = QCoreApplication::translate("etp::InventoryText", "Incomplete sections");
        out << '\n' << title << '\n' << QString(title.size(), QLatin1Char('=')) << '\n';
        const auto &incomplete = project.inventory.incompleteSections;
        for (auto it = incomplete.cbegin(); it != incomplete.cend(); ++it)
            out << "  " << it.key() << ": " << it.value() << '\n';
    }
    return text;
}

} // namespace etp
