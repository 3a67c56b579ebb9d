#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace mmvis {

class EventModel;
class Selection;
class SimulationController;

// The event log as a filterable table. Selecting an event selects its process, address
// and frame in every view, and the Explain pane beside it says what the event's routine
// does (the glossary, as `help <routine>` prints it).
class EventLogView : public QWidget {
    Q_OBJECT
public:
    EventLogView(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    EventModel* model() const { return m_model; }
    QSortFilterProxyModel* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    // Shows only the events whose text contains `text` (case-insensitive); empty: all.
    void setFilterText(const QString& text);
    int shownRows() const;
    QString explanation() const; // the Explain pane's text

protected:
    void showEvent(QShowEvent* event) override;

private slots:
    void applyFilter();

private:
    void explain(const QString& routine);

private:
    Selection& m_selection;
    EventModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_explain = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTimer* m_filterDelay = nullptr; // applies the filter once typing pauses
    bool m_follow = true; // keep the newest event in view; off while the user reads older ones
};

} // namespace mmvis
