#pragma once

#include "data/Dataset.h"
#include "io/Importer.h"

#include <QStringList>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace gb {

/// One `[step]` block of a TA TRIOS text export, as found in the file (before any number is
/// parsed). Both TRIOS layouts, the classic "Export to text" and the "LIMS export", fill it.
struct TriosStep {
    QString title;        ///< step title / "Step name"; empty when the file gives none
    qint64 line = 0;      ///< 1-based line of the `[step]` header
    QStringList names;    ///< column names, in file order
    QStringList units;    ///< units row, same positions as `names`; "" for dimensionless columns
    qint64 namesLine = 0; ///< 1-based line of the names row; 0 when the step has none
    /// Data rows: 1-based line and the tab-separated cells (the LIMS "Data point" cell removed).
    std::vector<std::pair<qint64, std::string_view>> rows;
    /// Step-level key/value lines ("Step name", "Number of points", ...), verbatim.
    QList<QPair<QString, QString>> header;
    std::optional<qint64> declaredPoints; ///< LIMS "Number of points"
    qint64 declaredPointsLine = 0;
};

/// A TRIOS file split into its file header and its steps. `rows` view into the decoded text,
/// which must outlive it.
struct TriosFile {
    DatasetMetadata metadata; ///< file-level key/value lines; keys in a [Section] are "Section/Key"
    std::vector<TriosStep> steps;
    bool endsInsideLine = false; ///< the text ends without a line end after its last row
    bool looksLikeLims = false;  ///< a classic parser met a LIMS "Step name" line
};

/// Role of each TRIOS column by its exact name (case-insensitive): "Step time" (else "Time")
/// → time, "Temperature" → temperature, "Stress" → stress, "Strain" → strain, "Modulus" (else
/// "Relaxation modulus") → modulus, "Heat Flow (Normalized)" → specific heat flow, "Heat Flow"
/// → heat flow, "Frequency" (else "Angular frequency") → frequency. Every other column (run
/// time, "Stress (step)", torque, ...) is Quantity::Other, so each role names one column.
std::vector<Quantity> triosColumnRoles(const QStringList &names);

/// Turns the steps into one Dataset per step with data (segment = 1-based step number,
/// curveName = step title, formatId = `formatId`). The decimal mark comes from the option
/// "decimal" ("." or ",") or from unambiguous evidence in the cells; mixed evidence is an Error.
/// Text columns (dates, status codes, "FRT") are left out with a note; gap cells, short and long
/// rows, steps without data and a "Number of points" that disagrees with the rows read are
/// reported in `diagnostics` (repeated findings merged, with counts), as is a last row the file
/// ends inside of with an empty last cell (cut off after a tab). Errors when no step has data.
Result<std::vector<DatasetPtr>> buildTriosDatasets(const TriosFile &file, const QString &fileName,
                                                   const QString &formatId, const ImportOptions &options,
                                                   std::vector<Diagnostic> &diagnostics);

/// Appends a file-level `key<TAB>value` line to `metadata.header` (key prefixed with the
/// section, "Section/Key"; a line starting with a tab continues the previous key).
void addTriosHeaderLine(std::string_view line, const QString &section, DatasetMetadata &metadata);

/// Splits a tab-separated line into trimmed cells, dropping trailing empty cells.
QStringList triosCells(std::string_view line);

} // namespace gb
