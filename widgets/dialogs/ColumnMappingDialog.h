#pragma once

#include "data/Dataset.h"
#include "io/Importer.h"

#include <QDialog>

class QTableWidget;

namespace gb {

/// Asks once which role each column of a generic text file plays (temperature, heat flow,
/// time, stress, load, depth, ...) when the importer could not tell. The answer becomes importer
/// options ("column.<n>.quantity" = quantity id, n 1-based) that the project stores with the
/// raw file, so the file is read the same way every time after.
class ColumnMappingDialog : public QDialog {
    Q_OBJECT
public:
    ColumnMappingDialog(const QString &fileName, const Dataset &dataset, QWidget *parent = nullptr);

    /// The importer options of the chosen mapping.
    ImportOptions options() const;
    /// Chooses a role for a column (0-based), as a person would in the table.
    void setQuantity(int column, Quantity quantity);

    /// The option key of a column's role (n is 1-based).
    static QString optionKey(int columnIndex);
    /// True when a generic-text import left the roles open: no column pair to plot, or every
    /// column without a role, or the importer said the roles were ambiguous.
    static bool needsMapping(const QString &formatId, const std::vector<DatasetPtr> &datasets,
                             const std::vector<Diagnostic> &diagnostics);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace gb
