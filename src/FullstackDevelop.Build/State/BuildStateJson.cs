using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Files;

namespace FullstackDevelop.Build.State;

/// <summary>
/// The state file's format: indented JSON with sorted keys, so the same state always gives the same bytes,
/// and a <c>version</c> that is raised on every incompatible change. It is read in one forward pass, building each
/// dictionary once, because a no-change build of a big project loads it and does little else.
/// </summary>
internal static class BuildStateJson
{
    /// <summary>The format this version writes; it also reads <see cref="OldestReadableVersion"/> and later.</summary>
    /// <remarks>
    /// Version 4 embeds the snapshot as JSON (not as an escaped string, unless it is not JSON), gives each written file
    /// that has a stamp as <c>["hash", length, lastWriteTicks]</c>, and may have <c>migrationFolder</c>, each file's
    /// <c>[length, lastWriteTicks]</c>.
    /// </remarks>
    public const int FormatVersion = 4;

    /// <summary>
    /// The oldest format still read, so that a package update keeps the record of which files the build wrote (without
    /// it, every generated file would look like the user's). Version 2 lacks the inputs hash and the unit counts;
    /// versions before 4 lack the stamps, so the first build after an update reads every file once.
    /// </summary>
    public const int OldestReadableVersion = 2;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Write(BuildState state)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WritePropertyName("snapshot");
            var snapshot = StrictUtf8.GetBytes(state.SnapshotJson);
            if (IsOneJsonValue(snapshot))
            {
                writer.WriteRawValue(snapshot, skipInputValidation: true);
            }
            else
            {
                writer.WriteStringValue(state.SnapshotJson);
            }

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
                if (state.FileStamps.TryGetValue(file.Key, out var stamp))
                {
                    writer.WriteStartArray(file.Key);
                    writer.WriteStringValue(file.Value);
                    writer.WriteNumberValue(stamp.Length);
                    writer.WriteNumberValue(stamp.LastWriteTicks);
                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString(file.Key, file.Value);
                }
            }

            writer.WriteEndObject();
            if (state.MigrationFolder is not null)
            {
                writer.WriteStartObject("migrationFolder");
                foreach (var file in Sorted(state.MigrationFolder))
                {
                    writer.WriteStartArray(file.Key);
                    writer.WriteNumberValue(file.Value.Length);
                    writer.WriteNumberValue(file.Value.LastWriteTicks);
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The state in <paramref name="utf8Json"/>; <see langword="null"/> when it is not a complete state of a readable version.
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="savedBeforeTicks">The file's last write time, read before its bytes (see <see cref="BuildState.SavedBeforeTicks"/>).</param>
    public static BuildState? Read(byte[] utf8Json, long? savedBeforeTicks)
    {
        try
        {
            return ReadState(utf8Json, savedBeforeTicks);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            // Truncated, hand-edited or otherwise damaged: the next build starts without state. A duplicate key is an
            // ArgumentException, invalid UTF-8 a DecoderFallbackException (one too) or an InvalidOperationException.
            return null;
        }
    }

    private static BuildState? ReadState(byte[] utf8Json, long? savedBeforeTicks)
    {
        var reader = new Utf8JsonReader(utf8Json);
        Next(ref reader, JsonTokenType.StartObject);
        int? version = null;
        string? snapshot = null;
        string? inputsHash = null;
        string? outputFolder = null;
        string? gitHubRoot = null;
        Dictionary<string, AgentState>? agents = null;
        Dictionary<string, IReadOnlyList<TimeSpan>>? durations = null;
        Dictionary<string, string>? writtenFiles = null;
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        Dictionary<string, FileStamp>? migrationFolder = null;
        while (NextProperty(ref reader) is { } property)
        {
            reader.Read();
            switch (property)
            {
                case "version":
                    version = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : throw new FormatException("The version is not a whole number.");
                    break;
                case "snapshot":
                    snapshot = Snapshot(ref reader, utf8Json);
                    break;
                case "inputsHash":
                    inputsHash = reader.TokenType == JsonTokenType.Null ? null : Text(ref reader);
                    break;
                case "outputFolder":
                    outputFolder = Text(ref reader);
                    break;
                case "gitHubRoot":
                    gitHubRoot = Text(ref reader);
                    break;
                case "agents":
                    agents = Agents(ref reader);
                    break;
                case "durationTicks":
                    durations = Durations(ref reader);
                    break;
                case "writtenFiles":
                    writtenFiles = WrittenFiles(ref reader, stamps);
                    break;
                case "migrationFolder":
                    migrationFolder = Stamps(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (reader.Read())
        {
            throw new FormatException("Something follows the state.");
        }

        if (version is not { } readable || readable < OldestReadableVersion || readable > FormatVersion
            || snapshot is null || agents is null || durations is null || writtenFiles is null)
        {
            return null;
        }

        return new BuildState(snapshot, agents, new AgentHistory(durations), writtenFiles, inputsHash, outputFolder, gitHubRoot, stamps, savedBeforeTicks, migrationFolder);
    }

    // The snapshot as JSON (version 4) is taken as the exact text it was written as; as a string (before), unescaped.
    private static string Snapshot(ref Utf8JsonReader reader, byte[] utf8Json)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return Text(ref reader);
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return StrictUtf8.GetString(utf8Json, start, (int)reader.BytesConsumed - start);
    }

    private static Dictionary<string, AgentState> Agents(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var agents = new Dictionary<string, AgentState>(StringComparer.Ordinal);
        while (NextProperty(ref reader) is { } name)
        {
            Next(ref reader, JsonTokenType.StartObject);
            string? outputHash = null;
            string? cacheKey = null;
            var units = 0;
            List<string>? files = null;
            while (NextProperty(ref reader) is { } property)
            {
                reader.Read();
                switch (property)
                {
                    case "outputHash":
                        outputHash = Text(ref reader);
                        break;
                    case "cacheKey":
                        cacheKey = Text(ref reader);
                        break;
                    case "units":
                        units = reader.GetInt32();
                        break;
                    case "files":
                        files = Texts(ref reader);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            agents.Add(name, new AgentState(
                outputHash ?? throw new FormatException("An agent has no output hash."),
                cacheKey ?? throw new FormatException("An agent has no cache key."),
                EquatableArray.From(files ?? throw new FormatException("An agent has no files.")),
                units));
        }

        return agents;
    }

    private static Dictionary<string, IReadOnlyList<TimeSpan>> Durations(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var durations = new Dictionary<string, IReadOnlyList<TimeSpan>>(StringComparer.Ordinal);
        while (NextProperty(ref reader) is { } agent)
        {
            Next(ref reader, JsonTokenType.StartArray);
            var ticks = new List<TimeSpan>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                ticks.Add(TimeSpan.FromTicks(reader.GetInt64()));
            }

            durations.Add(agent, ticks);
        }

        return durations;
    }

    // "path": "hash", or "path": ["hash", length, lastWriteTicks] for a file with a stamp.
    private static Dictionary<string, string> WrittenFiles(ref Utf8JsonReader reader, Dictionary<string, FileStamp> stamps)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader) is { } path)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                files.Add(path, Text(ref reader));
                continue;
            }

            reader.Read();
            files.Add(path, Text(ref reader));
            reader.Read();
            var length = reader.GetInt64();
            reader.Read();
            stamps.Add(path, new FileStamp(length, reader.GetInt64()));
            Next(ref reader, JsonTokenType.EndArray);
        }

        return files;
    }

    // "path": [length, lastWriteTicks] for each file.
    private static Dictionary<string, FileStamp> Stamps(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        while (NextProperty(ref reader) is { } path)
        {
            Next(ref reader, JsonTokenType.StartArray);
            reader.Read();
            var length = reader.GetInt64();
            reader.Read();
            stamps.Add(path, new FileStamp(length, reader.GetInt64()));
            Next(ref reader, JsonTokenType.EndArray);
        }

        return stamps;
    }

    private static List<string> Texts(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var texts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            texts.Add(Text(ref reader));
        }

        return texts;
    }

    // The next property's name, or null at the end of the object.
    private static string? NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => reader.GetString(),
            JsonTokenType.EndObject => null,
            _ => throw new FormatException("A property was expected."),
        };
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        reader.Read();
        Expect(ref reader, expected);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new FormatException($"{expected} was expected, not {reader.TokenType}.");
        }
    }

    private static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new FormatException("A text value of the build state is not a string.");

    private static bool IsOneJsonValue(byte[] utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return false;
            }

            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<KeyValuePair<string, T>> Sorted<T>(IReadOnlyDictionary<string, T> entries) =>
        entries.OrderBy(pair => pair.Key, StringComparer.Ordinal);
}
