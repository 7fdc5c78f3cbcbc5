using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FullstackDevelop.Generators.Tests.Runtime.Models;

namespace FullstackDevelop.Generators.Tests.Runtime.Generation;

/// <summary>
/// What a random model declares, by name, read from the model as written (attributes as text, keys, relations): the
/// coverage of the documented subset that a run of random models reaches.
/// </summary>
internal static partial class ModelFeatures
{
    /// <summary>Every feature the default run must reach: the types, attributes and relations the docs list.</summary>
    public static IReadOnlyList<string> Required { get; } = ScalarTypes.All.Select(t => "field " + t).Concat(new[]
    {
        "key int (generated)", "key long (generated)", "key short (generated)", "key Guid (generated)", "key byte", "key string",
        "composite key", "composite key with a foreign key part", "key that is the foreign key of a reference",
        "[Key]", "[Required]", "[Required(AllowEmptyStrings = true)]", "[MaxLength]", "[MinLength]", "[StringLength]",
        "[StringLength(MinimumLength = n)]", "[Range] with int bounds", "[Range] with double bounds", "[Range(typeof(decimal), ...)]",
        "[Range] with an exclusive bound", "[EmailAddress]", "[Phone]", "[Url]", "[RegularExpression]", "[Precision]",
        "ErrorMessage", "[NotMapped]", "[ForeignKey] on the navigation", "[ForeignKey] on the foreign key", "[Required] on the navigation",
        "nullable field", "init-only field", "private-setter field", "required member",
        "required many-to-one", "optional many-to-one", "several references to one entity", "self-reference", "one-to-one",
        "one-to-many", "many-to-many", "optional reference to an entity created later",
        "plain-class property (FSD0008)", "ignored navigation (FSD0032)",
        "user-authentication", "up to 3 entities (endpoints per entity)", "more than 3 entities (shared CRUD endpoints)",
        "no error injected", "error injected",
        "error: foreign key of another type than the key (FSD0033)", "error: a double key (FSD0031)", "error: abstract entity (FSD0036)",
        "error: reference to a composite key through one foreign key (FSD0033)", "error: a nullable key (FSD0031)",
        "error: [ForeignKey] naming no property (FSD0033)", "error: private setter on a key that is not generated (FSD0031)",
    }).ToList();

    public static ISet<string> Of(ModelSpec model)
    {
        var features = new HashSet<string>(StringComparer.Ordinal);
        features.Add(model.Defect is null ? "no error injected" : "error injected");
        if (model.Defect is { } defect)
        {
            features.Add("error: " + defect.Category);
        }

        if (model.Authentication)
        {
            features.Add("user-authentication");
        }

        features.Add(model.Entities.Count > 3 ? "more than 3 entities (shared CRUD endpoints)" : "up to 3 entities (endpoints per entity)");
        foreach (var entity in model.Entities)
        {
            AddKeys(entity, features);
            foreach (var member in entity.Members)
            {
                AddMember(member, features);
            }
        }

        AddRelations(model, features);
        return features;
    }

    private static void AddKeys(EntitySpec entity, HashSet<string> features)
    {
        var keys = entity.Keys;
        if (keys.Count > 1)
        {
            features.Add("composite key");
            if (keys.Any(k => k.ForeignKeyOf is not null))
            {
                features.Add("composite key with a foreign key part");
            }

            if (keys.All(k => k.ForeignKeyOf is not null))
            {
                features.Add("composite key of foreign keys only");
            }
        }
        else if (keys.Count == 1)
        {
            var key = keys[0];
            features.Add(key.ForeignKeyOf is not null ? "key that is the foreign key of a reference"
                : "key " + ScalarTypes.CSharp(key.Type) + (key.IsGenerated ? " (generated)" : string.Empty));
            if (key.IsGenerated && key.Access != Access.ReadWrite)
            {
                features.Add("generated key with a private setter or init");
            }
        }
    }

    private static void AddMember(MemberSpec member, HashSet<string> features)
    {
        foreach (var attribute in member.Attributes)
        {
            AddAttribute(member, attribute, features);
        }

        if (member.ExpectedWarning is { } warning)
        {
            features.Add(warning switch
            {
                "FSD0008" => "plain-class property (FSD0008)",
                "FSD0030" => "get-only property (FSD0030)",
                _ => "ignored navigation (FSD0032)",
            });
        }

        if (member.Field is not { } field || field.ForeignKeyOf is not null || field.IsKey)
        {
            return;
        }

        features.Add("field " + field.Type);
        if (field.Nullable)
        {
            features.Add("nullable field");
            features.Add("field " + field.Type + "?");
        }

        switch (field.Access)
        {
            case Access.InitOnly:
                features.Add("init-only field");
                break;
            case Access.PrivateSetter:
                features.Add("private-setter field");
                break;
        }

        if (field.RequiredMember)
        {
            features.Add("required member");
        }
    }

    private static void AddAttribute(MemberSpec member, string attribute, HashSet<string> features)
    {
        var name = attribute.Split('(')[0];
        switch (name)
        {
            case "Required":
                features.Add(member.Field is null ? "[Required] on the navigation" : attribute.Contains("AllowEmptyStrings", StringComparison.Ordinal) ? "[Required(AllowEmptyStrings = true)]" : "[Required]");
                break;
            case "StringLength":
                features.Add(attribute.Contains("MinimumLength", StringComparison.Ordinal) ? "[StringLength(MinimumLength = n)]" : "[StringLength]");
                if (member.Field?.Type == ScalarType.Bytes)
                {
                    features.Add("[StringLength] on byte[]");
                }

                break;
            case "Range":
                features.Add(attribute.Contains("typeof(decimal)", StringComparison.Ordinal) ? "[Range(typeof(decimal), ...)]"
                    : Bounds(attribute).Any(b => b.Contains('.', StringComparison.Ordinal)) ? "[Range] with double bounds" : "[Range] with int bounds");
                if (attribute.Contains("IsExclusive", StringComparison.Ordinal))
                {
                    features.Add("[Range] with an exclusive bound");
                }

                if (member.Field is { } field && ScalarTypes.IsInteger(field.Type) && OutsideType(field.Type, Bounds(attribute)))
                {
                    features.Add("[Range] wider than the field's type");
                }

                break;
            case "ForeignKey":
                features.Add(member.Field is null ? "[ForeignKey] on the navigation" : "[ForeignKey] on the foreign key");
                break;
            case "Precision":
                features.Add("[Precision]");
                break;
            default:
                features.Add("[" + name + "]");
                break;
        }

        if (attribute.Contains("ErrorMessage", StringComparison.Ordinal))
        {
            features.Add("ErrorMessage");
        }
    }

    private static void AddRelations(ModelSpec model, HashSet<string> features)
    {
        foreach (var reference in model.References.Where(r => !r.ForeignKey.IsKey))
        {
            features.Add(reference.IsRequired ? "required many-to-one" : "optional many-to-one");
            if (reference.Source == reference.Target)
            {
                features.Add(reference.Inverse == InverseKind.Collection ? "self-reference with children" : "self-reference");
                features.Add("self-reference");
            }
            else if (model.Entities.IndexOf(reference.Target) > model.Entities.IndexOf(reference.Source))
            {
                features.Add("optional reference to an entity created later");
            }

            if (reference.Inverse == InverseKind.Reference)
            {
                features.Add("one-to-one");
            }
            else if (reference.Inverse == InverseKind.Collection)
            {
                features.Add("one-to-many");
            }
        }

        if (model.Entities.Any(e => e.References.GroupBy(r => r.Target).Any(g => g.Count() > 1)))
        {
            features.Add("several references to one entity");
        }

        if (model.ManyToMany.Count > 0)
        {
            features.Add("many-to-many");
        }
    }

    private static string[] Bounds(string attribute) => Number().Matches(attribute).Select(m => m.Value).Take(2).ToArray();

    private static bool OutsideType(ScalarType type, string[] bounds)
    {
        var (min, max) = ScalarTypes.IntegerLimits(type);
        return bounds.Length == 2
            && (decimal.Parse(bounds[0], CultureInfo.InvariantCulture) < min || decimal.Parse(bounds[1], CultureInfo.InvariantCulture) > max);
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
