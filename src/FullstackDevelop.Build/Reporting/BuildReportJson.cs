using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Caching.Remote;
using FullstackDevelop.Core.Delta;

namespace FullstackDevelop.Build.Reporting;

/// <summary>
/// Writes <c>fullstack-report.json</c>: the delta, each agent's status, cache level and duration, and the run's cache
/// hit ratio and parallel efficiency (critical-path lower bound ÷ actual makespan), the files written, and the damaged
/// cache entries repaired. Every build that runs the task writes it, so it always describes the last build. Durations
/// are milliseconds.
/// </summary>
public static class BuildReportJson
{
    /// <summary>
    /// The report of <paramref name="result"/>, whose files <paramref name="write"/> put on disk, of the
    /// <paramref name="repairs"/> its cache lookups made, and of its use of the <paramref name="remote"/> cache (null when none is set).
    /// </summary>
    public static byte[] Write(ArtifactBuildResult result, ArtifactWriteResult write, IReadOnlyCollection<CacheRepair> repairs, RemoteCacheStatistics? remote = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("project", result.Plan.ProjectName);
            writer.WriteBoolean("upToDate", IsUpToDate(result, write));
            writer.WriteString("strategy", result.Delta.Strategy.ToLabel());
            Strings(writer, "changedKeys", result.Delta.ChangedKeys);
            Strings(writer, "directlyAffected", result.Delta.DirectlyAffected);
            Strings(writer, "downstream", result.Delta.Downstream);
            writer.WriteNumber("estimatedMinutesSaved", result.Delta.EstimatedMinutesSaved);
            writer.WriteNumber("agentsRun", result.RanCount);
            writer.WriteNumber("agentsReused", result.ReusedCount);
            writer.WriteNumber("agentsNotDone", result.NotDoneCount);
            writer.WriteNumber("cacheHitRatio", Math.Round(result.CacheHitRatio, 4));
            writer.WriteNumber("timeSavedMilliseconds", Milliseconds(result.TimeSaved));
            writer.WriteNumber("makespanMilliseconds", Milliseconds(result.Metrics.Makespan));
            writer.WriteNumber("criticalPathMilliseconds", Milliseconds(result.Metrics.CriticalPathLowerBound));
            writer.WriteNumber("parallelEfficiency", Math.Round(result.Metrics.ParallelEfficiency, 4));
            writer.WriteNumber("cacheRepairs", repairs.Count);
            Remote(writer, remote);
            writer.WriteStartArray("agents");
            foreach (var agent in result.Agents)
            {
                writer.WriteStartObject();
                writer.WriteString("name", agent.Agent);
                writer.WriteString("status", agent.Status);
                writer.WriteString("cacheLevel", agent.CacheLevel ?? "none");
                writer.WriteNumber("durationMilliseconds", Milliseconds(agent.Duration));
                writer.WriteNumber("attempts", agent.Attempts);
                writer.WriteNumber("units", agent.UnitCount);
                Strings(writer, "renderedUnits", agent.RenderedUnits);
                writer.WriteNumber("files", agent.FileCount);
                writer.WriteString("cacheKey", agent.CacheKey);
                writer.WriteString("outputHash", agent.OutputHash);
                writer.WriteString("errorCode", agent.ErrorCode);
                writer.WriteString("output", agent.Output);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("files");
            writer.WriteNumber("written", write.Written.Count);
            writer.WriteNumber("unchanged", write.Unchanged.Count);
            writer.WriteNumber("deleted", write.Deleted.Count);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The one summary line of a build: "up to date" with the files left as they were when no agent ran and no file was
    /// written, deleted or kept with a warning; otherwise the agents' and the files' counts.
    /// </summary>
    public static string SummaryLine(ArtifactBuildResult result, ArtifactWriteResult write, int repairs, RemoteCacheStatistics? remote, string reportPath)
    {
        var repaired = (repairs > 0 ? string.Format(CultureInfo.InvariantCulture, "; {0} damaged cache entries repaired", repairs) : string.Empty) + RemoteSummary(remote);
        return IsUpToDate(result, write)
            ? string.Format(
                CultureInfo.InvariantCulture,
                "FullstackDevelop: up to date: 0 agents run, {0} files unchanged{1}; report {2}",
                write.Unchanged.Count,
                repaired,
                reportPath)
            : string.Format(
                CultureInfo.InvariantCulture,
                "FullstackDevelop: {0} agents run, {1} reused, {2} not done; strategy {3}; cache hit ratio {4:0%}; time saved {5:0.###} s (estimated {6} min); files {7} written, {8} unchanged, {9} deleted{10}; report {11}",
                result.RanCount,
                result.ReusedCount,
                result.NotDoneCount,
                result.Delta.Strategy.ToLabel(),
                result.CacheHitRatio,
                result.TimeSaved.TotalSeconds,
                result.Delta.EstimatedMinutesSaved,
                write.Written.Count,
                write.Unchanged.Count,
                write.Deleted.Count,
                repaired,
                reportPath);
    }

    // Nothing ran and the output folder is as the build left it: no file written or deleted, no edit kept aside.
    private static bool IsUpToDate(ArtifactBuildResult result, ArtifactWriteResult write) =>
        result.RanCount == 0 && result.NotDoneCount == 0 && result.Conflicts.Count == 0
            && write.Written.Count == 0 && write.Deleted.Count == 0 && write.Warnings.Count == 0;

    private static string RemoteSummary(RemoteCacheStatistics? remote) => remote is null
        ? string.Empty
        : string.Format(
            CultureInfo.InvariantCulture,
            "; remote cache {0} hits, {1} misses, {2} uploads, {3:0.#} KB down, {4:0.#} KB up, {5} errors, {6} requests, {7:0.###} s saved{8}",
            remote.Hits,
            remote.Misses,
            remote.Uploads,
            remote.BytesDown / 1024.0,
            remote.BytesUp / 1024.0,
            remote.Errors,
            remote.Requests,
            remote.TimeSaved.TotalSeconds,
            remote.SwitchedOff ? " (switched off)" : string.Empty);

    // Null when no remote cache is set, so a reader tells "off" from "nothing happened".
    private static void Remote(Utf8JsonWriter writer, RemoteCacheStatistics? remote)
    {
        if (remote is null)
        {
            writer.WriteNull("remoteCache");
            return;
        }

        writer.WriteStartObject("remoteCache");
        writer.WriteString("url", remote.Address);
        writer.WriteBoolean("readOnly", remote.ReadOnly);
        writer.WriteNumber("hits", remote.Hits);
        writer.WriteNumber("misses", remote.Misses);
        writer.WriteNumber("rejected", remote.Rejected);
        writer.WriteNumber("uploads", remote.Uploads);
        writer.WriteNumber("bytesDown", remote.BytesDown);
        writer.WriteNumber("bytesUp", remote.BytesUp);
        writer.WriteNumber("errors", remote.Errors);
        writer.WriteNumber("requests", remote.Requests);
        writer.WriteNumber("timeSavedMilliseconds", Milliseconds(remote.TimeSaved));
        writer.WriteBoolean("switchedOff", remote.SwitchedOff);
        writer.WriteNumber("unfinishedUploads", remote.UnfinishedUploads);
        writer.WriteEndObject();
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 3);

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
