using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// The rules a field's values follow besides its type, required-ness and maximum length, from its DataAnnotations and
/// from what its column can hold. Every artifact that can express a rule does: the API's validation, the OpenAPI
/// schema, the SQL schema, the TypeScript client and the React forms.
/// </summary>
/// <param name="MinLength">The minimum length of a string or byte array (<c>[MinLength]</c>, <c>[StringLength(MinimumLength = n)]</c>).</param>
/// <param name="Minimum">The lower bound of a number (<c>[Range]</c>), as invariant text valid for the field's type.</param>
/// <param name="MinimumIsExclusive">True when <paramref name="Minimum"/> itself is not allowed.</param>
/// <param name="Maximum">The upper bound of a number, as invariant text valid for the field's type.</param>
/// <param name="MaximumIsExclusive">True when <paramref name="Maximum"/> itself is not allowed.</param>
/// <param name="Format">A text format: <c>email</c>, <c>phone</c> or <c>url</c> (<c>[EmailAddress]</c>, <c>[Phone]</c>, <c>[Url]</c>).</param>
/// <param name="Pattern">A .NET regular expression the whole text must match (<c>[RegularExpression]</c>).</param>
/// <param name="Precision">For a decimal, the number of significant digits the column holds (<c>[Precision]</c>, default 18).</param>
/// <param name="Scale">For a decimal, the number of digits after the point the column holds (default 2).</param>
/// <param name="AllowEmptyStrings">For a required string, true when the empty string counts as a value (<c>[Required(AllowEmptyStrings = true)]</c>).</param>
/// <param name="Messages">The user's own error messages (<c>ErrorMessage = "..."</c>), by rule.</param>
public sealed record FieldRules(
    int? MinLength = null,
    string? Minimum = null,
    bool MinimumIsExclusive = false,
    string? Maximum = null,
    bool MaximumIsExclusive = false,
    string? Format = null,
    string? Pattern = null,
    int? Precision = null,
    int? Scale = null,
    bool AllowEmptyStrings = false,
    EquatableArray<RuleMessage> Messages = default)
{
    /// <summary>The <c>[EmailAddress]</c> format.</summary>
    public const string EmailFormat = "email";

    /// <summary>The <c>[Phone]</c> format.</summary>
    public const string PhoneFormat = "phone";

    /// <summary>The <c>[Url]</c> format.</summary>
    public const string UrlFormat = "url";

    /// <summary>The precision of a decimal column without <c>[Precision]</c>.</summary>
    public const int DefaultPrecision = 18;

    /// <summary>The scale of a decimal column without <c>[Precision]</c>.</summary>
    public const int DefaultScale = 2;

    /// <summary>No rules.</summary>
    public static FieldRules None { get; } = new();

    /// <summary>The user's message for <paramref name="rule"/> (one of <see cref="RuleMessage"/>'s rule names), or null for the default one.</summary>
    public string? MessageFor(string rule)
    {
        foreach (var message in Messages)
        {
            if (message.Rule == rule)
            {
                return message.Message;
            }
        }

        return null;
    }
}

/// <summary>The user's error message for one rule of a field.</summary>
/// <param name="Rule">The rule: <c>required</c>, <c>minLength</c>, <c>maxLength</c>, <c>range</c>, <c>format</c> or <c>pattern</c>.</param>
/// <param name="Message">The message as written; like DataAnnotations' messages, <c>{0}</c> stands for the field's name and <c>{1}</c>, <c>{2}</c> for the rule's arguments.</param>
public sealed record RuleMessage(string Rule, string Message);
