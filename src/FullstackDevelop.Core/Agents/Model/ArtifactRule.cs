using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// One check the generated API makes on a request field, in the order its validation attributes run, with the message
/// it answers when the check fails: the frontend makes the same checks and shows the same messages.
/// </summary>
/// <param name="Kind">
/// What is checked: <c>required</c>, <c>length</c> (<c>[StringLength]</c>, <c>[MinLength]</c>, <c>[MaxLength]</c>),
/// <c>range</c>, <c>email</c>, <c>phone</c>, <c>url</c>, <c>pattern</c>, and the API's storage rules
/// <c>decimalDigits</c>, <c>wholeMicroseconds</c>, <c>storableText</c> and <c>finiteNumber</c>; one per <see cref="Backend.RequestRule"/>.
/// </param>
/// <param name="Message">The message format, as DataAnnotations formats it: <c>{0}</c> is the property name, <c>{1}</c> and <c>{2}</c> are <paramref name="Arguments"/>.</param>
/// <param name="Arguments">The texts that stand for <c>{1}</c>, <c>{2}</c>, ... in <paramref name="Message"/>.</param>
/// <param name="AllowEmptyStrings">For <c>required</c>: the empty string counts as a value.</param>
/// <param name="MinimumLength">For <c>length</c>: the fewest characters (or bytes), or null.</param>
/// <param name="MaximumLength">For <c>length</c>: the most characters (or bytes), or null.</param>
/// <param name="Minimum">For <c>range</c>: the lower bound, invariant text.</param>
/// <param name="MinimumIsExclusive">For <c>range</c>: the lower bound itself is refused.</param>
/// <param name="Maximum">For <c>range</c>: the upper bound, invariant text.</param>
/// <param name="MaximumIsExclusive">For <c>range</c>: the upper bound itself is refused.</param>
/// <param name="Pattern">For <c>pattern</c>: the .NET regular expression; a text passes when its first match is all of it.</param>
/// <param name="ClientPattern">For <c>pattern</c>: the same expression in JavaScript (see <see cref="JavaScriptPatterns"/>), or null when JavaScript cannot say it.</param>
/// <param name="Precision">For <c>decimalDigits</c>: the digits the column holds.</param>
/// <param name="Scale">For <c>decimalDigits</c>: the digits after the point the column holds.</param>
public sealed record ArtifactRule(
    string Kind,
    string Message,
    EquatableArray<string> Arguments,
    bool AllowEmptyStrings = false,
    int? MinimumLength = null,
    int? MaximumLength = null,
    string? Minimum = null,
    bool MinimumIsExclusive = false,
    string? Maximum = null,
    bool MaximumIsExclusive = false,
    string? Pattern = null,
    string? ClientPattern = null,
    int? Precision = null,
    int? Scale = null);
