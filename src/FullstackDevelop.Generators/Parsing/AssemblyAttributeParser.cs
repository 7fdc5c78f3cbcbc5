using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Parsing;

/// <summary>Turns the assembly-level requirement attributes of one file into declarations.</summary>
internal static class AssemblyAttributeParser
{
    public static EquatableArray<Located<ProjectDeclaration>> Project(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Parse(context, attribute => new ProjectDeclaration(
            AttributeArguments.String(attribute, 0),
            AttributeArguments.NamedInt(attribute, "Scale") ?? 0,
            AttributeArguments.NamedInt(attribute, "ExpectedUsers") ?? 0,
            AttributeArguments.NamedStrings(attribute, "Stack")), cancellationToken);

    public static EquatableArray<Located<FeatureDeclaration>> Features(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Parse(context, attribute => new FeatureDeclaration(AttributeArguments.String(attribute, 0)), cancellationToken);

    public static EquatableArray<Located<RequirementDeclaration>> Requirements(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Parse(context, attribute => new RequirementDeclaration(AttributeArguments.String(attribute, 0), AttributeArguments.String(attribute, 1)), cancellationToken);

    public static EquatableArray<Located<AgentDeclaration>> Agents(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Parse(context, attribute => new AgentDeclaration(
            AttributeArguments.String(attribute, 0),
            AttributeArguments.NamedStrings(attribute, "DependsOn"),
            AttributeArguments.NamedStrings(attribute, "Reads"),
            AttributeArguments.NamedString(attribute, "Version"),
            AttributeArguments.NamedInt(attribute, "EstimatedMinutes") ?? 10,
            AttributeArguments.NamedString(attribute, "Command"),
            AttributeArguments.NamedStrings(attribute, "Outputs")), cancellationToken);

    // For an assembly attribute the target is the compilation unit, and Attributes holds the
    // matching attributes written in that file.
    private static EquatableArray<Located<T>> Parse<T>(GeneratorAttributeSyntaxContext context, System.Func<AttributeData, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return EquatableArray.From(context.Attributes.Select(attribute =>
            new Located<T>(read(attribute), LocationInfo.From(attribute.ApplicationSyntaxReference))));
    }
}
