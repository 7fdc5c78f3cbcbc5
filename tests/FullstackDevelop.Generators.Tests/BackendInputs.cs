using System.Linq;
using FullstackDevelop.Generators.Tests.Infrastructure;

namespace FullstackDevelop.Generators.Tests;

/// <summary>The requirement declarations of the backend tests that are not the sample's.</summary>
internal static class BackendInputs
{
    /// <summary>
    /// A clinic with every validation attribute, a many-to-many (doctors and clinics), a one-to-one with a composite key
    /// (a doctor's badge), a property the generator ignores, init-only and private-setter properties, and dates and
    /// times: three entities (self-contained endpoints), or with <paramref name="shifts"/> a fourth with a composite key
    /// of two numbers (shared CRUD). <paramref name="features"/> are declared as <c>[assembly: Feature]</c>.
    /// </summary>
    public static SourceFile[] Clinics(bool shifts, params string[] features) => new SourceFile[]
    {
        new("Domain/Doctor.cs", """
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            using FullstackDevelop;
            using Microsoft.EntityFrameworkCore;

            [assembly: FullstackProject("Clinics")]
            """ + string.Concat(features.Select(feature => "\n[assembly: Feature(\"" + feature + "\")]")) + """



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
}
