#include "Change.h"

#include "model/ObjectAccess.h"

namespace etp {

namespace {

void applyField(Inventory &inventory, const FieldEdit &edit, bool forward)
{
    visitObject(inventory, edit.kind, edit.id, [&](auto &object) {
        setFieldJson(object, edit.field, forward ? edit.after : edit.before);
        object.meta.setSource(edit.field, forward ? edit.sourceAfter : edit.sourceBefore);
    });
}

void applyObject(Inventory &inventory, const ObjectEdit &edit, bool forward)
{
    const bool insert = edit.added == forward;
    visitCollection(inventory, edit.kind, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        if (insert) {
            T object;
            objectFromJson(edit.object, object);
            list.insert(qBound(qsizetype(0), edit.position, list.size()), object);
        } else {
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list.at(i).meta.id == edit.id) {
                    list.removeAt(i);
                    break;
                }
            }
        }
    });
}

void applyRemovedObject(Inventory &inventory, const RemovedObjectEdit &edit, bool forward)
{
    QList<RemovedObject> &list = inventory.removedObjects;
    if (edit.added == forward) {
        list.insert(qBound(qsizetype(0), edit.position, list.size()), edit.object);
    } else {
        const qsizetype index = list.indexOf(edit.object);
        if (index >= 0)
            list.removeAt(index);
    }
}

void applyStep(Project &project, const EditStep &step, bool forward)
{
    if (const auto *field = std::get_if<FieldEdit>(&step))
        applyField(project.inventory, *field, forward);
    else if (const auto *object = std::get_if<ObjectEdit>(&step))
        applyObject(project.inventory, *object, forward);
    else if (const auto *removed = std::get_if<RemovedObjectEdit>(&step))
        applyRemovedObject(project.inventory, *removed, forward);
    else if (const auto *plan = std::get_if<PlanStateEdit>(&step))
        project.plan = forward ? plan->after : plan->before;
}

} // namespace

QList<FieldEdit> Change::fieldEdits() const
{
    QList<FieldEdit> out;
    for (const EditStep &step : steps) {
        if (const auto *field = std::get_if<FieldEdit>(&step))
            out.append(*field);
    }
    return out;
}

void revertChange(Project &project, const Change &change)
{
    for (qsizetype i = change.steps.size() - 1; i >= 0; --i)
        applyStep(project, change.steps.at(i), false);
}

void reapplyChange(Project &project, const Change &change)
{
    for (const EditStep &step : change.steps)
        applyStep(project, step, true);
}

} // namespace etp
