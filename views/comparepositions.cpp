#include "comparepositions.h"

#include "messages.h"

#include "diagramexporter.h"
#include "positionsdiagram.h"
#include "selection.h"
#include "simulationcontroller.h"

#include "dbg/session.h"
#include "ps/processmanager.h"
#include "sim/simulator.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mmvis {

namespace {

enum Role { KindRole = Qt::UserRole + 1, CidRole, WhereRole };

QString kindName(mm::dbg::PositionChange::Kind kind)
{
    using Kind = mm::dbg::PositionChange::Kind;
    switch (kind) {
    case Kind::Process:
        return ComparePositions::tr("Process");
    case Kind::Pde:
        return ComparePositions::tr("PDE");
    case Kind::Pte:
        return ComparePositions::tr("PTE");
    case Kind::Frame:
        return ComparePositions::tr("Frame");
    }
    return {};
}

} // namespace

ComparePositions::ComparePositions(SimulationController& controller, Selection& selection, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_selection(selection)
    , m_from(new QSpinBox(this))
    , m_to(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_diagram(new PositionsDiagram)
{
    setWindowTitle(tr("Compare Positions"));
    auto* positions = new QHBoxLayout;
    positions->addWidget(new QLabel(tr("From position"), this));
    positions->addWidget(m_from);
    positions->addWidget(new QLabel(tr("to"), this));
    positions->addWidget(m_to);
    auto* compareButton = new QPushButton(tr("&Compare"), this);
    positions->addWidget(compareButton);
    positions->addStretch();
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter: a process, an address, a list name..."));
    m_filter->setClearButtonEnabled(true);

    m_model->setHorizontalHeaderLabels({tr("What"), tr("Process"), tr("Where"), tr("Before"), tr("After")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_table->setFont(mono);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy as Text"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("Export Diagram..."), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        DiagramExporter::writeWithDialog(
            this, *m_diagram, m_exportOptions ? m_exportOptions() : DiagramExporter::Options {});
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(asText()); });
    connect(compareButton, &QPushButton::clicked, this,
        [this] { compare(size_t(m_from->value()), size_t(m_to->value())); });
    connect(m_filter, &QLineEdit::textChanged, this, &ComparePositions::setFilter);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                chooseRow(current.row());
        });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(positions);
    layout->addWidget(m_summary);
    auto* tabs = new QTabWidget(this);
    auto* tablePage = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_table, 1);
    tabs->addTab(tablePage, tr("&Table"));
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_diagram);
    tabs->addTab(scroll, tr("&Diagram"));
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(&m_controller, &SimulationController::commandFinished, this, &ComparePositions::refresh);
    connect(&m_controller, &SimulationController::machineReset, this, &ComparePositions::refresh);
    refresh();
    m_from->setValue(int(m_controller.position() > 0 ? m_controller.position() - 1 : 0));
    m_to->setValue(int(m_controller.position()));
}

void ComparePositions::refresh()
{
    const int end = int(std::min<size_t>(m_controller.end(), size_t(INT32_MAX)));
    m_from->setRange(0, end);
    m_to->setRange(0, end);
}

void ComparePositions::compare(size_t from, size_t to)
{
    m_from->setValue(int(from));
    m_to->setValue(int(to));
    const mm::dbg::PositionComparison c = m_controller.compare(from, to);
    m_summary->setText(tr("Page lists: %1\nRunning: %2").arg(translated(c.listsText), translated(c.runningText)));
    m_model->removeRows(0, m_model->rowCount());
    m_text = tr("From position %1 to %2:\n").arg(c.from).arg(c.to) + m_summary->text() + QLatin1Char('\n');
    using Kind = mm::dbg::PositionChange::Kind;
    for (const auto* changes : {&c.processes, &c.entries, &c.frames}) {
        for (const mm::dbg::PositionChange& change : *changes) {
            QString where;
            switch (change.kind) {
            case Kind::Process:
                break;
            case Kind::Pde:
                where = QStringLiteral("PDE %1").arg(change.where, 3, 16, QLatin1Char('0'));
                break;
            case Kind::Pte:
                where = QStringLiteral("VA %1").arg(change.where, 8, 16, QLatin1Char('0'));
                break;
            case Kind::Frame:
                where = QStringLiteral("PFN %1").arg(change.where, 0, 16);
                break;
            }
            QList<QStandardItem*> row {new QStandardItem(kindName(change.kind)),
                new QStandardItem(QString::fromStdString(change.process)), new QStandardItem(where),
                new QStandardItem(translated(change.beforeText)), new QStandardItem(translated(change.afterText))};
            row[0]->setData(int(change.kind), KindRole);
            row[0]->setData(change.cid, CidRole);
            row[0]->setData(change.where, WhereRole);
            m_model->appendRow(row);
            m_text += QStringLiteral("  ") + QString::fromStdString(change.line) + QLatin1Char('\n');
        }
    }
    m_table->resizeColumnsToContents();
    m_diagram->setComparison(c, tr("%1 MB RAM").arg(m_controller.ramBytes() >> 20));
}

int ComparePositions::rowCount() const
{
    return m_proxy->rowCount();
}

void ComparePositions::setFilter(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

void ComparePositions::chooseRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    using Kind = mm::dbg::PositionChange::Kind;
    const auto kind = Kind(index.data(KindRole).toInt());
    const auto cid = quint16(index.data(CidRole).toUInt());
    const quint32 where = index.data(WhereRole).toUInt();
    // A process that has ended by now is not there to select.
    if (kind != Kind::Frame && !m_controller.simulator().processes().findByCid(cid))
        return;
    switch (kind) {
    case Kind::Process:
        m_selection.setCid(cid);
        break;
    case Kind::Pde:
        m_selection.setCid(cid);
        m_selection.setVa(where << 22);
        break;
    case Kind::Pte:
        m_selection.setCid(cid);
        m_selection.setVa(where);
        break;
    case Kind::Frame:
        m_selection.setPfn(where);
        break;
    }
}

QString ComparePositions::asText() const
{
    return m_text;
}

} // namespace mmvis
