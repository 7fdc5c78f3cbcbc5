using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Planning;

/// <summary>
/// The seed's eight agents, their dependency DAG and estimated durations (minutes), and the
/// requirement key prefixes each reads, so a changed key re-runs only the agents that read it.
/// </summary>
public static class BuiltInAgents
{
    /// <summary>The version of the built-in agents; part of their cache keys.</summary>
    public const string Version = "1.0.0";

    /// <summary>The agents in pipeline order.</summary>
    public static IReadOnlyList<AgentDefinition> All { get; } = new[]
    {
        Define("product-manager", 15, Array.Empty<string>(), "product.", "features.", "slo."),
        Define("technical-architect", 20, new[] { "product-manager" }, "architecture.", "api."),
        Define("frontend-developer", 25, new[] { "technical-architect" }, "ui.", "frontend."),
        Define("backend-developer", 25, new[] { "technical-architect" }, "backend.", "database."),
        Define("devops-engineer", 20, new[] { "technical-architect" }, "devops.", "deployment.", "infrastructure."),
        Define("qa-engineer", 30, new[] { "frontend-developer", "backend-developer" }, "qa.", "testing."),
        Define("site-reliability-engineer", 20, new[] { "devops-engineer", "qa-engineer" }, "monitoring.", "slo."),
        Define("development-coordinator", 10, new[] { "site-reliability-engineer" }, "delivery."),
    };

    private static readonly HashSet<string> Names = new(All.Select(agent => agent.Name), StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a built-in agent's name.</summary>
    public static bool Contains(string name) => Names.Contains(name);

    private static AgentDefinition Define(string name, int minutes, string[] dependsOn, params string[] reads) =>
        new(name, Sorted(dependsOn), Sorted(reads), minutes, Version, IsBuiltIn: true, Command: null, Outputs: default);

    private static EquatableArray<string> Sorted(string[] names) => EquatableArray.From(names.OrderBy(name => name, StringComparer.Ordinal));
}
