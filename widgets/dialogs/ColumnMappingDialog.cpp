#include "dialogs/ColumnMappingDialog.h"

#include "common/QuantityNames.h"
#include "data/DatasetAxes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gb {

namespace {
const std::vector<Quantity> &choices()
{
    static const std::vector<Quantity> list = {Quantity::Other,
                                               Quantity::Index,
                                               Quantity::Time,
                                               Quantity::Temperature,
                                               Quantity::ProgramTemperature,
                                               Quantity::HeatFlow,
                                               Quantity::SpecificHeatFlow,
                                               Quantity::Stress,
                                               Quantity::Strain,
                                               Quantity::Modulus,
                                               Quantity::Load,
                                               Quantity::Depth,
                                               Quantity::Mass,
                                               Quantity::Frequency,
                                               Quantity::Voltage};
    return list;
}

QString sampleValues(const Column &column)
{
    QStringList values;
    for (std::size_t i = 0; i < column.values.size() && i < 3; ++i)
        values << QString::number(column.values[i], 'g', 6);
    return values.join(QStringLiteral(", "));
}
} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &fileName, const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Column Roles"));
    resize(640, 360);
    auto *intro =
        new QLabel(tr("Glassbench could not tell what the columns of “%1” hold. Choose a role for each "
                      "column; the project remembers the answer for this file.")
                       .arg(QFileInfo(fileName).fileName()),
                   this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(int(dataset.columns.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Unit"), tr("First values"), tr("Role")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < int(dataset.columns.size()); ++i) {
        const Column &column = dataset.columns[std::size_t(i)];
        m_table->setItem(i, 0, new QTableWidgetItem(column.name));
        m_table->setItem(i, 1, new QTableWidgetItem(column.originalUnit));
        m_table->setItem(i, 2, new QTableWidgetItem(sampleValues(column)));
        for (int c = 0; c < 3; ++c)
            m_table->item(i, c)->setFlags(Qt::ItemIsEnabled);
        auto *combo = new QComboBox(m_table);
        for (Quantity q : choices())
            combo->addItem(QuantityNames::name(q), quantityId(q));
        combo->setCurrentIndex(std::max(0, combo->findData(quantityId(column.quantity))));
        m_table->setCellWidget(i, 3, combo);
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these roles"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep as read"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ColumnMappingDialog::optionKey(int columnIndex)
{
    return QStringLiteral("column.%1.quantity").arg(columnIndex + 1);
}

void ColumnMappingDialog::setQuantity(int column, Quantity quantity)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 3)))
        combo->setCurrentIndex(combo->findData(quantityId(quantity)));
}

ImportOptions ColumnMappingDialog::options() const
{
    ImportOptions options;
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (const auto *combo = qobject_cast<const QComboBox *>(m_table->cellWidget(i, 3)))
            options.insert(optionKey(i), combo->currentData().toString());
    return options;
}

bool ColumnMappingDialog::needsMapping(const QString &formatId, const std::vector<DatasetPtr> &datasets,
                                       const std::vector<Diagnostic> &diagnostics)
{
    if (!formatId.startsWith(QLatin1String("generic")) || datasets.empty())
        return false;
    for (const Diagnostic &d : diagnostics)
        if (d.code.contains(QLatin1String("ambiguous")))
            return true;
    const Dataset &first = *datasets.front();
    const DatasetAxes axes = defaultAxes(first);
    if (!axes.x || !axes.y)
        return true;
    return std::all_of(first.columns.begin(), first.columns.end(), [](const Column &c) {
        return c.quantity == Quantity::Other || c.quantity == Quantity::Index;
    });
}

} // namespace gb
