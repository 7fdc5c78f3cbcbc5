using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Agents.Layout;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// Works out what agent templates render from the canonical requirements and the plan. Names, routes and keys come from
/// <see cref="BackendModelBuilder"/>, so the OpenAPI document, the SQL schema and the frontend match the generated API.
/// </summary>
public static class ArtifactModelBuilder
{
    // How EF Core's Npgsql provider creates each field type's column (enums are stored as text, see below).
    private static readonly Dictionary<string, string> SqlTypes = new(StringComparer.Ordinal)
    {
        ["string"] = "text",
        ["bool"] = "boolean",
        ["byte"] = "smallint",
        ["int16"] = "smallint",
        ["int32"] = "integer",
        ["int64"] = "bigint",
        ["float"] = "real",
        ["double"] = "double precision",
        ["datetime"] = "timestamp with time zone",
        ["datetimeoffset"] = "timestamp with time zone",
        ["date"] = "date",
        ["time"] = "time without time zone",
        ["timespan"] = "interval",
        ["guid"] = "uuid",
        ["bytes"] = "bytea",
    };

    // How System.Text.Json writes each field type, as JSON Schema type and format.
    private static readonly Dictionary<string, (string Type, string? Format)> JsonSchemaTypes = new(StringComparer.Ordinal)
    {
        ["string"] = ("string", null),
        ["bool"] = ("boolean", null),
        ["byte"] = ("integer", "int32"),
        ["int16"] = ("integer", "int32"),
        ["int32"] = ("integer", "int32"),
        ["int64"] = ("integer", "int64"),
        ["float"] = ("number", "float"),
        ["double"] = ("number", "double"),
        ["decimal"] = ("number", "double"),
        ["datetime"] = ("string", "date-time"),
        ["datetimeoffset"] = ("string", "date-time"),
        ["date"] = ("string", "date"),

        // No format: JSON Schema's "time" is RFC 3339's, with an offset, and "duration" is ISO 8601's (PT1H30M), but System.Text.Json
        // writes HH:mm:ss[.fffffff] and [-][d.]hh:mm:ss[.fffffff]. The OpenAPI template gives their patterns instead.
        ["time"] = ("string", null),
        ["timespan"] = ("string", null),
        ["guid"] = ("string", "uuid"),
        ["bytes"] = ("string", "byte"),
    };

    private static readonly HashSet<string> IntegerTypes = new(StringComparer.Ordinal) { "byte", "int16", "int32", "int64" };

    /// <summary>
    /// The model of <paramref name="requirements"/>, planned as <paramref name="plan"/>, with C# code under
    /// <paramref name="rootNamespace"/>, laid out as <paramref name="layout"/> (by default a project named after the namespace
    /// at the repository root, writing to <c>fullstack/</c>), for the app whose project file is <paramref name="projectFile"/>
    /// relative to the output folder (null for the default layout, <see cref="RelativeProjectFile.Default"/>).
    /// </summary>
    public static ArtifactModel Build(ProjectRequirements requirements, ExecutionPlan plan, string rootNamespace, ArtifactLayout? layout = null, string? projectFile = null)
    {
        var backend = BackendModelBuilder.Build(requirements, rootNamespace);
        var info = requirements.Project;
        var project = new ArtifactProject(
            info.Name,
            CSharpNames.Kebab(backend.Settings.Prefix),
            rootNamespace,
            backend.Settings.Prefix,
            info.Scale.ToString().ToLowerInvariant(),
            info.ExpectedUsers,
            info.Stack,
            requirements.Features,
            backend.Settings.RequiresAuthorization,
            info.Stack.Any(item => string.Equals(item, "postgresql", StringComparison.OrdinalIgnoreCase)) ? "postgresql" : "sqlite",
            backend.Settings.RecordsAuditLog,
            projectFile ?? RelativeProjectFile.Default(rootNamespace));
        var sources = requirements.Entities.ToDictionary(entity => entity.Name, StringComparer.Ordinal);
        var byName = backend.Entities.ToDictionary(entity => entity.Name, StringComparer.Ordinal);
        var references = new ReferenceIndex(backend.Entities);
        var entities = backend.Entities.Select(entity => BuildEntity(entity, sources[entity.Name], byName, sources, references));
        return new ArtifactModel(
            project,
            EquatableArray.From(entities),
            EquatableArray.From(requirements.Requirements.Select(entry => new ArtifactRequirement(entry.Key, entry.Value))),
            BuildPlan(plan),
            InfrastructureProfiles.For(info.Scale) with { ScalesOut = project.UsesPostgreSql },
            layout ?? ArtifactLayout.AtRepositoryRoot(rootNamespace + ".csproj"));
    }

    private static ArtifactEntity BuildEntity(BackendEntity entity, EntityInfo source, Dictionary<string, BackendEntity> all, Dictionary<string, EntityInfo> sources, ReferenceIndex references)
    {
        var fieldInfos = source.Fields.ToDictionary(field => field.Name, StringComparer.Ordinal);
        var fields = EquatableArray.From(entity.Fields.Select(field => BuildField(field, fieldInfos[field.Name])));
        return new ArtifactEntity(
            entity.Name,
            CSharpNames.Kebab(entity.Name),
            CSharpNames.Camel(entity.Name),
            entity.PluralName,
            CSharpNames.Camel(entity.PluralName),
            entity.DisplayName,
            CSharpNames.Prose(entity.PluralName),
            entity.Table,
            entity.Route,
            entity.HasEndpoints,
            fields,
            EquatableArray.From(fields.Where(field => field.IsKey)),
            EquatableArray.From(entity.References.Select(reference => BuildReference(reference, all[reference.Target]))),
            EquatableArray.From(entity.Collections.Select(collection => new ArtifactOneToMany(collection.Name, collection.Target, references.Refers(collection.Target, entity.Name)))),
            EquatableArray.From(entity.ManyToMany.Select(relation => BuildManyToMany(relation, all[relation.Target], sources[relation.Target]))),
            references.ReferrersOf(entity.Name));
    }

    private static ArtifactManyToMany BuildManyToMany(BackendManyToMany relation, BackendEntity target, EntityInfo targetSource) =>
        new(
            relation.Name,
            CSharpNames.JsonName(relation.Name),
            relation.Target,
            relation.Inverse,
            relation.Segment,
            relation.TargetRoute,
            BuildField(relation.TargetKey, targetSource.Fields.Single(field => field.IsKey)),
            target.Table,
            relation.JoinTable,
            relation.Column,
            relation.TargetColumn,
            relation.IsConfiguredHere,
            CSharpNames.Kebab(relation.Target),
            target.DisplayName,
            CSharpNames.Camel(relation.Target) + relation.TargetKey.Name);

    private static ArtifactField BuildField(BackendField field, FieldInfo source)
    {
        var isEnum = source.Type == FieldType.Enum;
        var schema = isEnum ? ("string", null) : JsonSchemaTypes[source.Type];
        return new ArtifactField(
            field.Name,
            field.JsonName,
            source.Type,
            SqlTypeOf(source, field),
            TsTypeOf(source),
            schema.Item1,
            schema.Item2,
            field.IsRequired,
            field.IsKey,
            field.IsGenerated,
            field.IsGenerated && IntegerTypes.Contains(source.Type),
            field.MaxLength,
            source.EnumMembers,
            field.ForeignKeyOf,
            field.IsSortable,
            source.Constraints,
            field.InCreate,
            field.InUpdate,
            field.Checks,
            ArtifactValidation.For(source));
    }

    // Text with a maximum length is varchar, as EF Core makes it from HasMaxLength; enums are stored by name.
    private static string SqlTypeOf(FieldInfo source, BackendField field)
    {
        if (source.Type == FieldType.Enum)
        {
            return field.EnumMaxLength > 0 ? "character varying(" + field.EnumMaxLength + ")" : "text";
        }

        if (source.Type == "decimal")
        {
            return "numeric(" + (field.Precision ?? FieldRules.DefaultPrecision) + "," + (field.Scale ?? FieldRules.DefaultScale) + ")";
        }

        return source.Type == "string" && source.MaxLength is { } length ? "character varying(" + length + ")" : SqlTypes[source.Type];
    }

    private static string TsTypeOf(FieldInfo source)
    {
        if (source.Type == FieldType.Enum)
        {
            return source.EnumMembers.Count == 0 ? "string" : string.Join(" | ", source.EnumMembers.Select(member => "'" + member + "'"));
        }

        return JsonSchemaTypes[source.Type].Type switch
        {
            "integer" or "number" => "number",
            "boolean" => "boolean",
            _ => "string",
        };
    }

    private static ArtifactReference BuildReference(BackendManyToOne reference, BackendEntity target) =>
        new(
            reference.Name,
            reference.Target,
            target.Table,
            target.Keys.Count == 1 ? target.Keys[0].Name : string.Join(", ", target.Keys.Select(key => key.Name)),
            target.Route,
            reference.ForeignKey,
            reference.IsRequired,
            reference.IsRequired ? "RESTRICT" : "SET NULL",
            reference.IsUnique);

    private static ArtifactPlan BuildPlan(ExecutionPlan plan) =>
        new(
            EquatableArray.From(plan.Agents.Select(agent => new ArtifactPlanAgent(
                agent.Definition.Name,
                agent.Definition.DependsOn,
                agent.Group,
                agent.Definition.EstimatedMinutes,
                agent.Definition.IsBuiltIn,
                agent.Definition.Command,
                agent.Definition.IsBuiltIn
                    ? EquatableArray.From(BuiltInAgentArtifacts.All.Where(artifact => artifact.Agent == agent.Definition.Name).Select(artifact => artifact.Path))
                    : agent.Definition.Outputs))),
            EquatableArray.From(plan.ParallelGroups.Select(group => new ArtifactPlanGroup(group.Number, group.Agents, group.DurationMinutes))),
            plan.CriticalPath.Agents,
            plan.CriticalPath.LengthMinutes,
            plan.CriticalPath.SequentialMinutes,
            plan.ResourceProfile.MaxConcurrentAgents,
            MermaidWriter.Write(plan));
}
