using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Requirements;

/// <summary>Every supported attribute becomes a field rule; every other one, or one on the wrong property, is reported at the attribute.</summary>
public sealed class AnnotationRulesTests
{
    private static (FieldInfo Field, List<Problem> Problems) Field(PropertyDeclaration property)
    {
        var problems = new List<Problem>();
        var entities = EntityBuilder.Build(EquatableArray.Of(Declare.Entity("Review", Declare.Id(), property)), problems);
        return (entities[0].Fields.FirstOrDefault(f => f.Name == property.Name)!, problems);
    }

    private static AnnotationDeclaration Attribute(string name, params AnnotationValue[] arguments) => AnnotationDeclaration.Of(name, arguments);

    private static AnnotationValue Text(string text) => AnnotationValue.Quoted(text);

    private static AnnotationValue Whole(long number) => AnnotationValue.WholeNumber(number);

    [Fact]
    public void LengthsFormatsAndPatternsBecomeRulesOfAString()
    {
        var (field, problems) = Field(Declare.Text("Email").With(
            Attribute(AnnotationNames.StringLength, Whole(80)).Named("MinimumLength", Whole(5)),
            Attribute(AnnotationNames.EmailAddress),
            Attribute(AnnotationNames.RegularExpression, Text("^[a-z@.]+$"))));

        Assert.Empty(problems);
        Assert.Equal(80, field.MaxLength);
        Assert.Equal(new FieldRules(MinLength: 5, Format: FieldRules.EmailFormat, Pattern: "^[a-z@.]+$"), field.Rules);
    }

    [Theory]
    [InlineData(AnnotationNames.EmailAddress, FieldRules.EmailFormat)]
    [InlineData(AnnotationNames.Phone, FieldRules.PhoneFormat)]
    [InlineData(AnnotationNames.Url, FieldRules.UrlFormat)]
    public void EachFormatAttributeSetsItsFormat(string attribute, string format)
    {
        Assert.Equal(format, Field(Declare.Text("Contact").With(Attribute(attribute))).Field.Constraints.Format);
    }

    [Fact]
    public void TwoFormatsOnOnePropertyAreFsd0028()
    {
        var (_, problems) = Field(Declare.Text("Contact").With(Attribute(AnnotationNames.EmailAddress), Attribute(AnnotationNames.Url)));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidAnnotation, problem.Descriptor);
        Assert.Equal(ProblemSubject.PropertyAnnotation(0, 1, 1), problem.Subject);
    }

    [Fact]
    public void ErrorMessagesAreKeptByRuleAndRequiredAllowsEmptyStrings()
    {
        var (field, problems) = Field(Declare.Text("Name").With(
            Attribute(AnnotationNames.Required).Named("AllowEmptyStrings", AnnotationValue.Boolean(true)).Named("ErrorMessage", Text("Say who")),
            Attribute(AnnotationNames.MinLength, Whole(2)).Named("ErrorMessage", Text("{0} is short"))));

        Assert.Empty(problems);
        Assert.True(field.Constraints.AllowEmptyStrings);
        Assert.Equal("Say who", field.Constraints.MessageFor("required"));
        Assert.Equal("{0} is short", field.Constraints.MessageFor("minLength"));
        Assert.Null(field.Constraints.MessageFor("maxLength"));
    }

    [Theory]
    [InlineData("System.Int32", 1, 5, "1", "5")]
    [InlineData("System.Byte", -10, 1000, "0", "255")]
    [InlineData("System.Int16", 1.5, 4.5, "2", "4")]
    public void IntegerRangesBecomeWholeInclusiveBoundsWithinTheType(string clrType, double minimum, double maximum, string low, string high)
    {
        var (field, problems) = Field(Declare.Scalar("Stars", clrType).With(Annotate.Range(minimum, maximum)));

        Assert.Empty(problems);
        Assert.Equal((low, false, high, false), (field.Constraints.Minimum, field.Constraints.MinimumIsExclusive, field.Constraints.Maximum, field.Constraints.MaximumIsExclusive));
    }

    [Fact]
    public void ExclusiveIntegerBoundsMoveToTheNextWholeNumber()
    {
        var range = Annotate.Range(1, 5).Named("MinimumIsExclusive", AnnotationValue.Boolean(true)).Named("MaximumIsExclusive", AnnotationValue.Boolean(true));

        var (field, _) = Field(Declare.Scalar("Stars", "System.Int32").With(range));

        Assert.Equal(("2", "4"), (field.Constraints.Minimum, field.Constraints.Maximum));
        Assert.False(field.Constraints.MinimumIsExclusive);
    }

    [Fact]
    public void DecimalRangesOfTheTypeofFormKeepExactBoundsAndExclusivity()
    {
        var range = Attribute(AnnotationNames.Range, AnnotationValue.Type("System.Decimal"), Text("0.01"), Text("999.99")).Named("MaximumIsExclusive", AnnotationValue.Boolean(true));

        var (field, problems) = Field(Declare.Scalar("Fee", "System.Decimal").With(range));

        Assert.Empty(problems);
        Assert.Equal(new FieldRules(Minimum: "0.01", Maximum: "999.99", MaximumIsExclusive: true, Precision: 18, Scale: 2), field.Rules);
    }

    [Fact]
    public void ARangeThatAllowsNoValueIsFsd0028()
    {
        var (_, problems) = Field(Declare.Scalar("Stars", "System.Int32").With(Annotate.Range(5, 1)));

        Assert.Same(ProblemCatalog.InvalidAnnotation, Assert.Single(problems).Descriptor);
    }

    [Fact]
    public void ARangeOfDatesIsNotSupportedAndSaysSo()
    {
        var range = Attribute(AnnotationNames.Range, AnnotationValue.Type("System.DateTime"), Text("2000-01-01"), Text("2100-01-01"));

        var (field, problems) = Field(Declare.Scalar("Stars", "System.Int32").With(range));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.IgnoredAnnotation, problem.Descriptor);
        Assert.Contains("only ranges of numbers", problem.Message, System.StringComparison.Ordinal);
        Assert.Null(field.Rules);
    }

    [Fact]
    public void EveryDecimalHasDigitsAndPrecisionSetsThem()
    {
        Assert.Equal((18, 2), (Field(Declare.Scalar("Fee", "System.Decimal")).Field.Constraints.Precision, Field(Declare.Scalar("Fee", "System.Decimal")).Field.Constraints.Scale));

        var (field, problems) = Field(Declare.Scalar("Fee", "System.Decimal").With(Attribute(AnnotationNames.Precision, Whole(10), Whole(4))));

        Assert.Empty(problems);
        Assert.Equal((10, 4), (field.Constraints.Precision, field.Constraints.Scale));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(29, 2)]
    [InlineData(5, 6)]
    public void PrecisionOutsideWhatADecimalHoldsIsFsd0028(int precision, int scale)
    {
        var (_, problems) = Field(Declare.Scalar("Fee", "System.Decimal").With(Attribute(AnnotationNames.Precision, Whole(precision), Whole(scale))));

        Assert.Same(ProblemCatalog.InvalidAnnotation, Assert.Single(problems).Descriptor);
    }

    [Fact]
    public void APatternThatIsNotARegularExpressionIsFsd0028()
    {
        var (field, problems) = Field(Declare.Text("Code").With(Attribute(AnnotationNames.RegularExpression, Text("[a-"))));

        Assert.Same(ProblemCatalog.InvalidAnnotation, Assert.Single(problems).Descriptor);
        Assert.Null(field.Rules);
    }

    [Fact]
    public void AMinimumLengthAboveTheMaximumIsFsd0028()
    {
        var (_, problems) = Field(Declare.Text("Code").With(Annotate.MaxLength(3), Annotate.MinLength(5)));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.InvalidAnnotation, problem.Descriptor);
        Assert.Equal(ProblemSubject.PropertyAnnotation(0, 1, 1), problem.Subject);
    }

    [Theory]
    [InlineData(AnnotationNames.EmailAddress, "System.Int32", "string properties")]
    [InlineData(AnnotationNames.MinLength, "System.Boolean", "string and byte[] properties")]
    [InlineData(AnnotationNames.Range, "System.String", "number properties")]
    [InlineData(AnnotationNames.Precision, "System.Double", "decimal properties")]
    public void AnAttributeOnAPropertyItDoesNotApplyToIsFsd0027AndChangesNothing(string attribute, string clrType, string appliesTo)
    {
        var annotation = attribute == AnnotationNames.Range ? Annotate.Range(1, 2) : Attribute(attribute, Whole(3));

        var (field, problems) = Field(Declare.Scalar("Value", clrType).With(annotation));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.AnnotationNotApplicable, problem.Descriptor);
        Assert.Equal(ProblemSubject.PropertyAnnotation(0, 1, 0), problem.Subject);
        Assert.Contains(appliesTo, problem.Message, System.StringComparison.Ordinal);
        Assert.True(field.Rules is null || field.Rules == new FieldRules(Precision: field.Constraints.Precision, Scale: field.Constraints.Scale));
    }

    [Fact]
    public void AnAttributeThatChangesNothingIsFsd0025WithAdvice()
    {
        var (_, problems) = Field(Declare.Text("Name").With(Attribute("System.ComponentModel.DataAnnotations.Schema.TableAttribute", Text("x"))));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.IgnoredAnnotation, problem.Descriptor);
        Assert.Equal(ProblemSeverity.Warning, problem.Descriptor.Severity);
        Assert.Contains("[Entity(Table = ", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttributeEfCoreWouldApplyBehindTheArtifactsBackIsFsd0026()
    {
        var (_, problems) = Field(Declare.Text("Name").With(Attribute("System.ComponentModel.DataAnnotations.Schema.ColumnAttribute", Text("full_name"))));

        var problem = Assert.Single(problems);
        Assert.Same(ProblemCatalog.RejectedAnnotation, problem.Descriptor);
        Assert.Equal(ProblemSeverity.Error, problem.Descriptor.Severity);
    }

    [Fact]
    public void ANamedArgumentThatIsNotAppliedIsFsd0029()
    {
        var pattern = Attribute(AnnotationNames.RegularExpression, Text("^a$")).Named("MatchTimeoutInMilliseconds", Whole(100)).Named("ErrorMessageResourceName", Text("X"));

        var (field, problems) = Field(Declare.Text("Code").With(pattern));

        Assert.Equal(new[] { "MatchTimeoutInMilliseconds", "ErrorMessageResourceName" }, problems.Select(p => p.Arguments[0]));
        Assert.All(problems, p => Assert.Same(ProblemCatalog.IgnoredAnnotationArgument, p.Descriptor));
        Assert.Equal("^a$", field.Constraints.Pattern);
    }

    [Fact]
    public void NotMappedLeavesThePropertyOutWithoutAWarningEvenOfAnUnsupportedType()
    {
        var problems = new List<Problem>();
        var entity = EntityBuilder.Build(
            EquatableArray.Of(Declare.Entity("Review", Declare.Id(), Declare.Scalar("Home", "Shop.Address").With(Annotate.NotMapped), Declare.Text("Note").With(Annotate.NotMapped))),
            problems)[0];

        Assert.Empty(problems);
        Assert.Equal(new[] { "Id" }, entity.Fields.Select(f => f.Name));
        Assert.Equal(EquatableArray.Of("Home", "Note"), entity.Ignored);
    }

    [Fact]
    public void AnUnsupportedTypeIsIgnoredAndListedForEfCore()
    {
        var problems = new List<Problem>();
        var entity = EntityBuilder.Build(EquatableArray.Of(Declare.Entity("Patient", Declare.Id(), Declare.Scalar("HomeAddress", "Shop.Address", nullable: true))), problems)[0];

        Assert.Same(ProblemCatalog.UnsupportedPropertyType, Assert.Single(problems).Descriptor);
        Assert.Equal(EquatableArray.Of("HomeAddress"), entity.Ignored);
    }
}
