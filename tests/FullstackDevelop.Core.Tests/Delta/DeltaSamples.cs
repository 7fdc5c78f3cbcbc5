using System;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.TestSupport;

namespace FullstackDevelop.Core.Tests.Delta;

/// <summary>A shop with features, entities and requirement keys of every strategy's prefixes, and edits to it.</summary>
internal static class DeltaSamples
{
    public static ProjectRequirements Shop(params CustomAgentInfo[] agents) =>
        new(
            new ProjectInfo("Shop", ProjectScale.Small, ScaleSource.Default, 0, EquatableArray.Of("aspnetcore", "react")),
            EquatableArray.Of("catalog", "user-authentication"),
            EquatableArray.Of(Model.Entity("Author"), Model.Entity("Book")),
            EquatableArray.Of(
                new RequirementEntry("api.style", "rest"),
                new RequirementEntry("architecture.style", "modular-monolith"),
                new RequirementEntry("database.engine", "sqlite"),
                new RequirementEntry("frontend.framework", "react"),
                new RequirementEntry("ui.theme", "light")),
            EquatableArray.Of(agents));

    public static CustomAgentInfo Agent(string name, int minutes, string[] reads, params string[] dependsOn) =>
        new(name, EquatableArray.Of(dependsOn), EquatableArray.Of(reads), "1.0.0", minutes, null, default);

    /// <summary>Sets a requirement key, keeping the entries sorted as the canonical model does.</summary>
    public static ProjectRequirements With(this ProjectRequirements requirements, string key, string value) =>
        requirements with
        {
            Requirements = EquatableArray.From(requirements.Requirements
                .Where(entry => entry.Key != key)
                .Append(new RequirementEntry(key, value))
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)),
        };

    public static ProjectRequirements Without(this ProjectRequirements requirements, string key) =>
        requirements with { Requirements = EquatableArray.From(requirements.Requirements.Where(entry => entry.Key != key)) };

    public static ExecutionPlan PlanOf(ProjectRequirements requirements) =>
        ExecutionPlanner.Plan(requirements).Plan ?? throw new InvalidOperationException("The sample requirements do not plan.");

    public static AgentDefinition BuiltIn(string name) => BuiltInAgents.All.Single(agent => agent.Name == name);
}
