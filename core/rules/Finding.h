#pragma once

// A finding is one readiness rule applied to one subject. The blockers panel, the plan, the checklist and the JSON
// output all render these same objects.

#include "model/PlanState.h"

namespace etp {

enum class Severity : int { Blocker = 0, Warning, Info, Manual };
template <> struct EnumNames<Severity> {
    static constexpr std::array<const char *, 4> names{"blocker", "warning", "info", "manual"};
};

struct Finding {
    QString id;   ///< rule + ":" + subject id; stable, answers and held_by refer to it
    QString rule; ///< catalogue rule ID, e.g. "SRV-E2003-SP"
    Severity severity = Severity::Info;
    QString subject;                    ///< display name of the subject
    QString subjectId;                  ///< stable id of the subject (the UI jumps to it)
    QString subjectKind;                ///< the subject's model kind, e.g. "exchange_server" (ExchangeServer::kind)
    QString message;                    ///< translated
    QString remediation;                ///< translated
    QStringList holds;                  ///< phase keys this finding holds (only when it is holding)
    QStringList concerns;               ///< phase keys a warning concerns (shown beside them, holding nothing)
    std::optional<ManualAnswer> answer; ///< manual rules: the person's answer, when given
    QString keptServerId; ///< FEATURE rules: the legacy server that must stay (PRODUCT.md: "the server is kept")

    /// Blockers hold; manual findings hold until answered "yes".
    bool isHolding() const
    {
        if (severity == Severity::Blocker)
            return true;
        if (severity == Severity::Manual)
            return !answer || !answer->yes;
        return false;
    }
};

/// The id of a finding: the rule ID and the subject's stable id.
inline QString findingId(const QString &rule, const QString &subjectId)
{
    return subjectId.isEmpty() ? rule : rule + QLatin1Char(':') + subjectId;
}

} // namespace etp
