// Campaign-level grouping of relaxed DSC scans: Kissinger groups (same thermal history at
// several heating rates) and isochronal scans matched to isothermal series.

#include "analysis/dsc/DscCampaignGroups.h"
#include "analysis/dsc/DscCampaignResult.h"
#include "analysis/dsc/ReferencePairing.h"

#include <QCoreApplication>

#include <cmath>

namespace gb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DscCampaignAnalysis", text);
}

/// Scans of one Kissinger group, with the heating rates of all its rows.
struct GroupDraft {
    DscKissingerGroup group;
    std::vector<double> rates;
};

double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}
} // namespace

namespace detail {

bool sameValue(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return *a == *b || std::abs(*a - *b) <= 1e-9 * std::max(std::abs(*a), std::abs(*b));
}

QString describeHistory(const QString &sample, ThermalPath path, const std::optional<double> &Ta,
                        const std::optional<double> &ta, const std::optional<double> &phi)
{
    QString text = tr("sample \"%1\", %2").arg(sample, thermalPathId(path));
    if (Ta)
        text += tr(", T_a = %1 K").arg(*Ta);
    if (ta)
        text += tr(", t_a = %1 s").arg(*ta);
    if (phi)
        text += tr(", φ = %1 K/s").arg(*phi);
    return text;
}

} // namespace detail

double DscScanRecord::enthalpyUj() const
{
    return analysis ? analysis->peak.enthalpyUj : std::numeric_limits<double>::quiet_NaN();
}

double DscScanRecord::fwhmK() const
{
    return analysis && ok() ? analysis->peak.fwhmK : std::numeric_limits<double>::quiet_NaN();
}

double DscScanRecord::peakTemperatureK() const
{
    return analysis && ok() ? analysis->peak.peakTemperatureK : std::numeric_limits<double>::quiet_NaN();
}

std::vector<DscKissingerGroup> buildKissingerGroups(const std::vector<DscScanRecord> &scans,
                                                    double rateTolerance,
                                                    std::vector<Diagnostic> &diagnostics)
{
    std::vector<GroupDraft> drafts;
    for (std::size_t i = 0; i < scans.size(); ++i) {
        const CampaignEntry &e = scans[i].entry;
        GroupDraft *draft = nullptr;
        for (GroupDraft &d : drafts) {
            const DscKissingerGroup &g = d.group;
            if (g.sample == e.sample && g.path == e.path &&
                detail::sameValue(g.agingTemperatureK, e.agingTemperatureK) &&
                detail::sameValue(g.agingTimeS, e.agingTimeS) &&
                detail::sameValue(g.coolingRateKPerS, e.coolingRateKPerS)) {
                draft = &d;
                break;
            }
        }
        if (!draft) {
            drafts.push_back(GroupDraft{});
            draft = &drafts.back();
            draft->group.sample = e.sample;
            draft->group.path = e.path;
            draft->group.agingTemperatureK = e.agingTemperatureK;
            draft->group.agingTimeS = e.agingTimeS;
            draft->group.coolingRateKPerS = e.coolingRateKPerS;
        }
        draft->group.scans.push_back(i);
        if (scans[i].heatingRateKPerS > 0)
            draft->rates.push_back(scans[i].heatingRateKPerS);
    }

    std::vector<DscKissingerGroup> groups;
    for (GroupDraft &draft : drafts) {
        DscKissingerGroup &g = draft.group;
        g.distinctRates = countDistinctRates(draft.rates, rateTolerance);
        const QString history =
            detail::describeHistory(g.sample, g.path, g.agingTemperatureK, g.agingTimeS, g.coolingRateKPerS);
        if (g.distinctRates < 3) {
            if (g.distinctRates == 2)
                diagnostics.push_back(
                    Diagnostic{Severity::Info,
                               QStringLiteral("too_few_points"),
                               tr("%1 was measured at 2 heating rates; Kissinger needs 3").arg(history),
                               {},
                               0,
                               1});
            continue;
        }
        std::vector<KissingerPoint> points;
        double sum = 0, sumSquares = 0;
        int count = 0;
        for (std::size_t s : g.scans) {
            const DscScanRecord &scan = scans[s];
            if (scan.ok() && std::isfinite(scan.peakTemperatureK()))
                points.push_back(KissingerPoint{scan.heatingRateKPerS, scan.peakTemperatureK(),
                                                finiteOr(scan.analysis->thermalLagS, 0.0)});
            const double h = scan.enthalpyUj();
            if (std::isfinite(h)) {
                sum += h;
                sumSquares += h * h;
                ++count;
            }
        }
        if (count > 0)
            g.meanEnthalpyUj = sum / count;
        if (count > 1)
            g.enthalpySdUj = std::sqrt(std::max(0.0, (sumSquares - sum * sum / count) / (count - 1)));
        g.fit = kissingerEnergy(points, 0.95, rateTolerance);
        g.preExponentialPerS = kissingerPreExponential(g.fit);
        if (!g.fit.ok())
            diagnostics.push_back(Diagnostic{Severity::Warning,
                                             g.fit.status,
                                             tr("Kissinger for %1: %2").arg(history, g.fit.message),
                                             {},
                                             0,
                                             1});
        groups.push_back(std::move(g));
    }
    return groups;
}

std::vector<DscMatchedRecord> buildMatchedRecords(const std::vector<DscScanRecord> &scans,
                                                  double rateTolerance)
{
    std::vector<DscMatchedRecord> records;
    for (std::size_t i = 0; i < scans.size(); ++i) {
        const DscScanRecord &iso = scans[i];
        if (iso.entry.path != ThermalPath::Isochronal)
            continue;
        DscMatchedRecord record;
        record.isochronalScan = i;
        std::vector<IsothermalPoint> series;
        for (std::size_t j = 0; j < scans.size(); ++j) {
            const DscScanRecord &other = scans[j];
            if (other.entry.path != ThermalPath::Isothermal || other.entry.sample != iso.entry.sample ||
                !detail::sameValue(other.entry.agingTemperatureK, iso.entry.agingTemperatureK) ||
                !sameHeatingRate(other.heatingRateKPerS, iso.heatingRateKPerS, rateTolerance))
                continue;
            record.isothermalScans.push_back(j);
            if (other.entry.agingTimeS && std::isfinite(other.enthalpyUj()))
                series.push_back(IsothermalPoint{*other.entry.agingTimeS, other.enthalpyUj(), other.fwhmK(),
                                                 other.peakTemperatureK()});
        }
        if (record.isothermalScans.empty())
            continue;
        if (!std::isfinite(iso.enthalpyUj())) {
            record.match.status = iso.status;
            record.match.message = iso.message;
        } else {
            record.match = matchIsothermalSeries(iso.enthalpyUj(), std::move(series));
        }
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace gb
