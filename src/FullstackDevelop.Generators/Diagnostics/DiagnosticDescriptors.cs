using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Problems;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Diagnostics;

/// <summary>
/// The compiler diagnostics, one per problem in Core's <see cref="ProblemCatalog"/>, which owns the
/// texts. IDs and severities are literals here so Roslyn's release tracking can check them against
/// AnalyzerReleases.*.md; a test checks they match the catalog.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "FullstackDevelop";

    public static readonly DiagnosticDescriptor EmptyProjectName = new("FSD0001", ProblemCatalog.EmptyProjectName.Title, ProblemCatalog.EmptyProjectName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.EmptyProjectName.HelpLink);

    public static readonly DiagnosticDescriptor NegativeExpectedUsers = new("FSD0002", ProblemCatalog.NegativeExpectedUsers.Title, ProblemCatalog.NegativeExpectedUsers.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.NegativeExpectedUsers.HelpLink);

    public static readonly DiagnosticDescriptor InvalidFeatureName = new("FSD0003", ProblemCatalog.InvalidFeatureName.Title, ProblemCatalog.InvalidFeatureName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidFeatureName.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateFeature = new("FSD0004", ProblemCatalog.DuplicateFeature.Title, ProblemCatalog.DuplicateFeature.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.DuplicateFeature.HelpLink);

    public static readonly DiagnosticDescriptor InvalidRequirementKey = new("FSD0005", ProblemCatalog.InvalidRequirementKey.Title, ProblemCatalog.InvalidRequirementKey.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidRequirementKey.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateRequirementKey = new("FSD0006", ProblemCatalog.DuplicateRequirementKey.Title, ProblemCatalog.DuplicateRequirementKey.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.DuplicateRequirementKey.HelpLink);

    public static readonly DiagnosticDescriptor EntityWithoutKey = new("FSD0007", ProblemCatalog.EntityWithoutKey.Title, ProblemCatalog.EntityWithoutKey.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.EntityWithoutKey.HelpLink);

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = new("FSD0008", ProblemCatalog.UnsupportedPropertyType.Title, ProblemCatalog.UnsupportedPropertyType.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.UnsupportedPropertyType.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateEntity = new("FSD0009", ProblemCatalog.DuplicateEntity.Title, ProblemCatalog.DuplicateEntity.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.DuplicateEntity.HelpLink);

    public static readonly DiagnosticDescriptor InvalidAgentName = new("FSD0010", ProblemCatalog.InvalidAgentName.Title, ProblemCatalog.InvalidAgentName.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidAgentName.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateAgent = new("FSD0011", ProblemCatalog.DuplicateAgent.Title, ProblemCatalog.DuplicateAgent.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.DuplicateAgent.HelpLink);

    public static readonly DiagnosticDescriptor UnknownAgentDependency = new("FSD0012", ProblemCatalog.UnknownAgentDependency.Title, ProblemCatalog.UnknownAgentDependency.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.UnknownAgentDependency.HelpLink);

    public static readonly DiagnosticDescriptor AgentDependencyCycle = new("FSD0013", ProblemCatalog.AgentDependencyCycle.Title, ProblemCatalog.AgentDependencyCycle.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.AgentDependencyCycle.HelpLink);

    public static readonly DiagnosticDescriptor MissingProject = new("FSD0014", ProblemCatalog.MissingProject.Title, ProblemCatalog.MissingProject.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.MissingProject.HelpLink);

    public static readonly DiagnosticDescriptor InvalidAgentCommand = new("FSD0015", ProblemCatalog.InvalidAgentCommand.Title, ProblemCatalog.InvalidAgentCommand.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidAgentCommand.HelpLink);

    public static readonly DiagnosticDescriptor InvalidReadsPrefix = new("FSD0016", ProblemCatalog.InvalidReadsPrefix.Title, ProblemCatalog.InvalidReadsPrefix.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidReadsPrefix.HelpLink);

    public static readonly DiagnosticDescriptor InvalidMaxLength = new("FSD0017", ProblemCatalog.InvalidMaxLength.Title, ProblemCatalog.InvalidMaxLength.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidMaxLength.HelpLink);

    public static readonly DiagnosticDescriptor InvalidEstimate = new("FSD0018", ProblemCatalog.InvalidEstimate.Title, ProblemCatalog.InvalidEstimate.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidEstimate.HelpLink);

    public static readonly DiagnosticDescriptor InternalError = new("FSD0019", ProblemCatalog.InternalError.Title, ProblemCatalog.InternalError.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InternalError.HelpLink);

    public static readonly DiagnosticDescriptor TemplateParseError = new("FSD0020", ProblemCatalog.TemplateParseError.Title, ProblemCatalog.TemplateParseError.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.TemplateParseError.HelpLink);

    public static readonly DiagnosticDescriptor TemplateRenderError = new("FSD0021", ProblemCatalog.TemplateRenderError.Title, ProblemCatalog.TemplateRenderError.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.TemplateRenderError.HelpLink);

    public static readonly DiagnosticDescriptor MissingPackage = new("FSD0022", ProblemCatalog.MissingPackage.Title, ProblemCatalog.MissingPackage.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.MissingPackage.HelpLink);

    public static readonly DiagnosticDescriptor UnreadableAttributeArgument = new("FSD0023", ProblemCatalog.UnreadableAttributeArgument.Title, ProblemCatalog.UnreadableAttributeArgument.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.UnreadableAttributeArgument.HelpLink);

    public static readonly DiagnosticDescriptor AuthenticationWithoutJwtBearer = new("FSD0024", ProblemCatalog.AuthenticationWithoutJwtBearer.Title, ProblemCatalog.AuthenticationWithoutJwtBearer.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.AuthenticationWithoutJwtBearer.HelpLink);

    public static readonly DiagnosticDescriptor IgnoredAnnotation = new("FSD0025", ProblemCatalog.IgnoredAnnotation.Title, ProblemCatalog.IgnoredAnnotation.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.IgnoredAnnotation.HelpLink);

    public static readonly DiagnosticDescriptor RejectedAnnotation = new("FSD0026", ProblemCatalog.RejectedAnnotation.Title, ProblemCatalog.RejectedAnnotation.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.RejectedAnnotation.HelpLink);

    public static readonly DiagnosticDescriptor AnnotationNotApplicable = new("FSD0027", ProblemCatalog.AnnotationNotApplicable.Title, ProblemCatalog.AnnotationNotApplicable.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.AnnotationNotApplicable.HelpLink);

    public static readonly DiagnosticDescriptor InvalidAnnotation = new("FSD0028", ProblemCatalog.InvalidAnnotation.Title, ProblemCatalog.InvalidAnnotation.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidAnnotation.HelpLink);

    public static readonly DiagnosticDescriptor IgnoredAnnotationArgument = new("FSD0029", ProblemCatalog.IgnoredAnnotationArgument.Title, ProblemCatalog.IgnoredAnnotationArgument.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.IgnoredAnnotationArgument.HelpLink);

    public static readonly DiagnosticDescriptor PropertyNotStored = new("FSD0030", ProblemCatalog.PropertyNotStored.Title, ProblemCatalog.PropertyNotStored.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.PropertyNotStored.HelpLink);

    public static readonly DiagnosticDescriptor InvalidKey = new("FSD0031", ProblemCatalog.InvalidKey.Title, ProblemCatalog.InvalidKey.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidKey.HelpLink);

    public static readonly DiagnosticDescriptor IgnoredNavigation = new("FSD0032", ProblemCatalog.IgnoredNavigation.Title, ProblemCatalog.IgnoredNavigation.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.IgnoredNavigation.HelpLink);

    public static readonly DiagnosticDescriptor InvalidForeignKey = new("FSD0033", ProblemCatalog.InvalidForeignKey.Title, ProblemCatalog.InvalidForeignKey.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidForeignKey.HelpLink);

    public static readonly DiagnosticDescriptor EntityInheritance = new("FSD0034", ProblemCatalog.EntityInheritance.Title, ProblemCatalog.EntityInheritance.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.EntityInheritance.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateTable = new("FSD0035", ProblemCatalog.DuplicateTable.Title, ProblemCatalog.DuplicateTable.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.DuplicateTable.HelpLink);

    public static readonly DiagnosticDescriptor EntityCannotBeCreated = new("FSD0036", ProblemCatalog.EntityCannotBeCreated.Title, ProblemCatalog.EntityCannotBeCreated.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.EntityCannotBeCreated.HelpLink);

    public static readonly DiagnosticDescriptor InvalidRenderLimit = new("FSD0037", ProblemCatalog.InvalidRenderLimit.Title, ProblemCatalog.InvalidRenderLimit.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidRenderLimit.HelpLink);

    public static readonly DiagnosticDescriptor UnknownRequirementKey = new("FSD0038", ProblemCatalog.UnknownRequirementKey.Title, ProblemCatalog.UnknownRequirementKey.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.UnknownRequirementKey.HelpLink);

    public static readonly DiagnosticDescriptor InvalidRequirementValue = new("FSD0039", ProblemCatalog.InvalidRequirementValue.Title, ProblemCatalog.InvalidRequirementValue.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidRequirementValue.HelpLink);

    public static readonly DiagnosticDescriptor UnknownFeature = new("FSD0040", ProblemCatalog.UnknownFeature.Title, ProblemCatalog.UnknownFeature.MessageFormat, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.UnknownFeature.HelpLink);

    public static readonly DiagnosticDescriptor InvalidTemplateAgent = new("FSD0041", ProblemCatalog.InvalidTemplateAgent.Title, ProblemCatalog.InvalidTemplateAgent.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.InvalidTemplateAgent.HelpLink);

    public static readonly DiagnosticDescriptor AuditLogNameTaken = new("FSD0042", ProblemCatalog.AuditLogNameTaken.Title, ProblemCatalog.AuditLogNameTaken.MessageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: ProblemCatalog.AuditLogNameTaken.HelpLink);

    public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
    {
        EmptyProjectName, NegativeExpectedUsers, InvalidFeatureName, DuplicateFeature,
        InvalidRequirementKey, DuplicateRequirementKey, EntityWithoutKey, UnsupportedPropertyType,
        DuplicateEntity, InvalidAgentName, DuplicateAgent, UnknownAgentDependency, AgentDependencyCycle,
        MissingProject, InvalidAgentCommand, InvalidReadsPrefix, InvalidMaxLength, InvalidEstimate,
        InternalError, TemplateParseError, TemplateRenderError, MissingPackage, UnreadableAttributeArgument,
        AuthenticationWithoutJwtBearer, IgnoredAnnotation, RejectedAnnotation, AnnotationNotApplicable, InvalidAnnotation,
        IgnoredAnnotationArgument, PropertyNotStored, InvalidKey, IgnoredNavigation, InvalidForeignKey, EntityInheritance,
        DuplicateTable, EntityCannotBeCreated, InvalidRenderLimit, UnknownRequirementKey, InvalidRequirementValue, UnknownFeature, InvalidTemplateAgent, AuditLogNameTaken,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(descriptor => descriptor.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];
}
