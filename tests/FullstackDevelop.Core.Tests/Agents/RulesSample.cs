using System;
using System.Linq;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Core.Tests.TestSupport;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// A clinic, built from declarations as the generator reads them: every supported rule attribute (with and without the
/// user's messages), a composite key, a many-to-many (clinics and doctors), a one-to-one (a doctor's badge) and fields
/// that are init-only or have a private setter.
/// </summary>
internal static class RulesSample
{
    public static ProjectRequirements Requirements { get; } = Build(Entities());

    /// <summary>The requirements of a project named Clinic, with sign-in, that declares <paramref name="entities"/>; fails on any problem.</summary>
    public static ProjectRequirements Build(EntityDeclaration[] entities)
    {
        var declarations = Declare.Declarations(
            Declare.Project("Clinic"),
            Declare.Features("user-authentication"),
            entities: entities);
        var result = RequirementsBuilder.Build(declarations);
        if (result.Requirements is null || result.Problems.Count > 0)
        {
            throw new InvalidOperationException("The rules sample has problems:" + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Select(problem => problem.Message)));
        }

        return result.Requirements;
    }

    /// <summary>The sample's entities as the generator reads them.</summary>
    public static EntityDeclaration[] Entities() =>
        new[]
        {
            Declare.Entity(
                "Clinic",
                Declare.Id(),
                Declare.Text("Name").With(Annotate.Required, StringLength(100, minimum: 2, message: "{0} needs {2} to {1} characters.")),
                Declare.Text("Email", nullable: true).With(Of(AnnotationNames.EmailAddress)),
                Declare.Text("Phone", nullable: true).With(Of(AnnotationNames.Phone).Named("ErrorMessage", AnnotationValue.Quoted("Call {0}? Not with that number."))),
                Declare.Text("Website", nullable: true).With(Of(AnnotationNames.Url)),
                Declare.Text("Code").With(Annotate.Required, Of(AnnotationNames.RegularExpression, AnnotationValue.Quoted(@"[A-Z]{3}-\d{2}"))),
                Declare.Collection("Doctors", "Doctor")),
            Declare.Entity(
                "Doctor",
                Declare.Id(),
                Declare.Text("Name").With(Annotate.Required.Named("AllowEmptyStrings", AnnotationValue.Boolean(true)), Annotate.MaxLength(80)),
                Declare.Scalar("Rating", "System.Int32").With(Annotate.Range(1, 5).Named("ErrorMessage", AnnotationValue.Quoted("Rate {0} from {1} to {2}."))),
                Declare.Scalar("Fee", "System.Decimal").With(
                    Of(AnnotationNames.Precision, AnnotationValue.WholeNumber(8), AnnotationValue.WholeNumber(2)),
                    Of(AnnotationNames.Range, AnnotationValue.Type("System.Decimal"), AnnotationValue.Quoted("0"), AnnotationValue.Quoted("10000"))
                        .Named("MinimumIsExclusive", AnnotationValue.Boolean(true))),
                Declare.Scalar("Score", "System.Double").With(Annotate.Range(0.0, 1.0).Named("MaximumIsExclusive", AnnotationValue.Boolean(true))),
                Declare.Scalar("Weight", "System.Single", nullable: true).With(Annotate.Range(0.5, 300.25)),
                Declare.Text("LicenseNumber").With(Annotate.Required, Of(AnnotationNames.RegularExpression, AnnotationValue.Quoted(@"\w+(-\d+)?"))) with { Access = PropertyAccess.InitOnly },
                Declare.Scalar("JoinedAt", "System.DateTimeOffset") with { Access = PropertyAccess.NonPublicSetter },
                Declare.Scalar("Shift", "System.TimeSpan", nullable: true),
                Declare.Scalar("Photo", "System.Byte[]", nullable: true).With(Annotate.MinLength(2), Annotate.MaxLength(64)),
                Declare.Collection("Clinics", "Clinic"),
                Declare.Reference("Badge", "Badge", nullable: true)),
            Declare.Entity(
                "Badge",
                Declare.Scalar("Id", "System.Guid"),
                Declare.Text("Label").With(Annotate.MinLength(3), Annotate.MaxLength(40).Named("ErrorMessage", AnnotationValue.Quoted("At most {1}."))),
                Declare.Scalar("DoctorId", "System.Int32"),
                Declare.Reference("Doctor", "Doctor")),
            Declare.Entity(
                "Visit",
                Declare.Id(),
                Declare.Scalar("On", "System.DateOnly"),
                Declare.Collection("Lines", "VisitLine")),
            Declare.Entity(
                "VisitLine",
                Declare.Scalar("VisitId", "System.Int32").With(Annotate.Key),
                Declare.Scalar("LineNumber", "System.Int16").With(Annotate.Key, Annotate.Range(1, 99)),
                Declare.Reference("Visit", "Visit"),
                Declare.Text("Treatment").With(Annotate.Required, Annotate.MaxLength(200)),
                Declare.Scalar("Units", "System.Byte").With(Annotate.Range(1, 10)),
                Declare.Scalar("Amount", "System.Decimal", nullable: true)),
        };

    /// <summary>An attribute by its metadata name, with positional arguments.</summary>
    public static AnnotationDeclaration Of(string name, params AnnotationValue[] arguments) => AnnotationDeclaration.Of(name, arguments);

    /// <summary>[StringLength(maximum, MinimumLength = minimum, ErrorMessage = message)].</summary>
    public static AnnotationDeclaration StringLength(int maximum, int minimum, string message) =>
        Of(AnnotationNames.StringLength, AnnotationValue.WholeNumber(maximum))
            .Named("MinimumLength", AnnotationValue.WholeNumber(minimum))
            .Named("ErrorMessage", AnnotationValue.Quoted(message));
}
