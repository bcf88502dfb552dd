#include "docks/IssuesView.h"

#include "models/IssuesModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace gb {

IssuesView::IssuesView(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new IssuesModel(document, this)),
      m_table(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(IssuesModel::SeverityColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IssuesModel::MessageColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(IssuesModel::FileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IssuesModel::LineColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { activateIssue(index.row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { activateIssue(index.row()); });
    connect(document, &Document::issuesChanged, this, [this] {
        int errors = 0;
        int warnings = 0;
        for (const Issue &issue : m_document->issues()) {
            errors += issue.diagnostic.severity == Severity::Error;
            warnings += issue.diagnostic.severity == Severity::Warning;
        }
        Q_EMIT countChanged(errors, warnings);
    });
}

void IssuesView::activateIssue(int row)
{
    if (row < 0 || row >= int(m_document->issues().size()))
        return;
    const QString rowId = m_document->issues()[std::size_t(row)].rowId;
    const QList<CurveRef> curves = m_document->curvesOf(rowId);
    if (m_document->rowIndex(rowId) < 0)
        return;
    m_document->setSelection(curves);
    m_document->setCurrentCurve(curves.isEmpty() ? CurveRef{rowId, 0} : curves.front());
}

} // namespace gb
