using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Tests.Delta;
using FullstackDevelop.Core.Tests.TestSupport;
using Xunit;

namespace FullstackDevelop.Core.Tests.Agents.Running;

public sealed class CommandAgentTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static readonly IReadOnlyDictionary<string, string> Slice = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["agents.search-indexer"] = "0f1e",
        ["search.language"] = "en",
    };

    // Retries a few milliseconds apart, so the retry tests take no time.
    private static readonly SchedulerOptions QuickRetries = new()
    {
        Retries = new CommandRetryPolicy { MaxRetryAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(5), UseJitter = false },
    };

    private readonly BuildSandbox _sandbox = new();
    private readonly MemoryResultCache _memory = new();

    public CommandAgentTests()
    {
        Cache = new AgentResultCache(_memory, new DiskResultCache(_sandbox.CacheFolder));
    }

    private AgentResultCache Cache { get; }

    public void Dispose() => _sandbox.Dispose();

    private static AgentDefinition Agent(string command, params string[] outputs) =>
        new("search-indexer", default, EquatableArray.Of("search."), 1, "1.0.0", false, command, EquatableArray.From(outputs));

    private static string KeyOf(string text) => new CacheKeyBuilder().Agent("search-indexer", "1.0.0").Tool("test", "1.0.0").Input("test", text).Build();

    private Task<(AgentProduct? Product, AgentOutcome? Failure)> RunAsync(AgentDefinition agent, string key, CancellationToken cancellationToken = default) =>
        new CommandAgent(_sandbox.ProjectDirectory, _sandbox.WorkingDirectory, Cache, () => Now).RunAsync(agent, key, Slice, cancellationToken);

    private static string Text(AgentProduct product, string path) => Encoding.UTF8.GetString(product.Result.Files[path]);

    [SkippableFact(Timeout = 30_000)]
    public async Task The_declared_outputs_are_collected_and_cached_under_the_key()
    {
        Shell.SkipOnWindows();
        var agent = Agent(
            "mkdir -p \"$FULLSTACK_OUTPUT_DIR/search\" && echo '{\"terms\":3}' > \"$FULLSTACK_OUTPUT_DIR/search/index.json\""
            + " && printf 'a b c' > \"$FULLSTACK_OUTPUT_DIR/words.txt\" && printf 'scratch' > \"$FULLSTACK_OUTPUT_DIR/undeclared.tmp\"",
            "search/index.json",
            "words.txt");
        var key = KeyOf("collected");

        var (product, failure) = await RunAsync(agent, key);

        Assert.Null(failure);
        Assert.NotNull(product);
        Assert.Equal(new[] { "search/index.json", "words.txt" }, product.Result.Files.Keys);
        Assert.Equal("{\"terms\":3}\n", Text(product, "search/index.json"));
        Assert.Equal("a b c", Text(product, "words.txt"));
        Assert.Equal((key, (string?)null, 1, "search-indexer", Now), (product.CacheKey, product.CacheLevel, product.UnitCount, product.Result.AgentName, product.Result.CreatedAt));
        Assert.Empty(product.RenderedUnits);

        var cached = Cache.Get(key);
        Assert.Equal(CacheLevel.Memory, cached.Level);
        Assert.Equal(product.Result.OutputHash, cached.Result!.OutputHash);
        Assert.Equal(product.Result.OutputHash, new DiskResultCache(_sandbox.CacheFolder).Get(key)!.OutputHash);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task The_command_runs_in_the_project_directory_and_learns_its_folder_requirements_and_name_from_the_environment()
    {
        Shell.SkipOnWindows();
        var agent = Agent(
            "pwd > \"$FULLSTACK_OUTPUT_DIR/directory.txt\" && cd \"$FULLSTACK_OUTPUT_DIR\" && printf '%s' \"$FULLSTACK_AGENT\" > agent.txt"
            + " && printf '%s' \"$FULLSTACK_OUTPUT_DIR\" > output-dir.txt && cp \"$FULLSTACK_REQUIREMENTS\" requirements.json",
            "agent.txt",
            "directory.txt",
            "output-dir.txt",
            "requirements.json");

        var (product, failure) = await RunAsync(agent, KeyOf("environment"));

        Assert.Null(failure);
        Assert.Equal("search-indexer", Text(product!, "agent.txt"));
        Assert.Equal(Path.GetFullPath(_sandbox.ProjectDirectory), Path.GetFullPath(Text(product!, "directory.txt").TrimEnd('\n')));
        Assert.Equal(Path.Combine(_sandbox.WorkingDirectory, "agents", "search-indexer", "out"), Text(product!, "output-dir.txt"));
        var requirements = JsonSerializer.Deserialize<Dictionary<string, string>>(product!.Result.Files["requirements.json"]);
        Assert.Equal(Slice.OrderBy(pair => pair.Key, StringComparer.Ordinal), requirements!.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task The_command_reaches_the_shell_as_written_with_quotes_backslashes_and_dollars()
    {
        Shell.SkipOnWindows();
        var agent = Agent(
            "printf 'tab\\there\\nline \"two\"\\n' > \"$FULLSTACK_OUTPUT_DIR/escapes.txt\" && echo \"a \\\"quoted\\\" \\$HOME\" > \"$FULLSTACK_OUTPUT_DIR/quoted.txt\"",
            "escapes.txt",
            "quoted.txt");

        var (product, failure) = await RunAsync(agent, KeyOf("escapes"));

        Assert.Null(failure);
        Assert.Equal("tab\there\nline \"two\"\n", Text(product!, "escapes.txt"));
        Assert.Equal("a \"quoted\" $HOME\n", Text(product!, "quoted.txt"));
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task A_non_zero_exit_is_a_retryable_failure_with_its_code_and_output_and_nothing_is_cached()
    {
        Shell.SkipOnWindows();
        var key = KeyOf("fails");

        var (product, failure) = await RunAsync(Agent("echo indexing; echo 'index locked' >&2; exit 3", "index.json"), key);

        Assert.Null(product);
        Assert.NotNull(failure);
        Assert.False(failure.Succeeded);
        Assert.Equal(AgentFailureCodes.CommandFailed, failure.ErrorCode);
        Assert.True(failure.IsRetryable);
        Assert.Contains("exited with code 3", failure.Output, StringComparison.Ordinal);
        Assert.Contains("indexing", failure.Output, StringComparison.Ordinal);
        Assert.Contains("index locked", failure.Output, StringComparison.Ordinal);
        Assert.False(Cache.Get(key).IsHit);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task A_failing_commands_output_is_cut_to_its_end()
    {
        Shell.SkipOnWindows();

        var (_, failure) = await RunAsync(Agent("i=0; while [ $i -lt 500 ]; do echo \"line $i of the log\"; i=$((i+1)); done; echo 'the real error'; exit 1"), KeyOf("long"));

        Assert.True(failure!.Output!.Length < 4_200, "output of " + failure.Output.Length + " characters");
        Assert.EndsWith("the real error", failure.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("line 0 of the log", failure.Output, StringComparison.Ordinal);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task A_declared_output_the_command_did_not_write_is_a_failure_that_is_not_retried()
    {
        Shell.SkipOnWindows();
        var key = KeyOf("missing");

        var (product, failure) = await RunAsync(Agent("printf x > \"$FULLSTACK_OUTPUT_DIR/index.json\"", "index.json", "synonyms.json"), key);

        Assert.Null(product);
        Assert.Equal((AgentFailureCodes.OutputMissing, false), (failure!.ErrorCode, failure.IsRetryable));
        Assert.Contains("'synonyms.json'", failure.Output, StringComparison.Ordinal);
        Assert.False(Cache.Get(key).IsHit);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task A_file_an_earlier_run_left_in_the_output_folder_does_not_count_as_written()
    {
        Shell.SkipOnWindows();
        var (first, _) = await RunAsync(Agent("printf v1 > \"$FULLSTACK_OUTPUT_DIR/index.json\"", "index.json"), KeyOf("first"));
        Assert.NotNull(first);

        var (second, failure) = await RunAsync(Agent("true", "index.json"), KeyOf("second"));

        Assert.Null(second);
        Assert.Equal(AgentFailureCodes.OutputMissing, failure!.ErrorCode);
    }

    [SkippableTheory(Timeout = 30_000)]
    [InlineData("../outside.json")]
    [InlineData("/etc/passwd")]
    [InlineData("search/./index.json")]
    public async Task A_declared_output_outside_the_output_folder_is_a_failure(string output)
    {
        Shell.SkipOnWindows();

        var (product, failure) = await RunAsync(Agent("true", output), KeyOf(output));

        Assert.Null(product);
        Assert.Equal((AgentFailureCodes.OutputMissing, false), (failure!.ErrorCode, failure.IsRetryable));
        Assert.Contains("not a relative path", failure.Output, StringComparison.Ordinal);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task Cancellation_stops_the_command_and_what_it_started()
    {
        Shell.SkipOnWindows();

        // The command and the process it starts would run for a minute: only cancellation ends this test before its
        // timeout, and only killing the whole process tree ends the background one.
        var started = _sandbox.Combine("started");
        var agent = Agent("sleep 60 & echo $! > \"" + started + ".tmp\"; mv \"" + started + ".tmp\" \"" + started + "\"; sleep 60", "index.json");
        using var cancellation = new CancellationTokenSource();
        var run = RunAsync(agent, KeyOf("cancelled"), cancellation.Token);
        await WaitUntilAsync(() => File.Exists(started));

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var background = int.Parse(File.ReadAllText(started).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        await WaitUntilAsync(() => !IsRunning(background));
    }

    // Polls until the condition holds; the test's timeout bounds the wait, so no duration is asserted.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(50);
        }
    }

    // A killed process whose parent has not reaped it yet is a zombie: it no longer runs.
    private static bool IsRunning(int pid)
    {
        var stat = "/proc/" + pid.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[text.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task A_command_that_cannot_start_is_a_failure_with_its_code()
    {
        Shell.SkipOnWindows();

        // The working directory is the project directory: without it, the shell cannot be started.
        var agent = new CommandAgent(_sandbox.Combine("no-such-project"), _sandbox.WorkingDirectory, Cache, () => Now);

        var (product, failure) = await agent.RunAsync(Agent("true"), KeyOf("not started"), Slice, CancellationToken.None);

        Assert.Null(product);
        Assert.Equal((AgentFailureCodes.CommandNotStarted, false), (failure!.ErrorCode, failure.IsRetryable));
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task In_a_build_a_failing_command_is_retried_by_the_command_pipeline_until_it_succeeds()
    {
        Shell.SkipOnWindows();

        // Fails on its first attempt only: the attempt count lives in the project directory.
        var command = "if [ -f attempted ]; then printf ok > \"$FULLSTACK_OUTPUT_DIR/index.json\"; else touch attempted; echo 'network down'; exit 7; fi";
        var requirements = DeltaSamples.Shop(new CustomAgentInfo("search-indexer", default, default, "1.0.0", 1, command, EquatableArray.Of("index.json")));

        var result = await BuildSandbox.BuildAsync(_sandbox.Request(requirements, _memory) with { Scheduler = QuickRetries });

        var report = BuildSandbox.ReportOf(result, "search-indexer");
        Assert.Equal(("ran", 2), (report.Status, report.Attempts));
        Assert.Equal("ok", Encoding.UTF8.GetString(result.Files["index.json"]));
        Assert.True(result.Succeeded);
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task In_a_build_a_command_that_keeps_failing_fails_after_its_retries_and_a_missing_output_is_not_retried()
    {
        Shell.SkipOnWindows();
        var requirements = DeltaSamples.Shop(
            new CustomAgentInfo("always-fails", default, default, "1.0.0", 1, "echo 'still down'; exit 2", EquatableArray.Of("a.txt")),
            new CustomAgentInfo("forgets-output", default, default, "1.0.0", 1, "true", EquatableArray.Of("b.txt")),
            new CustomAgentInfo("after-failure", EquatableArray.Of("always-fails"), default, "1.0.0", 1, "true", default));

        var result = await BuildSandbox.BuildAsync(_sandbox.Request(requirements, _memory) with { Scheduler = QuickRetries });

        var reports = BuildSandbox.Reports(result);
        Assert.Equal(("failed", 3, AgentFailureCodes.CommandFailed), (reports["always-fails"].Status, reports["always-fails"].Attempts, reports["always-fails"].ErrorCode));
        Assert.Contains("still down", reports["always-fails"].Output, StringComparison.Ordinal);
        Assert.Equal(("failed", 1, AgentFailureCodes.OutputMissing), (reports["forgets-output"].Status, reports["forgets-output"].Attempts, reports["forgets-output"].ErrorCode));
        Assert.Equal(("skipped", AgentErrorCodes.DependencyFailed), (reports["after-failure"].Status, reports["after-failure"].ErrorCode));
        Assert.All(BuiltInAgents.All, agent => Assert.Equal("ran", reports[agent.Name].Status));
    }

    [SkippableFact(Timeout = 30_000)]
    public async Task In_a_build_a_command_agent_is_keyed_by_the_requirements_it_reads()
    {
        Shell.SkipOnWindows();
        var indexer = new CustomAgentInfo("search-indexer", default, EquatableArray.Of("search."), "1.0.0", 1, "cp \"$FULLSTACK_REQUIREMENTS\" \"$FULLSTACK_OUTPUT_DIR/slice.json\"", EquatableArray.Of("slice.json"));
        var shop = DeltaSamples.Shop(indexer).With("search.language", "en");

        var first = await BuildSandbox.BuildAsync(_sandbox.Request(shop, _memory));
        var uiChanged = await BuildSandbox.BuildAsync(_sandbox.Request(shop.With("ui.theme", "dark"), _memory));
        var searchChanged = await BuildSandbox.BuildAsync(_sandbox.Request(shop.With("search.language", "de"), _memory));

        using (var slice = JsonDocument.Parse(first.Files["slice.json"]))
        {
            Assert.Equal("en", slice.RootElement.GetProperty("search.language").GetString());
            Assert.True(slice.RootElement.TryGetProperty("agents.search-indexer", out _));
            Assert.False(slice.RootElement.TryGetProperty("ui.theme", out _));
        }

        Assert.Equal(("cached", "memory"), (BuildSandbox.ReportOf(uiChanged, "search-indexer").Status, BuildSandbox.ReportOf(uiChanged, "search-indexer").CacheLevel));
        Assert.Equal("ran", BuildSandbox.ReportOf(searchChanged, "search-indexer").Status);
        Assert.Contains("\"de\"", Encoding.UTF8.GetString(searchChanged.Files["slice.json"]), StringComparison.Ordinal);
    }
}
