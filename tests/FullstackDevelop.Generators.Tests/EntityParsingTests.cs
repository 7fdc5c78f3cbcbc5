using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Xunit;

namespace FullstackDevelop.Generators.Tests;

/// <summary>How the generator reads entity types from C#: properties, annotations, relations.</summary>
public sealed class EntityParsingTests
{
    private static ProjectRequirements Requirements(params SourceFile[] files)
    {
        var outcome = GeneratorHarness.Run(files.Prepend(new SourceFile("Project.cs", "[assembly: FullstackDevelop.FullstackProject(\"App\")]")).ToArray());
        Assert.Empty(outcome.WarningsAndErrors);
        return RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!);
    }

    private static EntityInfo Entity(ProjectRequirements requirements, string name) => requirements.Entities.Single(e => e.Name == name);

    [Fact]
    public void Positional_record_properties_become_fields_with_their_annotations()
    {
        var requirements = Requirements(new SourceFile("Tag.cs", """
            using System.ComponentModel.DataAnnotations;
            namespace Shop;
            [FullstackDevelop.Entity]
            public sealed record Tag(int Id, [property: Required, StringLength(30)] string Label, string? Colour)
            {
                public Tag() : this(0, "", null) { }
            }
            """));

        var tag = Entity(requirements, "Tag");
        Assert.Equal(new[] { "Id", "Label", "Colour" }, tag.Fields.Select(f => f.Name));
        Assert.All(tag.Fields, field => Assert.Equal(PropertyAccess.InitOnly, field.Access));
        Assert.True(tag.Fields[0].IsKey);
        Assert.Equal(30, tag.Fields[1].MaxLength);
        Assert.True(tag.Fields[1].IsRequired);
        Assert.False(tag.Fields[2].IsRequired);
    }

    [Fact]
    public void Base_class_properties_come_first_and_only_public_instance_properties_count()
    {
        var requirements = Requirements(new SourceFile("Entities.cs", """
            using System;
            namespace Shop;
            public abstract class Audited { public Guid Id { get; set; } public DateTimeOffset CreatedAt { get; set; } }
            [FullstackDevelop.Entity]
            public sealed class Invoice : Audited
            {
                public static int Counter { get; set; }
                private string Secret { get; set; } = "";
                internal int Internal { get; set; }
                public int this[int index] => index;
                public decimal Total { get; set; }
            }
            """));

        var invoice = Entity(requirements, "Invoice");
        Assert.Equal(new[] { "Id", "CreatedAt", "Total" }, invoice.Fields.Select(f => f.Name));
        Assert.Equal(new[] { "guid", "datetimeoffset", "decimal" }, invoice.Fields.Select(f => f.Type));
        Assert.True(invoice.Fields[0].IsKey);
    }

    [Fact]
    public void Partial_entity_properties_are_ordered_by_file_path_then_position()
    {
        var requirements = Requirements(
            new SourceFile("b/Customer.Contact.cs", "namespace Shop; public partial class Customer { public string? Email { get; set; } public string? Phone { get; set; } }"),
            new SourceFile("a/Customer.cs", "namespace Shop; [FullstackDevelop.Entity] public partial class Customer { public int Id { get; set; } public string Name { get; set; } = \"\"; }"));

        Assert.Equal(new[] { "Id", "Name", "Email", "Phone" }, Entity(requirements, "Customer").Fields.Select(f => f.Name));
    }

    [Fact]
    public void Nullability_decides_required_unless_annotated()
    {
        var requirements = Requirements(new SourceFile("Person.cs", """
            using System.ComponentModel.DataAnnotations;
            namespace Shop;
            [FullstackDevelop.Entity]
            public sealed class Person
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public string? Nickname { get; set; }
                [Required] public string? Email { get; set; }
                public int? Age { get; set; }
            #nullable disable
                public string Legacy { get; set; }
            #nullable restore
            }
            """));

        var required = Entity(requirements, "Person").Fields.ToDictionary(f => f.Name, f => f.IsRequired);
        Assert.True(required["Name"]);
        Assert.False(required["Nickname"]);
        Assert.True(required["Email"]);
        Assert.False(required["Age"]);
        Assert.False(required["Legacy"]);
    }

    [Fact]
    public void Enums_bytes_and_relations_through_any_collection_type_are_recognised()
    {
        var requirements = Requirements(new SourceFile("Library.cs", """
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations.Schema;
            namespace Shop;
            public enum Level { Low, High = 10 }
            [FullstackDevelop.Entity]
            public sealed class Shelf
            {
                public int Id { get; set; }
                public Level Level { get; set; }
                public byte[] Photo { get; set; } = System.Array.Empty<byte>();
                public ICollection<Volume> Volumes { get; set; } = new List<Volume>();
            }
            [FullstackDevelop.Entity]
            public sealed class Volume
            {
                public int Id { get; set; }
                public int HomeShelfId { get; set; }
                [ForeignKey(nameof(HomeShelfId))] public Shelf? Home { get; set; }
            }
            """));

        var shelf = Entity(requirements, "Shelf");
        var level = shelf.Fields.Single(f => f.Name == "Level");
        Assert.Equal("enum", level.Type);
        Assert.Equal(new[] { "Low", "High" }, level.EnumMembers);
        Assert.Equal("bytes", shelf.Fields.Single(f => f.Name == "Photo").Type);
        Assert.Equal(new (string, string, RelationKind, string?)[] { ("Volumes", "Volume", RelationKind.OneToMany, "Home") }, shelf.Relations.Select(r => (r.Name, r.Target, r.Kind, r.Inverse)));
        var home = Assert.Single(Entity(requirements, "Volume").Relations);
        Assert.Equal(("Home", "Shelf", RelationKind.ManyToOne, "HomeShelfId", true), (home.Name, home.Target, home.Kind, home.ForeignKey, home.IsRequired));
    }

    [Theory]
    [InlineData("Volume[]", true)]
    [InlineData("IEnumerable<Volume>", true)]
    [InlineData("IReadOnlyList<Volume>", true)]
    [InlineData("System.Collections.ObjectModel.ReadOnlyCollection<Volume>", true)]
    [InlineData("HashSet<Volume>", false)]
    [InlineData("IList<Volume>", false)]
    [InlineData("VolumeList", false)]
    public void Collections_items_cannot_be_added_to_are_ignored_with_FSD0032(string collection, bool ignored)
    {
        var outcome = GeneratorHarness.Run(
            new SourceFile("Project.cs", "[assembly: FullstackDevelop.FullstackProject(\"App\")]"),
            new SourceFile("Library.cs", """
                using System.Collections.Generic;
                namespace Shop;
                public sealed class VolumeList : List<Volume> { }
                [FullstackDevelop.Entity] public sealed class Shelf { public int Id { get; set; } public COLLECTION Volumes { get; set; } = null!; }
                [FullstackDevelop.Entity] public sealed class Volume { public int Id { get; set; } public int ShelfId { get; set; } public Shelf? Shelf { get; set; } }
                """.Replace("COLLECTION", collection, System.StringComparison.Ordinal)));

        Assert.Equal(ignored ? new[] { "FSD0032" } : System.Array.Empty<string>(), outcome.WarningsAndErrors.Select(d => d.Id));
        var shelf = Entity(RequirementsJson.Read(SnapshotReader.Read(outcome.Output)!), "Shelf");
        Assert.Equal(ignored, shelf.Relations.Count == 0);
    }
}
