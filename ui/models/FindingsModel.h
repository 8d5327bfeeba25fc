#pragma once

#include "rules/Finding.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace etp::ui {

/// The findings of a plan as a tree: one row per rule (with how many subjects it concerns), and under it one row per
/// finding, named by its subject. Read-only; the findings panel answers manual ones through the session.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { SubjectColumn = 0, SeverityColumn, MessageColumn, AnswerColumn, ColumnCount };
    enum Role { FindingIdRole = Qt::UserRole + 1, SeverityRole, RuleRole, SearchTextRole };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Shows these findings (a copy), grouped by rule in the order the rules first appear.
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    /// The finding a row shows; nullptr for a rule row.
    const Finding *finding(const QModelIndex &index) const;
    /// The row of the finding with this id; invalid when there is none.
    QModelIndex indexOfFinding(const QString &findingId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString rule;
        Severity severity = Severity::Info;
        QList<int> findings; ///< indexes in m_findings
    };
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant findingData(const Finding &finding, int column, int role) const;

    QList<Finding> m_findings;
    QList<Group> m_groups;
    mutable QHash<QString, std::pair<int, int>> m_position; ///< finding id -> (group, row), built on first use
};

/// Filters the findings tree by severity and by a text found in the rule, subject, message or remediation. A rule
/// row stays while one of its findings does.
class FindingsFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FindingsFilter(QObject *parent = nullptr);

    /// -1 for every severity, else a Severity value.
    void setSeverity(int severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_severity = -1;
    QString m_text;
};

} // namespace etp::ui
