using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Tests.TestSupport;

/// <summary>
/// JHipster's benchmark model at any size: entities with five fields each, each referring to the previous one. So that
/// every kind of relation grows with the model too, in every ten entities one such pair is also a one-to-many (the previous
/// entity lists its followers), another a one-to-one (the previous entity refers back), and one entity is linked
/// many-to-many with the one two before it. Built from declarations, the way a build reads the user's attributes.
/// </summary>
internal static class BenchmarkModel
{
    /// <summary>The canonical requirements of a benchmark project of <paramref name="count"/> entities; fails on any problem, a warning too.</summary>
    public static ProjectRequirements Requirements(int count)
    {
        var entities = Enumerable.Range(0, count).Select(index => Entity(index, count));
        var declarations = Declare.Declarations(
            Declare.Project("Benchmark"),
            Declare.Features("user-authentication"),
            new[] { Declare.Requirement("ui.theme", "dark") },
            entities: entities);
        var result = RequirementsBuilder.Build(declarations);
        if (result.Requirements is null || result.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems));
        }

        return result.Requirements;
    }

    /// <summary>The agents' model of a benchmark project of <paramref name="count"/> entities.</summary>
    public static ArtifactModel Model(int count) => Model(Requirements(count));

    /// <summary>The agents' model of <paramref name="requirements"/>, planned as a build plans them.</summary>
    public static ArtifactModel Model(ProjectRequirements requirements)
    {
        var plan = ExecutionPlanner.Plan(requirements).Plan ?? throw new InvalidOperationException("The benchmark model does not plan.");
        return ArtifactModelBuilder.Build(requirements, plan, "Benchmark");
    }

    /// <summary>The name of the entity at <paramref name="index"/>.</summary>
    public static string Name(int index) => "Item" + index.ToString("D4", CultureInfo.InvariantCulture);

    private static EntityDeclaration Entity(int index, int count)
    {
        var properties = new List<PropertyDeclaration>
        {
            Declare.Id(),
            Declare.Text("Title").With(Annotate.MaxLength(120)),
            Declare.Scalar("Quantity", "System.Int32"),
            Declare.Scalar("Price", "System.Decimal"),
            Declare.Scalar("CreatedOn", "System.DateTimeOffset"),
            Declare.Scalar("Active", "System.Boolean"),
        };

        if (index > 0)
        {
            properties.Add(Declare.Scalar("PreviousId", "System.Int32"));
            properties.Add(Declare.Reference("Previous", Name(index - 1), foreignKey: "PreviousId"));
        }

        // The next entity's relation back to this one makes its reference a one-to-many or a one-to-one.
        if (index + 1 < count && (index + 1) % 10 == 2)
        {
            properties.Add(Declare.Collection("Followers", Name(index + 1)));
        }

        if (index + 1 < count && (index + 1) % 10 == 5)
        {
            properties.Add(Declare.Reference("Next", Name(index + 1), nullable: true));
        }

        if (index % 10 == 8)
        {
            properties.Add(Declare.Collection("Partners", Name(index - 2)));
        }

        if (index + 2 < count && (index + 2) % 10 == 8)
        {
            properties.Add(Declare.Collection("Partners", Name(index + 2)));
        }

        return Declare.Entity(Name(index), properties.ToArray());
    }
}
