#include "Planner.h"

#include "plan/Effort.h"
#include "plan/PhaseGraph.h"
#include "plan/TaskBuilder.h"
#include "plan/Tracking.h"

namespace etp {

Plan buildPlan(const Project &project, const QList<Finding> &findings)
{
    const PlanningIndex index(project);
    const PlanContext context(index, findings);

    Plan plan;
    plan.findings = findings;
    plan.routingGroupOrder = context.order();
    plan.effortSettings = project.plan.effort;
    plan.phases = buildPhaseGraph(context);
    attachFindings(plan.phases, findings);
    buildTasks(plan.phases, context);
    applyTaskStates(plan, project.plan);
    markFulfilledTasks(plan, index);
    plan.keptServers = context.keptServers();
    plan.effort = estimateEffort(context, project.plan.effort);
    return plan;
}

} // namespace etp
