using System;
using System.Linq;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Backend;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

public sealed class UnitModelHasherTests
{
    private static readonly AgentDefinition Frontend = BuiltInAgents.All.Single(agent => agent.Name == "frontend-developer");

    private static AgentUnit Unit(ProjectRequirements requirements, string name) =>
        AgentUnits.For(Frontend, BuiltInAgentArtifacts.Of(Frontend.Name), AgentSamples.Model(requirements), AgentSamples.Tool).Single(unit => unit.Name == name);

    [Theory]
    [InlineData(AgentUnit.ProjectUnitName)]
    [InlineData("entity:Book")]
    public void Equal_models_built_apart_hash_alike_in_separate_hashers(string unit)
    {
        Assert.Equal(new UnitModelHasher().Of(Unit(BackendSamples.Bookstore, unit).Model), new UnitModelHasher().Of(Unit(BackendSamples.Bookstore, unit).Model));
    }

    [Fact]
    public void A_changed_field_changes_its_entitys_unit_and_the_project_unit_that_lists_the_entities_but_no_other_entity()
    {
        var hasher = new UnitModelHasher();
        var changed = BuildSandbox.WithField(BackendSamples.Bookstore, "Book", "Title", field => field with { MaxLength = 999 });

        Assert.NotEqual(hasher.Of(Unit(BackendSamples.Bookstore, "entity:Book").Model), hasher.Of(Unit(changed, "entity:Book").Model));
        Assert.NotEqual(hasher.Of(Unit(BackendSamples.Bookstore, AgentUnit.ProjectUnitName).Model), hasher.Of(Unit(changed, AgentUnit.ProjectUnitName).Model));
        Assert.Equal(hasher.Of(Unit(BackendSamples.Bookstore, "entity:Author").Model), hasher.Of(Unit(changed, "entity:Author").Model));
    }

    [Fact]
    public void A_changed_requirement_the_agent_reads_changes_the_project_unit_only()
    {
        var hasher = new UnitModelHasher();
        var changed = BuildSandbox.WithRequirement(BackendSamples.Bookstore, "ui.theme", "high-contrast");

        Assert.NotEqual(hasher.Of(Unit(BackendSamples.Bookstore, AgentUnit.ProjectUnitName).Model), hasher.Of(Unit(changed, AgentUnit.ProjectUnitName).Model));
        Assert.Equal(hasher.Of(Unit(BackendSamples.Bookstore, "entity:Book").Model), hasher.Of(Unit(changed, "entity:Book").Model));
    }

    [Fact]
    public void Anything_but_a_unit_model_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => new UnitModelHasher().Of("model"));
    }
}
