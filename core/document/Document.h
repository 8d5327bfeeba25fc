#pragma once

// The document model (C9): one structure for every printable output. Builders (PlanDocument.h, InventoryDocument.h)
// fill it from the project, its findings and its plan; renderers (HTML, CSV, Markdown here, PDF in render/) only lay
// it out, so the formats never disagree. Every text in it is plain text: renderers escape it for their format.

#include "model/PlanState.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace etp::document {

/// Which document of a project: the one switch of `export --document`.
enum class DocumentKind : int { Plan = 0, Inventory };

/// A paragraph of text. Alert marks what holds the work (a blocker); Muted is secondary text.
struct Paragraph {
    enum class Style : int { Normal = 0, Alert, Muted };
    QString text;
    Style style = Style::Normal;
};

/// Label and value pairs (the title block, a phase's facts).
struct KeyValues {
    QList<std::pair<QString, QString>> rows;
};

/// A table with a header row. `weights` gives each column's share of the width (same length as `headers`).
/// A row marked in `emptyRows` is an item still to be documented (the inventory report's "not recorded").
struct Table {
    QStringList headers;
    QList<int> weights;
    QList<QStringList> rows;
    QList<int> emptyRows; ///< indices into rows
};

/// One task with a checkbox.
struct ChecklistItem {
    QString key;
    QString title;
    QString detail;
    TaskStatus status = TaskStatus::NotStarted;
    QString statusText; ///< translated status
    QString owner;
    QDate date;
    QString note;
    QString waitsFor; ///< translated: the phases outside its own that it waits for, when any
    QString metaLine; ///< translated: status, owner, date, note and what it waits for, as one line

    bool checked() const { return status == TaskStatus::Done || status == TaskStatus::NotApplicable; }
};

/// The tasks of one phase, with what the CSV needs to name the phase on each row.
struct Checklist {
    QString phaseKey;
    QString phase;   ///< translated phase name
    QString scope;   ///< translated: organization, AD site or routing group
    QString subject; ///< display name of the site or routing group; the organization's name for its phases
    QString heldBy;  ///< translated: the findings that hold the phase; empty when none
    QList<ChecklistItem> items;
};

/// A line for a person to sign when the phase is finished.
struct SignOff {
    QString label; ///< translated, e.g. "Phase finished — name, date, signature"
};

using Block = std::variant<Paragraph, KeyValues, Table, Checklist, SignOff>;

/// A headed part of the document. Level 1 parts appear in the table of contents; level 2 parts under them.
struct DocumentSection {
    QString id; ///< unique within the document, usable as an anchor (letters, digits, '-')
    QString title;
    int level = 1;
    QList<Block> blocks;
};

/// Words the renderers print around the content, translated when the document was built, so a renderer never
/// needs a translation of its own and the whole document is in one language.
struct DocumentLabels {
    QString contents;    ///< "Contents"
    QString pageOfPages; ///< "Page %1 of %2"
    QString checked;     ///< the word for a ticked box in formats without boxes
    QString unchecked;
    QStringList csvHeaders; ///< key, phase, scope, subject, title, status, owner, date, note, held by
};

/// A whole document.
struct Document {
    DocumentKind kind = DocumentKind::Plan;
    QString language; ///< "en", "de": the html lang attribute
    QString title;    ///< e.g. "Transition checklist"
    QString subtitle; ///< e.g. the project title
    KeyValues titleBlock;
    QList<DocumentSection> sections;
    DocumentLabels labels;
    int tocDepth = 2; ///< the deepest section level the table of contents lists

    /// Every checklist of the document, in order.
    QList<const Checklist *> checklists() const;
};

/// The labels in the current translation.
DocumentLabels currentLabels();

/// The language of the installed translation ("de" when German strings are in use, else "en").
QString currentLanguage();

} // namespace etp::document

template <> struct etp::EnumNames<etp::document::DocumentKind> {
    static constexpr std::array<const char *, 2> names{"plan", "inventory"};
};
