#pragma once

#include "data/Quantity.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace gb {

/// One named, unit-tagged column of a curve. Values are in the internal unit of the column's
/// dimension (K, s, mW, mW/mg, MPa, µN, nm, mg, fraction); `originalUnit` is what the file said.
/// Missing cells (gap markers such as "---" or "-1.#IND") are NaN.
struct Column {
    QString name;
    Quantity quantity = Quantity::Other;
    QString unit;
    QString originalUnit;
    std::vector<double> values;
};

/// Which direction an endothermic event points in the file's heat-flow signal.
enum class HeatFlowSign { Unknown, EndothermicUp, EndothermicDown };

QString heatFlowSignId(HeatFlowSign sign);

/// What the file's header says about the measurement.
struct DatasetMetadata {
    QString sampleName;
    std::optional<double> massMg; ///< sample mass in mg
    QString instrument;
    HeatFlowSign heatFlowSign = HeatFlowSign::Unknown;
    /// Every header key/value pair in file order, verbatim (after transcoding to Unicode).
    QList<QPair<QString, QString>> header;

    QString headerValue(const QString &key) const;
};

/// One curve read from a file: a DSC scan, a stress-relaxation curve, one indent.
/// Shared as `std::shared_ptr<const Dataset>` once built; never modified afterwards.
struct Dataset {
    QString sourceFile; ///< path the curve was read from
    QString formatId;   ///< importer that read it, e.g. "mettler-stare"
    QString curveName;  ///< curve name in the file (a STARe "Curve Name", a sheet name, ...)
    int segment = 1;    ///< 1-based position of the curve in its file
    std::vector<Column> columns;
    DatasetMetadata metadata;

    qsizetype rowCount() const;
    /// The same curve without its columns: names and metadata only (what is kept of a curve once
    /// it has been analysed and its values are no longer needed).
    Dataset withoutColumns() const;
    /// First column with this role, or nullptr.
    const Column *column(Quantity quantity) const;
    const Column *columnNamed(const QString &name) const;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

} // namespace gb
