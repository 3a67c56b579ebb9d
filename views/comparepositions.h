#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace mmvis {

class SimulationController;
class Selection;

// View > Compare Positions: what changed between two positions of the session (as the
// console's !diff), as a table that can be filtered; choosing a row selects its process
// and address, or its frame, in every view. Copy puts the !diff text on the clipboard.
class ComparePositions : public QDialog {
    Q_OBJECT
public:
    ComparePositions(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    void compare(size_t from, size_t to);
    int rowCount() const; // rows shown (after the filter)
    void setFilter(const QString& text);
    void chooseRow(int row); // as clicking it does

private:
    void refresh();
    QString asText() const;

    SimulationController& m_controller;
    Selection& m_selection;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QLabel* m_summary;
    QLineEdit* m_filter;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QString m_text;
};

} // namespace mmvis
