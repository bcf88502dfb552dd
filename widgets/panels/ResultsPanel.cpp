#include "panels/ResultsPanel.h"

#include "models/ResultTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gb {

ResultsPanel::ResultsPanel(Document *document, QWidget *parent)
    : AnalysisPanel(document, parent), m_tables(new QComboBox(this)), m_status(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new ResultTableModel(this))
{
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Table:"), this));
    top->addWidget(m_tables, 1);
    top->addWidget(m_status, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_tables, &QComboBox::currentIndexChanged, this, &ResultsPanel::showTable);
    connect(document, &Document::resultsChanged, this, &ResultsPanel::documentChanged);
    documentChanged();
}

QString ResultsPanel::title() const
{
    return tr("Results");
}

void ResultsPanel::documentChanged()
{
    const QString current = m_tables->currentText();
    const QSignalBlocker block(m_tables);
    m_tables->clear();
    for (const auto &table : document()->results().tables)
        m_tables->addItem(table.fileName);
    const int keep = m_tables->findText(current);
    m_tables->setCurrentIndex(keep >= 0 ? keep : 0);
    m_status->setText(document()->results().tables.empty()
                          ? tr("No result tables yet: the analyses of this campaign give none.")
                          : QString());
    showTable(m_tables->currentIndex());
}

void ResultsPanel::showTable(int index)
{
    const auto &tables = document()->results().tables;
    if (index < 0 || index >= int(tables.size()))
        m_model->setTable(std::nullopt);
    else
        m_model->setTable(tables[std::size_t(index)].table);
    m_view->resizeColumnsToContents();
}

} // namespace gb
