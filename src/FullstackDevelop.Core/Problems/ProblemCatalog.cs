using System.Collections.Generic;

namespace FullstackDevelop.Core.Problems;

/// <summary>
/// Every problem FullstackDevelop reports about requirement declarations. The IDs are stable:
/// they are listed in <c>AnalyzerReleases.*.md</c> and documented in <c>docs/diagnostics.md</c>.
/// </summary>
public static class ProblemCatalog
{
    /// <summary>FSD0001: the project's name is empty.</summary>
    public static readonly ProblemDescriptor EmptyProjectName = new(
        "FSD0001",
        "Project name is empty",
        "The project name is empty: pass a name to [assembly: FullstackProject(\"MyApp\")]",
        ProblemSeverity.Error);

    /// <summary>FSD0002: the expected number of users is negative.</summary>
    public static readonly ProblemDescriptor NegativeExpectedUsers = new(
        "FSD0002",
        "Expected users is negative",
        "ExpectedUsers is {0}: set it to the number of users the application should serve, or leave it out",
        ProblemSeverity.Error);

    /// <summary>FSD0003: a feature name is not lower-case kebab case.</summary>
    public static readonly ProblemDescriptor InvalidFeatureName = new(
        "FSD0003",
        "Invalid feature name",
        "Feature name '{0}' is invalid: use lower-case words joined by hyphens, such as 'user-authentication'",
        ProblemSeverity.Error);

    /// <summary>FSD0004: a feature is declared twice.</summary>
    public static readonly ProblemDescriptor DuplicateFeature = new(
        "FSD0004",
        "Duplicate feature",
        "Feature '{0}' is declared more than once: remove this declaration",
        ProblemSeverity.Warning);

    /// <summary>FSD0005: a requirement key is not a dotted lower-case key.</summary>
    public static readonly ProblemDescriptor InvalidRequirementKey = new(
        "FSD0005",
        "Invalid requirement key",
        "Requirement key '{0}' is invalid: use two or more lower-case segments joined by dots, such as 'ui.theme'",
        ProblemSeverity.Error);

    /// <summary>FSD0006: a requirement key is declared twice.</summary>
    public static readonly ProblemDescriptor DuplicateRequirementKey = new(
        "FSD0006",
        "Duplicate requirement key",
        "Requirement key '{0}' is already declared with the value '{1}': keep one declaration of each key",
        ProblemSeverity.Error);

    /// <summary>FSD0007: an entity has no key.</summary>
    public static readonly ProblemDescriptor EntityWithoutKey = new(
        "FSD0007",
        "Entity has no key",
        "Entity '{0}' has no key: add a property named 'Id' or '{0}Id', or mark one with [Key]",
        ProblemSeverity.Error);

    /// <summary>FSD0008: an entity property has a type no agent can map.</summary>
    public static readonly ProblemDescriptor UnsupportedPropertyType = new(
        "FSD0008",
        "Unsupported property type",
        "Property '{0}.{1}' of type '{2}' is ignored: use string, bool, byte, short, int, long, float, double, decimal, DateTime, DateTimeOffset, DateOnly, TimeOnly, TimeSpan, Guid, an enum, byte[], another [Entity], or a collection of one",
        ProblemSeverity.Warning);

    /// <summary>FSD0009: two entities have the same name.</summary>
    public static readonly ProblemDescriptor DuplicateEntity = new(
        "FSD0009",
        "Duplicate entity name",
        "Entity name '{0}' is already used by '{1}': rename one of the classes, entity names are unique across namespaces",
        ProblemSeverity.Error);

    /// <summary>FSD0010: an agent name is not lower-case kebab case.</summary>
    public static readonly ProblemDescriptor InvalidAgentName = new(
        "FSD0010",
        "Invalid agent name",
        "Agent name '{0}' is invalid: use lower-case words joined by hyphens, such as 'search-indexer'",
        ProblemSeverity.Error);

    /// <summary>FSD0011: an agent name is already taken.</summary>
    public static readonly ProblemDescriptor DuplicateAgent = new(
        "FSD0011",
        "Duplicate agent",
        "Agent '{0}' is already {1}: give this agent another name",
        ProblemSeverity.Error);

    /// <summary>FSD0012: an agent depends on an agent that does not exist.</summary>
    public static readonly ProblemDescriptor UnknownAgentDependency = new(
        "FSD0012",
        "Unknown agent dependency",
        "Agent '{0}' depends on '{1}', which is not an agent: use one of {2}",
        ProblemSeverity.Error);

    /// <summary>FSD0013: agents depend on each other in a cycle.</summary>
    public static readonly ProblemDescriptor AgentDependencyCycle = new(
        "FSD0013",
        "Agent dependency cycle",
        "Agents depend on each other in a cycle: {0}; remove one of these dependencies",
        ProblemSeverity.Error);

    /// <summary>FSD0014: requirement attributes are used without a project declaration.</summary>
    public static readonly ProblemDescriptor MissingProject = new(
        "FSD0014",
        "Requirements without a project",
        "Requirement attributes are ignored because the assembly has no project: add [assembly: FullstackProject(\"MyApp\")]",
        ProblemSeverity.Warning);

    /// <summary>FSD0015: a command agent's outputs are inconsistent with its command.</summary>
    public static readonly ProblemDescriptor InvalidAgentCommand = new(
        "FSD0015",
        "Invalid command agent",
        "Agent '{0}' {1}: a command agent sets both Command and Outputs (relative paths inside the output folder), a template agent sets neither",
        ProblemSeverity.Error);

    /// <summary>FSD0016: a key prefix an agent reads is not a dotted lower-case prefix.</summary>
    public static readonly ProblemDescriptor InvalidReadsPrefix = new(
        "FSD0016",
        "Invalid requirement prefix",
        "Agent '{0}' reads '{1}', which is not a requirement key prefix: use lower-case segments ending with a dot, such as 'search.'",
        ProblemSeverity.Error);

    /// <summary>FSD0017: a string length constraint is not positive.</summary>
    public static readonly ProblemDescriptor InvalidMaxLength = new(
        "FSD0017",
        "Invalid maximum length",
        "Property '{0}.{1}' has a maximum length of {2}: use a positive length, or remove the attribute for unlimited text",
        ProblemSeverity.Error);

    /// <summary>FSD0018: the estimated duration of an agent is not positive.</summary>
    public static readonly ProblemDescriptor InvalidEstimate = new(
        "FSD0018",
        "Invalid agent estimate",
        "Agent '{0}' has an estimated duration of {1} minutes: use a positive number of minutes",
        ProblemSeverity.Error);

    /// <summary>FSD0019: the generator failed unexpectedly.</summary>
    public static readonly ProblemDescriptor InternalError = new(
        "FSD0019",
        "FullstackDevelop generator failed",
        "FullstackDevelop could not generate the plan: {0}; please report this with the declarations that caused it",
        ProblemSeverity.Error);

    /// <summary>FSD0020: a template does not parse.</summary>
    public static readonly ProblemDescriptor TemplateParseError = new(
        "FSD0020",
        "Template does not parse",
        "Template '{0}' does not parse: {1}; fix the template, or delete the file to use the built-in one",
        ProblemSeverity.Error);

    /// <summary>FSD0021: a template failed while rendering.</summary>
    public static readonly ProblemDescriptor TemplateRenderError = new(
        "FSD0021",
        "Template failed to render",
        "Template '{0}' failed while rendering {1}: {2}; the other generated files are still produced",
        ProblemSeverity.Error);

    /// <summary>FSD0022: generated code a web project with entities needs is left out because the project lacks a package.</summary>
    public static readonly ProblemDescriptor MissingPackage = new(
        "FSD0022",
        "Generated code needs a package",
        "{0} are not generated because the project does not reference {1}: {2}, or add <NoWarn>FSD0022</NoWarn> if the project does not want them",
        ProblemSeverity.Warning);

    /// <summary>FSD0023: an attribute argument is not a constant the generator can read.</summary>
    public static readonly ProblemDescriptor UnreadableAttributeArgument = new(
        "FSD0023",
        "Attribute argument cannot be read",
        "The argument '{0}' of [{1}] on '{2}' is ignored because FullstackDevelop cannot read it: write a literal, nameof(...), or the name of a const field declared in this project",
        ProblemSeverity.Warning);

    /// <summary>FSD0024: authentication is declared but the API would be generated without it.</summary>
    public static readonly ProblemDescriptor AuthenticationWithoutJwtBearer = new(
        "FSD0024",
        "Authentication needs the JwtBearer package",
        "The feature 'user-authentication' needs Microsoft.AspNetCore.Authentication.JwtBearer, which the project does not reference, and the generated API would let anyone in: add <PackageReference Include=\"Microsoft.AspNetCore.Authentication.JwtBearer\" Version=\"{0}\" />",
        ProblemSeverity.Error);

    /// <summary>FSD0025: an attribute FullstackDevelop does not support, and nothing applies.</summary>
    public static readonly ProblemDescriptor IgnoredAnnotation = new(
        "FSD0025",
        "Attribute is not supported",
        "[{0}] on '{1}' is ignored: FullstackDevelop does not support it, so the generated API, database and frontend do not follow it; remove it{2}",
        ProblemSeverity.Warning);

    /// <summary>FSD0026: an attribute FullstackDevelop does not support, which EF Core would apply anyway.</summary>
    public static readonly ProblemDescriptor RejectedAnnotation = new(
        "FSD0026",
        "Attribute cannot be used on an entity",
        "[{0}] on '{1}' is not supported: EF Core would apply it where the generated SQL schema, OpenAPI document and frontend do not; remove it{2}",
        ProblemSeverity.Error);

    /// <summary>FSD0027: an attribute on a property it does not apply to.</summary>
    public static readonly ProblemDescriptor AnnotationNotApplicable = new(
        "FSD0027",
        "Attribute does not apply to the property",
        "[{0}] on '{1}' is ignored: it applies to {2}, and '{1}' is {3}; remove it",
        ProblemSeverity.Warning);

    /// <summary>FSD0028: an attribute's arguments do not make a rule.</summary>
    public static readonly ProblemDescriptor InvalidAnnotation = new(
        "FSD0028",
        "Attribute arguments are not valid",
        "[{0}] on '{1}' is not valid: {2}",
        ProblemSeverity.Error);

    /// <summary>FSD0029: an attribute argument FullstackDevelop does not apply.</summary>
    public static readonly ProblemDescriptor IgnoredAnnotationArgument = new(
        "FSD0029",
        "Attribute argument is not supported",
        "The argument '{0}' of [{1}] on '{2}' is ignored: {3}",
        ProblemSeverity.Warning);

    /// <summary>FSD0030: a property without a setter.</summary>
    public static readonly ProblemDescriptor PropertyNotStored = new(
        "FSD0030",
        "Property has no setter",
        "Property '{0}.{1}' has no setter, so it is not stored or exposed by the API: add a setter (a private one makes it read-only in the API), or mark it [NotMapped] if it is computed",
        ProblemSeverity.Warning);

    /// <summary>FSD0031: a key the database or the API cannot work with.</summary>
    public static readonly ProblemDescriptor InvalidKey = new(
        "FSD0031",
        "Key is not supported",
        "Key '{0}.{1}' {2}: keys are non-nullable int, long, short, byte, Guid or string properties, and the API must be able to set a key it does not generate",
        ProblemSeverity.Error);

    /// <summary>FSD0032: a navigation property the API cannot manage.</summary>
    public static readonly ProblemDescriptor IgnoredNavigation = new(
        "FSD0032",
        "Navigation is ignored",
        "Navigation '{0}.{1}' is ignored, and EF Core does not map it: {2}",
        ProblemSeverity.Warning);

    /// <summary>FSD0033: a foreign key EF Core would reject when the app starts.</summary>
    public static readonly ProblemDescriptor InvalidForeignKey = new(
        "FSD0033",
        "Foreign key does not match",
        "The foreign key of '{0}.{1}' {2}",
        ProblemSeverity.Error);

    /// <summary>FSD0034: an entity derives from another entity.</summary>
    public static readonly ProblemDescriptor EntityInheritance = new(
        "FSD0034",
        "Entity derives from an entity",
        "Entity '{0}' derives from the entity '{1}', and inheritance between entities is not supported: derive both from a base class without [Entity]",
        ProblemSeverity.Error);

    /// <summary>FSD0035: two entities use the same table.</summary>
    public static readonly ProblemDescriptor DuplicateTable = new(
        "FSD0035",
        "Duplicate table name",
        "Entity '{0}' uses the table '{1}', which '{2}' uses too (SQLite compares table names ignoring case): give one of them another [Entity(Table = \"...\")]",
        ProblemSeverity.Error);

    /// <summary>FSD0036: an entity the API cannot create.</summary>
    public static readonly ProblemDescriptor EntityCannotBeCreated = new(
        "FSD0036",
        "Entity cannot be created",
        "Entity '{0}' {1}: the API creates rows with 'new {0}()' and sets the fields its requests carry",
        ProblemSeverity.Error);

    /// <summary>FSD0037: a render limit property is not a positive whole number.</summary>
    public static readonly ProblemDescriptor InvalidRenderLimit = new(
        "FSD0037",
        "Invalid render limit",
        "The property {0} is '{1}', which is not a whole number from 1 to 2147483647, so the default {2} is used: set it to a whole number such as {3}, or remove it",
        ProblemSeverity.Warning);

    /// <summary>FSD0038: a requirement key no agent reads.</summary>
    public static readonly ProblemDescriptor UnknownRequirementKey = new(
        "FSD0038",
        "Unknown requirement key",
        "Requirement key '{0}' is read by no agent, so it is ignored{1}: use a key from docs/requirement-keys.md, or declare an [assembly: Agent] whose Reads covers it",
        ProblemSeverity.Warning);

    /// <summary>FSD0039: a requirement value the key does not accept.</summary>
    public static readonly ProblemDescriptor InvalidRequirementValue = new(
        "FSD0039",
        "Requirement value is not allowed",
        "Requirement key '{0}' does not accept the value '{1}'{2}: use {3} (see docs/requirement-keys.md)",
        ProblemSeverity.Warning);

    /// <summary>FSD0040: a feature the generated application does not implement.</summary>
    public static readonly ProblemDescriptor UnknownFeature = new(
        "FSD0040",
        "Unknown feature",
        "Feature '{0}' is not implemented, so it is ignored{1}: remove it, or declare one of the features: {2}",
        ProblemSeverity.Warning);

    /// <summary>
    /// FSD0041: a custom agent that would write nothing, or a template of one that cannot be rendered where it says: an
    /// agent with neither a template nor a command, both, or an <c>[assembly: AgentTemplate]</c> whose agent, template or
    /// output is wrong. The second argument says which, and what to do.
    /// </summary>
    public static readonly ProblemDescriptor InvalidTemplateAgent = new(
        "FSD0041",
        "Custom agent has no valid templates or command",
        "Agent '{0}' {1}",
        ProblemSeverity.Error);

    /// <summary>FSD0042: an entity takes a name the audit-log feature generates.</summary>
    public static readonly ProblemDescriptor AuditLogNameTaken = new(
        "FSD0042",
        "Entity takes a name of the audit log",
        "Entity '{0}' {1}, which the feature 'audit-log' generates too: rename the entity or give it another [Entity(Table = \"...\")], or remove [assembly: Feature(\"audit-log\")]",
        ProblemSeverity.Error);

    /// <summary>All descriptors, in ID order.</summary>
    public static IReadOnlyList<ProblemDescriptor> All { get; } = new[]
    {
        EmptyProjectName, NegativeExpectedUsers, InvalidFeatureName, DuplicateFeature, InvalidRequirementKey,
        DuplicateRequirementKey, EntityWithoutKey, UnsupportedPropertyType, DuplicateEntity, InvalidAgentName,
        DuplicateAgent, UnknownAgentDependency, AgentDependencyCycle, MissingProject, InvalidAgentCommand,
        InvalidReadsPrefix, InvalidMaxLength, InvalidEstimate, InternalError, TemplateParseError, TemplateRenderError,
        MissingPackage, UnreadableAttributeArgument, AuthenticationWithoutJwtBearer, IgnoredAnnotation, RejectedAnnotation,
        AnnotationNotApplicable, InvalidAnnotation, IgnoredAnnotationArgument, PropertyNotStored, InvalidKey, IgnoredNavigation,
        InvalidForeignKey, EntityInheritance, DuplicateTable, EntityCannotBeCreated, InvalidRenderLimit, UnknownRequirementKey,
        InvalidRequirementValue, UnknownFeature, InvalidTemplateAgent, AuditLogNameTaken,
    };
}
