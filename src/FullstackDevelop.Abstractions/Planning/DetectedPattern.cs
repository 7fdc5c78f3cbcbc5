namespace FullstackDevelop.Planning;

/// <summary>A reusable pattern recognised in the requirements, which the generated code exploits.</summary>
public sealed class DetectedPattern
{
    /// <summary>Creates a pattern; generated code calls this.</summary>
    public DetectedPattern(string type, int frequency, OptimizationPotential potential, double minimumHoursSaved, double maximumHoursSaved)
    {
        Type = type;
        Frequency = frequency;
        Potential = potential;
        MinimumHoursSaved = minimumHoursSaved;
        MaximumHoursSaved = maximumHoursSaved;
    }

    /// <summary>The pattern's type: <c>authentication</c> or <c>crud-operations</c>.</summary>
    public string Type { get; }

    /// <summary>How many places in the application use the pattern.</summary>
    public int Frequency { get; }

    /// <summary>How much generating the pattern once saves.</summary>
    public OptimizationPotential Potential { get; }

    /// <summary>Lower estimate of the development time saved, in hours.</summary>
    public double MinimumHoursSaved { get; }

    /// <summary>Upper estimate of the development time saved, in hours.</summary>
    public double MaximumHoursSaved { get; }

    /// <summary>The time saved as text, such as <c>2-4 hours</c> or <c>9 hours</c>.</summary>
    public string EstimatedTimeSavings => MinimumHoursSaved == MaximumHoursSaved
        ? Format(MinimumHoursSaved) + " hours"
        : Format(MinimumHoursSaved) + "-" + Format(MaximumHoursSaved) + " hours";

    /// <inheritdoc/>
    public override string ToString() => Type + " x" + Frequency + " (" + EstimatedTimeSavings + ")";

    private static string Format(double hours) => hours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
