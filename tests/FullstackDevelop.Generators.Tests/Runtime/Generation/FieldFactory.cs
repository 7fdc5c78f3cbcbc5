using System;
using System.Globalization;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Values;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>
/// Makes a random scalar field with random supported attributes, in the forms users write them, and works out the
/// rules they give it. Only rules that some value satisfies are made.
/// </summary>
internal static class FieldFactory
{
    public static FieldSpec Scalar(Random random, string name, ScalarType type, EnumSpec? enumType)
    {
        var field = new FieldSpec(name, type, enumType)
        {
            Nullable = random.Next(10) < 3,
            Access = random.Next(12) switch
            {
                0 => Access.InitOnly,
                1 => Access.PrivateSetter,
                _ => Access.ReadWrite,
            },
        };

        switch (type)
        {
            case ScalarType.String:
                AddTextRules(random, field);
                break;
            case ScalarType.Bytes:
                AddByteRules(random, field);
                break;
            case ScalarType.Byte or ScalarType.Short or ScalarType.Int or ScalarType.Long:
                if (random.Next(10) < 4)
                {
                    AddIntegerRange(random, field);
                }

                break;
            case ScalarType.Float or ScalarType.Double:
                if (random.Next(10) < 4)
                {
                    AddRealRange(random, field);
                }

                break;
            case ScalarType.Decimal:
                AddDecimalRules(random, field);
                break;
        }

        if ((field.Nullable && random.Next(3) == 0) || (!field.Nullable && random.Next(8) == 0))
        {
            AddRequired(random, field);
        }

        Initialize(random, field);
        return field;
    }

    /// <summary>Gives a field the initializer it needs: a valid value when the API never sets it, a default for non-nullable references.</summary>
    public static void Initialize(Random random, FieldSpec field)
    {
        if (field.Access == Access.PrivateSetter && !field.IsKey)
        {
            // A required field starts with a value: null would be a new row's NOT NULL violation, which the generator reports (FSD0036).
            var value = field.Nullable && !field.RequiredAttribute && random.Next(2) == 0 ? FieldValue.Null : ValueFactory.ValidValue(field, random);
            if (value.Expected is null && ScalarTypes.IsReference(field.Type))
            {
                field.InitialValue = null;
                return;
            }

            field.InitialValue = value.Expected;
            field.Initializer = CSharpLiteral.For(field, value.Expected);
            return;
        }

        if (!field.IsKey && !field.IsGenerated && field.ForeignKeyOf is null && random.Next(12) == 0)
        {
            field.RequiredMember = true;
            return;
        }

        if (!field.Nullable && field.Type == ScalarType.String)
        {
            field.Initializer = "\"\"";
        }
        else if (!field.Nullable && field.Type == ScalarType.Bytes)
        {
            field.Initializer = "Array.Empty<byte>()";
        }
    }

    private static void AddRequired(Random random, FieldSpec field)
    {
        field.RequiredAttribute = true;
        var arguments = new System.Collections.Generic.List<string>();
        if (field.Type == ScalarType.String && random.Next(4) == 0)
        {
            field.AllowEmptyStrings = true;
            arguments.Add("AllowEmptyStrings = true");
        }

        if (Message(random, field, "required") is { } message)
        {
            arguments.Add(message);
        }

        field.Attributes.Insert(0, arguments.Count == 0 ? "Required" : "Required(" + string.Join(", ", arguments) + ")");
    }

    private static void AddTextRules(Random random, FieldSpec field)
    {
        var (shortest, longest) = (0, int.MaxValue);
        var roll = random.Next(100);
        if (roll < 10)
        {
            field.Format = TextFormat.Email;
            (shortest, longest) = (17, 21);
        }
        else if (roll < 19)
        {
            field.Format = TextFormat.Phone;
            (shortest, longest) = (5, 17);
        }
        else if (roll < 28)
        {
            field.Format = TextFormat.Url;
            (shortest, longest) = (23, 27);
        }
        else if (roll < 42)
        {
            field.Pattern = TextPattern.All[random.Next(TextPattern.All.Length)];
            (shortest, longest) = (field.Pattern.MinLength, field.Pattern.MaxLength);
        }

        if (random.Next(100) < 55)
        {
            field.MaxLength = longest != int.MaxValue ? longest + random.Next(30) : random.Next(4) == 0 ? random.Next(1, 4) : random.Next(5, 200);
        }

        if (random.Next(100) < 25)
        {
            field.MinLength = random.Next(1, Math.Min(field.MaxLength ?? 10, longest == int.MaxValue ? 10 : shortest) + 1);
        }

        AddLengthAttributes(random, field, text: true);
        switch (field.Format)
        {
            case TextFormat.Email:
                field.Attributes.Add(WithMessage(random, field, "EmailAddress", null, "format"));
                break;
            case TextFormat.Phone:
                field.Attributes.Add(WithMessage(random, field, "Phone", null, "format"));
                break;
            case TextFormat.Url:
                field.Attributes.Add(WithMessage(random, field, "Url", null, "format"));
                break;
        }

        if (field.Pattern is { } pattern)
        {
            field.Attributes.Add(WithMessage(random, field, "RegularExpression", pattern.Literal, "pattern"));
        }
    }

    private static void AddByteRules(Random random, FieldSpec field)
    {
        if (random.Next(10) < 4)
        {
            field.MaxLength = random.Next(1, 65);
        }

        if (random.Next(10) < 2)
        {
            field.MinLength = random.Next(1, Math.Min(field.MaxLength ?? 4, 4) + 1);
        }

        AddLengthAttributes(random, field, text: false);
    }

    private static void AddLengthAttributes(Random random, FieldSpec field, bool text)
    {
        if (field.MaxLength is { } max && field.MinLength is { } min && text && random.Next(2) == 0)
        {
            field.Attributes.Add(WithMessage(random, field, "StringLength", Invariant(max) + ", MinimumLength = " + Invariant(min), "maxLength", "minLength"));
            return;
        }

        if (field.MaxLength is { } maximum)
        {
            field.Attributes.Add(WithMessage(random, field, random.Next(3) == 0 ? "StringLength" : "MaxLength", Invariant(maximum), "maxLength"));
        }

        if (field.MinLength is { } minimum)
        {
            field.Attributes.Add(WithMessage(random, field, "MinLength", Invariant(minimum), "minLength"));
        }
    }

    private static void AddIntegerRange(Random random, FieldSpec field)
    {
        var (typeMin, typeMax) = ScalarTypes.IntegerLimits(field.Type);
        long low = field.Type == ScalarType.Byte ? random.Next(0, 200) : random.Next(-1000, 1000);
        var high = low + random.Next(1, 500);
        if (random.Next(8) == 0)
        {
            // Bounds beyond the type: the type's own limit is the bound.
            low = field.Type == ScalarType.Byte ? -10 : low;
            high = field.Type == ScalarType.Byte ? 1000 : high;
        }

        var minimumExclusive = false;
        var maximumExclusive = false;
        string arguments;
        switch (random.Next(4))
        {
            case 0:
                arguments = Invariant(low) + ", " + Invariant(high);
                break;
            case 1:
                // Halves: the whole numbers within them.
                arguments = Invariant(low - 0.5m) + ", " + Invariant(high + 0.5m);
                break;
            case 2:
                arguments = "typeof(decimal), \"" + Invariant(low) + "\", \"" + Invariant(high) + "\"";
                break;
            default:
                minimumExclusive = random.Next(2) == 0;
                maximumExclusive = !minimumExclusive || random.Next(2) == 0;
                arguments = Invariant(minimumExclusive ? low - 1 : low) + ", " + Invariant(maximumExclusive ? high + 1 : high)
                    + (minimumExclusive ? ", MinimumIsExclusive = true" : string.Empty) + (maximumExclusive ? ", MaximumIsExclusive = true" : string.Empty);
                break;
        }

        field.Range = new NumberRange(Math.Max(low, typeMin), false, Math.Min(high, typeMax), false);
        field.Attributes.Add(WithMessage(random, field, "Range", arguments, "range"));
    }

    private static void AddRealRange(Random random, FieldSpec field)
    {
        var low = random.Next(-100000, 100000) / 100m;
        var high = low + (random.Next(50, 50000) / 100m);
        var minimumExclusive = random.Next(4) == 0;
        var maximumExclusive = random.Next(4) == 0;
        var (form, actualLow, actualHigh) = random.Next(3) switch
        {
            0 => ("typeof(decimal), \"" + Invariant(low) + "\", \"" + Invariant(high) + "\"", low, high),
            1 => (Invariant(decimal.Floor(low)) + ", " + Invariant(decimal.Ceiling(high)), decimal.Floor(low), decimal.Ceiling(high)),
            _ => (Real(low) + ", " + Real(high), low, high),
        };
        field.Range = new NumberRange(actualLow, minimumExclusive, actualHigh, maximumExclusive);
        field.Attributes.Add(WithMessage(random, field, "Range", form + Exclusivity(minimumExclusive, maximumExclusive), "range"));
    }

    private static void AddDecimalRules(Random random, FieldSpec field)
    {
        if (random.Next(100) < 45)
        {
            field.Precision = random.Next(10) == 0 ? 28 : random.Next(3, 21);
            field.Scale = random.Next(0, Math.Min(field.Precision, 6) + 1);
            field.Attributes.Add(field.Scale == 0 && random.Next(2) == 0
                ? "Precision(" + Invariant(field.Precision) + ")"
                : "Precision(" + Invariant(field.Precision) + ", " + Invariant(field.Scale) + ")");
        }

        if (random.Next(100) >= 45)
        {
            return;
        }

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var low = random.Next(-100000, 100000) / 1000m;
            var high = low + (random.Next(1, 100000) / 100m);
            var minimumExclusive = random.Next(4) == 0;
            var maximumExclusive = random.Next(4) == 0;
            var (form, actualLow, actualHigh) = random.Next(3) switch
            {
                0 => ("typeof(decimal), \"" + Invariant(low) + "\", \"" + Invariant(high) + "\"", low, high),
                1 => (Invariant(decimal.Floor(low)) + ", " + Invariant(decimal.Ceiling(high)), decimal.Floor(low), decimal.Ceiling(high)),
                _ => (Real(low) + ", " + Real(high), low, high),
            };
            field.Range = new NumberRange(actualLow, minimumExclusive, actualHigh, maximumExclusive);
            var (first, last) = ValueFactory.DecimalSteps(field);
            if (first <= last)
            {
                field.Attributes.Add(WithMessage(random, field, "Range", form + Exclusivity(minimumExclusive, maximumExclusive), "range"));
                return;
            }
        }

        field.Range = null;
    }

    private static string Exclusivity(bool minimum, bool maximum) =>
        (minimum ? ", MinimumIsExclusive = true" : string.Empty) + (maximum ? ", MaximumIsExclusive = true" : string.Empty);

    // A double literal for a bound: always with a point, so the (double, double) constructor is the one called.
    private static string Real(decimal value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

    // The attribute with its arguments, sometimes with the user's own message (which the 400 must then carry).
    private static string WithMessage(Random random, FieldSpec field, string name, string? arguments, params string[] rules)
    {
        var message = Message(random, field, rules);
        var all = arguments is null ? message : message is null ? arguments : arguments + ", " + message;
        return all is null ? name : name + "(" + all + ")";
    }

    private static string? Message(Random random, FieldSpec field, params string[] rules)
    {
        if (random.Next(7) != 0)
        {
            return null;
        }

        var text = "Check " + field.Name + ": " + string.Join(" and ", rules) + " says no.";
        foreach (var rule in rules)
        {
            field.Messages[rule] = text;
        }

        return "ErrorMessage = \"" + text + "\"";
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
