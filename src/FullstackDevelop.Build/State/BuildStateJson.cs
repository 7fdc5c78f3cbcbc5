using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;

namespace FullstackDevelop.Build.State;

/// <summary>
/// The state file's format: indented JSON with sorted keys, so the same state always gives the same bytes,
/// and a <c>version</c> that is raised on every incompatible change.
/// </summary>
internal static class BuildStateJson
{
    /// <summary>The format this version writes; it also reads <see cref="OldestReadableVersion"/> and later.</summary>
    public const int FormatVersion = 3;

    /// <summary>
    /// The oldest format still read, so that a package update keeps the record of which files the build wrote (without
    /// it, every generated file would look like the user's). Version 2 lacks the inputs hash and the unit counts.
    /// </summary>
    public const int OldestReadableVersion = 2;

    public static byte[] Write(BuildState state)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteString("snapshot", state.SnapshotJson);
            if (state.InputsHash is null)
            {
                writer.WriteNull("inputsHash");
            }
            else
            {
                writer.WriteString("inputsHash", state.InputsHash);
            }

            if (state.OutputFolder is not null)
            {
                writer.WriteString("outputFolder", state.OutputFolder);
            }

            if (state.GitHubRoot is not null)
            {
                writer.WriteString("gitHubRoot", state.GitHubRoot);
            }

            writer.WriteStartObject("agents");
            foreach (var agent in Sorted(state.Agents))
            {
                writer.WriteStartObject(agent.Key);
                writer.WriteString("outputHash", agent.Value.OutputHash);
                writer.WriteString("cacheKey", agent.Value.CacheKey);
                writer.WriteNumber("units", agent.Value.UnitCount);
                writer.WriteStartArray("files");
                foreach (var file in agent.Value.Files)
                {
                    writer.WriteStringValue(file);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();

            // Ticks, not milliseconds: durations must come back exactly as recorded.
            writer.WriteStartObject("durationTicks");
            foreach (var agent in Sorted(state.History.Durations))
            {
                writer.WriteStartArray(agent.Key);
                foreach (var duration in agent.Value)
                {
                    writer.WriteNumberValue(duration.Ticks);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteStartObject("writtenFiles");
            foreach (var file in Sorted(state.WrittenFiles))
            {
                writer.WriteString(file.Key, file.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The state in <paramref name="utf8Json"/>; <see langword="null"/> when it is not a complete state of a readable version.</summary>
    public static BuildState? Read(byte[] utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version)
                || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number)
                || number < OldestReadableVersion
                || number > FormatVersion)
            {
                return null;
            }

            return new BuildState(
                Text(root.GetProperty("snapshot")),
                Entries(root.GetProperty("agents"), ReadAgent),
                new AgentHistory(Entries(root.GetProperty("durationTicks"), Durations)),
                Entries(root.GetProperty("writtenFiles"), Text),
                root.TryGetProperty("inputsHash", out var inputsHash) ? inputsHash.GetString() : null,
                root.TryGetProperty("outputFolder", out var outputFolder) ? Text(outputFolder) : null,
                root.TryGetProperty("gitHubRoot", out var gitHubRoot) ? Text(gitHubRoot) : null);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Truncated, hand-edited or otherwise damaged: the next build starts without state.
            return null;
        }
    }

    private static IEnumerable<KeyValuePair<string, T>> Sorted<T>(IReadOnlyDictionary<string, T> entries) =>
        entries.OrderBy(pair => pair.Key, StringComparer.Ordinal);

    // A duplicate key throws ArgumentException: a damaged file, not one of ours.
    private static Dictionary<string, T> Entries<T>(JsonElement element, Func<JsonElement, T> read)
    {
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            entries.Add(property.Name, read(property.Value));
        }

        return entries;
    }

    private static AgentState ReadAgent(JsonElement agent) =>
        new(
            Text(agent.GetProperty("outputHash")),
            Text(agent.GetProperty("cacheKey")),
            EquatableArray.From(agent.GetProperty("files").EnumerateArray().Select(Text)),
            agent.TryGetProperty("units", out var units) ? units.GetInt32() : 0);

    private static IReadOnlyList<TimeSpan> Durations(JsonElement element) =>
        element.EnumerateArray().Select(ticks => TimeSpan.FromTicks(ticks.GetInt64())).ToList();

    private static string Text(JsonElement element) =>
        element.GetString() ?? throw new FormatException("A text value of the build state is null.");
}
