using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// The templates agents and the generator render, by name: the built-in ones shipped as embedded
/// resources, replaced or joined by the user's own <c>.scriban</c> files (a user template with a
/// built-in's name wins). Only templates in the catalog can be included from a template.
/// </summary>
public sealed class TemplateCatalog
{
    private const string ResourcePrefix = "FullstackDevelop.Templates.";
    private const string ManifestResource = ResourcePrefix + "catalog.json";

    private static readonly Lazy<TemplateCatalog> BuiltInCatalog = new(LoadBuiltIn);

    private readonly Dictionary<string, TemplateSource> _sources;
    private readonly Dictionary<string, TemplateMetadata> _metadata;

    private TemplateCatalog(Dictionary<string, TemplateSource> sources, Dictionary<string, TemplateMetadata> metadata)
    {
        _sources = sources;
        _metadata = metadata;
    }

    /// <summary>The templates that ship with FullstackDevelop.</summary>
    public static TemplateCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Every template name, in ordinal order.</summary>
    public IReadOnlyList<string> Names => _sources.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList();

    /// <summary>A catalog in which <paramref name="userTemplates"/> replace built-ins of the same name and add the others.</summary>
    public TemplateCatalog With(IEnumerable<TemplateSource> userTemplates)
    {
        var sources = new Dictionary<string, TemplateSource>(_sources, StringComparer.Ordinal);
        foreach (var template in userTemplates)
        {
            sources[template.Name] = template;
        }

        return new TemplateCatalog(sources, _metadata);
    }

    /// <summary>Finds the template named <paramref name="name"/>.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out TemplateSource? source) => _sources.TryGetValue(name, out source);

    /// <summary>The seed's metadata of a built-in template, which an override keeps; <see langword="null"/> for a template only the user has.</summary>
    public TemplateMetadata? Describe(string name) => _metadata.TryGetValue(name, out var metadata) ? metadata : null;

    /// <summary>The name a user's template file gives: its file name without the <c>.scriban</c> extension.</summary>
    public static string NameOf(string path) => Path.GetFileNameWithoutExtension(path);

    private static TemplateCatalog LoadBuiltIn()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        using var manifest = assembly.GetManifestResourceStream(ManifestResource)
            ?? throw new InvalidOperationException("The built-in template catalog is missing from " + assembly.FullName);
        using var document = JsonDocument.Parse(manifest);
        var sources = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        var metadata = new Dictionary<string, TemplateMetadata>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var described = ReadMetadata(entry);
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + described.Name + ".scriban")
                ?? throw new InvalidOperationException("The built-in template " + described.Name + " is missing from " + assembly.FullName);
            using var reader = new StreamReader(stream);
            sources.Add(described.Name, new TemplateSource(described.Name, reader.ReadToEnd(), "builtin:" + described.Name, IsBuiltIn: true));
            metadata.Add(described.Name, described);
        }

        return new TemplateCatalog(sources, metadata);
    }

    private static TemplateMetadata ReadMetadata(JsonElement entry) => new(
        entry.GetProperty("name").GetString()!,
        Parse<TemplateCategory>(entry.GetProperty("category").GetString()),
        EquatableArray.From(entry.GetProperty("stack").EnumerateArray().Select(item => item.GetString()!)),
        Parse<TemplateComplexity>(entry.GetProperty("complexity").GetString()),
        entry.GetProperty("estimatedLines").GetInt32(),
        EquatableArray.From(entry.GetProperty("dependencies").EnumerateArray().Select(item => item.GetString()!)));

    private static T Parse<T>(string? name)
        where T : struct => Enum.TryParse<T>(name, ignoreCase: true, out var value)
            ? value
            : throw new InvalidOperationException($"The built-in template catalog has an unknown {typeof(T).Name} '{name}'.");
}
