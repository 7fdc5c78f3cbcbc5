using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using FullstackDevelop.Build.Output;
using FullstackDevelop.Core.Agents.Running;
using FullstackDevelop.Core.Delta;

namespace FullstackDevelop.Build.Reporting;

/// <summary>
/// Writes <c>fullstack-report.json</c>: the delta, each agent's status, cache level and duration, and the run's cache
/// hit ratio and parallel efficiency (critical-path lower bound ÷ actual makespan). Durations are milliseconds.
/// </summary>
public static class BuildReportJson
{
    /// <summary>The report of <paramref name="result"/>, whose files <paramref name="write"/> put on disk.</summary>
    public static byte[] Write(ArtifactBuildResult result, ArtifactWriteResult write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("project", result.Plan.ProjectName);
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

    /// <summary>The one summary line of a build.</summary>
    public static string SummaryLine(ArtifactBuildResult result, string reportPath) => string.Format(
        CultureInfo.InvariantCulture,
        "FullstackDevelop: {0} agents run, {1} reused, {2} not done; strategy {3}; cache hit ratio {4:0%}; time saved {5:0.###} s (estimated {6} min); report {7}",
        result.RanCount,
        result.ReusedCount,
        result.NotDoneCount,
        result.Delta.Strategy.ToLabel(),
        result.CacheHitRatio,
        result.TimeSaved.TotalSeconds,
        result.Delta.EstimatedMinutesSaved,
        reportPath);

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
