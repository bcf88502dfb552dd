#pragma once

#include "document/Document.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace gb {

/// The Properties dock's content: what the current curve is (dataset id, file, importer,
/// curve name, points, columns with units, the file's header) and its common analysis
/// settings — flip the sign, reject it — each change an undoable command.
class PropertiesView : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesView(Document *document, QWidget *parent = nullptr);

    QCheckBox *signFlipBox() const { return m_signFlip; }
    QCheckBox *rejectedBox() const { return m_rejected; }
    QTreeWidget *details() const { return m_details; }

private:
    void refresh();
    /// Adds the result-table rows of the dataset (of the indent file `indentFile` when given).
    void addResults(const QString &datasetId, const QString &indentFile);
    void signFlipToggled(bool on);
    void rejectedToggled(bool on);

    Document *m_document;
    QLabel *m_title;
    QCheckBox *m_signFlip;
    QCheckBox *m_rejected;
    QTreeWidget *m_details;
    bool m_refreshing = false;
};

} // namespace gb
