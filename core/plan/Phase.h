#pragma once

// The plan's building blocks: a phase instance of the catalogue with its dependencies and the findings that hold it,
// and the tasks an administrator follows inside it.

#include "model/PlanState.h"
#include "plan/PhaseKeys.h"

namespace etp {

/// One step an administrator follows. Its key is "<phase key>/<task kind>[:<object id>]", built from stable ids, so a
/// saved TaskState follows the task across renames and re-planning.
struct Task {
    QString key;
    QString kind;         ///< e.g. "move-mailboxes"
    QString objectId;     ///< the object the task is about; empty for a task about the whole phase
    QString title;        ///< translated; names the objects by their display names
    QString detail;       ///< translated: how to do it and why (the seed or reference passage behind it)
    QStringList waitsFor; ///< phase keys outside its own phase it waits for (the EdgeSync subscription)

    TaskStatus status = TaskStatus::NotStarted;
    QString owner;
    QDate date;
    QString note;
    bool obsolete = false; ///< saved state whose task is no longer in the plan
    QString doneBy;        ///< id of the Exchange 2007 server whose roles fulfil the task, when one does
};

/// The key of a task in a phase.
QString taskKey(const QString &phaseKey, const QString &kind, const QString &objectId = {});

/// One instance of a catalogue phase: the organization's, an AD site's or a routing group's.
struct Phase {
    QString key;
    PhaseId id = PhaseId::Assess;
    PhaseScope scope = PhaseScope::Organization;
    QString subject;      ///< display name of the site or routing group (the organization's name for org phases)
    QString subjectId;    ///< stable id of the site or routing group; empty for organization phases
    QStringList after;    ///< keys of the phases this one must follow (the catalogue's "Must follow")
    QStringList heldBy;   ///< ids of the findings that hold it (blockers, unanswered or negative manual findings)
    QStringList concerns; ///< ids of warnings that concern it, holding nothing
    QList<Task> tasks;

    bool isHeld() const { return !heldBy.isEmpty(); }
    /// Tasks that are finished: done or not applicable (C8 "progress per phase").
    int finishedTasks() const
    {
        int finished = 0;
        for (const Task &task : tasks)
            finished += task.status == TaskStatus::Done || task.status == TaskStatus::NotApplicable ? 1 : 0;
        return finished;
    }
};

} // namespace etp
