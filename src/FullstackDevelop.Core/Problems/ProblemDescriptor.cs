namespace FullstackDevelop.Core.Problems;

/// <summary>
/// The fixed description of one kind of problem: its <c>FSD</c> code, a title, and a message format
/// (a <see cref="string.Format(string, object[])"/> format) that tells the user how to fix it.
/// Hosts turn these into compiler diagnostics or MSBuild errors.
/// </summary>
/// <param name="Id">The code, such as <c>FSD0001</c>.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style placeholders.</param>
/// <param name="Severity">The default severity.</param>
public sealed record ProblemDescriptor(string Id, string Title, string MessageFormat, ProblemSeverity Severity)
{
    /// <summary>Where the documentation of every problem lives.</summary>
    public string HelpLink => "https://github.com/fullstackdevelop/fullstackdevelop/blob/main/docs/diagnostics.md#" + Id.ToLowerInvariant();
}
