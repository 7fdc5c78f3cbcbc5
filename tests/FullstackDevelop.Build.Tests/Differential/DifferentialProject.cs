using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Build.Running;
using FullstackDevelop.Build.Snapshot;
using FullstackDevelop.Build.Tests.TestSupport;
using FullstackDevelop.Core.Caching;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// A project on disk as the task sees it across builds: its templates and command script, its settings, its state,
/// disk caches and output folders, and the in-process caches of the build process that runs it (a new pair is a new
/// process). A clean build of the same inputs runs in a folder of its own, with nothing shared but the project's files.
/// </summary>
internal sealed class DifferentialProject : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly SortedDictionary<string, int> _templates = new(StringComparer.Ordinal);

    // Clean builds by their inputs: half the steps change none, and a clean build of the same inputs is the same build.
    private readonly Dictionary<string, CleanBuild> _cleanBuildsByInputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _damagedCacheFiles = new(StringComparer.Ordinal);
    private int _cleanBuilds;

    public DifferentialProject()
    {
        Directory.CreateDirectory(ProjectDirectory);
        Options = new AgentBuildOptions
        {
            AssemblyPath = _root.Combine("bin", "Shop.dll"),
            ProjectDirectory = ProjectDirectory,
            RootNamespace = "Shop",
            OutputFolder = _root.Combine("fullstack-0"),
            WorkingDirectory = _root.Combine("obj", "fullstack"),
            ReportPath = _root.Combine("obj", "fullstack-report.json"),
            CacheFolder = CacheFolders[0],

            // The oracle compares the folder with the agents' files. Migration scripts are history, not a function of the
            // inputs alone; MigrationStepTests and MigrationPlannerTests prove a clean build with the same folder writes the same.
            WritesMigrations = false,
        };
        WriteScript(0);
    }

    public string ProjectDirectory => _root.Combine("project");

    /// <summary>The disk cache folders the <c>FullstackCacheFolder</c> setting switches between.</summary>
    public IReadOnlyList<string> CacheFolders => [_root.Combine("cache-a"), _root.Combine("cache-b")];

    public AgentBuildOptions Options { get; set; }

    public int ScriptEdition { get; private set; }

    /// <summary>The user's templates in the project, by name, with their editions.</summary>
    public IReadOnlyDictionary<string, int> Templates => _templates;

    public MemoryResultCache Memory { get; private set; } = new();

    public ParsedTemplateCache ParsedTemplates { get; private set; } = new(512);

    public string StatePath => Path.Combine(Options.WorkingDirectory, AgentBuild.StateFileName);

    /// <summary>How many times the incremental builds started the command agent's script.</summary>
    public int CommandRuns => CommandRunsIn(Options.WorkingDirectory);

    /// <summary>A fresh output folder's path, never used before.</summary>
    public string NewOutputFolder(int step) => _root.Combine("fullstack-" + step.ToString(CultureInfo.InvariantCulture));

    /// <summary>Remembers a disk cache file a step damaged, with its damaged bytes.</summary>
    public void Damaged(string cacheFile) => _damagedCacheFiles[cacheFile] = File.ReadAllBytes(cacheFile);

    /// <summary>
    /// The damaged cache files the last build removed, and those it changed in any way (removed or rewritten), which
    /// are then forgotten: what its cache repairs can be about.
    /// </summary>
    public (int Removed, int Changed) TakeRepairedCacheFiles()
    {
        var removed = _damagedCacheFiles.Keys.Where(file => !File.Exists(file)).ToList();
        var changed = _damagedCacheFiles.Where(file => File.Exists(file.Key) && !File.ReadAllBytes(file.Key).AsSpan().SequenceEqual(file.Value)).Select(file => file.Key).ToList();
        foreach (var file in removed.Concat(changed))
        {
            _damagedCacheFiles.Remove(file);
        }

        return (removed.Count, removed.Count + changed.Count);
    }

    public void NewProcess()
    {
        Memory = new MemoryResultCache();
        ParsedTemplates = new ParsedTemplateCache(512);
    }

    public void WriteTemplate(string name, int edition)
    {
        var path = TemplatePath(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ProjectTemplates.Text(name, edition));
        _templates[name] = edition;
    }

    public void RemoveTemplate(string name)
    {
        File.Delete(TemplatePath(name));
        _templates.Remove(name);
    }

    /// <summary>
    /// The command agent's script at <paramref name="edition"/>: its output holds the edition and the requirement slice
    /// it was given, and each run adds a line to a log in the build's working directory, which counts its runs.
    /// </summary>
    public void WriteScript(int edition)
    {
        var path = Path.Combine(ProjectDirectory, "tools", "price-feed.sh");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", [
            "set -e",
            "echo run >> \"$FULLSTACK_OUTPUT_DIR/../../../command-runs.log\"",
            "mkdir -p \"$FULLSTACK_OUTPUT_DIR/custom\"",
            "printf 'price feed, edition " + edition.ToString(CultureInfo.InvariantCulture) + "\\n' > \"$FULLSTACK_OUTPUT_DIR/" + RequirementsModel.CommandOutput + "\"",
            "cat \"$FULLSTACK_REQUIREMENTS\" >> \"$FULLSTACK_OUTPUT_DIR/" + RequirementsModel.CommandOutput + "\"",
            string.Empty]));
        ScriptEdition = edition;
    }

    /// <summary>One incremental build with the project's current settings and this process's caches.</summary>
    public Task<AgentBuildOutcome> BuildAsync(RequirementsSnapshot snapshot, RecordingBuildLog log) =>
        AgentBuild.RunAsync(Options with { TemplateFiles = TemplateFiles() }, snapshot, Memory, ParsedTemplates, log, CancellationToken.None);

    /// <summary>
    /// A clean build of the same inputs: a new process (fresh in-process caches), an empty disk cache, no state and a
    /// fresh output folder of the same name beside a copy of the project (templates, script). Inputs built clean before
    /// are not built again; the output folder's name is one of them, as the deployment files name it.
    /// </summary>
    public async Task<CleanBuild> CleanBuildAsync(RequirementsSnapshot snapshot)
    {
        var inputs = snapshot.Hash + "|script " + ScriptEdition + "|output " + Path.GetFileName(Options.OutputFolder) + "|" + string.Join("|", _templates.Select(pair => pair.Key + " " + pair.Value));
        if (!_cleanBuildsByInputs.TryGetValue(inputs, out var build))
        {
            build = await RunCleanBuildAsync(snapshot);
            _cleanBuildsByInputs.Add(inputs, build);
        }

        return build;
    }

    public void Dispose() => _root.Dispose();

    private static int CommandRunsIn(string workingDirectory)
    {
        var log = Path.Combine(workingDirectory, "command-runs.log");
        return File.Exists(log) ? File.ReadAllLines(log).Length : 0;
    }

    private async Task<CleanBuild> RunCleanBuildAsync(RequirementsSnapshot snapshot)
    {
        var folder = _root.Combine("clean-" + (_cleanBuilds++).ToString(CultureInfo.InvariantCulture));

        // A copy of the project beside an output folder of the same name: the deployment files name the output folder
        // relative to the project, so a clean build of the same inputs has the same layout.
        var project = Path.Combine(folder, Path.GetFileName(ProjectDirectory));
        CopyFolder(ProjectDirectory, project);
        var options = Options with
        {
            ProjectDirectory = project,
            OutputFolder = Path.Combine(folder, Path.GetFileName(Options.OutputFolder)),
            WorkingDirectory = Path.Combine(folder, "obj", "fullstack"),
            ReportPath = Path.Combine(folder, "obj", "fullstack-report.json"),
            CacheFolder = Path.Combine(folder, "cache"),
            MaxParallelism = null,
            TemplateFiles = _templates.Keys.Select(name => Path.Combine(project, "Templates", name + ".scriban")).ToList(),
        };
        var log = new RecordingBuildLog();
        try
        {
            await AgentBuild.RunAsync(options, snapshot, new MemoryResultCache(), new ParsedTemplateCache(512), log, CancellationToken.None);
            if (CommandRunsIn(options.WorkingDirectory) != 1)
            {
                throw new InvalidOperationException("A clean build must run the command agent once; it ran " + CommandRunsIn(options.WorkingDirectory) + " times.");
            }

            return new CleanBuild(FolderContents.Read(options.OutputFolder), BuildReport.Read(options.ReportPath), log);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string TemplatePath(string name) => Path.Combine(ProjectDirectory, "Templates", name + ".scriban");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private List<string> TemplateFiles() => _templates.Keys.Select(TemplatePath).ToList();
}

/// <summary>What a clean build left: its output folder's files, its report and its log.</summary>
internal sealed record CleanBuild(SortedDictionary<string, byte[]> Files, BuildReport Report, RecordingBuildLog Log);
