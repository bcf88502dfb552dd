#pragma once

#include "table/SpreadsheetEdits.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace gb {

/// "Extract from names": a pattern with named groups, such as
/// Ta(?<T_a_K>\d+)_ta(?<t_a_s>[\d.]+)s, applied to the file or curve names of the chosen rows,
/// with a live preview of what each row would get. Accepting applies it as one command.
class ExtractFromNamesDialog : public QDialog {
    Q_OBJECT
public:
    ExtractFromNamesDialog(Document *document, const QList<int> &rows, QWidget *parent = nullptr);

    void setPattern(const QString &pattern);
    void setSource(NameSource source);
    /// The edits the current pattern gives (empty when it is not valid).
    QList<CellEdit> edits() const;

    void accept() override;

    static QString examplePattern();

private:
    void updatePreview();

    Document *m_document;
    QList<int> m_rows;
    QLineEdit *m_pattern = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_preview = nullptr;
};

} // namespace gb
