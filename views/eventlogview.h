#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QTextBrowser;
class QTimer;

namespace mm::sim {
struct GlossaryEntry;
}

namespace mmvis {

class EventModel;
class Selection;
class SimulationController;

// The event log as a filterable tree: each command that changed the machine, with the
// events it caused under it (the newest command open). Each event says what it changed
// and why. Selecting an event selects its process, address and frame in every view, and
// the Explain pane beside it says what happened and what the event's routine does (the
// glossary, as `help <routine>` prints it); selecting a command shows its help.
class EventLogView : public QWidget {
    Q_OBJECT
public:
    EventLogView(SimulationController& controller, Selection& selection, QWidget* parent = nullptr);

    EventModel* model() const { return m_model; }
    QSortFilterProxyModel* filter() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    // Shows only the events whose text contains `text` (case-insensitive); empty: all.
    void setFilterText(const QString& text);
    // The events shown (not counting the commands' rows).
    int shownRows() const;
    // Opens the command holding log[event] and scrolls to the event.
    void revealEvent(size_t event);
    QString explanation() const; // the Explain pane's text
    // The table's and the Explain pane's text grows with View > Zoom (and presentation
    // mode), its columns with it.
    void setTextScale(qreal scale);
    qreal textScale() const { return m_scale; }
    // Shows a routine's glossary entry in the Explain pane (a routine chosen elsewhere).
    void explainRoutine(const QString& name);

protected:
    void showEvent(QShowEvent* event) override;

private slots:
    void applyFilter();

private:
    void explainEvent(size_t event, const QModelIndex& source);
    void explainCommand(const QString& command);
    QString glossaryHtml(const mm::sim::GlossaryEntry& entry) const;
    void openNewest();

private:
    SimulationController& m_controller;
    Selection& m_selection;
    EventModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTreeView* m_tree = nullptr;
    QTextBrowser* m_explain = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTimer* m_filterDelay = nullptr; // applies the filter once typing pauses
    bool m_follow = true;
    qreal m_scale = 1.0; // keep the newest event in view; off while the user reads older ones
};

} // namespace mmvis
