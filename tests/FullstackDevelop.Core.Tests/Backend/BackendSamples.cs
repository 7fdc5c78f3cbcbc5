using System.IO;
using System.Linq;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Core.Tests.Backend;

/// <summary>Requirements for the backend tests: the Bookstore sample's snapshot, and small models built directly.</summary>
internal static class BackendSamples
{
    /// <summary>The sample's requirements snapshot, as the generator embeds it (reviewed as a golden file).</summary>
    public static readonly ProjectRequirements Bookstore = RequirementsJson.Read(
        File.ReadAllText(RepositoryPaths.Combine("tests", "FullstackDevelop.Generators.Tests", "Snapshots", "Bookstore.requirements.json")));

    public static readonly BackendPackages AllPackages = new(true, true, true, true, true, true, HealthChecks: true, OpenTelemetry: true, AspNetCoreInstrumentation: true, PrometheusExporter: true);

    /// <summary>The Bookstore model with only some of its entities (relations to the others dropped), and optionally without sign-in.</summary>
    public static ProjectRequirements BookstoreWith(bool authentication, params string[] entities) => Bookstore with
    {
        Features = EquatableArray.From(Bookstore.Features.Where(feature => authentication || feature != "user-authentication")),
        Entities = EquatableArray.From(Bookstore.Entities
            .Where(entity => entities.Length == 0 || entities.Contains(entity.Name))
            .Select(entity => entity with { Relations = EquatableArray.From(entity.Relations.Where(r => entities.Length == 0 || entities.Contains(r.Target))) })),
    };

    /// <summary>A project named Keys with <paramref name="entities"/>, and sign-in.</summary>
    public static ProjectRequirements Project(params EntityInfo[] entities) => new(
        new ProjectInfo("Keys", ProjectScale.Small, ScaleSource.Default, 0, default),
        EquatableArray.Of("user-authentication"),
        EquatableArray.Of(entities),
        default,
        default);

    public static EntityInfo Entity(string name, FieldInfo[] fields, params RelationInfo[] relations) =>
        new(name, TableNamer.Pluralize(name), EquatableArray.Of(fields), EquatableArray.Of(relations), "Keys.Domain." + name);

    public static FieldInfo Key(string name, string type, int? maxLength = null) => new(name, type, true, true, maxLength, default);

    public static FieldInfo Field(string name, string type, bool required = true, int? maxLength = null) => new(name, type, false, required, maxLength, default);

    public static RelationInfo Reference(string name, string target, string foreignKey) => new(name, target, RelationKind.ManyToOne, foreignKey, true);

    /// <summary>
    /// Keys of every kind: a string key, a composite key of two foreign keys, a GUID, a byte, a date, and an
    /// integer key that is also a foreign key (one-to-one by shared key).
    /// </summary>
    public static ProjectRequirements Keys { get; } = Project(
        Entity("Tag", new[] { Key("Code", "string", 20), Field("Label", "string") }),
        Entity("Shelf", new[] { Key("Id", "int16"), Field("Name", "string") }),
        Entity(
            "ShelfTag",
            new[] { Key("ShelfId", "int16"), Key("TagCode", "string", 20), Field("Position", "int32") },
            Reference("Shelf", "Shelf", "ShelfId"),
            Reference("Tag", "Tag", "TagCode")),
        Entity("Note", new[] { Key("Id", "guid"), Field("Attachment", "bytes", required: false, maxLength: 64) }),
        Entity("Level", new[] { Key("Id", "byte"), Field("Name", "string") }),
        Entity("Day", new[] { Key("Date", "date"), Field("Count", "int32") }),
        Entity("ShelfLabel", new[] { Key("ShelfId", "int16"), Field("Text", "string") }, Reference("Shelf", "Shelf", "ShelfId")));

    /// <summary>
    /// Doctors and clinics (a many-to-many), a doctor's badge (a one-to-one), a decimal with its own precision, a range,
    /// a minimum length and an ignored property: what the EF Core configuration states beyond columns.
    /// </summary>
    public static ProjectRequirements Clinics { get; } = Project(
        new EntityInfo(
            "Doctor",
            "Doctors",
            EquatableArray.Of(
                Key("Id", "int32"),
                new FieldInfo("Name", "string", false, true, 80, default, Rules: new FieldRules(MinLength: 2)),
                new FieldInfo("Stars", "int32", false, true, null, default, Rules: new FieldRules(Minimum: "1", Maximum: "5")),
                new FieldInfo("Fee", "decimal", false, true, null, default, Rules: new FieldRules(Precision: 10, Scale: 3)),
                new FieldInfo("LicenseCode", "string", false, true, 6, default, Access: PropertyAccess.InitOnly),
                new FieldInfo("CreatedAt", "datetime", false, true, null, default, Access: PropertyAccess.NonPublicSetter)),
            EquatableArray.Of(
                new RelationInfo("Clinics", "Clinic", RelationKind.ManyToMany, null, false, "Doctors", Join: new JoinTableInfo("ClinicDoctor", "DoctorId", "ClinicId")),
                new RelationInfo("Badge", "Badge", RelationKind.OneToOne, null, false, "Doctor")),
            "Keys.Domain.Doctor",
            EquatableArray.Of("HomeAddress")),
        Entity(
            "Clinic",
            new[] { Key("Id", "int32"), Field("Name", "string") },
            new RelationInfo("Doctors", "Doctor", RelationKind.ManyToMany, null, false, "Clinics", Join: new JoinTableInfo("ClinicDoctor", "ClinicId", "DoctorId"))),
        Entity(
            "Badge",
            new[] { Key("Id", "guid"), Field("DoctorId", "int32") },
            new RelationInfo("Doctor", "Doctor", RelationKind.ManyToOne, "DoctorId", true, "Badge", IsUnique: true)));

    public static BackendModel Build(ProjectRequirements requirements) => BackendModelBuilder.Build(requirements, requirements.Project.Name);
}
