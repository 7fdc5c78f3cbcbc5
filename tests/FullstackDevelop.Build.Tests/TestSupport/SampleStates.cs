using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Build.State;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Hashing;

namespace FullstackDevelop.Build.Tests.TestSupport;

/// <summary>Build states with every part filled in.</summary>
internal static class SampleStates
{
    public static BuildState Shop() => new(
        SampleRequirements.ShopJson(),
        new Dictionary<string, AgentState>
        {
            ["product-manager"] = new(ContentHash.Of("spec"), ContentHash.Of("key-pm"), EquatableArray.Of("docs/requirements.md", "docs/user-stories/book.md"), 2),
            ["frontend-developer"] = new(ContentHash.Of("client"), ContentHash.Of("key-fe")),
        },
        new AgentHistory(new Dictionary<string, IReadOnlyList<TimeSpan>>
        {
            ["product-manager"] = new[] { TimeSpan.FromMilliseconds(12.3456), TimeSpan.FromTicks(1) },
            ["frontend-developer"] = new[] { TimeSpan.FromSeconds(3) },
        }),
        new Dictionary<string, string>
        {
            ["docs/requirements.md"] = ContentHash.Of("# Shop"),
            ["frontend/src/api/books.ts"] = ContentHash.Of("export {}"),
        },
        ContentHash.Of("inputs"));

    /// <summary>
    /// A state of a few hundred kilobytes whose parts all derive from <paramref name="generation"/>, so a
    /// state assembled from two different saves is detectable (see <see cref="IsWhole"/>).
    /// </summary>
    public static BuildState Large(int generation)
    {
        var snapshot = SampleRequirements.ShopJson("generation-" + generation + "-" + new string('x', 100_000));
        var tag = ContentHash.Of(snapshot);
        return new BuildState(
            snapshot,
            new Dictionary<string, AgentState> { ["frontend-developer"] = new(tag, tag) },
            new AgentHistory(new Dictionary<string, IReadOnlyList<TimeSpan>> { ["frontend-developer"] = new[] { TimeSpan.FromTicks(generation) } }),
            Enumerable.Range(0, 2_000).ToDictionary(index => "frontend/src/pages/Page" + index + ".tsx", _ => tag));
    }

    public static bool IsWhole(BuildState state)
    {
        var tag = ContentHash.Of(state.SnapshotJson);
        return state.Agents["frontend-developer"].OutputHash == tag
            && state.WrittenFiles.Count == 2_000
            && state.WrittenFiles.Values.All(hash => hash == tag);
    }
}
