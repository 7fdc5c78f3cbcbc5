namespace FullstackDevelop.Core.Delta;

/// <summary>The seed's optimisation strategy for a set of changed requirement keys.</summary>
public enum RebuildStrategy
{
    /// <summary>Only <c>ui.</c> and <c>frontend.</c> keys changed, or nothing did.</summary>
    Incremental,

    /// <summary>An <c>architecture.</c> or <c>database.</c> key changed.</summary>
    Selective,

    /// <summary>Any other change, or no previous build to compare with.</summary>
    FullRebuild,
}

/// <summary>The seed's labels of <see cref="RebuildStrategy"/> values, as reports write them.</summary>
public static class RebuildStrategyLabels
{
    /// <summary><c>incremental</c>, <c>selective</c> or <c>full_rebuild</c>.</summary>
    public static string ToLabel(this RebuildStrategy strategy) => strategy switch
    {
        RebuildStrategy.Incremental => "incremental",
        RebuildStrategy.Selective => "selective",
        _ => "full_rebuild",
    };
}
