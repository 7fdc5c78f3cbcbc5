using System.Linq;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using Xunit;

namespace FullstackDevelop.Core.Tests.Backend;

public sealed class CheckConstraintsTests
{
    [Fact]
    public void AnInclusiveRangeIsABetweenAndADecimalIsComparedAsANumber()
    {
        var fee = new FieldInfo("Fee", "decimal", false, true, null, default, Rules: new FieldRules(Minimum: "0.5", Maximum: "99.95", Precision: 6, Scale: 2));

        var check = Assert.Single(CheckConstraints.For("Doctors", fee));

        Assert.Equal(new CheckConstraint("CK_Doctors_Fee_Range", "CAST(\"Fee\" AS NUMERIC) BETWEEN 0.5 AND 99.95"), check);
    }

    [Fact]
    public void ExclusiveBoundsAreStrictComparisons()
    {
        var temperature = new FieldInfo("Temperature", "double", false, false, null, default, Rules: new FieldRules(Minimum: "35", MinimumIsExclusive: true, Maximum: "43"));

        Assert.Equal("\"Temperature\" > 35 AND \"Temperature\" <= 43", Assert.Single(CheckConstraints.For("Visits", temperature)).Sql);
    }

    [Fact]
    public void AFloatBoundIsTheFloatsOwnValueAsTheDatabaseHoldsIt()
    {
        var gain = new FieldInfo("Gain", "float", false, true, null, default, Rules: new FieldRules(Minimum: "0", Maximum: "0.3"));

        Assert.Equal("\"Gain\" BETWEEN 0 AND 0.30000001192092896", Assert.Single(CheckConstraints.For("Meters", gain)).Sql);
    }

    [Fact]
    public void OnlyAByteArraysMinimumLengthIsChecked()
    {
        var note = new FieldInfo("Note", "string", false, true, null, default, Rules: new FieldRules(MinLength: 3));
        var photo = new FieldInfo("Photo", "bytes", false, true, null, default, Rules: new FieldRules(MinLength: 4));

        Assert.Empty(CheckConstraints.For("Notes", note));
        Assert.Equal(new CheckConstraint("CK_Notes_Photo_MinLength", "length(\"Photo\") >= 4"), Assert.Single(CheckConstraints.For("Notes", photo)));
    }

    [Fact]
    public void NamesAreCutAtPostgreSqlsLimit()
    {
        var field = new FieldInfo(new string('x', 80), "int32", false, true, null, default, Rules: new FieldRules(Minimum: "1", Maximum: "2"));

        Assert.Equal(63, CheckConstraints.For("Table", field).Single().Name.Length);
    }
}
