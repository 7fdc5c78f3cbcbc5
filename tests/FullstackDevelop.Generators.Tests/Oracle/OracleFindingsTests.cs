using System.Linq;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Oracle;

/// <summary>Disagreements the oracle found between the generator's syntactic reading and the compiler, each kept as a case of its own.</summary>
public sealed class OracleFindingsTests
{
    private static string Read(string entity, string property, params SourceFile[] files)
    {
        var outcome = GeneratorHarness.Run(files.Prepend(new SourceFile("Project.cs", "[assembly: FullstackDevelop.FullstackProject(\"App\")]")).ToArray());
        var input = (GenerationInput)outcome.Result.TrackedSteps[TrackingNames.Input].Single().Outputs.Single().Value;
        return PropertyText.Of(input.Entities.Single(e => e.Declaration.Name == entity).Declaration.Properties.Single(p => p.Name == property));
    }

    [Theory]
    [InlineData("null!")]
    [InlineData("default!")]
    [InlineData("(null!)")]
    public void A_suppressed_null_is_no_initializer(string value)
    {
        var text = Read("Order", "Customer", new SourceFile("Order.cs", "namespace Shop; [FullstackDevelop.Entity] public class Order { public int Id { get; set; } public Order Customer { get; set; } = " + value + "; }"));

        Assert.Equal("Shop.Order entity Order ReadWrite", text);
    }

    [Fact]
    public void A_using_inside_a_namespace_names_a_namespace_relative_to_it()
    {
        var text = Read(
            "Order",
            "Tier",
            new SourceFile("Tier.cs", "namespace Shop.Shared { public enum Tier { Low, High } }"),
            new SourceFile("Order.cs", "namespace Shop { namespace Sales { using Shared; [FullstackDevelop.Entity] public class Order { public int Id { get; set; } public Tier Tier { get; set; } } } }"));

        Assert.Equal("Shop.Shared.Tier enum [Low, High] ReadWrite", text);
    }

    [Fact]
    public void A_using_static_brings_the_nested_types_into_scope()
    {
        var text = Read(
            "Order",
            "State",
            new SourceFile("GlobalUsings.cs", "global using static Shop.Codes;"),
            new SourceFile("Codes.cs", "namespace Shop { public static class Codes { public enum Status { Open, Closed } } public static class Sizes { public enum Size { S, M } } }"),
            new SourceFile("Order.cs", "using static Shop.Sizes; namespace Shop.Sales { [FullstackDevelop.Entity] public class Order { public int Id { get; set; } public Status State { get; set; } public Size Size { get; set; } } }"));

        Assert.Equal("Shop.Codes.Status enum [Open, Closed] ReadWrite", text);
    }

    [Fact]
    public void A_using_alias_of_a_constructed_generic_type_stands_for_it()
    {
        var text = Read(
            "Order",
            "Tags",
            new SourceFile("Order.cs", "using Tags = System.Collections.Generic.List<string>; namespace Shop; [FullstackDevelop.Entity] public class Order { public int Id { get; set; } public Tags Tags { get; set; } = []; }"));

        Assert.Equal("System.String collection ReadWrite initialized", text);
    }

    [Fact]
    public void A_using_alias_inside_a_namespace_names_its_target_relative_to_it()
    {
        var text = Read(
            "Order",
            "Tier",
            new SourceFile("Tier.cs", "namespace Shop.Shared { public enum Tier { Low, High } }"),
            new SourceFile("Order.cs", "namespace Shop { namespace Sales { using Level = Shared.Tier; [FullstackDevelop.Entity] public class Order { public int Id { get; set; } public Level Tier { get; set; } } } }"));

        Assert.Equal("Shop.Shared.Tier enum [Low, High] ReadWrite", text);
    }
}
