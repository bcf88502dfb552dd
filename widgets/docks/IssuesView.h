#pragma once

#include "document/Document.h"

#include <QWidget>

class QTableView;
class QLabel;

namespace gb {

class IssuesModel;

/// The Issues dock's content: every warning and error with its file and line. Clicking an
/// issue that belongs to a dataset selects that dataset.
class IssuesView : public QWidget {
    Q_OBJECT
public:
    explicit IssuesView(Document *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    IssuesModel *model() const { return m_model; }
    /// What clicking the issue in `row` does: select its dataset (if it has one).
    void activateIssue(int row);

Q_SIGNALS:
    /// The number of issues changed (for the dock's title).
    void countChanged(int errors, int warnings);

private:
    Document *m_document;
    IssuesModel *m_model;
    QTableView *m_table;
};

} // namespace gb
