using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Differential;

// The sequences are split across two test classes because xUnit runs classes, not the cases of one theory, in parallel.

/// <summary>The edit sequences with an even number.</summary>
public sealed class GeneratorDifferentialTestsEven
{
    public static IEnumerable<object[]> Sequences => DifferentialSettings.Shard(0, 2);

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Incremental_output_equals_a_fresh_run_after_every_edit(int sequence) => GeneratorDifferential.Run(sequence);
}

/// <summary>The edit sequences with an odd number.</summary>
public sealed class GeneratorDifferentialTestsOdd
{
    public static IEnumerable<object[]> Sequences => DifferentialSettings.Shard(1, 2);

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Incremental_output_equals_a_fresh_run_after_every_edit(int sequence) => GeneratorDifferential.Run(sequence);
}

/// <summary>
/// Applies a random edit sequence to a compilation and, after every edit, checks that the driver that saw every
/// edit produces exactly what a fresh driver produces on the same compilation (sources, and diagnostics with their
/// locations), that every tracked step's output equals the fresh run's (so it is equatable) and holds no Roslyn
/// object, and that an edit that changes no declaration renders nothing again.
/// </summary>
internal static class GeneratorDifferential
{
    // The steps whose outputs are the generated files: an edit that changes no declaration leaves them cached.
    private static readonly string[] FinalSteps = { TrackingNames.EntityFiles, TrackingNames.ProjectFiles };

    public static void Run(int sequence)
    {
        var project = new EditableProject(DifferentialSettings.SeedOf(sequence));
        var compilation = GeneratorHarness.Compile(project.Files(), "Library", web: true);
        var templates = new Dictionary<string, AdditionalText>();
        var driver = GeneratorHarness.CreateDriver("Library");
        driver = GeneratorHarness.Run(driver, compilation).Driver;
        var history = new List<string>();
        var rendered = 0;
        var withoutDeclarationChange = 0;
        for (var step = 1; step <= DifferentialSettings.StepsPerSequence; step++)
        {
            var (edit, changesNoDeclaration) = project.Edit();
            history.Add(edit);
            compilation = Apply(compilation, project.Files());
            driver = ApplyTemplates(driver, templates, project.Templates);

            var incremental = GeneratorHarness.Run(driver, compilation);
            driver = incremental.Driver;
            var fresh = GeneratorHarness.Run(GeneratorHarness.CreateDriver("Library", additionalTexts: templates.Values.ToArray()), compilation);
            var context = DifferentialSettings.Reproduce(sequence, step) + "\nEdits:\n  " + string.Join("\n  ", history)
                + "\nFiles:\n" + string.Join("\n", project.Files().Select(f => "// ---- " + f.Path + "\n" + f.Text));

            Assert.True(Sources(incremental) == Sources(fresh), "Generated sources differ from a fresh run's:\nincremental:\n" + Sources(incremental) + "\nfresh:\n" + Sources(fresh) + "\n" + context);
            Assert.True(Diagnostics(incremental) == Diagnostics(fresh), "Diagnostics differ from a fresh run's:\nincremental:\n" + Diagnostics(incremental) + "\nfresh:\n" + Diagnostics(fresh) + "\n" + context);
            CheckSteps(incremental, fresh, changesNoDeclaration, context);
            rendered += incremental.Result.GeneratedSources.Any(s => s.HintName.StartsWith("Entities.", System.StringComparison.Ordinal)) ? 1 : 0;
            withoutDeclarationChange += changesNoDeclaration ? 1 : 0;
        }

        // A sequence that never rendered the backend, or never left the declarations alone, would prove little.
        Assert.True(rendered > 0 && withoutDeclarationChange > 0, $"Sequence {sequence}: {rendered} steps rendered entity code, {withoutDeclarationChange} changed no declaration");
    }

    private static void CheckSteps(GeneratorOutcome incremental, GeneratorOutcome fresh, bool changesNoDeclaration, string context)
    {
        foreach (var name in TrackingNames.All)
        {
            var outputs = Outputs(incremental, name);
            var expected = Outputs(fresh, name);

            // A step no output needs is not run at all (entity files when there are no entities), so it may be tracked by one run only.
            Assert.True(outputs.Count == expected.Count || outputs.Count == 0 || expected.Count == 0, $"Step {name} has {outputs.Count} outputs, a fresh run {expected.Count}\n{context}");
            for (var i = 0; i < outputs.Count; i++)
            {
                // Per-item steps follow the order of their inputs, which differs for additional files added over time.
                var value = outputs[i].Value;
                Assert.True(expected.Count == 0 || expected.Any(e => Equals(e.Value, value)), $"Step {name} output {i} equals none of a fresh run's: not equatable, or stale\n{context}");
                var roslyn = PipelineOutputInspector.FindRoslynObjects(outputs[i].Value);
                Assert.True(roslyn.Count == 0, $"Step {name} holds Roslyn objects: {string.Join(", ", roslyn)}\n{context}");
            }

            if (changesNoDeclaration && FinalSteps.Contains(name))
            {
                Assert.All(outputs, output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} reported {output.Reason} after an edit that changes no declaration\n{context}"));
            }
        }
    }

    // What a step holds after the run: the outputs of inputs that went away are reported too, as removed.
    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorOutcome outcome, string name) =>
        outcome.Result.TrackedSteps.TryGetValue(name, out var steps)
            ? steps.SelectMany(step => step.Outputs).Where(output => output.Reason != IncrementalStepRunReason.Removed).ToList()
            : new List<(object, IncrementalStepRunReason)>();

    private static string Sources(GeneratorOutcome outcome) => string.Join(
        "\n",
        outcome.Result.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => "// ==== " + s.HintName + "\n" + s.SourceText));

    private static string Diagnostics(GeneratorOutcome outcome) => string.Join(
        "\n",
        outcome.Result.Diagnostics
            .Select(d => d.Id + " " + d.Severity + " " + d.Location.GetLineSpan() + " " + d.Location.SourceSpan + " " + d.GetMessage(CultureInfo.InvariantCulture))
            .Order(System.StringComparer.Ordinal));

    // Only changed files get a new tree, as in an IDE, so the driver can tell what an edit touched.
    private static CSharpCompilation Apply(CSharpCompilation compilation, IReadOnlyList<SourceFile> files)
    {
        var old = compilation.SyntaxTrees.ToDictionary(tree => tree.FilePath);
        var trees = files.Select(f => old.TryGetValue(f.Path, out var tree) && tree.ToString() == f.Text
            ? tree
            : CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, f.Path));
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
    }

    private static GeneratorDriver ApplyTemplates(GeneratorDriver driver, Dictionary<string, AdditionalText> current, SortedDictionary<string, string> wanted)
    {
        foreach (var (path, text) in current.ToList())
        {
            if (!wanted.TryGetValue(path, out var newText))
            {
                driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(text));
                current.Remove(path);
            }
            else if (text.GetText()!.ToString() != newText)
            {
                var replacement = new TestAdditionalText(path, newText);
                driver = driver.ReplaceAdditionalText(text, replacement);
                current[path] = replacement;
            }
        }

        foreach (var (path, text) in wanted.Where(pair => !current.ContainsKey(pair.Key)))
        {
            var added = new TestAdditionalText(path, text);
            driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added));
            current[path] = added;
        }

        return driver;
    }
}
