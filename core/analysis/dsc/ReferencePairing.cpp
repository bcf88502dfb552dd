#include "analysis/dsc/ReferencePairing.h"

#include <QCoreApplication>
#include <QDir>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReferencePairing", text);
}

bool isRelaxed(ThermalPath path)
{
    return path == ThermalPath::Isothermal || path == ThermalPath::Isochronal;
}

bool sameFile(const PairingRow &row, const QString &file, const QString &resolved)
{
    return row.file == file || (!row.resolvedPath.isEmpty() && QDir::cleanPath(row.resolvedPath) == resolved);
}

bool segmentMatches(const PairingRow &row, const QString &segment)
{
    if (row.segment == segment || (!row.curveName.isEmpty() && row.curveName.trimmed() == segment))
        return true;
    bool isIndex = false;
    const int index = segment.toInt(&isIndex);
    if (!isIndex)
        return false;
    return row.datasetSegment > 0 ? row.datasetSegment == index : (index == 1 && row.segment.isEmpty());
}

bool isFirstCurve(const PairingRow &row)
{
    return row.segment.isEmpty() || row.segment == QLatin1String("1") || row.datasetSegment == 1;
}

/// The row a `reference` cell names, or why there is none.
ReferenceChoice resolveCell(const std::vector<PairingRow> &rows, std::size_t self,
                            const QString &manifestFolder)
{
    ReferenceChoice choice;
    choice.fromReferenceCell = true;
    const QString cell = rows[self].reference.trimmed();
    QString file = cell, segment;
    const qsizetype hash = cell.lastIndexOf(u'#');
    bool wholeIsFile = false;
    for (const PairingRow &row : rows)
        wholeIsFile = wholeIsFile || row.file == cell;
    if (hash > 0 && !wholeIsFile) {
        file = cell.left(hash).trimmed();
        segment = cell.mid(hash + 1).trimmed();
    }
    const QString resolved = QDir::cleanPath(QDir(manifestFolder).absoluteFilePath(file));
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (i != self && sameFile(rows[i], file, resolved) &&
            (segment.isEmpty() || segmentMatches(rows[i], segment)))
            candidates.push_back(i);
    if (candidates.empty()) {
        choice.message = tr("the reference \"%1\" is not another DSC row of the manifest").arg(cell);
        return choice;
    }
    choice.index = candidates.front();
    if (segment.isEmpty())
        for (std::size_t i : candidates)
            if (isFirstCurve(rows[i])) {
                choice.index = i;
                break;
            }
    return choice;
}
} // namespace

bool sameHeatingRate(std::optional<double> a, std::optional<double> b, double rateTolerance)
{
    return a && b && *a > 0 && *b > 0 && std::abs(*a - *b) <= rateTolerance * std::max(*a, *b);
}

std::vector<ReferenceChoice> pairReferences(const std::vector<PairingRow> &rows, double rateTolerance,
                                            const QString &manifestFolder)
{
    std::vector<ReferenceChoice> choices(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PairingRow &row = rows[i];
        if (!isRelaxed(row.path))
            continue;
        if (!row.reference.trimmed().isEmpty()) {
            choices[i] = resolveCell(rows, i, manifestFolder);
            continue;
        }
        std::optional<std::size_t> first, sameFileMatch;
        for (std::size_t j = 0; j < rows.size(); ++j) {
            const PairingRow &other = rows[j];
            if (other.path != ThermalPath::Reference || other.sample != row.sample ||
                !sameHeatingRate(other.heatingRateKPerS, row.heatingRateKPerS, rateTolerance))
                continue;
            if (!first)
                first = j;
            if (!sameFileMatch && sameFile(other, row.file, QDir::cleanPath(row.resolvedPath)))
                sameFileMatch = j;
        }
        ReferenceChoice &choice = choices[i];
        choice.index = sameFileMatch ? sameFileMatch : first;
        if (!choice.index)
            choice.message = row.heatingRateKPerS
                                 ? tr("no reference row of sample \"%1\" at %2 K/s")
                                       .arg(row.sample)
                                       .arg(*row.heatingRateKPerS)
                                 : tr("the heating rate is unknown, so no reference row can be matched");
    }
    return choices;
}

} // namespace gb
