using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Build.Tests.RemoteCache;

/// <summary>
/// The remote cache level end to end, through the build engine in process, against a real nginx serving WebDAV: each
/// build has a project folder, a disk cache and a state of its own, as two machines would.
/// </summary>
public sealed class RemoteCacheBuildTests : IDisposable
{
    private static readonly int AgentCount = BuiltInAgents.All.Count;

    private readonly List<TaskFolder> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            folder.Dispose();
        }
    }

    [SkippableFact(Timeout = 120_000)]
    public async Task A_build_in_another_folder_with_an_empty_disk_restores_every_agent_from_the_remote_cache()
    {
        using var nginx = StartNginx();
        var first = Machine(nginx.Url);
        var firstLog = new RecordingBuildLog();

        var populate = await BuildAsync(first, firstLog);

        Assert.True(populate.Succeeded);
        Assert.Empty(firstLog.Warnings);
        using (var report = Report(first))
        {
            var remote = report.RootElement.GetProperty("remoteCache");
            Assert.Equal(AgentCount, remote.GetProperty("uploads").GetInt32());
            Assert.Equal(AgentCount, remote.GetProperty("misses").GetInt32());
            Assert.Equal(nginx.Url, remote.GetProperty("url").GetString());
        }

        Assert.Equal(AgentCount, nginx.Files("ac").Count);

        // Entries hold no absolute path of the machine that wrote them.
        foreach (var entry in nginx.Files("ac"))
        {
            var text = File.ReadAllText(entry);
            Assert.DoesNotContain(first.Options.ProjectDirectory, text, StringComparison.Ordinal);
            Assert.DoesNotContain(first.Options.CacheFolder!, text, StringComparison.Ordinal);
        }

        var requestsBefore = nginx.Requests().Count;
        var second = Machine(nginx.Url);
        var secondLog = new RecordingBuildLog();

        var restore = await BuildAsync(second, secondLog);

        Assert.True(restore.Succeeded);
        Assert.Empty(secondLog.Warnings);
        Assert.Equal(0, restore.Result!.RanCount);
        Assert.All(restore.Result.Agents, agent => Assert.Equal("remote", agent.CacheLevel));
        Assert.Equal(OutputFiles(first), OutputFiles(second));

        // One action lookup per agent plus one GET per blob, nothing else: no PUT, no HEAD.
        var restoreRequests = nginx.Requests().Skip(requestsBefore).ToList();
        Assert.Equal(AgentCount, restoreRequests.Count(request => request.StartsWith("GET /cache/ac/", StringComparison.Ordinal)));
        Assert.All(restoreRequests, request => Assert.StartsWith("GET ", request, StringComparison.Ordinal));
        var blobGets = restoreRequests.Where(request => request.StartsWith("GET /cache/cas/", StringComparison.Ordinal)).ToList();
        Assert.Equal(blobGets.Count, blobGets.Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(blobGets.Count, 1, nginx.Files("cas").Count);

        using (var report = Report(second))
        {
            var remote = report.RootElement.GetProperty("remoteCache");
            Assert.Equal((AgentCount, 0, 0, 0), (remote.GetProperty("hits").GetInt32(), remote.GetProperty("misses").GetInt32(), remote.GetProperty("uploads").GetInt32(), remote.GetProperty("errors").GetInt32()));
            Assert.Equal(restoreRequests.Count, remote.GetProperty("requests").GetInt32());
            Assert.True(remote.GetProperty("bytesDown").GetInt64() > 0);
            Assert.True(remote.GetProperty("timeSavedMilliseconds").GetDouble() > 0);
        }

        Assert.Contains(secondLog.Messages, message => message.Important && message.Text.Contains($"remote cache {AgentCount} hits, 0 misses", StringComparison.Ordinal));

        // The remote hit filled the disk: a third build on that machine, with nothing in memory and no state, needs no request.
        var requestsAfterRestore = nginx.Requests().Count;
        File.Delete(Path.Combine(second.Options.WorkingDirectory, AgentBuild.StateFileName));
        var fromDisk = await BuildAsync(second, new RecordingBuildLog());
        Assert.All(fromDisk.Result!.Agents, agent => Assert.Equal("disk", agent.CacheLevel));
        Assert.Equal(requestsAfterRestore, nginx.Requests().Count);
    }

    [SkippableFact(Timeout = 120_000)]
    public async Task A_read_only_build_sends_no_PUT()
    {
        using var nginx = StartNginx();
        var machine = Machine(nginx.Url, options => options with { RemoteCacheReadOnly = "true" });

        var outcome = await BuildAsync(machine, new RecordingBuildLog());

        Assert.True(outcome.Succeeded);
        Assert.Equal(AgentCount, outcome.Result!.RanCount);
        Assert.NotEmpty(nginx.Requests());
        Assert.DoesNotContain(nginx.Requests(), request => request.StartsWith("PUT ", StringComparison.Ordinal) || request.StartsWith("HEAD ", StringComparison.Ordinal));
        Assert.Empty(nginx.Files("ac"));
        using var report = Report(machine);
        Assert.True(report.RootElement.GetProperty("remoteCache").GetProperty("readOnly").GetBoolean());
        Assert.Equal(0, report.RootElement.GetProperty("remoteCache").GetProperty("bytesUp").GetInt64());
    }

    [SkippableFact(Timeout = 120_000)]
    public async Task A_blob_altered_on_the_server_is_a_miss_and_its_agent_runs_again()
    {
        using var nginx = StartNginx();
        var first = Machine(nginx.Url);
        await BuildAsync(first, new RecordingBuildLog());

        // Every blob altered: each entry now points at content that does not match its hash.
        foreach (var blob in nginx.Files("cas"))
        {
            var bytes = File.ReadAllBytes(blob);
            bytes[^5] ^= 0x5A;
            File.WriteAllBytes(blob, bytes);
        }

        var second = Machine(nginx.Url);
        var log = new RecordingBuildLog();
        var outcome = await BuildAsync(second, log);

        Assert.True(outcome.Succeeded);
        Assert.Equal(AgentCount, outcome.Result!.RanCount);
        Assert.Equal(OutputFiles(first), OutputFiles(second));
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(RemoteCacheSession.EntriesRejectedCode, warning.Code);
        Assert.Contains("does not match its hash", warning.Text, StringComparison.Ordinal);

        // Nothing that failed verification reached the disk cache.
        Assert.Empty(Directory.Exists(Path.Combine(second.Options.CacheFolder!, "cas"))
            ? Directory.GetFiles(Path.Combine(second.Options.CacheFolder!, "cas")).Where(file => nginx.Files("cas").Any(blob => Path.GetFileName(blob) == Path.GetFileName(file)))
            : []);
    }

    [SkippableFact(Timeout = 180_000)]
    public async Task With_a_signing_key_only_entries_signed_with_it_are_used()
    {
        using var nginx = StartNginx();
        Func<AgentBuildOptions, AgentBuildOptions> team = options => options with { RemoteCacheSigningKey = "team-key" };

        // Unsigned entries are refused by a build that has the key; it runs the agents and uploads them signed.
        await BuildAsync(Machine(nginx.Url), new RecordingBuildLog());
        var unsignedLog = new RecordingBuildLog();
        var unsigned = await BuildAsync(Machine(nginx.Url, team), unsignedLog);
        Assert.Equal(AgentCount, unsigned.Result!.RanCount);
        Assert.Contains("not signed", Assert.Single(unsignedLog.Warnings).Text, StringComparison.Ordinal);

        var signed = await BuildAsync(Machine(nginx.Url, team), new RecordingBuildLog());
        Assert.Equal(0, signed.Result!.RanCount);

        // An entry edited on the server keeps a signature that no longer matches: its agent runs again, and only it.
        var entry = nginx.Files("ac")[0];
        var document = JsonDocument.Parse(File.ReadAllBytes(entry)).RootElement;
        File.WriteAllText(entry, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["format"] = document.GetProperty("format").GetString()!,
            ["entry"] = document.GetProperty("entry").GetString()!.Replace("\"durationTicks\":", "\"durationTicks\":1", StringComparison.Ordinal),
            ["hmacSha256"] = document.GetProperty("hmacSha256").GetString()!,
        }));
        var editedLog = new RecordingBuildLog();
        var edited = await BuildAsync(Machine(nginx.Url, team), editedLog);
        Assert.Equal(1, edited.Result!.RanCount);
        Assert.Contains("signature does not match", Assert.Single(editedLog.Warnings).Text, StringComparison.Ordinal);

        // A forger with write access but another key replaces every entry; the team's builds use none of them.
        await BuildAsync(Machine(nginx.Url, options => options with { RemoteCacheSigningKey = "forger-key" }), new RecordingBuildLog());
        var forgedLog = new RecordingBuildLog();
        var forged = await BuildAsync(Machine(nginx.Url, team), forgedLog);
        Assert.True(forged.Succeeded);
        Assert.Equal(AgentCount, forged.Result!.RanCount);
        Assert.Contains("signature does not match", Assert.Single(forgedLog.Warnings).Text, StringComparison.Ordinal);
    }

    [SkippableFact(Timeout = 180_000)]
    public async Task Two_builds_uploading_the_same_results_at_once_leave_a_consistent_cache()
    {
        using var nginx = StartNginx();
        var first = Machine(nginx.Url);
        var second = Machine(nginx.Url);

        var outcomes = await Task.WhenAll(BuildAsync(first, new RecordingBuildLog()), BuildAsync(second, new RecordingBuildLog()));

        Assert.All(outcomes, outcome => Assert.True(outcome.Succeeded));
        Assert.Equal(AgentCount, nginx.Files("ac").Count);
        var third = Machine(nginx.Url);
        var log = new RecordingBuildLog();
        var restore = await BuildAsync(third, log);
        Assert.Empty(log.Warnings);
        Assert.Equal(0, restore.Result!.RanCount);
        Assert.Equal(OutputFiles(first), OutputFiles(third));
    }

    [Theory(Timeout = 120_000)]
    [InlineData(Fault.ServerError)]
    [InlineData(Fault.Hang)]
    [InlineData(Fault.TruncatedBody)]
    public async Task A_failing_server_costs_a_bounded_number_of_requests_and_one_warning(Fault fault)
    {
        using var server = new FaultyServer(fault);
        var timeout = TimeSpan.FromMilliseconds(300);
        var machine = Machine(server.Url, options => options with { RemoteCacheRequestTimeout = timeout });
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(machine, log);

        // A server that cuts bodies short still takes uploads; the others take none.
        AssertSucceededLocallyWithOneWarning(machine, outcome, log, uploadsTaken: fault == Fault.TruncatedBody);
        Assert.InRange(server.Requests, 1, MaxRequestsOfAnOutage);
        Assert.Equal(timeout, machine.Options.RemoteCacheRequestTimeout);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_stopped_server_costs_a_bounded_number_of_requests_and_one_warning()
    {
        // A port nothing listens on: every connection is refused.
        string url;
        using (var server = new FaultyServer(Fault.ServerError))
        {
            url = server.Url;
        }

        var machine = Machine(url);
        var log = new RecordingBuildLog();

        var outcome = await BuildAsync(machine, log);

        AssertSucceededLocallyWithOneWarning(machine, outcome, log, uploadsTaken: false);
        using var report = Report(machine);
        Assert.InRange(report.RootElement.GetProperty("remoteCache").GetProperty("requests").GetInt32(), 1, MaxRequestsOfAnOutage);
    }

    [Fact(Timeout = 60_000)]
    public async Task Credentials_in_the_URL_never_reach_the_log_or_the_report()
    {
        using var server = new FaultyServer(Fault.ServerError);
        var machine = Machine(server.Url.Replace("http://", "http://builder:s3cret-password@", StringComparison.Ordinal), options => options with { RemoteCacheToken = null });
        var log = new RecordingBuildLog();

        await BuildAsync(machine, log);

        var everything = string.Join("\n", log.Messages.Select(message => message.Text).Concat(log.Warnings.Select(warning => warning.Text)))
            + File.ReadAllText(machine.Options.ReportPath)
            + File.ReadAllText(Path.Combine(machine.Options.WorkingDirectory, AgentBuild.StateFileName))
            + machine.Options;
        Assert.DoesNotContain("s3cret-password", everything, StringComparison.Ordinal);
        Assert.Contains("***@127.0.0.1", everything, StringComparison.Ordinal);
    }

    private static NginxWebDav StartNginx()
    {
        RemoteIntegration.SkipUnless(NginxWebDav.Binary is not null, "nginx is not installed (apt-get install nginx), so the remote cache tests against a real WebDAV server cannot run");
        return NginxWebDav.Start();
    }

    // Five failed reads, or five failed blob or entry writes, switch the level off; each read is tried three times, and
    // the eight requests in flight then may finish theirs: (5 + 8) x 3 for the reads and as many for the writes.
    private static int MaxRequestsOfAnOutage => 2 * (5 + 8) * 3;

    private static void AssertSucceededLocallyWithOneWarning(TaskFolder machine, AgentBuildOutcome outcome, RecordingBuildLog log, bool uploadsTaken)
    {
        Assert.True(outcome.Succeeded);
        Assert.Equal(AgentCount, outcome.Result!.RanCount);
        Assert.Empty(log.Errors);
        Assert.True(log.Warnings.Count == 1, File.ReadAllText(machine.Options.ReportPath));
        var warning = log.Warnings[0];
        Assert.Equal(RemoteCacheSession.SwitchedOffCode, warning.Code);
        using var report = Report(machine);
        var remote = report.RootElement.GetProperty("remoteCache");
        Assert.True(remote.GetProperty("switchedOff").GetBoolean());
        if (!uploadsTaken)
        {
            Assert.Equal(0, remote.GetProperty("uploads").GetInt32());
        }
    }

    private TaskFolder Machine(string url, Func<AgentBuildOptions, AgentBuildOptions>? configure = null)
    {
        var folder = new TaskFolder();
        _folders.Add(folder);
        var options = folder.Options with { RemoteCacheUrl = url };
        folder.Options = configure is null ? options : configure(options);
        return folder;
    }

    private static Task<AgentBuildOutcome> BuildAsync(TaskFolder machine, RecordingBuildLog log) =>
        AgentBuild.RunAsync(machine.Options, TaskFolder.Snapshot(SampleRequirements.Shop()), new MemoryResultCache(), new ParsedTemplateCache(256), log, CancellationToken.None);

    private static JsonDocument Report(TaskFolder machine) => JsonDocument.Parse(File.ReadAllBytes(machine.Options.ReportPath));

    private static SortedDictionary<string, string> OutputFiles(TaskFolder machine) => new(
        Directory.EnumerateFiles(machine.Options.OutputFolder, "*", SearchOption.AllDirectories).ToDictionary(
            file => Path.GetRelativePath(machine.Options.OutputFolder, file).Replace(Path.DirectorySeparatorChar, '/'),
            file => Convert.ToBase64String(File.ReadAllBytes(file))),
        StringComparer.Ordinal);
}
