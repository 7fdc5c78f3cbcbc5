using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FullstackDevelop.Build.Output;

namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>
/// Applies random steps, from one seed, to a project's requirements, files, settings, output folder, caches and state,
/// telling the oracle when the state is lost. A step that cannot apply (removing the last entity) is
/// drawn again, so the same seed always gives the same sequence.
/// </summary>
internal sealed class RandomSteps
{
    private static readonly StepKind[] Kinds = Enum.GetValues<StepKind>();

    // The steps that change the inputs: what a build with the agents disabled lets through unbuilt.
    private static readonly StepKind[] InputKinds =
    [
        StepKind.AddEntity, StepKind.RemoveEntity, StepKind.RenameEntity, StepKind.AddProperty, StepKind.RemoveProperty,
        StepKind.RetypeProperty, StepKind.AddRequirement, StepKind.ChangeRequirement, StepKind.RemoveRequirement,
        StepKind.AddFeature, StepKind.RemoveFeature, StepKind.AddTemplate, StepKind.EditTemplate, StepKind.RemoveTemplate,
        StepKind.EditScript,
    ];

    private static readonly int?[] Parallelisms = [null, 1, 2, 4];

    private static readonly string[] Words = ["amber", "basalt", "cedar", "delta", "ember", "fjord", "granite", "harbor"];

    private readonly Random _random;
    private readonly RequirementsModel _model;
    private readonly DifferentialProject _project;
    private readonly OutputOracle _oracle;
    private readonly List<string> _outputFolders = [];

    public RandomSteps(int seed, RequirementsModel model, DifferentialProject project, OutputOracle oracle)
    {
        _random = new Random(seed);
        _model = model;
        _project = project;
        _oracle = oracle;
    }

    /// <summary>The model and project a sequence starts from: two entities, a feature, two keys, one template.</summary>
    public void Start()
    {
        for (var i = 0; i < 2; i++)
        {
            AddEntity();
        }

        AddFeature();
        AddRequirement();
        AddRequirement();
        _project.WriteTemplate(ProjectTemplates.TestPlan, 1);
        foreach (var template in ProjectTemplates.AgentTemplates)
        {
            _project.WriteTemplate(template, 1);
        }
    }

    /// <summary>Applies one random step; returns its kind and what it did. The task runs after every kind but <see cref="StepKind.DisableAgentsForOneBuild"/>.</summary>
    public (StepKind Kind, string Description) Next(int step)
    {
        while (true)
        {
            var kind = Kinds[_random.Next(Kinds.Length)];
            if (TryApply(kind, step) is { } description)
            {
                return (kind, description);
            }
        }
    }

    private string? TryApply(StepKind kind, int step) => kind switch
    {
        StepKind.AddEntity => AddEntity(),
        StepKind.RemoveEntity => RemoveEntity(),
        StepKind.RenameEntity => RenameEntity(),
        StepKind.AddProperty => AddProperty(),
        StepKind.RemoveProperty => RemoveProperty(),
        StepKind.RetypeProperty => RetypeProperty(),
        StepKind.AddRequirement => AddRequirement(),
        StepKind.ChangeRequirement => ChangeRequirement(),
        StepKind.RemoveRequirement => RemoveRequirement(),
        StepKind.AddFeature => AddFeature(),
        StepKind.RemoveFeature => RemoveFeature(),
        StepKind.AddTemplate => AddTemplate(),
        StepKind.EditTemplate => EditTemplate(),
        StepKind.RemoveTemplate => RemoveTemplate(),
        StepKind.EditScript => EditScript(),
        StepKind.DeleteOutputFile => DeleteOutputFile(),
        StepKind.DeleteOutputFolder => DeleteOutputFolder(),
        StepKind.HandEditOutputFile => HandEditOutputFile(step),
        StepKind.HandEditOutputFileKeepingSize => HandEditOutputFileKeepingSize(),
        StepKind.ResolveEditedFile => ResolveEditedFile(),
        StepKind.CorruptCacheEntries => DamageCache(corrupt: true),
        StepKind.DeleteCacheEntries => DamageCache(corrupt: false),
        StepKind.DisableAgentsForOneBuild => DisableAgents(step),
        StepKind.LoseState => LoseState(),
        StepKind.SwitchParallelism => SwitchParallelism(),
        StepKind.SwitchCacheFolder => SwitchCacheFolder(),
        StepKind.SwitchOutputFolder => SwitchOutputFolder(step),
        StepKind.NewBuildProcess => NewBuildProcess(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private string? AddEntity()
    {
        var unused = RequirementsModel.EntityNames.Where(name => _model.Entities.All(entity => entity.Name != name)).ToList();
        if (_model.Entities.Count >= 4 || unused.Count == 0)
        {
            return null;
        }

        var entity = new ModelEntity(Pick(unused));
        var properties = _random.Next(3);
        for (var i = 0; i < properties; i++)
        {
            AddPropertyTo(entity);
        }

        _model.Entities.Add(entity);
        return entity.Name;
    }

    private string? RemoveEntity()
    {
        if (_model.Entities.Count <= 1)
        {
            return null;
        }

        var entity = Pick(_model.Entities);
        _model.Entities.Remove(entity);
        return entity.Name;
    }

    private string? RenameEntity()
    {
        var unused = RequirementsModel.EntityNames.Where(name => _model.Entities.All(entity => entity.Name != name)).ToList();
        var entity = Pick(_model.Entities);
        var old = entity.Name;
        entity.Name = Pick(unused);
        return old + " to " + entity.Name;
    }

    private string? AddProperty()
    {
        var entity = Pick(_model.Entities);
        return AddPropertyTo(entity) is { } property ? entity.Name + "." + property : null;
    }

    private string? AddPropertyTo(ModelEntity entity)
    {
        var unused = RequirementsModel.PropertyNames.Where(name => entity.Properties.All(property => property.Name != name)).ToList();
        if (entity.Properties.Count >= 4)
        {
            return null;
        }

        var property = new ModelProperty(Pick(unused), Pick(RequirementsModel.ClrTypes), _random.Next(3) == 0);
        entity.Properties.Insert(_random.Next(entity.Properties.Count + 1), property);
        return property.Name;
    }

    private string? RemoveProperty()
    {
        var entity = Pick(_model.Entities);
        if (entity.Properties.Count == 0)
        {
            return null;
        }

        var property = Pick(entity.Properties);
        entity.Properties.Remove(property);
        return entity.Name + "." + property.Name;
    }

    private string? RetypeProperty()
    {
        var entity = Pick(_model.Entities);
        if (entity.Properties.Count == 0)
        {
            return null;
        }

        var index = _random.Next(entity.Properties.Count);
        var old = entity.Properties[index];
        var retyped = _random.Next(4) == 0
            ? old with { IsNullable = !old.IsNullable }
            : old with { ClrType = Pick(RequirementsModel.ClrTypes.Where(type => type != old.ClrType).ToList()) };
        entity.Properties[index] = retyped;
        return entity.Name + "." + old.Name + " from " + old.ClrType + (old.IsNullable ? "?" : string.Empty) + " to " + retyped.ClrType + (retyped.IsNullable ? "?" : string.Empty);
    }

    private string? AddRequirement()
    {
        var unused = RequirementsModel.RequirementKeys.Where(key => !_model.Requirements.ContainsKey(key)).ToList();
        if (unused.Count == 0)
        {
            return null;
        }

        var key = Pick(unused);
        _model.Requirements[key] = Value();
        return key + "=" + _model.Requirements[key];
    }

    private string? ChangeRequirement()
    {
        if (_model.Requirements.Count == 0)
        {
            return null;
        }

        var key = Pick(_model.Requirements.Keys.ToList());
        _model.Requirements[key] = Value();
        return key + "=" + _model.Requirements[key];
    }

    private string? RemoveRequirement()
    {
        if (_model.Requirements.Count == 0)
        {
            return null;
        }

        var key = Pick(_model.Requirements.Keys.ToList());
        _model.Requirements.Remove(key);
        return key;
    }

    private string? AddFeature()
    {
        var unused = RequirementsModel.FeatureNames.Where(feature => !_model.Features.Contains(feature)).ToList();
        if (unused.Count == 0)
        {
            return null;
        }

        var feature = Pick(unused);
        _model.Features.Add(feature);
        return feature;
    }

    private string? RemoveFeature()
    {
        if (_model.Features.Count == 0)
        {
            return null;
        }

        var feature = Pick(_model.Features.ToList());
        _model.Features.Remove(feature);
        return feature;
    }

    private string? AddTemplate()
    {
        var addable = ProjectTemplates.Names
            .Where(name => !_project.Templates.ContainsKey(name) && (ProjectTemplates.Requires(name) is not { } required || _project.Templates.ContainsKey(required)))
            .ToList();
        if (addable.Count == 0)
        {
            return null;
        }

        var name = Pick(addable);
        _project.WriteTemplate(name, 1);
        return name;
    }

    private string? EditTemplate()
    {
        if (_project.Templates.Count == 0)
        {
            return null;
        }

        var name = Pick(_project.Templates.Keys.ToList());
        _project.WriteTemplate(name, _project.Templates[name] + 1);
        return name + " to edition " + _project.Templates[name];
    }

    private string? RemoveTemplate()
    {
        var removable = _project.Templates.Keys
            .Where(name => !_project.Templates.Keys.Any(other => ProjectTemplates.Requires(other) == name) && !ProjectTemplates.AgentTemplates.Contains(name))
            .ToList();
        if (removable.Count == 0)
        {
            return null;
        }

        var name = Pick(removable);
        _project.RemoveTemplate(name);
        return name;
    }

    private string EditScript()
    {
        _project.WriteScript(_project.ScriptEdition + 1);
        return "edition " + _project.ScriptEdition;
    }

    private string? DeleteOutputFile()
    {
        var files = FolderContents.Read(_project.Options.OutputFolder).Keys.ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var path = Pick(files);
        File.Delete(ArtifactPath.Resolve(_project.Options.OutputFolder, path));
        return path;
    }

    private string? DeleteOutputFolder()
    {
        if (!Directory.Exists(_project.Options.OutputFolder))
        {
            return null;
        }

        Directory.Delete(_project.Options.OutputFolder, recursive: true);
        return _project.Options.OutputFolder;
    }

    // A generated file, or one edited already; never a .generated sibling, which is the build's to write.
    private string? HandEditOutputFile(int step)
    {
        var files = FolderContents.Read(_project.Options.OutputFolder);
        var siblings = new HashSet<string>(files.Keys.Select(ArtifactPath.GeneratedSibling), StringComparer.Ordinal);
        var editable = files.Keys.Where(path => !siblings.Contains(path)).ToList();
        if (editable.Count == 0)
        {
            return null;
        }

        var path = Pick(editable);
        var content = files[path].Concat(Encoding.UTF8.GetBytes("\nhand edit at step " + step.ToString(CultureInfo.InvariantCulture) + "\n")).ToArray();
        File.WriteAllBytes(ArtifactPath.Resolve(_project.Options.OutputFolder, path), content);
        return path;
    }

    // One byte of a generated file changed, so its size stays: a stamp can only see the edit by its time. The file keeps
    // the edit's time (later than the state), or gets one a second before its last write (older than the state: only the
    // stamp's time differs), or gets its last write time back with the state's set to it too, as if the build had saved
    // its state in the same timestamp tick as the edit: the racy rule must then read the file.
    private string? HandEditOutputFileKeepingSize()
    {
        var files = FolderContents.Read(_project.Options.OutputFolder);
        var siblings = new HashSet<string>(files.Keys.Select(ArtifactPath.GeneratedSibling), StringComparer.Ordinal);
        var editable = files.Where(file => !siblings.Contains(file.Key) && file.Value.Any(IsLetter)).Select(file => file.Key).ToList();
        if (editable.Count == 0)
        {
            return null;
        }

        var path = Pick(editable);
        var full = ArtifactPath.Resolve(_project.Options.OutputFolder, path);
        var bytes = files[path];
        var letters = Enumerable.Range(0, bytes.Length).Where(index => IsLetter(bytes[index])).ToList();
        var at = Pick(letters);
        bytes[at] = (byte)(bytes[at] == (byte)'x' ? 'y' : 'x');
        var writtenAt = File.GetLastWriteTimeUtc(full);
        File.WriteAllBytes(full, bytes);
        var edit = path + ", byte " + at.ToString(CultureInfo.InvariantCulture);
        switch (_random.Next(3))
        {
            case 0:
                return edit;
            case 1:
                File.SetLastWriteTimeUtc(full, writtenAt.AddSeconds(-1));
                return edit + ", its time a second before its last write";
            default:
                File.SetLastWriteTimeUtc(full, writtenAt);
                if (File.Exists(_project.StatePath))
                {
                    File.SetLastWriteTimeUtc(_project.StatePath, writtenAt);
                }

                return edit + ", its time and the state's set to its last write";
        }
    }

    private static bool IsLetter(byte value) => value is >= (byte)'a' and <= (byte)'z';

    // What FSD1201 tells the user to do: delete the edited file, or copy its .generated version over it.
    private string? ResolveEditedFile()
    {
        var folder = _project.Options.OutputFolder;
        var files = FolderContents.Read(folder);
        var resolvable = files.Keys.Where(path => files.ContainsKey(ArtifactPath.GeneratedSibling(path))).ToList();
        if (resolvable.Count == 0)
        {
            return null;
        }

        var path = Pick(resolvable);
        var full = ArtifactPath.Resolve(folder, path);
        if (_random.Next(2) == 0)
        {
            File.Delete(full);
            return "deleted " + path;
        }

        File.WriteAllBytes(full, files[ArtifactPath.GeneratedSibling(path)]);
        return "copied the .generated version over " + path;
    }

    // Mostly the entries of the agents' current keys (ac/<key>, named in the last report), else any file of the cache;
    // then a new build process and, half the time, an empty output folder, so the agents look the damaged entries up.
    private string? DamageCache(bool corrupt)
    {
        var cache = _project.Options.CacheFolder!;
        var entries = Directory.Exists(cache) ? Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        if (entries.Count == 0)
        {
            return null;
        }

        var current = BuildReport.Read(_project.Options.ReportPath).Agents
            .Select(agent => Path.Combine(cache, "ac", agent.CacheKey ?? string.Empty))
            .Where(entries.Contains)
            .Order(StringComparer.Ordinal)
            .ToList();
        var damaged = new List<string>();
        for (var i = 1 + _random.Next(3); i > 0 && entries.Count > 0; i--)
        {
            var entry = current.Count > 0 && _random.Next(4) > 0 ? Pick(current) : Pick(entries);
            current.Remove(entry);
            entries.Remove(entry);
            if (corrupt)
            {
                var bytes = File.ReadAllBytes(entry);
                File.WriteAllBytes(entry, _random.Next(2) == 0 ? bytes.Take(bytes.Length / 2).ToArray() : [.. bytes, (byte)'!']);
                _project.Damaged(entry);
            }
            else
            {
                File.Delete(entry);
            }

            damaged.Add(Path.GetRelativePath(cache, entry));
        }

        _project.NewProcess();
        var emptied = _random.Next(2) == 0 && DeleteOutputFolder() is not null;
        return string.Join(", ", damaged) + "; new process" + (emptied ? "; output folder deleted" : string.Empty);
    }

    private string DisableAgents(int step)
    {
        while (true)
        {
            var kind = InputKinds[_random.Next(InputKinds.Length)];
            if (TryApply(kind, step) is { } description)
            {
                return "unbuilt " + kind + ": " + description;
            }
        }
    }

    private string? LoseState()
    {
        if (!File.Exists(_project.StatePath))
        {
            return null;
        }

        File.Delete(_project.StatePath);
        _oracle.StateLost();
        return _project.StatePath;
    }

    private string SwitchParallelism()
    {
        var current = _project.Options.MaxParallelism;
        var next = Pick(Parallelisms.Where(value => value != current).ToList());
        _project.Options = _project.Options with { MaxParallelism = next };
        return next?.ToString(CultureInfo.InvariantCulture) ?? "the profile's";
    }

    private string SwitchCacheFolder()
    {
        var next = _project.CacheFolders.First(folder => folder != _project.Options.CacheFolder);
        _project.Options = _project.Options with { CacheFolder = next };
        return next;
    }

    // A new folder, or back to one used before, where the move away left the edited files.
    private string SwitchOutputFolder(int step)
    {
        if (!_outputFolders.Contains(_project.Options.OutputFolder))
        {
            _outputFolders.Add(_project.Options.OutputFolder);
        }

        var earlier = _outputFolders.Where(folder => folder != _project.Options.OutputFolder).ToList();
        var next = earlier.Count > 0 && _random.Next(2) == 0 ? Pick(earlier) : _project.NewOutputFolder(step);
        _project.Options = _project.Options with { OutputFolder = next };
        return next;
    }

    private string NewBuildProcess()
    {
        _project.NewProcess();
        return "fresh memory and template caches";
    }

    private string Value() => Pick(Words) + "-" + _random.Next(100).ToString(CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
