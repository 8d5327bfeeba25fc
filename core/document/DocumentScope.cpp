#include "DocumentScope.h"

#include "plan/PlanningIndex.h"

#include <QCoreApplication>

namespace etp::document {

namespace {

class ScopeText {
    Q_DECLARE_TR_FUNCTIONS(etp::document)

public:
    template <class T>
    static Result<DocumentScope> find(const QList<T> &objects, const QString &nameOrId, DocumentScope::Kind kind)
    {
        const bool site = kind == DocumentScope::Kind::Site;
        QList<const T *> matches;
        for (const T &object : objects) {
            if (object.meta.id == nameOrId)
                return DocumentScope{kind, object.meta.id, object.name, false};
        }
        for (const T &object : objects) {
            if (object.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
                matches.append(&object);
        }
        if (matches.size() == 1)
            return DocumentScope{kind, matches.first()->meta.id, matches.first()->name, false};
        if (matches.size() > 1) {
            QStringList candidates;
            for (const T *match : matches)
                candidates.append(QStringLiteral("%1 (%2)").arg(match->name, match->meta.id));
            return Error{QStringLiteral("ambiguous-scope"),
                         (site ? tr("Several AD sites are named \"%1\"; name one by its id: %2.")
                               : tr("Several routing groups are named \"%1\"; name one by its id: %2."))
                             .arg(nameOrId, candidates.join(QStringLiteral("; ")))};
        }
        QStringList known;
        for (const T &object : objects) {
            if (known.size() == 20) {
                known.append(QStringLiteral("…"));
                break;
            }
            known.append(object.name);
        }
        return Error{QStringLiteral("unknown-scope"),
                     (site ? tr("There is no AD site with the name or id \"%1\". Known sites: %2.")
                           : tr("There is no routing group with the name or id \"%1\". Known routing groups: %2."))
                         .arg(nameOrId, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))};
    }

    static QString title(const DocumentScope &scope)
    {
        switch (scope.kind) {
        case DocumentScope::Kind::WholePlan:
            break;
        case DocumentScope::Kind::RoutingGroup:
            return tr("Routing group %1").arg(scope.name);
        case DocumentScope::Kind::Site:
            return tr("AD site %1").arg(scope.name);
        }
        return tr("Whole plan");
    }
};

} // namespace

QString DocumentScope::title() const
{
    return ScopeText::title(*this);
}

Result<DocumentScope> routingGroupScope(const Inventory &inventory, const QString &nameOrId)
{
    return ScopeText::find(inventory.routingGroups, nameOrId, DocumentScope::Kind::RoutingGroup);
}

Result<DocumentScope> siteScope(const Inventory &inventory, const QString &nameOrId)
{
    return ScopeText::find(inventory.sites, nameOrId, DocumentScope::Kind::Site);
}

bool inScope(const DocumentScope &scope, const Phase &phase, const PlanningIndex &index)
{
    switch (scope.kind) {
    case DocumentScope::Kind::WholePlan:
        return true;
    case DocumentScope::Kind::RoutingGroup:
        return phase.scope == PhaseScope::RoutingGroup && phase.subjectId == scope.id;
    case DocumentScope::Kind::Site:
        if (phase.scope == PhaseScope::Site)
            return phase.subjectId == scope.id;
        return phase.scope == PhaseScope::RoutingGroup && index.targetSites(phase.subjectId).contains(scope.id);
    }
    return false;
}

} // namespace etp::document
