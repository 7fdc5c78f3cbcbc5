using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Generators.Emitting;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>The generator renders the backend within the limits the project's <c>FullstackRender*Limit</c> properties set.</summary>
[Collection(CountsTemplateParses.Name)]
public sealed class RenderLimitTests
{
    // Loops 150,000 times for Book only: past the floor of one entity's limits, within a floor raised to 200,000.
    private static readonly TestAdditionalText LongLoop = new("Templates/csharp-contracts.scriban", "{{ if entity.name == 'Book' }}{{ for i in 1..150000 }}{{ end }}{{ end }}// {{ entity.name }}\n");

    private static GeneratorOutcome Run(Dictionary<string, string> properties)
    {
        properties["build_property.RootNamespace"] = "TestApp";
        var driver = CSharpGeneratorDriver.Create(
            new[] { new FullstackGenerator().AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            additionalTexts: [.. TestInputs.BookstoreTemplates, LongLoop],
            optionsProvider: new TestOptionsProvider(properties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return GeneratorHarness.Run(driver, GeneratorHarness.Compile(TestInputs.Bookstore(), web: true));
    }

    [Fact]
    public void A_limit_reached_names_the_limit_its_value_for_the_entity_and_the_property_that_raises_it()
    {
        var outcome = Run(new Dictionary<string, string>());

        var error = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal("FSD0021", error.Id);
        var message = error.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("Template 'csharp-contracts' failed while rendering entity 'Book': The render hit the loop limit of 100,000 iterations", message, StringComparison.Ordinal);
        Assert.Contains("for a model of 1 entity, ", message, StringComparison.Ordinal);
        Assert.Contains("raise the limit in the project file: <FullstackRenderLoopLimit>200000</FullstackRenderLoopLimit>", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exceeding", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_property_raises_the_limit_and_the_template_renders()
    {
        var outcome = Run(new Dictionary<string, string> { ["build_property.FullstackRenderLoopLimit"] = "200000" });

        Assert.Empty(outcome.WarningsAndErrors);
        Assert.Contains("\n// Book\n", outcome.Source(EntityFileGroups.FileNameOf("Book")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_positive_whole_number_is_a_warning_and_the_default_is_used()
    {
        var outcome = Run(new Dictionary<string, string>
        {
            ["build_property.FullstackRenderLoopLimit"] = "lots",
            ["build_property.FullstackRenderRecursionLimit"] = string.Empty,
        });

        var warning = Assert.Single(outcome.WarningsAndErrors, diagnostic => diagnostic.Id == "FSD0037");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Location.None, warning.Location);
        Assert.Equal(
            "The property FullstackRenderLoopLimit is 'lots', which is not a whole number from 1 to 2147483647, so the default 100000 is used: set it to a whole number such as 200000, or remove it",
            warning.GetMessage(CultureInfo.InvariantCulture));

        // The default still holds: the long loop stops at it.
        Assert.Contains(outcome.WarningsAndErrors, diagnostic => diagnostic.Id == "FSD0021");
        Assert.Equal(2, outcome.WarningsAndErrors.Count);
    }
}
