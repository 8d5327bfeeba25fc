#pragma once

// What an edit operation did to a project, step by step, with the values before and after, so that the window can
// put it on an undo stack (revertChange / reapplyChange) and know whether the plan must be rebuilt.

#include "model/Project.h"

#include <QJsonObject>
#include <QJsonValue>

#include <variant>

namespace etp {

/// One field of one inventory object, before and after.
struct FieldEdit {
    QString kind; ///< the object's kind ("exchange_server")
    QString id;
    QString field;
    QJsonValue before;
    QJsonValue after;
    Source sourceBefore = Source::Typed;
    Source sourceAfter = Source::Typed;
    bool derived = false; ///< set by the program from another field of the same edit
};

/// An object added to or removed from its collection.
struct ObjectEdit {
    QString kind;
    QString id;
    qsizetype position = 0; ///< its index in the collection (after adding, before removing)
    QJsonObject object;     ///< the whole object, meta included (objectToJson)
    bool added = true;      ///< false: removed
};

/// A discovered object recorded as removed by hand (Inventory::removedObjects), or that record taken back.
struct RemovedObjectEdit {
    RemovedObject object;
    qsizetype position = 0;
    bool added = true;
};

/// The plan state (answers, task states, routing-group order, target sites, first connector, effort) before and
/// after.
struct PlanStateEdit {
    PlanState before;
    PlanState after;
};

using EditStep = std::variant<FieldEdit, ObjectEdit, RemovedObjectEdit, PlanStateEdit>;

/// The value every edit operation returns: what changed, in the order it was applied.
struct Change {
    QString description; ///< translated, for an undo stack or a log ("Set Name of SEA-EX01 to SEA-EX02")
    /// False when only task tracking changed (status, owner, date, note): the plan keeps its phases and tasks and
    /// only re-applies task states (reapplyTaskStates). True when findings or the plan may change: re-plan.
    bool structural = true;
    QList<EditStep> steps;
    QStringList warnings; ///< translated; the edit was made, but the person should know (a held phase)
    QString objectId;     ///< addObject: the id of the new object

    /// True when the operation found nothing to change (the value was already there).
    bool isEmpty() const { return steps.isEmpty(); }
    /// The field edits among the steps.
    QList<FieldEdit> fieldEdits() const;
};

/// Takes a change back: applies the inverse of its steps in reverse order. The project must be as the change left
/// it (the top of an undo stack).
void revertChange(Project &project, const Change &change);
/// Applies a change again after revertChange (redo).
void reapplyChange(Project &project, const Change &change);

} // namespace etp
