using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FullstackDevelop.Core.Agents.Rendering;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The content hashes of a build's unit models. A model's hash is the hash of its parts' hashes (tool, project,
/// requirement slice, entities, plan, infrastructure, locale, upstream files), and each part is serialised with System.Text.Json once per build
/// however many units share it: every agent's units share the same entity objects, and hashing each unit's model whole
/// serialised every entity once per agent and unit. Equal models hash alike in every process.
/// </summary>
internal sealed class UnitModelHasher
{
    private readonly ConcurrentDictionary<object, string> _parts = new(ByReference.Instance);

    /// <summary>The hash of <paramref name="model"/>, a <see cref="ProjectUnitModel"/> or an <see cref="EntityUnitModel"/>.</summary>
    /// <exception cref="ArgumentException">The model is of another type.</exception>
    public string Of(object model) => model switch
    {
        ProjectUnitModel project => Combine(
            "project",
            Part(project.Tool),
            Part(project.Project),
            Serialized(project.Requirements),
            Combine("entities", project.Entities.Select(Part).ToArray()),
            project.Plan is null ? "no plan" : Part(project.Plan),
            Part(project.Infrastructure),
            Serialized(project.Locale)) + Upstream(project.Upstream) + Layout(project),
        EntityUnitModel entity => Combine("entity", Part(entity.Tool), Part(entity.Project), Part(entity.Entity)),
        _ => throw new ArgumentException("Not a unit model: " + model.GetType().FullName, nameof(model)),
    };

    // Nothing for a model without upstream files, so the built-in agents' keys are what they were; each file is
    // serialised once.
    private string Upstream(EquatableArray<UpstreamFile> files) => files.Count == 0 ? string.Empty : "+" + Combine("upstream", files.Select(Part).ToArray());

    // Nothing for a model without a layout, so the keys of agents that do not read deployment keys are what they were.
    private static string Layout(ProjectUnitModel project) => project.Layout is null ? string.Empty : "+" + Serialized(project.Layout);

    private static string Combine(string kind, params string[] parts) => ContentHash.Of(kind + "\n" + string.Join("\n", parts));

    private static string Serialized(object value) => ContentHash.Of(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType()));

    private string Part(object value) => _parts.GetOrAdd(value, Serialized);

    // The parts are records, whose value equality walks every nested array; the same object is what repeats.
    private sealed class ByReference : IEqualityComparer<object>
    {
        public static readonly ByReference Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
