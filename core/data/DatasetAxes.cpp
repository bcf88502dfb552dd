#include "data/DatasetAxes.h"

#include <array>
#include <utility>

namespace gb {

DatasetAxes defaultAxes(const Dataset &dataset)
{
    using Q = Quantity;
    static constexpr std::array<std::pair<Q, Q>, 8> preferred = {{
        {Q::Temperature, Q::HeatFlow},
        {Q::Temperature, Q::SpecificHeatFlow},
        {Q::Depth, Q::Load},
        {Q::Time, Q::Stress},
        {Q::Time, Q::Modulus},
        {Q::Time, Q::HeatFlow},
        {Q::Time, Q::Strain},
        {Q::Time, Q::Temperature},
    }};
    for (const auto &[x, y] : preferred) {
        const Column *cx = dataset.column(x);
        const Column *cy = dataset.column(y);
        if (cx && cy)
            return {cx, cy};
    }
    std::vector<const Column *> candidates;
    for (const Column &c : dataset.columns)
        if (c.quantity != Q::Index)
            candidates.push_back(&c);
    if (candidates.size() < 2)
        return {};
    return {candidates[0], candidates[1]};
}

} // namespace gb
