using System;
using System.Linq;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Agents.Infrastructure;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents;

/// <summary>
/// The example values of the test plan and the API scripts are what they claim, by the API's own attributes: each valid
/// one passes every validation attribute of its field, each invalid one fails with exactly the message it states.
/// </summary>
public sealed class ArtifactExamplesTests
{
    public static TheoryData<string> Samples => new() { "Rules", "Bookstore", "EveryFieldType", "Keys" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Valid_examples_pass_and_invalid_ones_fail_with_their_message(string sample)
    {
        var requirements = sample switch
        {
            "Rules" => RulesSample.Requirements,
            "Bookstore" => BackendSamples.Bookstore,
            "Keys" => BackendSamples.Keys,
            _ => AgentSamples.EveryFieldType,
        };
        var backend = BackendModelBuilder.Build(requirements, "Examples").Entities.ToDictionary(entity => entity.Name, StringComparer.Ordinal);
        foreach (var entity in AgentSamples.Model(requirements).Entities)
        {
            foreach (var field in entity.Fields.Where(field => field.InCreate && field.Type != FieldType.Enum))
            {
                var api = backend[entity.Name].Fields.Single(candidate => candidate.Name == field.Name);
                foreach (var valid in new[] { field.Examples.Valid, field.Examples.Changed })
                {
                    Assert.NotNull(valid);
                    Assert.True(ApiFieldValidator.Messages(api, valid!) is { Count: 0 }, entity.Name + "." + field.Name + " accepts " + valid);
                }

                foreach (var example in field.Examples.Invalid)
                {
                    var messages = ApiFieldValidator.Messages(api, example.Json);
                    Assert.True(messages is null || messages.Contains(example.Message), entity.Name + "." + field.Name + " refuses " + example.Json + " with \"" + example.Message + "\", not [" + string.Join(" | ", messages ?? new()) + "]");
                }
            }
        }
    }

    [Fact]
    public void A_field_gets_one_refused_value_per_rule_and_both_sides_of_a_range()
    {
        var doctor = AgentSamples.Model(RulesSample.Requirements).Entities.Single(entity => entity.Name == "Doctor");

        var rating = doctor.Fields.Single(field => field.Name == "Rating").Examples;
        Assert.Equal(("1", "2"), (rating.Valid, rating.Changed));
        Assert.Equal(new[] { ("range", "0", "of 0, under the minimum of 1", "Rate Rating from 1 to 5."), ("range", "6", "of 6, over the maximum of 5", "Rate Rating from 1 to 5.") }, rating.Invalid.Select(example => (example.Rule, example.Json, example.Description, example.Message)));

        var fee = doctor.Fields.Single(field => field.Name == "Fee").Examples;
        Assert.Equal(new[] { "0", "10000.01", "1.001", "1000000" }, fee.Invalid.Select(example => example.Json));
        Assert.Contains(fee.Invalid, example => example.Description == "of 0, the excluded minimum");

        var license = doctor.Fields.Single(field => field.Name == "LicenseNumber").Examples;
        Assert.Equal("\"a-1\"", license.Valid);
        Assert.Contains(license.Invalid, example => example.Rule == "pattern" && example.Json == "\"!\"");
    }
}
