#pragma once

#include "diagramexporter.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace mmvis {

class SimulationController;
class Selection;
class PositionsDiagram;

// View > Compare Positions: what changed between two positions of the session (as the
// console's !diff), as a table that can be filtered (choosing a row selects its process
// and address, or its frame, in every view) and as a diagram that can be exported. Copy
// puts the !diff text on the clipboard.
class ComparePositions : public QDialog {
    Q_OBJECT
public:
    ComparePositions(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    void compare(size_t from, size_t to);
    int rowCount() const; // rows shown (after the filter)
    void setFilter(const QString& text);
    void chooseRow(int row); // as clicking it does
    PositionsDiagram& diagram() { return *m_diagram; }
    // How Export Diagram writes (the window's export settings: scale, print colours, size).
    void setExportOptions(std::function<DiagramExporter::Options()> options) { m_exportOptions = std::move(options); }

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
    PositionsDiagram* m_diagram;
    QString m_text;
    std::function<DiagramExporter::Options()> m_exportOptions;
};

} // namespace mmvis
