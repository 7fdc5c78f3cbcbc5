using System.IO;
using System.Linq;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>The requirement declarations the snapshot, caching and determinism tests share.</summary>
internal static class TestInputs
{
    public static readonly SourceFile[] Minimal =
    {
        new("Requirements.cs", """
            [assembly: FullstackDevelop.FullstackProject("Minimal")]
            """),
    };

    /// <summary>Custom agents whose dependencies form a diamond on top of the built-in agents.</summary>
    public static readonly SourceFile[] Diamond =
    {
        new("Requirements.cs", """
            using FullstackDevelop;

            [assembly: FullstackProject("Diamond", Scale = ProjectScale.Large)]
            [assembly: Requirement("schema.format", "json-schema")]
            [assembly: Agent("schema-exporter", DependsOn = new[] { "backend-developer" }, Reads = new[] { "schema." }, EstimatedMinutes = 5)]
            [assembly: Agent("api-docs", DependsOn = new[] { "schema-exporter" }, EstimatedMinutes = 20)]
            [assembly: Agent("client-sdk", DependsOn = new[] { "schema-exporter" }, EstimatedMinutes = 50, Version = "2.1.0",
                Command = "dotnet run --project tools/SdkGen", Outputs = new[] { "sdk/client.ts", "sdk/index.ts" })]
            [assembly: Agent("sdk-publisher", DependsOn = new[] { "api-docs", "client-sdk" }, EstimatedMinutes = 10)]
            """),
    };

    /// <summary>One entity with a property of every supported field type, and no authentication: the self-contained (fewer than four entities) backend.</summary>
    public static readonly SourceFile[] EveryFieldType =
    {
        new("Domain/Sample.cs", """
            using System;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            [assembly: FullstackProject("Catalog")]

            namespace Catalog.Domain;

            public enum Shade
            {
                Light,
                Dark,
            }

            [Entity]
            public sealed class Sample
            {
                public long Id { get; set; }

                [Required, MaxLength(80)]
                public string Name { get; set; } = "";

                public string? Note { get; set; }

                [Required]
                public string? Email { get; set; }

                [Required]
                public int? Stock { get; set; }

                public bool Active { get; set; }

                public byte Level { get; set; }

                public short Rank { get; set; }

                public int Count { get; set; }

                public int? OptionalCount { get; set; }

                public float Ratio { get; set; }

                public double Score { get; set; }

                public decimal Price { get; set; }

                public DateTime CreatedAt { get; set; }

                public DateTimeOffset UpdatedAt { get; set; }

                public DateOnly Day { get; set; }

                public TimeOnly At { get; set; }

                public TimeSpan Duration { get; set; }

                public Guid Token { get; set; }

                [MaxLength(1024)]
                public byte[]? Thumbnail { get; set; }

                public Shade Shade { get; set; }
            }
            """),
    };

    /// <summary>
    /// A clinic with every validation attribute, a many-to-many (doctors and clinics), a one-to-one with a composite key
    /// (a doctor's badge), a property the generator ignores, init-only and private-setter properties, and dates and
    /// times: three entities (self-contained endpoints), or with <paramref name="shifts"/> a fourth with a composite key
    /// of two numbers (shared CRUD).
    /// </summary>
    public static SourceFile[] Clinics(bool shifts) => new SourceFile[]
    {
        new("Domain/Doctor.cs", """
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            using FullstackDevelop;
            using Microsoft.EntityFrameworkCore;

            [assembly: FullstackProject("Clinics")]

            namespace Clinics.Domain;

            public enum Specialty
            {
                General,
                Cardiology,
                Dermatology,
            }

            /// <summary>Not an entity: a property of this type is ignored (FSD0008).</summary>
            public sealed class Address
            {
                public string Street { get; set; } = "";
            }

            [Entity]
            public sealed class Doctor
            {
                public int Id { get; set; }

                [Required(ErrorMessage = "A doctor needs a name."), StringLength(80, MinimumLength = 2)]
                public string Name { get; set; } = "";

                [EmailAddress, MaxLength(254)]
                public string? Email { get; set; }

                [Phone]
                public string? Phone { get; set; }

                [Url]
                public string? Website { get; set; }

                [RegularExpression("^[A-Z]{2}[0-9]{4}$"), MaxLength(6)]
                public string LicenseCode { get; init; } = "";

                [MinLength(3)]
                public string? Nickname { get; set; }

                [Range(1, 5)]
                public int Stars { get; set; }

                [Range(0.5, 99.5)]
                public double Rating { get; set; }

                [Precision(10, 3), Range(0, 100000)]
                public decimal Fee { get; set; }

                public Specialty Specialty { get; set; }

                public byte Level { get; set; }

                public DateTime HiredAt { get; set; }

                public DateTimeOffset LastSeen { get; set; }

                public DateTime? RetiredAt { get; set; }

                public DateTime CreatedAt { get; private set; } = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

                public Address? HomeAddress { get; set; }

                [NotMapped]
                public string Title { get; set; } = "";

                public List<Clinic> Clinics { get; set; } = new();

                public Badge? Badge { get; set; }
            """ + (shifts ? "\n\n    public List<Shift> Shifts { get; set; } = new();\n}\n" : "\n}\n")),
        new("Domain/Clinic.cs", """
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            namespace Clinics.Domain;

            [Entity]
            public sealed class Clinic
            {
                public int Id { get; set; }

                [Required, MaxLength(100)]
                public string Name { get; set; } = "";

                public List<Doctor> Doctors { get; set; } = new();
            }
            """),
        new("Domain/Badge.cs", """
            using System;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            namespace Clinics.Domain;

            /// <summary>A doctor's one badge: a one-to-one whose dependent has a composite key.</summary>
            [Entity]
            public sealed class Badge
            {
                [Key]
                public int DoctorId { get; set; }

                [Key, MaxLength(8)]
                public string Code { get; set; } = "";

                public Doctor? Doctor { get; set; }

                public DateTimeOffset IssuedAt { get; set; }
            }
            """),
    }.Concat(shifts ? new[]
    {
        new SourceFile("Domain/Shift.cs", """
            using System;
            using System.ComponentModel.DataAnnotations;
            using FullstackDevelop;

            namespace Clinics.Domain;

            [Entity]
            public sealed class Shift
            {
                [Key]
                public int DoctorId { get; set; }

                [Key]
                public short Number { get; set; }

                public Doctor? Doctor { get; set; }

                public DateTime StartsAt { get; set; }

                public TimeSpan Length { get; set; }
            }
            """),
    } : System.Array.Empty<SourceFile>()).ToArray();

    /// <summary>The sample application's requirement and domain files, read from samples/Bookstore.</summary>
    public static SourceFile[] Bookstore()
    {
        var root = RepositoryPaths.Combine("samples", "Bookstore");
        return Directory.GetFiles(Path.Combine(root, "Domain"), "*.cs")
            .Append(Path.Combine(root, "Requirements.cs"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray();
    }
}
