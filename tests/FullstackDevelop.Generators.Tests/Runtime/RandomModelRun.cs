using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FullstackDevelop.Generators.Tests.Infrastructure;
using FullstackDevelop.Generators.Tests.Runtime.Generation;
using FullstackDevelop.Generators.Tests.Runtime.Hosting;
using FullstackDevelop.Generators.Tests.Runtime.Models;
using FullstackDevelop.Generators.Tests.Runtime.Smoke;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FullstackDevelop.Generators.Tests.Runtime;

/// <summary>
/// "Accepted means it runs", for one random model: either the generator reports the error the model contains on
/// purpose, or it reports no error, the generated app compiles without a warning, starts on SQLite and passes the
/// CRUD smoke test on every entity.
/// </summary>
internal static class RandomModelRun
{
    private const int MaxFailuresShown = 40;

    public static async Task RunAsync(int index, ITestOutputHelper output)
    {
        var watch = Stopwatch.StartNew();
        var model = RandomModelGenerator.Generate(index, SeededRuns.RandomModels.SeedOf(index));
        var app = GeneratedApp.Generate(model.Files, model.RootNamespace, model.Prefix, "RandomModel" + index.ToString(CultureInfo.InvariantCulture));
        var diagnostics = app.Outcome.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (model.Defect is { } defect)
        {
            var reported = app.GeneratorErrors.Any(d => d.Id == defect.Id && At(d, defect.File(), defect.Line()));
            if (!reported)
            {
                Assert.Fail(Report(model, "the model contains " + defect.Kind + ", which must be " + defect.Id + " (an error) at " + defect.File() + ":" + defect.Line(), Describe(diagnostics)));
            }

            output.WriteLine(FormattableString.Invariant($"Model {index}: {defect.Kind} is {defect.Id} at {defect.File()}:{defect.Line()}, found in {watch.ElapsedMilliseconds} ms"));
            return;
        }

        if (app.GeneratorErrors.Count > 0)
        {
            Assert.Fail(Report(model, "the generator reports errors for a model within the documented subset", Describe(diagnostics)));
        }

        // Without user templates the project-level files render from a view of the model; it must hold all they read.
        var renderedDifferently = app.FilesTheViewRendersDifferently();
        if (renderedDifferently.Count > 0)
        {
            Assert.Fail(Report(model, "the project-level files render differently from the view of the model than from the whole model", string.Join(Environment.NewLine, renderedDifferently)));
        }

        var unexpected = UnexpectedWarnings(model, diagnostics);
        if (unexpected.Length > 0)
        {
            Assert.Fail(Report(model, "the generator's warnings are not the ones the model calls for", unexpected));
        }

        var (image, problems) = app.Build();
        if (image is null)
        {
            Assert.Fail(Report(model, "the generated app does not compile without warnings", string.Join(Environment.NewLine, problems)));
        }

        var compiled = watch.ElapsedMilliseconds;
        RunningApp running;
        try
        {
            running = await RunningApp.StartAsync(image, model.RootNamespace);
        }
        catch (InvalidOperationException exception)
        {
            throw new XunitException(Report(model, "the generated app does not start", exception.Message));
        }

        await using (running)
        {
            using var api = new ApiClient(running.BaseAddress);
            var scenario = new CrudSmokeScenario(model, api);
            var started = watch.ElapsedMilliseconds;
            await scenario.RunAsync();
            output.WriteLine(FormattableString.Invariant($"Model {index}: generated and compiled in {compiled} ms, started in {started - compiled} ms, smoke test of {api.Requests} requests in {watch.ElapsedMilliseconds - started} ms"));
            if (scenario.Failures.Count > 0)
            {
                var details = new StringBuilder()
                    .AppendLine(string.Join(Environment.NewLine, scenario.Failures.Take(MaxFailuresShown).Select(f => "- " + f)))
                    .AppendLine(scenario.Failures.Count > MaxFailuresShown ? "- … and " + (scenario.Failures.Count - MaxFailuresShown).ToString(CultureInfo.InvariantCulture) + " more" : string.Empty)
                    .AppendLine().AppendLine("Last requests:").AppendLine(api.Transcript())
                    .AppendLine().AppendLine("Server log (warnings and errors):").AppendLine(string.Join(Environment.NewLine, running.Logs.Entries.Take(20)));
                Assert.Fail(Report(model, scenario.Failures.Count.ToString(CultureInfo.InvariantCulture) + " check(s) of the CRUD smoke test failed", details.ToString()));
            }
        }
    }

    /// <summary>
    /// The warnings that are not exactly those the model's ignored properties call for (FSD0008, FSD0030, FSD0032 at
    /// their declarations): one more means the generator understood the model otherwise than this test does.
    /// </summary>
    private static string UnexpectedWarnings(ModelSpec model, List<Diagnostic> diagnostics)
    {
        var expected = model.Entities.SelectMany(e => e.Members).Where(m => m.ExpectedWarning is not null).ToList();
        var lines = new List<string>();
        foreach (var member in expected)
        {
            if (!diagnostics.Any(d => d.Id == member.ExpectedWarning && At(d, member.File, member.Line)))
            {
                lines.Add("missing " + member.ExpectedWarning + " at " + member.File + ":" + member.Line + " (" + member.Declaration + ")");
            }
        }

        foreach (var diagnostic in diagnostics.Where(d => !expected.Any(m => d.Id == m.ExpectedWarning && At(d, m.File, m.Line))))
        {
            lines.Add("unexpected " + Describe(diagnostic));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static bool At(Diagnostic diagnostic, string file, int line)
    {
        var span = diagnostic.Location.GetLineSpan();
        return span.Path == file && span.StartLinePosition.Line + 1 == line;
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(Describe));

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return span.Path + ":" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ": " + diagnostic.Severity + " " + diagnostic.Id + ": "
            + diagnostic.GetMessage(CultureInfo.InvariantCulture);
    }

    /// <summary>A failure message with everything needed to make the model again and see what went wrong.</summary>
    private static string Report(ModelSpec model, string what, string details) => new StringBuilder()
        .Append("Random model ").Append(SeededRuns.RandomModels.Reproduce(model.Index)).Append(": ").AppendLine(what)
        .AppendLine(details)
        .AppendLine()
        .AppendLine("The model (" + string.Join(", ", model.Entities.Select(e => e.Name)) + "):")
        .AppendLine(model.Source())
        .ToString();
}
