using System;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

public sealed class RequirementsJsonTests
{
    private const string MinimalJson =
        "{\"schemaVersion\":2,\"project\":{\"name\":\"Shop\",\"scale\":\"small\",\"scaleSource\":\"default\",\"expectedUsers\":0,\"stack\":[]}," +
        "\"features\":[],\"entities\":[],\"requirements\":{},\"agents\":[]}";

    private static ProjectRequirements Minimal() =>
        new(new ProjectInfo("Shop", ProjectScale.Small, ScaleSource.Default, 0, default), default, default, default, default);

    [Fact]
    public void WritesCompactJsonInTheFixedPropertyOrder()
    {
        Assert.Equal(MinimalJson, RequirementsJson.Write(Minimal()));
    }

    [Fact]
    public void WritesEveryPartOfTheModel()
    {
        var requirements = new ProjectRequirements(
            new ProjectInfo("Shop", ProjectScale.Large, ScaleSource.ExpectedUsers, 20_000, EquatableArray.Of("react")),
            EquatableArray.Of("catalog"),
            EquatableArray.Of(new EntityInfo(
                "Book",
                "Books",
                EquatableArray.Of(
                    new FieldInfo("Id", "int32", true, true, null, default),
                    new FieldInfo("Format", "enum", false, true, 20, EquatableArray.Of("Hardcover"))),
                EquatableArray.Of(
                    new RelationInfo("Author", "Author", RelationKind.ManyToOne, "AuthorId", true),
                    new RelationInfo("Reviews", "Review", RelationKind.OneToMany, null, false)))),
            EquatableArray.Of(new RequirementEntry("ui.theme", "dark")),
            EquatableArray.Of(new CustomAgentInfo("indexer", EquatableArray.Of("backend-developer"), EquatableArray.Of("search."), "2.0.0", 15, "run", EquatableArray.Of("out.json"))));

        var json = RequirementsJson.Write(requirements);

        Assert.Equal(
            "{\"schemaVersion\":2," +
            "\"project\":{\"name\":\"Shop\",\"scale\":\"large\",\"scaleSource\":\"expected-users\",\"expectedUsers\":20000,\"stack\":[\"react\"]}," +
            "\"features\":[\"catalog\"]," +
            "\"entities\":[{\"name\":\"Book\",\"table\":\"Books\",\"fields\":[" +
            "{\"name\":\"Id\",\"type\":\"int32\",\"key\":true,\"required\":true}," +
            "{\"name\":\"Format\",\"type\":\"enum\",\"key\":false,\"required\":true,\"maxLength\":20,\"enumMembers\":[\"Hardcover\"]}]," +
            "\"relations\":[" +
            "{\"name\":\"Author\",\"target\":\"Author\",\"kind\":\"many-to-one\",\"foreignKey\":\"AuthorId\",\"required\":true}," +
            "{\"name\":\"Reviews\",\"target\":\"Review\",\"kind\":\"one-to-many\",\"required\":false}]}]," +
            "\"requirements\":{\"ui.theme\":\"dark\"}," +
            "\"agents\":[{\"name\":\"indexer\",\"dependsOn\":[\"backend-developer\"],\"reads\":[\"search.\"],\"version\":\"2.0.0\",\"estimatedMinutes\":15,\"command\":\"run\",\"outputs\":[\"out.json\"]}]}",
            json);
    }

    [Theory]
    [InlineData(ScaleSource.Declared, "declared")]
    [InlineData(ScaleSource.ExpectedUsers, "expected-users")]
    [InlineData(ScaleSource.Default, "default")]
    public void ScaleSourceIsWrittenInKebabCase(ScaleSource source, string expected)
    {
        var requirements = Minimal() with { Project = new ProjectInfo("Shop", ProjectScale.Enterprise, source, 0, default) };

        var json = RequirementsJson.Write(requirements);

        Assert.Contains("\"scale\":\"enterprise\",\"scaleSource\":\"" + expected + "\"", json, StringComparison.Ordinal);
        Assert.Equal(requirements, RequirementsJson.Read(json));
    }

    [Fact]
    public void RoundTripsTheSample()
    {
        var requirements = CanonicalSamples.Model();

        var json = RequirementsJson.Write(requirements);
        var read = RequirementsJson.Read(json);

        Assert.Equal(requirements, read);
        Assert.Equal(json, RequirementsJson.Write(read));
    }

    [Fact]
    public void RoundTripsRulesAccessIgnoredPropertiesAndEveryRelationKind()
    {
        var rules = new FieldRules(2, "1", false, "9.5", true, FieldRules.EmailFormat, "^a+$", 10, 3, true, EquatableArray.Of(new RuleMessage("range", "Between {1} and {2}")));
        var requirements = Minimal() with
        {
            Entities = EquatableArray.Of(
                new EntityInfo(
                    "Doctor",
                    "Doctors",
                    EquatableArray.Of(
                        new FieldInfo("Id", "int32", true, true, null, default),
                        new FieldInfo("Fee", "decimal", false, true, null, default, Rules: rules, Access: PropertyAccess.InitOnly),
                        new FieldInfo("Code", "string", false, true, 8, default, Access: PropertyAccess.NonPublicSetter)),
                    EquatableArray.Of(
                        new RelationInfo("Clinics", "Clinic", RelationKind.ManyToMany, null, false, "Doctors", Join: new JoinTableInfo("ClinicDoctor", "DoctorId", "ClinicId")),
                        new RelationInfo("Profile", "Profile", RelationKind.OneToOne, null, false, "Doctor"),
                        new RelationInfo("Mentor", "Doctor", RelationKind.ManyToOne, "MentorId", false, null, IsUnique: true)),
                    "Shop.Doctor",
                    EquatableArray.Of("Home", "FullName"))),
        };

        var json = RequirementsJson.Write(requirements);

        Assert.Equal(requirements, RequirementsJson.Read(json));
        Assert.Contains("\"kind\":\"many-to-many\"", json, StringComparison.Ordinal);
        Assert.Contains("\"access\":\"init-only\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ignored\":[\"Home\",\"FullName\"]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTripsTextThatNeedsEscaping()
    {
        var requirements = Minimal() with
        {
            Project = new ProjectInfo("Café \"<Shop>\" & 'co' ☕", ProjectScale.Medium, ScaleSource.Declared, 0, EquatableArray.Of("a\\b", "line\nbreak")),
            Requirements = EquatableArray.Of(new RequirementEntry("ui.title", "Tom's \u00e9l\u00e8ve \ud83d\udcda"), new RequirementEntry("ui.empty", string.Empty)),
        };

        Assert.Equal(requirements, RequirementsJson.Read(RequirementsJson.Write(requirements)));
    }

    [Fact]
    public void TheEnvelopeAndEachEntitysJsonMakeTheSnapshotEvenWhenNamesHoldItsSyntax()
    {
        // Names that hold the entities property's own text must not move where the envelope splits.
        var requirements = Minimal() with
        {
            Project = new ProjectInfo("\"entities\":[]", ProjectScale.Small, ScaleSource.Default, 0, EquatableArray.Of("],\"entities\":[")),
            Entities = EquatableArray.Of(
                new EntityInfo("Author", "Authors", EquatableArray.Of(new FieldInfo("Id", "int32", true, true, null, default)), default),
                new EntityInfo("Book", "\"entities\":[]", EquatableArray.Of(new FieldInfo("Id", "int32", true, true, null, default)), default)),
        };

        var envelope = RequirementsJson.WriteEnvelope(requirements);
        var json = envelope.Assemble(new[] { RequirementsJson.WriteEntity(requirements.Entities[0]), RequirementsJson.WriteEntity(requirements.Entities[1]) });

        Assert.EndsWith(",\"features\":[],\"entities\":[", envelope.Prefix, StringComparison.Ordinal);
        Assert.Equal("],\"requirements\":{},\"agents\":[]}", envelope.Suffix);
        Assert.Equal(
            "{\"name\":\"Author\",\"table\":\"Authors\",\"fields\":[{\"name\":\"Id\",\"type\":\"int32\",\"key\":true,\"required\":true}],\"relations\":[]}",
            RequirementsJson.WriteEntity(requirements.Entities[0]));
        Assert.Equal(json, RequirementsJson.Write(requirements));
        Assert.Equal(requirements, RequirementsJson.Read(json));
        Assert.Equal(MinimalJson, RequirementsJson.WriteEnvelope(Minimal()).Assemble(Array.Empty<string>()));
    }

    [Fact]
    public void ShuffledDeclarationsGiveByteIdenticalSnapshotsAndHashes()
    {
        var (ordered, shuffled) = CanonicalSamples.OrderedAndShuffled();

        var first = RequirementsJson.Write(RequirementsBuilder.Build(ordered).Requirements!);
        var second = RequirementsJson.Write(RequirementsBuilder.Build(shuffled).Requirements!);

        Assert.Equal(first, second);
        Assert.Equal(RequirementsHash.Compute(first), RequirementsHash.Compute(second));
    }

    [Fact]
    public void ReadsPropertiesInAnyOrderAndWhitespace()
    {
        const string Json = """
            {
              "agents": [],
              "requirements": { "ui.theme": "dark" },
              "entities": [],
              "features": [ "catalog" ],
              "project": { "stack": [], "expectedUsers": 0, "scaleSource": "declared", "scale": "Medium", "name": "Shop" },
              "schemaVersion": 2
            }
            """;

        var read = RequirementsJson.Read(Json);

        Assert.Equal(
            Minimal() with
            {
                Project = new ProjectInfo("Shop", ProjectScale.Medium, ScaleSource.Declared, 0, default),
                Features = EquatableArray.Of("catalog"),
                Requirements = EquatableArray.Of(new RequirementEntry("ui.theme", "dark")),
            },
            read);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void RejectsAnotherSchemaVersion(int version)
    {
        var json = MinimalJson.Replace("\"schemaVersion\":2", "\"schemaVersion\":" + version, StringComparison.Ordinal);

        var exception = Assert.Throws<FormatException>(() => RequirementsJson.Read(json));

        Assert.Contains("schema version " + version, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"schemaVersion\":\"1\"}")]
    [InlineData("{\"schemaVersion\":2}")]
    [InlineData("{\"schemaVersion\":1.5}")]
    [InlineData("{\"schemaVersion\":2,\"project\":{\"name\":\"Shop\",\"scale\":\"huge\",\"scaleSource\":\"default\",\"expectedUsers\":0,\"stack\":[]},\"features\":[],\"entities\":[],\"requirements\":{},\"agents\":[]}")]
    [InlineData("{\"schemaVersion\":2,\"project\":{\"name\":\"Shop\",\"scale\":\"small\",\"scaleSource\":\"guessed\",\"expectedUsers\":0,\"stack\":[]},\"features\":[],\"entities\":[],\"requirements\":{},\"agents\":[]}")]
    [InlineData("{\"schemaVersion\":2,\"project\":{\"name\":\"Shop\",\"scale\":\"small\",\"scaleSource\":\"default\",\"expectedUsers\":0,\"stack\":[]},\"features\":{},\"entities\":[],\"requirements\":{},\"agents\":[]}")]
    [InlineData("{\"schemaVersion\":2,\"project\":{\"name\":\"Shop\",\"scale\":\"small\",\"scaleSource\":\"default\",\"expectedUsers\":0,\"stack\":[]},\"features\":[],\"entities\":[{\"name\":\"Book\"}],\"requirements\":{},\"agents\":[]}")]
    public void RejectsMalformedSnapshots(string json)
    {
        Assert.Throws<FormatException>(() => RequirementsJson.Read(json));
    }
}
