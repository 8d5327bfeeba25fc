#pragma once

#include <QStyledItemDelegate>

namespace etp::ui {

/// Paints a cell as a progress bar: the fraction from `ratioRole` (0..1), the cell's text on the bar.
class ProgressBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    ProgressBarDelegate(int ratioRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_ratioRole;
};

} // namespace etp::ui
