using System.Collections.Generic;
using System.Linq;

namespace FullstackDevelop.Benchmarks.Infrastructure;

/// <summary>The median of a run's timings: robust to the odd slow round on a machine shared with other builds.</summary>
internal static class Median
{
    public static double Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.OrderBy(value => value).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
