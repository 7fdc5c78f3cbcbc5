using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Requirements;

/// <summary>
/// Writes and reads the requirements snapshot: compact JSON with a fixed property order, so equal
/// requirements always give the same bytes, and a <c>schemaVersion</c> the reader checks.
/// </summary>
public static class RequirementsJson
{
    private const string SchemaVersionProperty = "schemaVersion";

    private const string EntitiesMarker = "\"entities\":[]";

    /// <summary>The snapshot as compact, canonical JSON: its envelope around each entity's JSON, the same pieces a host assembles.</summary>
    public static string Write(ProjectRequirements requirements) =>
        WriteEnvelope(requirements).Assemble(requirements.Entities.Select(WriteEntity).ToList());

    /// <summary>
    /// One entity's JSON exactly as it stands in the snapshot, so a host can write each entity apart (and keep the JSON of
    /// the entities that did not change) and assemble the snapshot with <see cref="WriteEnvelope"/>.
    /// </summary>
    public static string WriteEntity(EntityInfo entity) => WriteCompact(writer => WriteEntity(writer, entity));

    /// <summary>The snapshot of <paramref name="requirements"/> around its entities, which it ignores.</summary>
    public static SnapshotEnvelope WriteEnvelope(ProjectRequirements requirements)
    {
        var document = WriteCompact(writer => WriteWithoutEntities(writer, requirements));

        // The writer escapes every quote inside a string value, so the first bare marker is the property itself.
        var split = document.IndexOf(EntitiesMarker, StringComparison.Ordinal) + EntitiesMarker.Length - 1;
        return new SnapshotEnvelope(document.Substring(0, split), document.Substring(split));
    }

    private static string WriteCompact(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    // The whole document with an empty entities array.
    private static void WriteWithoutEntities(Utf8JsonWriter writer, ProjectRequirements requirements)
    {
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersionProperty, ProjectRequirements.SchemaVersion);
        WriteProject(writer, requirements.Project);
        WriteStrings(writer, "features", requirements.Features);
        writer.WriteStartArray("entities");
        writer.WriteEndArray();
        writer.WriteStartObject("requirements");
        foreach (var entry in requirements.Requirements)
        {
            writer.WriteString(entry.Key, entry.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("agents");
        foreach (var agent in requirements.Agents)
        {
            WriteAgent(writer, agent);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The <c>schemaVersion</c> a snapshot declares, or <see langword="null"/> when the text is not a JSON object with
    /// one: tells a snapshot of another package version apart from a damaged one, which <see cref="Read"/> rejects alike.
    /// </summary>
    public static int? SchemaVersionOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty(SchemaVersionProperty, out var version)
                && version.ValueKind == JsonValueKind.Number
                && version.TryGetInt32(out var number)
                    ? number
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/>.</summary>
    /// <exception cref="FormatException">The text is not a snapshot of this schema version.</exception>
    public static ProjectRequirements Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var version = root.GetProperty(SchemaVersionProperty).GetInt32();
            if (version != ProjectRequirements.SchemaVersion)
            {
                throw new FormatException($"The requirements snapshot has schema version {version}; this version of FullstackDevelop reads version {ProjectRequirements.SchemaVersion}. Rebuild the project.");
            }

            return new ProjectRequirements(
                ReadProject(root.GetProperty("project")),
                ReadStrings(root.GetProperty("features")),
                EquatableArray.From(root.GetProperty("entities").EnumerateArray().Select(ReadEntity)),
                EquatableArray.From(root.GetProperty("requirements").EnumerateObject().Select(p => new RequirementEntry(p.Name, p.Value.GetString() ?? string.Empty))),
                EquatableArray.From(root.GetProperty("agents").EnumerateArray().Select(ReadAgent)));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("The requirements snapshot is not valid: " + exception.Message, exception);
        }
    }

    private static void WriteProject(Utf8JsonWriter writer, ProjectInfo project)
    {
        writer.WriteStartObject("project");
        writer.WriteString("name", project.Name);
        writer.WriteString("scale", Lower(project.Scale.ToString()));
        writer.WriteString("scaleSource", ScaleSourceName(project.ScaleSource));
        writer.WriteNumber("expectedUsers", project.ExpectedUsers);
        WriteStrings(writer, "stack", project.Stack);
        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, EntityInfo entity)
    {
        writer.WriteStartObject();
        writer.WriteString("name", entity.Name);
        if (entity.ClrType is not null)
        {
            writer.WriteString("clrType", entity.ClrType);
        }

        writer.WriteString("table", entity.Table);
        writer.WriteStartArray("fields");
        foreach (var field in entity.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WriteString("type", field.Type);
            writer.WriteBoolean("key", field.IsKey);
            writer.WriteBoolean("required", field.IsRequired);
            if (field.IsNullable)
            {
                writer.WriteBoolean("nullable", true);
            }

            if (field.MaxLength is { } maxLength)
            {
                writer.WriteNumber("maxLength", maxLength);
            }

            if (field.EnumType is not null)
            {
                writer.WriteString("enumType", field.EnumType);
            }

            if (field.EnumMembers.Count > 0)
            {
                WriteStrings(writer, "enumMembers", field.EnumMembers);
            }

            if (field.Access != PropertyAccess.ReadWrite)
            {
                writer.WriteString("access", AccessName(field.Access));
            }

            if (field.Rules is { } rules)
            {
                WriteRules(writer, rules);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var relation in entity.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("name", relation.Name);
            writer.WriteString("target", relation.Target);
            writer.WriteString("kind", KindName(relation.Kind));
            if (relation.ForeignKey is not null)
            {
                writer.WriteString("foreignKey", relation.ForeignKey);
            }

            writer.WriteBoolean("required", relation.IsRequired);
            if (relation.Inverse is not null)
            {
                writer.WriteString("inverse", relation.Inverse);
            }

            if (relation.IsUnique)
            {
                writer.WriteBoolean("unique", true);
            }

            if (relation.Join is { } join)
            {
                writer.WriteStartObject("join");
                writer.WriteString("table", join.Table);
                writer.WriteString("column", join.Column);
                writer.WriteString("targetColumn", join.TargetColumn);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (entity.Ignored.Count > 0)
        {
            WriteStrings(writer, "ignored", entity.Ignored);
        }

        writer.WriteEndObject();
    }

    // Only what differs from no rules, in a fixed order.
    private static void WriteRules(Utf8JsonWriter writer, FieldRules rules)
    {
        writer.WriteStartObject("rules");
        if (rules.MinLength is { } minLength)
        {
            writer.WriteNumber("minLength", minLength);
        }

        if (rules.Minimum is not null)
        {
            writer.WriteString("minimum", rules.Minimum);
            writer.WriteBoolean("minimumIsExclusive", rules.MinimumIsExclusive);
        }

        if (rules.Maximum is not null)
        {
            writer.WriteString("maximum", rules.Maximum);
            writer.WriteBoolean("maximumIsExclusive", rules.MaximumIsExclusive);
        }

        WriteOptional(writer, "format", rules.Format);
        WriteOptional(writer, "pattern", rules.Pattern);
        if (rules.Precision is { } precision)
        {
            writer.WriteNumber("precision", precision);
            writer.WriteNumber("scale", rules.Scale ?? 0);
        }

        if (rules.AllowEmptyStrings)
        {
            writer.WriteBoolean("allowEmptyStrings", true);
        }

        if (rules.Messages.Count > 0)
        {
            writer.WriteStartObject("messages");
            foreach (var message in rules.Messages)
            {
                writer.WriteString(message.Rule, message.Message);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteAgent(Utf8JsonWriter writer, CustomAgentInfo agent)
    {
        writer.WriteStartObject();
        writer.WriteString("name", agent.Name);
        WriteStrings(writer, "dependsOn", agent.DependsOn);
        WriteStrings(writer, "reads", agent.Reads);
        writer.WriteString("version", agent.Version);
        writer.WriteNumber("estimatedMinutes", agent.EstimatedMinutes);
        if (agent.Command is not null)
        {
            writer.WriteString("command", agent.Command);
        }

        WriteStrings(writer, "outputs", agent.Outputs);

        // Written only when there are templates, so the snapshot of a project without template agents is as it was.
        if (agent.Templates.Count > 0)
        {
            writer.WriteStartArray("templates");
            foreach (var template in agent.Templates)
            {
                writer.WriteStartObject();
                writer.WriteString("template", template.Template);
                writer.WriteString("output", template.Output);
                writer.WriteBoolean("perEntity", template.PerEntity);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, EquatableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static ProjectInfo ReadProject(JsonElement element) => new(
        element.GetProperty("name").GetString() ?? string.Empty,
        ParseEnum<ProjectScale>(element.GetProperty("scale").GetString()),
        ParseScaleSource(element.GetProperty("scaleSource").GetString()),
        element.GetProperty("expectedUsers").GetInt32(),
        ReadStrings(element.GetProperty("stack")));

    private static EntityInfo ReadEntity(JsonElement element) => new(
        element.GetProperty("name").GetString() ?? string.Empty,
        element.GetProperty("table").GetString() ?? string.Empty,
        EquatableArray.From(element.GetProperty("fields").EnumerateArray().Select(field => new FieldInfo(
            field.GetProperty("name").GetString() ?? string.Empty,
            field.GetProperty("type").GetString() ?? string.Empty,
            field.GetProperty("key").GetBoolean(),
            field.GetProperty("required").GetBoolean(),
            field.TryGetProperty("maxLength", out var maxLength) ? maxLength.GetInt32() : null,
            field.TryGetProperty("enumMembers", out var members) ? ReadStrings(members) : default,
            field.TryGetProperty("enumType", out var enumType) ? enumType.GetString() : null,
            field.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean(),
            field.TryGetProperty("rules", out var rules) ? ReadRules(rules) : null,
            field.TryGetProperty("access", out var access) ? ParseAccess(access.GetString()) : PropertyAccess.ReadWrite))),
        EquatableArray.From(element.GetProperty("relations").EnumerateArray().Select(relation => new RelationInfo(
            relation.GetProperty("name").GetString() ?? string.Empty,
            relation.GetProperty("target").GetString() ?? string.Empty,
            ParseKind(relation.GetProperty("kind").GetString()),
            relation.TryGetProperty("foreignKey", out var foreignKey) ? foreignKey.GetString() : null,
            relation.GetProperty("required").GetBoolean(),
            relation.TryGetProperty("inverse", out var inverse) ? inverse.GetString() : null,
            relation.TryGetProperty("unique", out var unique) && unique.GetBoolean(),
            relation.TryGetProperty("join", out var join)
                ? new JoinTableInfo(join.GetProperty("table").GetString() ?? string.Empty, join.GetProperty("column").GetString() ?? string.Empty, join.GetProperty("targetColumn").GetString() ?? string.Empty)
                : null))),
        element.TryGetProperty("clrType", out var clrType) ? clrType.GetString() : null,
        element.TryGetProperty("ignored", out var ignored) ? ReadStrings(ignored) : default);

    private static FieldRules ReadRules(JsonElement element) => new(
        element.TryGetProperty("minLength", out var minLength) ? minLength.GetInt32() : null,
        element.TryGetProperty("minimum", out var minimum) ? minimum.GetString() : null,
        element.TryGetProperty("minimumIsExclusive", out var minimumIsExclusive) && minimumIsExclusive.GetBoolean(),
        element.TryGetProperty("maximum", out var maximum) ? maximum.GetString() : null,
        element.TryGetProperty("maximumIsExclusive", out var maximumIsExclusive) && maximumIsExclusive.GetBoolean(),
        element.TryGetProperty("format", out var format) ? format.GetString() : null,
        element.TryGetProperty("pattern", out var pattern) ? pattern.GetString() : null,
        element.TryGetProperty("precision", out var precision) ? precision.GetInt32() : null,
        element.TryGetProperty("scale", out var scale) ? scale.GetInt32() : null,
        element.TryGetProperty("allowEmptyStrings", out var allowEmpty) && allowEmpty.GetBoolean(),
        element.TryGetProperty("messages", out var messages)
            ? EquatableArray.From(messages.EnumerateObject().Select(m => new RuleMessage(m.Name, m.Value.GetString() ?? string.Empty)))
            : default);

    private static CustomAgentInfo ReadAgent(JsonElement element) => new(
        element.GetProperty("name").GetString() ?? string.Empty,
        ReadStrings(element.GetProperty("dependsOn")),
        ReadStrings(element.GetProperty("reads")),
        element.GetProperty("version").GetString() ?? string.Empty,
        element.GetProperty("estimatedMinutes").GetInt32(),
        element.TryGetProperty("command", out var command) ? command.GetString() : null,
        ReadStrings(element.GetProperty("outputs")),
        element.TryGetProperty("templates", out var templates)
            ? EquatableArray.From(templates.EnumerateArray().Select(template => new CustomAgentTemplate(
                template.GetProperty("template").GetString() ?? string.Empty,
                template.GetProperty("output").GetString() ?? string.Empty,
                template.GetProperty("perEntity").GetBoolean())))
            : default);

    private static EquatableArray<string> ReadStrings(JsonElement element) =>
        EquatableArray.From(element.EnumerateArray().Select(item => item.GetString() ?? string.Empty));

    private static string Lower(string value) => value.ToLowerInvariant();

    private static string ScaleSourceName(ScaleSource source) => source switch
    {
        ScaleSource.Declared => "declared",
        ScaleSource.ExpectedUsers => "expected-users",
        _ => "default",
    };

    private static string KindName(RelationKind kind) => kind switch
    {
        RelationKind.ManyToOne => "many-to-one",
        RelationKind.OneToMany => "one-to-many",
        RelationKind.OneToOne => "one-to-one",
        _ => "many-to-many",
    };

    private static RelationKind ParseKind(string? name) => name switch
    {
        "many-to-one" => RelationKind.ManyToOne,
        "one-to-many" => RelationKind.OneToMany,
        "one-to-one" => RelationKind.OneToOne,
        "many-to-many" => RelationKind.ManyToMany,
        _ => throw new FormatException($"Unknown relation kind '{name}'."),
    };

    private static string AccessName(PropertyAccess access) => access switch
    {
        PropertyAccess.InitOnly => "init-only",
        PropertyAccess.NonPublicSetter => "read-only",
        PropertyAccess.GetOnly => "get-only",
        _ => "read-write",
    };

    private static PropertyAccess ParseAccess(string? name) => name switch
    {
        "read-write" => PropertyAccess.ReadWrite,
        "init-only" => PropertyAccess.InitOnly,
        "read-only" => PropertyAccess.NonPublicSetter,
        "get-only" => PropertyAccess.GetOnly,
        _ => throw new FormatException($"Unknown property access '{name}'."),
    };

    private static ScaleSource ParseScaleSource(string? name) => name switch
    {
        "declared" => ScaleSource.Declared,
        "expected-users" => ScaleSource.ExpectedUsers,
        "default" => ScaleSource.Default,
        _ => throw new FormatException($"Unknown scale source '{name}'."),
    };

    private static T ParseEnum<T>(string? name)
        where T : struct => Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(typeof(T), value)
            ? value
            : throw new FormatException($"Unknown {typeof(T).Name} '{name}'.");
}
