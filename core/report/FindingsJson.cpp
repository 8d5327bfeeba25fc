#include "FindingsJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace etp {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const auto &s : list)
        array.append(s);
    return array;
}

int severityRank(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return 0;
    case Severity::Manual:
        return 1;
    case Severity::Warning:
        return 2;
    case Severity::Info:
        return 3;
    }
    return 4;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return QCoreApplication::translate("etp::report", "BLOCKER");
    case Severity::Manual:
        return QCoreApplication::translate("etp::report", "CONFIRM");
    case Severity::Warning:
        return QCoreApplication::translate("etp::report", "WARNING");
    case Severity::Info:
        return QCoreApplication::translate("etp::report", "INFO");
    }
    return {};
}

/// At most `shown` keys, then "and N more".
QString keyList(const QStringList &keys, const QHash<QString, QString> &labels, int shown = 6)
{
    QStringList named;
    for (const QString &key : keys.mid(0, shown))
        named.append(labels.value(key, key));
    if (keys.size() <= shown)
        return named.join(QLatin1String(", "));
    return QCoreApplication::translate("etp::report", "%1 and %n more", nullptr, int(keys.size()) - shown)
        .arg(named.join(QLatin1String(", ")));
}

} // namespace

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), f.id);
    o.insert(QLatin1String("rule"), f.rule);
    o.insert(QLatin1String("severity"), enumName(f.severity));
    o.insert(QLatin1String("subject"), f.subject);
    o.insert(QLatin1String("subject_id"), f.subjectId);
    o.insert(QLatin1String("subject_kind"), f.subjectKind);
    o.insert(QLatin1String("message"), f.message);
    o.insert(QLatin1String("remediation"), f.remediation);
    o.insert(QLatin1String("holds"), stringArray(f.holds));
    o.insert(QLatin1String("concerns"), stringArray(f.concerns));
    o.insert(QLatin1String("holding"), f.isHolding());
    if (!f.keptServerId.isEmpty())
        o.insert(QLatin1String("kept_server_id"), f.keptServerId);
    if (f.severity == Severity::Manual) {
        if (f.answer) {
            QJsonObject a;
            a.insert(QLatin1String("yes"), f.answer->yes);
            a.insert(QLatin1String("by"), f.answer->by);
            a.insert(QLatin1String("at"),
                     f.answer->at.isValid() ? f.answer->at.toUTC().toString(Qt::ISODate) : QString());
            a.insert(QLatin1String("note"), f.answer->note);
            o.insert(QLatin1String("answer"), a);
        } else {
            o.insert(QLatin1String("answer"), QJsonValue::Null);
        }
    }
    return o;
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const auto &f : findings)
        array.append(findingToJson(f));
    return array;
}

void writeFindingsJson(QTextStream &out, const QList<Finding> &findings)
{
    out << '[';
    for (qsizetype i = 0; i < findings.size(); ++i) {
        out << (i == 0 ? "\n" : ",\n");
        out << QString::fromUtf8(QJsonDocument(findingToJson(findings[i])).toJson(QJsonDocument::Compact));
    }
    out << (findings.isEmpty() ? "]" : "\n]");
}

QList<Finding> findingsForReading(const QList<Finding> &findings)
{
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        const bool ha = a.isHolding() && !a.holds.isEmpty();
        const bool hb = b.isHolding() && !b.holds.isEmpty();
        if (ha != hb)
            return ha;
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return sorted;
}

QString findingsToText(const QList<Finding> &findings, const QHash<QString, QString> &phaseLabels)
{
    const QList<Finding> sorted = findingsForReading(findings);
    const auto holding = std::count_if(sorted.begin(), sorted.end(),
                                       [](const Finding &f) { return f.isHolding() && !f.holds.isEmpty(); });
    QString out;
    out +=
        QCoreApplication::translate("etp::report", "Findings: %1 (%2 holding a phase)").arg(sorted.size()).arg(holding);
    out += QLatin1Char('\n');
    for (const auto &f : sorted) {
        out += QLatin1Char('\n');
        out += QStringLiteral("[%1] %2  %3\n").arg(severityLabel(f.severity), f.id, f.subject);
        out += QStringLiteral("  ") + f.message + QLatin1Char('\n');
        out += QStringLiteral("  ") + QCoreApplication::translate("etp::report", "Remediation: %1").arg(f.remediation) +
               QLatin1Char('\n');
        if (f.severity == Severity::Manual) {
            if (f.answer) {
                const QString answer = f.answer->yes ? QCoreApplication::translate("etp::report", "yes")
                                                     : QCoreApplication::translate("etp::report", "no");
                const QString at = f.answer->at.toUTC().toString(Qt::ISODate);
                QString line = f.answer->by.isEmpty()
                                   ? QCoreApplication::translate("etp::report", "Answered %1 on %2").arg(answer, at)
                                   : QCoreApplication::translate("etp::report", "Answered %1 by %2 on %3")
                                         .arg(answer, f.answer->by, at);
                if (!f.answer->note.isEmpty())
                    line += QStringLiteral(": ") + f.answer->note;
                out += QStringLiteral("  ") + line + QLatin1Char('\n');
            } else {
                out += QStringLiteral("  ") + QCoreApplication::translate("etp::report", "Not answered yet.") +
                       QLatin1Char('\n');
            }
        }
        if (!f.holds.isEmpty())
            out += QStringLiteral("  ") +
                   QCoreApplication::translate("etp::report", "Holds: %1").arg(keyList(f.holds, phaseLabels)) +
                   QLatin1Char('\n');
        if (!f.concerns.isEmpty())
            out += QStringLiteral("  ") +
                   QCoreApplication::translate("etp::report", "Concerns: %1").arg(keyList(f.concerns, phaseLabels)) +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace etp
