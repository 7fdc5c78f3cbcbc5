using System;
using System.IO;
using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Parsing.Resolution;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>
/// The generator reads declarations from syntax and resolves names as the compiler would: usings,
/// aliases, global usings, nested and shadowing types, generic and referenced base types, constants.
/// </summary>
public sealed class NameResolutionTests
{
    private const string Project = "[assembly: FullstackDevelop.FullstackProject(\"App\")]";

    private static ProjectRequirements Requirements(Compilation compilation)
    {
        var outcome = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Empty(outcome.WarningsAndErrors);
        Assert.Empty(outcome.CompilationProblems());
        return RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);
    }

    private static ProjectRequirements Requirements(params SourceFile[] files) =>
        Requirements(GeneratorHarness.Compile(files.Prepend(new SourceFile("Project.cs", Project))));

    private static EntityInfo Entity(ProjectRequirements requirements, string name) => requirements.Entities.Single(e => e.Name == name);

    [Fact]
    public void Global_usings_aliases_nested_namespaces_and_nested_types_resolve()
    {
        var requirements = Requirements(
            new SourceFile("GlobalUsings.cs", "global using Shop.Shared;"),
            new SourceFile("Shared/Tier.cs", "namespace Shop.Shared { public enum Tier { Bronze, Silver, Gold } }"),
            new SourceFile("Sales/Order.cs", """
                using Money = System.Decimal;
                namespace Shop
                {
                    namespace Sales
                    {
                        using System;

                        [FullstackDevelop.Entity]
                        public sealed class Order
                        {
                            public enum Channel { Web, Store }

                            public Guid Id { get; set; }
                            public Money Total { get; set; }
                            public Tier Tier { get; set; }
                            public Channel SoldVia { get; set; }
                            public Shared.Tier? Upgrade { get; set; }
                        }
                    }
                }
                """));

        var order = Entity(requirements, "Order");
        Assert.Equal(new[] { ("Id", "guid"), ("Total", "decimal"), ("Tier", "enum"), ("SoldVia", "enum"), ("Upgrade", "enum") }, order.Fields.Select(f => (f.Name, f.Type)));
        Assert.Equal(new[] { "Bronze", "Silver", "Gold" }, order.Fields[2].EnumMembers);
        Assert.Equal("Shop.Shared.Tier", order.Fields[2].EnumType);
        Assert.Equal(new[] { "Web", "Store" }, order.Fields[3].EnumMembers);
        Assert.Equal("Shop.Sales.Order.Channel", order.Fields[3].EnumType);
        Assert.False(order.Fields[4].IsRequired);
    }

    [Fact]
    public void A_type_of_the_project_shadows_an_imported_one()
    {
        var outcome = GeneratorHarness.Run(new SourceFile("Project.cs", Project), new SourceFile("Shop.cs", """
            using System;
            using System.ComponentModel.DataAnnotations;
            namespace Shop;
            public sealed class KeyAttribute : Attribute { }
            public readonly struct Guid { }
            [FullstackDevelop.Entity]
            public sealed class Ticket
            {
                public int Id { get; set; }
                [Key] public int Number { get; set; }
                public Guid Code { get; set; }
            }
            """));

        // Shop.KeyAttribute is not DataAnnotations' [Key], so Id stays the key; Shop.Guid is no field type.
        var warning = Assert.Single(outcome.WarningsAndErrors);
        Assert.Equal("FSD0008", warning.Id);
        Assert.Contains("of type 'Shop.Guid'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var ticket = Entity(RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!), "Ticket");
        Assert.Equal(new[] { ("Id", true), ("Number", false) }, ticket.Fields.Select(f => (f.Name, f.IsKey)));
    }

    [Fact]
    public void A_generic_base_class_gives_its_properties_with_the_type_arguments()
    {
        var requirements = Requirements(new SourceFile("Domain.cs", """
            using System;
            using System.Collections.Generic;
            namespace Shop;
            public abstract class EntityBase<TKey> where TKey : notnull
            {
                public TKey Id { get; set; } = default!;
                public DateTime CreatedAt { get; set; }
            }
            public sealed class InvoiceList : List<Invoice> { }
            [FullstackDevelop.Entity]
            public sealed class Invoice : EntityBase<Guid>
            {
                public decimal Total { get; set; }
                public int CustomerId { get; set; }
                public Customer Customer { get; set; } = null!;
            }
            [FullstackDevelop.Entity]
            public sealed class Customer : EntityBase<int>
            {
                public InvoiceList Invoices { get; set; } = new();
            }
            """));

        var invoice = Entity(requirements, "Invoice");
        Assert.Equal(new[] { ("Id", "guid", true), ("CreatedAt", "datetime", false), ("Total", "decimal", false), ("CustomerId", "int32", false) }, invoice.Fields.Select(f => (f.Name, f.Type, f.IsKey)));
        var customer = Entity(requirements, "Customer");
        Assert.Equal("int32", customer.Fields.Single(f => f.Name == "Id").Type);
        var invoices = Assert.Single(customer.Relations);
        Assert.Equal(("Invoices", "Invoice", RelationKind.OneToMany), (invoices.Name, invoices.Target, invoices.Kind));
    }

    [Fact]
    public void Constants_of_the_project_and_nameof_are_read_as_arguments()
    {
        var requirements = Requirements(new SourceFile("Library.cs", """
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            namespace Shop;
            public static class Limits
            {
                public const int Title = 120;
                public const int Name = Title;
                public const string Books = "library_books";
            }
            [FullstackDevelop.Entity(Table = Limits.Books)]
            public sealed class Book
            {
                private const int Isbn = 13;
                public int Id { get; set; }
                [Required, MaxLength(Limits.Title)] public string Title { get; set; } = "";
                [StringLength(Isbn)] public string? Code { get; set; }
                [MaxLength((Limits.Name))] public string? Subtitle { get; set; }
                public int WriterId { get; set; }
                [ForeignKey(nameof(WriterId))] public Author Writer { get; set; } = null!;
            }
            [FullstackDevelop.Entity]
            public sealed class Author { public int Id { get; set; } }
            """));

        var book = Entity(requirements, "Book");
        Assert.Equal("library_books", book.Table);
        Assert.Equal(new int?[] { null, 120, 13, 120, null }, book.Fields.Select(f => f.MaxLength));
        Assert.Equal("WriterId", Assert.Single(book.Relations).ForeignKey);
    }

    [Fact]
    public void Base_classes_and_enums_from_referenced_assemblies_are_read_from_metadata()
    {
        var library = CSharpCompilation.Create(
            "Kernel",
            new[] { CSharpSyntaxTree.ParseText("""
                namespace Kernel;
                public abstract class Audited
                {
                    public System.Guid Id { get; set; }
                    [System.ComponentModel.DataAnnotations.MaxLength(80)] public string CreatedBy { get; set; } = "";
                }
                public enum Priority { Low, Normal, Urgent }
                """, GeneratorHarness.ParseOptions) },
            GeneratorHarness.Compile(Array.Empty<SourceFile>()).References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var compilation = GeneratorHarness.Compile(new[]
        {
            new SourceFile("Project.cs", Project),
            new SourceFile("Task.cs", """
                using System;
                using Kernel;
                namespace Work;
                [FullstackDevelop.Entity]
                public sealed class Chore : Audited
                {
                    public DayOfWeek Day { get; set; }
                    public Priority Priority { get; set; }
                }
                """),
            new SourceFile("Other.cs", "namespace Work; public static class Other { }"),
        }).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Empty(first.WarningsAndErrors);
        var chore = Entity(RequirementsJson.Read(SnapshotReader.Read(first.Output)!), "Chore");
        Assert.Equal(new[] { ("Id", "guid", true), ("CreatedBy", "string", false), ("Day", "enum", false), ("Priority", "enum", false) }, chore.Fields.Select(f => (f.Name, f.Type, f.IsKey)));
        Assert.Equal(80, chore.Fields[1].MaxLength);
        Assert.Equal(new[] { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }, chore.Fields[2].EnumMembers);
        Assert.Equal(new[] { "Low", "Normal", "Urgent" }, chore.Fields[3].EnumMembers);

        // The referenced types are read again on every compilation, and found equal: nothing downstream runs.
        var other = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Other.cs");
        var edited = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace Work; public static class Other { public static int Two() => 2; }", GeneratorHarness.ParseOptions, "Other.cs"));
        var second = GeneratorHarness.Run(first.Driver, edited);
        Assert.All(
            second.Result.TrackedSteps[TrackingNames.ExternalTypes].Concat(second.Result.TrackedSteps[TrackingNames.AllEntities]).SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Assembly_attributes_are_read_with_usings_enums_and_arrays()
    {
        var outcome = GeneratorHarness.Run(
            new SourceFile("Requirements.cs", """
                using FullstackDevelop;
                [assembly: FullstackProject("Shop", Scale = ProjectScale.Large, Stack = new[] { "react", "postgresql" })]
                [assembly: Feature(Names.Search)]
                [assembly: Agent("indexer", DependsOn = ["backend-developer"], Reads = new string[] { "database." }, Command = "echo", Outputs = ["index.json"], EstimatedMinutes = 2 * 3)]
                static class Names { public const string Search = "search"; }
                """),
            new SourceFile("Elsewhere.cs", """
                namespace Elsewhere;
                [System.AttributeUsage(System.AttributeTargets.Assembly)]
                public sealed class FeatureAttribute : System.Attribute { public FeatureAttribute(string name) { } }
                """),
            new SourceFile("Other.cs", "[assembly: Elsewhere.Feature(\"not-a-requirement\")]"));

        // 2 * 3 is not a constant the generator reads: a warning at the attribute, and the default. The feature, read
        // through the constant, is one nothing implements: FSD0040 names it.
        Assert.Equal("Feature 'search' is not implemented, so it is ignored: remove it, or declare one of the features: audit-log, user-authentication", Assert.Single(outcome.WarningsAndErrors, diagnostic => diagnostic.Id == "FSD0040").GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var warning = Assert.Single(outcome.WarningsAndErrors, diagnostic => diagnostic.Id != "FSD0040");
        Assert.Equal("FSD0023", warning.Id);
        Assert.Equal("The argument '2 * 3' of [Agent] on 'assembly' is ignored because FullstackDevelop cannot read it: write a literal, nameof(...), or the name of a const field declared in this project", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var requirements = RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);
        Assert.Equal(("Shop", Core.Requirements.ProjectScale.Large), (requirements.Project.Name, requirements.Project.Scale));
        Assert.Equal(new[] { "react", "postgresql" }, requirements.Project.Stack);
        Assert.Equal(new[] { "search" }, requirements.Features);
        var agent = Assert.Single(requirements.Agents);
        Assert.Equal(("indexer", 10), (agent.Name, agent.EstimatedMinutes));
        Assert.Equal(new[] { "backend-developer" }, agent.DependsOn);
        Assert.Equal(new[] { "database." }, agent.Reads);
    }

    [Fact]
    public void Project_scale_members_match_the_attribute_enum()
    {
        foreach (var scale in Enum.GetValues<FullstackDevelop.ProjectScale>())
        {
            Assert.True(WellKnownTypes.TryGetEnumValue(WellKnownTypes.ProjectScale, scale.ToString(), out var value), scale.ToString());
            Assert.Equal((int)scale, value);
        }

        Assert.False(WellKnownTypes.TryGetEnumValue(WellKnownTypes.ProjectScale, "Huge", out _));
    }
}
