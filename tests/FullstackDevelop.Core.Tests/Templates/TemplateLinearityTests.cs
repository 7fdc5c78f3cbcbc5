using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

/// <summary>
/// Every built-in template does work linear in the model: rendered for the benchmark model at 40 and at 160 entities,
/// no template's loop iterations or evaluated nodes grow more than 4.5 times, so a 2,000-entity project renders in time
/// and within the render limits. A template added to the catalog is measured with no change here.
/// </summary>
public sealed class TemplateLinearityTests
{
    private const int Small = 40;
    private const int Factor = 4;

    // Room over the factor for what a template does once per project (its text, a header), not per entity.
    private const double Allowance = 4.5;
    private const long LoopSlack = 100;
    private const long EvaluationSlack = 2_000;

    private static readonly ProjectRequirements SmallModel = BenchmarkModel.Requirements(Small);
    private static readonly ProjectRequirements LargeModel = BenchmarkModel.Requirements(Small * Factor);

    [Fact]
    public void NoBuiltInTemplateGrowsFasterThanTheModel()
    {
        var small = BuiltInWork.Of(SmallModel, TemplateCatalog.BuiltIn);
        var large = BuiltInWork.Of(LargeModel, TemplateCatalog.BuiltIn);

        Assert.Empty(Superlinear(small, large));
    }

    [Fact]
    public void TheModelHasRelationsOfEveryKindInProportionToItsSize()
    {
        static int[] Kinds(ProjectRequirements requirements) =>
            Enum.GetValues<RelationKind>().Select(kind => requirements.Entities.Sum(entity => entity.Relations.Count(relation => relation.Kind == kind))).ToArray();

        var small = Kinds(SmallModel);
        var large = Kinds(LargeModel);

        // Up to one relation of a kind more or less per ten entities, where the chain starts and ends.
        Assert.All(small, count => Assert.True(count > 0));
        Assert.All(small.Zip(large), pair => Assert.InRange(pair.Second, (pair.First * Factor) - Factor, (pair.First * Factor) + Factor));
    }

    [Fact]
    public void EveryCatalogTemplateIsMeasuredOrIncludedByOneThatIs()
    {
        var measured = BuiltInWork.Of(SmallModel, TemplateCatalog.BuiltIn).Keys.ToHashSet();
        var included = measured.SelectMany(name => TemplateCatalog.BuiltIn.Describe(name)?.Dependencies ?? default).ToHashSet();

        var unmeasured = TemplateCatalog.BuiltIn.Names.Where(name => !measured.Contains(name) && !included.Contains(name)).ToList();

        Assert.Empty(unmeasured);
    }

    [Fact]
    public void AQuadraticTemplateIsReported()
    {
        // Each entity's referrers found by scanning every entity: the shape that failed at 500 entities.
        var quadratic = TemplateCatalog.BuiltIn.With(new[]
        {
            new TemplateSource(
                "qa-test-plan",
                "{{ for entity in entities }}{{ for other in entities }}{{ for reference in other.references }}{{ if reference.target == entity.name }}{{ other.name }}{{ end }}{{ end }}{{ end }}{{ end }}",
                "qa-test-plan.scriban",
                IsBuiltIn: false),
        });

        var small = BuiltInWork.Of(SmallModel, quadratic);
        var large = BuiltInWork.Of(LargeModel, quadratic);

        Assert.Equal(new[] { "qa-test-plan" }, Superlinear(small, large).Select(failure => failure.Template));
    }

    [Fact]
    public void AFilterOverTheModelInsideALoopOverItIsReported()
    {
        // No nested loop statement: the scan is a function call per item, counted as evaluated nodes.
        var quadratic = TemplateCatalog.BuiltIn.With(new[]
        {
            new TemplateSource(
                "qa-test-plan",
                "{{ func refers(other) }}{{ ret other.references.size > 0 }}{{ end }}{{ for entity in entities }}{{ entities | array.filter @refers | array.size }}{{ end }}",
                "qa-test-plan.scriban",
                IsBuiltIn: false),
        });

        var small = BuiltInWork.Of(SmallModel, quadratic);
        var large = BuiltInWork.Of(LargeModel, quadratic);

        Assert.Equal(new[] { "qa-test-plan" }, Superlinear(small, large).Select(failure => failure.Template));
    }

    private static List<(string Template, RenderWork Small, RenderWork Large)> Superlinear(
        IReadOnlyDictionary<string, RenderWork> small,
        IReadOnlyDictionary<string, RenderWork> large) =>
        large
            .Where(pair => !small.TryGetValue(pair.Key, out var before)
                || pair.Value.LoopIterations > Allowance * before.LoopIterations + LoopSlack
                || pair.Value.Evaluations > Allowance * before.Evaluations + EvaluationSlack)
            .Select(pair => (pair.Key, small.TryGetValue(pair.Key, out var before) ? before : default, pair.Value))
            .ToList();
}
