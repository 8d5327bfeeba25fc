#include "FindingsModel.h"

#include "PlanLabels.h"

namespace etp::ui {

namespace {
constexpr quintptr GroupNode = 0; ///< internalId of a rule row; a finding row stores its group + 1
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    m_groups.clear();
    m_position.clear(); // found when first asked for (indexOfFinding)
    QHash<QString, int> groupOfRule;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &finding = m_findings.at(i);
        auto it = groupOfRule.find(finding.rule);
        if (it == groupOfRule.end()) {
            it = groupOfRule.insert(finding.rule, int(m_groups.size()));
            m_groups.append(Group{finding.rule, finding.severity, {}});
        }
        m_groups[*it].findings.append(i);
    }
    endResetModel();
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupNode)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_findings.at(group.findings.at(index.row()));
}

QModelIndex FindingsModel::indexOfFinding(const QString &findingId) const
{
    if (m_position.isEmpty() && !m_findings.isEmpty()) {
        m_position.reserve(m_findings.size());
        for (int g = 0; g < m_groups.size(); ++g) {
            const QList<int> &rows = m_groups.at(g).findings;
            for (int row = 0; row < rows.size(); ++row)
                m_position.insert(m_findings.at(rows.at(row)).id, {g, row});
        }
    }
    const auto it = m_position.constFind(findingId);
    if (it == m_position.constEnd())
        return {};
    return createIndex(it->second, 0, quintptr(it->first + 1));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupNode);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupNode);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupNode)
        return 0;
    return int(m_groups.at(parent.row()).findings.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupNode)
        return groupData(m_groups.at(index.row()), index.column(), role);
    return findingData(*finding(index), index.column(), role);
}

QVariant FindingsModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == SubjectColumn)
            return tr("%1 (%n finding(s))", nullptr, int(group.findings.size())).arg(group.rule);
        if (column == SeverityColumn)
            return PlanLabels::severity(group.severity);
        if (column == MessageColumn && !group.findings.isEmpty()) {
            // The rule's message names its first subject; the count says how many more there are.
            return m_findings.at(group.findings.first()).message.section(QLatin1Char('\n'), 0, 0);
        }
        return {};
    case Qt::DecorationRole:
        return column == SubjectColumn ? QVariant(PlanLabels::severityIcon(group.severity)) : QVariant();
    case SeverityRole:
        return int(group.severity);
    case RuleRole:
        return group.rule;
    case SearchTextRole:
        return group.rule;
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(const Finding &finding, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SubjectColumn:
            return finding.subject.isEmpty() ? finding.rule : finding.subject;
        case SeverityColumn:
            return PlanLabels::severity(finding.severity);
        case MessageColumn:
            return finding.message.section(QLatin1Char('\n'), 0, 0);
        case AnswerColumn:
            if (finding.severity != Severity::Manual)
                return {};
            if (!finding.answer)
                return tr("Not answered");
            return finding.answer->yes ? tr("Yes (%1)").arg(finding.answer->by) : tr("No (%1)").arg(finding.answer->by);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == MessageColumn ? finding.message : QVariant();
    case FindingIdRole:
        return finding.id;
    case SeverityRole:
        return int(finding.severity);
    case RuleRole:
        return finding.rule;
    case SearchTextRole:
        return QStringList{finding.rule, finding.subject, finding.message, finding.remediation}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Rule and subject");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    case AnswerColumn:
        return tr("Answer");
    default:
        return {};
    }
}

FindingsFilter::FindingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void FindingsFilter::setSeverity(int severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool FindingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false; // a rule row stays when one of its findings does (recursive filtering)
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity >= 0 && index.data(FindingsModel::SeverityRole).toInt() != m_severity)
        return false;
    return m_text.isEmpty() ||
           index.data(FindingsModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace etp::ui
