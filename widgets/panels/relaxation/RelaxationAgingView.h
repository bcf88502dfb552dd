#pragma once

#include "panels/SeriesPlotView.h"

namespace gb {

/// The aging series of a stress-relaxation campaign, drawn from sr_kww.csv, sr_aging.csv and
/// sr_arrhenius.csv: β_KWW against t_a (log) with the aging time of the β maximum, τ_KWW against
/// t_a (log–log) with the single power law and the two-stage law with its turning point, the
/// Arrhenius plot (ln τ against 1000/T) with the fitted lines, and Ea against t_a.
class RelaxationAgingView : public SeriesPlotView {
    Q_OBJECT
public:
    enum class Kind { BetaVsAgingTime, TauVsAgingTime, Arrhenius, EnergyVsAgingTime };

    explicit RelaxationAgingView(QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;

private:
    void draw(int index) override;
    void drawBeta();
    void drawTau();
    void drawArrhenius();
    void drawEnergy();
};

} // namespace gb
