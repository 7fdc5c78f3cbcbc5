using System.Globalization;

namespace FullstackDevelop.Generators.Tests.Runtime.Models;

/// <summary>
/// The values a <c>[Range]</c> allows for its field, worked out from the attribute as written: for an integer field
/// the whole numbers within the bounds and the type, for a floating-point or decimal field the bounds as written.
/// </summary>
/// <param name="Minimum">The lower bound.</param>
/// <param name="MinimumIsExclusive">The lower bound itself is not allowed.</param>
/// <param name="Maximum">The upper bound.</param>
/// <param name="MaximumIsExclusive">The upper bound itself is not allowed.</param>
internal sealed record NumberRange(decimal Minimum, bool MinimumIsExclusive, decimal Maximum, bool MaximumIsExclusive)
{
    public override string ToString() =>
        (MinimumIsExclusive ? "(" : "[") + Minimum.ToString(CultureInfo.InvariantCulture) + ", " + Maximum.ToString(CultureInfo.InvariantCulture) + (MaximumIsExclusive ? ")" : "]");
}
