using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;

namespace FullstackDevelop.Core.Requirements.Annotations;

/// <summary>
/// Reads the attributes of one entity property into an <see cref="AnnotatedProperty"/>, and reports, at the attribute,
/// each one that does not apply to the property, has arguments that make no rule, or is not supported.
/// </summary>
internal sealed class PropertyAnnotationReader
{
    private const string ErrorMessage = "ErrorMessage";

    // The named arguments FullstackDevelop applies, by attribute; ErrorMessage on every validation attribute.
    private static readonly Dictionary<string, string[]> NamedArguments = new(StringComparer.Ordinal)
    {
        [AnnotationNames.Required] = new[] { ErrorMessage, "AllowEmptyStrings" },
        [AnnotationNames.MaxLength] = new[] { ErrorMessage },
        [AnnotationNames.MinLength] = new[] { ErrorMessage },
        [AnnotationNames.StringLength] = new[] { ErrorMessage, "MinimumLength" },
        [AnnotationNames.Range] = new[] { ErrorMessage, "MinimumIsExclusive", "MaximumIsExclusive", "ParseLimitsInInvariantCulture", "ConvertValueInInvariantCulture" },
        [AnnotationNames.EmailAddress] = new[] { ErrorMessage },
        [AnnotationNames.Phone] = new[] { ErrorMessage },
        [AnnotationNames.Url] = new[] { ErrorMessage },
        [AnnotationNames.RegularExpression] = new[] { ErrorMessage },
    };

    private readonly PropertyDeclaration _property;
    private readonly PropertyShape _shape;
    private readonly string? _fieldType;
    private readonly string _owner;
    private readonly Func<int, ProblemSubject> _subject;
    private readonly List<Problem> _problems;
    private readonly List<RuleMessage> _messages = new();

    private PropertyAnnotationReader(PropertyDeclaration property, PropertyShape shape, string? fieldType, string owner, Func<int, ProblemSubject> subject, List<Problem> problems)
    {
        _property = property;
        _shape = shape;
        _fieldType = fieldType;
        _owner = owner;
        _subject = subject;
        _problems = problems;
    }

    /// <summary>Reads <paramref name="property"/>'s attributes.</summary>
    /// <param name="property">The property.</param>
    /// <param name="shape">What the property is.</param>
    /// <param name="fieldType">For a field, its type.</param>
    /// <param name="owner">The property as messages name it: <c>Book.Title</c>.</param>
    /// <param name="subject">The subject of a problem with the attribute at an index.</param>
    /// <param name="problems">Receives the problems.</param>
    public static AnnotatedProperty Read(PropertyDeclaration property, PropertyShape shape, string? fieldType, string owner, Func<int, ProblemSubject> subject, List<Problem> problems) =>
        new PropertyAnnotationReader(property, shape, fieldType, owner, subject, problems).Read();

    private AnnotatedProperty Read()
    {
        var annotations = _property.Annotations;
        var notMapped = annotations.Any(a => a.Name == AnnotationNames.NotMapped);
        var isKey = false;
        var isRequired = false;
        var allowEmpty = false;
        int? maxLength = null;
        int? minLength = null;
        string? foreignKey = null;
        RangeBounds? range = null;
        string? format = null;
        string? pattern = null;
        int? precision = null;
        int? scale = null;

        for (var i = 0; i < annotations.Count; i++)
        {
            var annotation = annotations[i];
            var support = AnnotationNames.SupportOf(annotation.Name);
            if (support != AnnotationSupport.Supported)
            {
                Unsupported(annotation, support, i);
                continue;
            }

            // A property left out of the model (FSD0008, or [NotMapped]) has nothing its attributes could apply to.
            if (notMapped || _shape == PropertyShape.Unsupported || !Applies(annotation, i))
            {
                continue;
            }

            CheckNamedArguments(annotation, i);
            switch (annotation.Name)
            {
                case AnnotationNames.Key:
                    isKey = true;
                    break;
                case AnnotationNames.Required:
                    isRequired = true;
                    allowEmpty = Flag(annotation, "AllowEmptyStrings");
                    Message(annotation, "required");
                    break;
                case AnnotationNames.MaxLength:
                    // [MaxLength] without an argument means as long as the database allows.
                    if (Integer(annotation, 0) is { } max and not -1)
                    {
                        maxLength = Lower(maxLength, PositiveLength(max, i));
                        Message(annotation, "maxLength");
                    }

                    break;
                case AnnotationNames.StringLength:
                    if (Integer(annotation, 0) is { } limit)
                    {
                        maxLength = Lower(maxLength, PositiveLength(limit, i));
                        Message(annotation, "maxLength");
                    }

                    if (NamedInteger(annotation, "MinimumLength") is { } minimum && minimum != 0)
                    {
                        minLength = Higher(minLength, MinimumLength(minimum, i));
                        Message(annotation, "minLength");
                    }

                    break;
                case AnnotationNames.MinLength:
                    if (Integer(annotation, 0) is { } least && least != 0)
                    {
                        minLength = Higher(minLength, MinimumLength(least, i));
                        Message(annotation, "minLength");
                    }

                    break;
                case AnnotationNames.Range:
                    range = Range(annotation, i) ?? range;
                    break;
                case AnnotationNames.EmailAddress or AnnotationNames.Phone or AnnotationNames.Url:
                    var written = annotation.Name == AnnotationNames.EmailAddress ? FieldRules.EmailFormat : annotation.Name == AnnotationNames.Phone ? FieldRules.PhoneFormat : FieldRules.UrlFormat;
                    if (format is not null && format != written)
                    {
                        Invalid(i, annotation, "a property has one format, and '" + _owner + "' already has [" + FormatAttribute(format) + "]: keep one of them");
                    }
                    else
                    {
                        format = written;
                        Message(annotation, "format");
                    }

                    break;
                case AnnotationNames.RegularExpression:
                    pattern = Pattern(annotation, i) ?? pattern;
                    break;
                case AnnotationNames.ForeignKey:
                    foreignKey = Text(annotation, 0) is { Length: > 0 } name ? name.Trim() : foreignKey;
                    break;
                case AnnotationNames.Precision:
                    (precision, scale) = Precision(annotation, i) ?? (precision, scale);
                    break;
            }
        }

        if (minLength is { } min && maxLength is { } most && min > most)
        {
            var index = Enumerable.Range(0, annotations.Count).Last(i => annotations[i].Name is AnnotationNames.MinLength or AnnotationNames.StringLength);
            Invalid(index, annotations[index], "its minimum length " + Number(min) + " is above the maximum length " + Number(most) + ": make the minimum lower");
            minLength = null;
        }

        var rules = new FieldRules(
            minLength,
            range?.Minimum,
            range?.MinimumIsExclusive ?? false,
            range?.Maximum,
            range?.MaximumIsExclusive ?? false,
            format,
            pattern,
            precision,
            scale,
            allowEmpty,
            EquatableArray.From(_messages));
        return new AnnotatedProperty(isKey, isRequired, notMapped, maxLength, foreignKey, rules);
    }

    private void Unsupported(AnnotationDeclaration annotation, AnnotationSupport support, int index)
    {
        var advice = AnnotationNames.AdviceFor(annotation.Name);
        var suffix = advice.Length == 0 ? string.Empty : "; " + advice;
        _problems.Add(Problem.Create(
            support == AnnotationSupport.Rejected ? ProblemCatalog.RejectedAnnotation : ProblemCatalog.IgnoredAnnotation,
            _subject(index),
            annotation.ShortName,
            _owner,
            suffix));
    }

    // Reports an attribute on a property it does not apply to; true when it applies.
    private bool Applies(AnnotationDeclaration annotation, int index)
    {
        var (applies, to) = annotation.Name switch
        {
            AnnotationNames.Key => (_shape == PropertyShape.Field, "properties of a supported type (not navigations)"),
            AnnotationNames.Required => (_shape is PropertyShape.Field or PropertyShape.Reference, "fields and references to an entity"),
            AnnotationNames.MaxLength or AnnotationNames.MinLength or AnnotationNames.StringLength =>
                (_fieldType is "string" or "bytes", "string and byte[] properties"),
            AnnotationNames.Range => (_fieldType is not null && FieldType.IsNumber(_fieldType), "number properties"),
            AnnotationNames.EmailAddress or AnnotationNames.Phone or AnnotationNames.Url or AnnotationNames.RegularExpression =>
                (_fieldType == "string", "string properties"),
            AnnotationNames.ForeignKey => (_shape is PropertyShape.Field or PropertyShape.Reference, "references to an entity and their foreign key fields"),
            AnnotationNames.Precision => (_fieldType == "decimal", "decimal properties"),
            _ => (true, string.Empty),
        };
        if (!applies)
        {
            _problems.Add(Problem.Create(ProblemCatalog.AnnotationNotApplicable, _subject(index), annotation.ShortName, _owner, to, Describe()));
        }

        return applies;
    }

    private string Describe() => _shape switch
    {
        PropertyShape.Reference => "a reference to " + _property.EntityTarget,
        PropertyShape.Collection => "a collection of " + _property.EntityTarget,
        _ => _fieldType == FieldType.Enum ? "an enum" : "of type " + FieldType.CSharpName(_fieldType!),
    };

    private void CheckNamedArguments(AnnotationDeclaration annotation, int index)
    {
        NamedArguments.TryGetValue(annotation.Name, out var supported);
        foreach (var argument in annotation.NamedArguments)
        {
            if (argument.Value.Kind == AnnotationValueKind.Unreadable)
            {
                continue;
            }

            string? reason = null;
            if (supported is null || Array.IndexOf(supported, argument.Name) < 0)
            {
                reason = argument.Name.StartsWith("ErrorMessageResource", StringComparison.Ordinal)
                    ? "messages from resources are not supported; write the message with ErrorMessage"
                    : "FullstackDevelop does not apply it; remove it";
            }
            else if (argument.Name is "ParseLimitsInInvariantCulture" or "ConvertValueInInvariantCulture" && argument.Value.Text == "false")
            {
                reason = "bounds and values are always read in the invariant culture, so the API and the frontend agree; remove it";
            }

            if (reason is not null)
            {
                _problems.Add(Problem.Create(ProblemCatalog.IgnoredAnnotationArgument, _subject(index), argument.Name, annotation.ShortName, _owner, reason));
            }
        }
    }

    private void Message(AnnotationDeclaration annotation, string rule)
    {
        if (Named(annotation, ErrorMessage) is { Kind: AnnotationValueKind.Text } message && _messages.All(m => m.Rule != rule))
        {
            _messages.Add(new RuleMessage(rule, message.Text));
        }
    }

    private int? PositiveLength(int length, int index)
    {
        if (length > 0)
        {
            return length;
        }

        _problems.Add(Problem.Create(ProblemCatalog.InvalidMaxLength, _subject(index), _owner.Substring(0, _owner.IndexOf('.')), _property.Name, Number(length)));
        return null;
    }

    private int? MinimumLength(int length, int index)
    {
        if (length > 0)
        {
            return length;
        }

        Invalid(index, _property.Annotations[index], "a minimum length must not be negative, and it is " + Number(length));
        return null;
    }

    private RangeBounds? Range(AnnotationDeclaration annotation, int index)
    {
        var arguments = annotation.Arguments;
        string? minimum;
        string? maximum;
        if (arguments.Count == 2 && arguments.All(a => a.IsNumeric))
        {
            minimum = arguments[0].Text;
            maximum = arguments[1].Text;
        }
        else if (arguments.Count == 3 && arguments[0].Kind == AnnotationValueKind.Type && arguments[1].Kind == AnnotationValueKind.Text && arguments[2].Kind == AnnotationValueKind.Text)
        {
            if (!FieldType.TryFromClrName(arguments[0].Text, out var operand) || !FieldType.IsNumber(operand))
            {
                _problems.Add(Problem.Create(ProblemCatalog.IgnoredAnnotation, _subject(index), annotation.ShortName, _owner, "; only ranges of numbers are supported"));
                return null;
            }

            minimum = arguments[1].Text;
            maximum = arguments[2].Text;
        }
        else
        {
            // An argument FullstackDevelop could not read is reported where it is written (FSD0023).
            return null;
        }

        var (bounds, error) = RangeBounds.For(_fieldType!, minimum, Flag(annotation, "MinimumIsExclusive"), maximum, Flag(annotation, "MaximumIsExclusive"));
        if (error is not null)
        {
            Invalid(index, annotation, error);
            return null;
        }

        Message(annotation, "range");
        return bounds;
    }

    private string? Pattern(AnnotationDeclaration annotation, int index)
    {
        if (Text(annotation, 0) is not { } pattern)
        {
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            Invalid(index, annotation, "its pattern is not a .NET regular expression: " + exception.Message);
            return null;
        }

        Message(annotation, "pattern");
        return pattern;
    }

    private (int Precision, int Scale)? Precision(AnnotationDeclaration annotation, int index)
    {
        if (Integer(annotation, 0) is not { } precision)
        {
            return null;
        }

        var scale = Integer(annotation, 1) ?? 0;
        if (precision is < 1 or > 28 || scale < 0 || scale > precision)
        {
            Invalid(index, annotation, "a decimal holds 1 to 28 digits, of which 0 up to all after the point; (" + Number(precision) + ", " + Number(scale) + ") is outside that");
            return null;
        }

        return (precision, scale);
    }

    private void Invalid(int index, AnnotationDeclaration annotation, string reason) =>
        _problems.Add(Problem.Create(ProblemCatalog.InvalidAnnotation, _subject(index), annotation.ShortName, _owner, reason));

    private static string FormatAttribute(string format) => format switch
    {
        FieldRules.EmailFormat => "EmailAddress",
        FieldRules.PhoneFormat => "Phone",
        _ => "Url",
    };

    private static int? Lower(int? current, int? candidate) => current is null ? candidate : candidate is null ? current : Math.Min(current.Value, candidate.Value);

    private static int? Higher(int? current, int? candidate) => current is null ? candidate : candidate is null ? current : Math.Max(current.Value, candidate.Value);

    private static int? Integer(AnnotationDeclaration annotation, int position) =>
        annotation.Arguments.Count > position ? AsInt(annotation.Arguments[position]) : null;

    private static int? NamedInteger(AnnotationDeclaration annotation, string name) =>
        Named(annotation, name) is { } value ? AsInt(value) : null;

    private static int? AsInt(AnnotationValue value) =>
        value.Kind == AnnotationValueKind.WholeNumber && int.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string? Text(AnnotationDeclaration annotation, int position) =>
        annotation.Arguments.Count > position && annotation.Arguments[position].Kind == AnnotationValueKind.Text ? annotation.Arguments[position].Text : null;

    private static bool Flag(AnnotationDeclaration annotation, string name) => Named(annotation, name) is { Kind: AnnotationValueKind.Boolean, Text: "true" };

    private static AnnotationValue? Named(AnnotationDeclaration annotation, string name) =>
        annotation.NamedArguments.FirstOrDefault(argument => argument.Name == name)?.Value;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
