namespace FullstackDevelop.Core.Backend;

/// <summary>
/// One check the generated API makes on a request field: one validation attribute of the request property. The C#
/// attributes (<see cref="RequestValidationAttributes"/>) and the frontend's rules (the agents' <c>ArtifactValidation</c>)
/// are both written from these, so they cannot disagree on which checks run, in which order, with which bounds.
/// </summary>
/// <param name="Kind">
/// <c>required</c>; <c>stringLength</c> (<c>[StringLength]</c>: a string's maximum, and its minimum when it has one),
/// <c>minLength</c>, <c>maxLength</c>; <c>range</c>; <c>email</c>, <c>phone</c>, <c>url</c>; <c>pattern</c>; and the API's
/// storage rules <c>decimalDigits</c>, <c>wholeMicroseconds</c>, <c>storableText</c>, <c>finiteNumber</c>.
/// </param>
/// <param name="UserMessage">The user's <c>ErrorMessage</c>, or null for the attribute's own.</param>
/// <param name="MinimumLength">For the length checks: the fewest characters (or bytes), or null.</param>
/// <param name="MaximumLength">For the length checks: the most characters (or bytes), or null.</param>
/// <param name="Minimum">For <c>range</c>: the lower bound, invariant text valid for the field's type (its type's own limit when the user gave none).</param>
/// <param name="MinimumIsExclusive">For <c>range</c>: the lower bound itself is refused.</param>
/// <param name="Maximum">For <c>range</c>: the upper bound.</param>
/// <param name="MaximumIsExclusive">For <c>range</c>: the upper bound itself is refused.</param>
/// <param name="Pattern">For <c>pattern</c>: the .NET regular expression the whole text must match.</param>
/// <param name="Precision">For <c>decimalDigits</c>: the digits the column holds.</param>
/// <param name="Scale">For <c>decimalDigits</c>: the digits after the point it holds.</param>
/// <param name="AllowEmptyStrings">For <c>required</c>: the empty string counts as a value.</param>
public sealed record RequestRule(
    string Kind,
    string? UserMessage = null,
    int? MinimumLength = null,
    int? MaximumLength = null,
    string? Minimum = null,
    bool MinimumIsExclusive = false,
    string? Maximum = null,
    bool MaximumIsExclusive = false,
    string? Pattern = null,
    int? Precision = null,
    int? Scale = null,
    bool AllowEmptyStrings = false);
