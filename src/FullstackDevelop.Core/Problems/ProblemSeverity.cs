namespace FullstackDevelop.Core.Problems;

/// <summary>How serious a problem is; hosts map it onto their own severities.</summary>
public enum ProblemSeverity
{
    /// <summary>Something the user may want to know.</summary>
    Info,

    /// <summary>Something was ignored; the output is still produced.</summary>
    Warning,

    /// <summary>The declaration is invalid; no plan is produced until it is fixed.</summary>
    Error,
}
