using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>What <c>fullstack-report.json</c> says a build did.</summary>
internal sealed record BuildReport(
    int AgentsRun,
    int AgentsReused,
    int AgentsNotDone,
    IReadOnlyList<AgentLine> Agents,
    int FilesWritten,
    int FilesUnchanged,
    int FilesDeleted,
    bool UpToDate,
    int CacheRepairs)
{
    public static BuildReport Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var files = root.GetProperty("files");
        return new BuildReport(
            root.GetProperty("agentsRun").GetInt32(),
            root.GetProperty("agentsReused").GetInt32(),
            root.GetProperty("agentsNotDone").GetInt32(),
            root.GetProperty("agents").EnumerateArray().Select(agent => new AgentLine(
                agent.GetProperty("name").GetString()!,
                agent.GetProperty("status").GetString()!,
                agent.GetProperty("cacheKey").GetString(),
                agent.GetProperty("outputHash").GetString())).ToList(),
            files.GetProperty("written").GetInt32(),
            files.GetProperty("unchanged").GetInt32(),
            files.GetProperty("deleted").GetInt32(),
            root.GetProperty("upToDate").GetBoolean(),
            root.GetProperty("cacheRepairs").GetInt32());
    }
}

/// <summary>One agent's line of the report.</summary>
internal sealed record AgentLine(string Name, string Status, string? CacheKey, string? OutputHash);
