#include "commanddialogs.h"

#include "sim/simulator.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace mmvis::CommandDialogs {

namespace {
QLineEdit* hexEdit(QWidget* parent, const QString& text)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f`]{1,9}")), edit));
    return edit;
}

bool run(QDialog& dialog, QFormLayout* form)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    return dialog.exec() == QDialog::Accepted;
}
} // namespace

std::optional<QString> spawn(QWidget* parent, const mm::sim::Simulator& sim, quint16 selectedCid)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Spawn Process"));
    auto* form = new QFormLayout(&dialog);
    auto* image = new QLineEdit(QStringLiteral("notepad.exe"), &dialog);
    image->setMaxLength(15);
    image->setToolTip(QObject::tr("The image name, at most 15 characters (EPROCESS.ImageFileName)"));
    auto* parentBox = new QComboBox(&dialog);
    for (const auto& p : sim.processes().processes()) {
        parentBox->addItem(QStringLiteral("%1 (Cid %2)")
                               .arg(QString::fromStdString(p->imageName))
                               .arg(p->cid, 4, 16, QLatin1Char('0')),
            p->cid);
        if (p->cid == selectedCid)
            parentBox->setCurrentIndex(parentBox->count() - 1);
    }
    form->addRow(QObject::tr("Image:"), image);
    form->addRow(QObject::tr("Parent:"), parentBox);
    form->addRow(new QLabel(QObject::tr("The parent creates the address space in its own context "
                                        "(MmCreateProcessAddressSpace, through its hyperspace)."),
        &dialog));
    if (!run(dialog, form) || image->text().trimmed().isEmpty())
        return std::nullopt;
    return QStringLiteral("spawn %1 parent %2")
        .arg(image->text().trimmed())
        .arg(parentBox->currentData().toUInt(), 0, 16);
}

std::optional<QString> allocate(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Allocate Virtual Memory"));
    auto* form = new QFormLayout(&dialog);
    auto* base = hexEdit(&dialog, QStringLiteral("0"));
    base->setToolTip(QObject::tr("0: let NtAllocateVirtualMemory choose; reservations are 64 KB aligned"));
    auto* size = new QLineEdit(QStringLiteral("64K"), &dialog);
    size->setToolTip(QObject::tr("Hex bytes, or decimal with K, M or G"));
    auto* type = new QComboBox(&dialog);
    // Shown in the interface's language; the command gets NT's MEM_* word (item data).
    type->addItem(QObject::tr("Reserve and commit (MEM_RESERVE|MEM_COMMIT)"), QStringLiteral("reserve,commit"));
    type->addItem(QObject::tr("Reserve (MEM_RESERVE)"), QStringLiteral("reserve"));
    type->addItem(QObject::tr("Commit (MEM_COMMIT)"), QStringLiteral("commit"));
    auto* protection = new QComboBox(&dialog);
    protection->addItems({QStringLiteral("PAGE_READWRITE"), QStringLiteral("PAGE_READONLY"),
        QStringLiteral("PAGE_EXECUTE_READ"), QStringLiteral("PAGE_EXECUTE_READWRITE"), QStringLiteral("PAGE_WRITECOPY"),
        QStringLiteral("PAGE_NOACCESS"), QStringLiteral("PAGE_GUARD|PAGE_READWRITE")});
    form->addRow(QObject::tr("Base address:"), base);
    form->addRow(QObject::tr("Size:"), size);
    form->addRow(QObject::tr("Type:"), type);
    form->addRow(QObject::tr("Protection:"), protection);
    if (!run(dialog, form))
        return std::nullopt;
    return QStringLiteral("alloc %1 %2 %3 %4")
        .arg(base->text(), size->text().trimmed(), type->currentData().toString(), protection->currentText());
}

std::optional<QString> access(QWidget* parent, std::optional<quint32> va)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Access Memory"));
    auto* form = new QFormLayout(&dialog);
    auto* address = hexEdit(&dialog, QStringLiteral("%1").arg(va.value_or(0x10000), 8, 16, QLatin1Char('0')));
    auto* kind = new QComboBox(&dialog);
    kind->addItems({QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("exec"), QStringLiteral("kread"),
        QStringLiteral("kwrite")});
    auto* value = hexEdit(&dialog, QStringLiteral("12345678"));
    form->addRow(QObject::tr("Address:"), address);
    form->addRow(QObject::tr("Access:"), kind);
    form->addRow(QObject::tr("Value (writes):"), value);
    form->addRow(new QLabel(QObject::tr("A thread of the current process makes the access; a fault goes through "
                                        "MmAccessFault."),
        &dialog));
    if (!run(dialog, form))
        return std::nullopt;
    const bool write = kind->currentText().endsWith(QStringLiteral("write"));
    return write ? QStringLiteral("%1 %2 %3").arg(kind->currentText(), address->text(), value->text())
                 : QStringLiteral("%1 %2").arg(kind->currentText(), address->text());
}

} // namespace mmvis::CommandDialogs
