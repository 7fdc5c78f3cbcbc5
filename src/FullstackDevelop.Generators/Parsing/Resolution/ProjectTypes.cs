using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// What resolving one entity reads of the rest of the project: every type it declares, with the
/// properties only of types a base list or alias may name (a derived entity inherits those), and
/// no assembly attributes. Equal before and after an edit to one entity's own properties, so that
/// edit resolves that entity again and no other.
/// </summary>
internal sealed class ProjectTypes : IEquatable<ProjectTypes>
{
    private readonly Lazy<SourceTypeIndex> _index;

    private ProjectTypes(EquatableArray<FileDeclarations> files)
    {
        Files = files;

        // Built once per value and shared by every entity's resolution that reads it.
        _index = new Lazy<SourceTypeIndex>(() => SourceTypeIndex.Build(files));
    }

    /// <summary>The files' declarations as kept.</summary>
    public EquatableArray<FileDeclarations> Files { get; }

    /// <summary>The types, by metadata name.</summary>
    public SourceTypeIndex Index => _index.Value;

    public static ProjectTypes From(EquatableArray<FileDeclarations> files)
    {
        var inherited = InheritableNames(files);
        return new ProjectTypes(EquatableArray.From(files.Select(file => file with
        {
            AssemblyAttributes = default,
            Types = EquatableArray.From(file.Types.Select(type => inherited.Contains(type.Name) ? type : type with { Properties = default })),
        })));
    }

    public bool Equals(ProjectTypes? other) => other is not null && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as ProjectTypes);

    public override int GetHashCode() => Files.GetHashCode();

    // The simple names written in base lists and as alias targets: a type of another name is no base type,
    // whatever the lookup finds, so its properties are no other type's business.
    private static HashSet<string> InheritableNames(EquatableArray<FileDeclarations> files)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            AddAliasTargets(names, file.GlobalUsings);
            AddAliasTargets(names, file.Usings);
            foreach (var type in file.Types)
            {
                foreach (var written in type.BaseList)
                {
                    names.Add(written.Name);
                }

                foreach (var scope in type.Scopes)
                {
                    AddAliasTargets(names, scope);
                }
            }
        }

        return names;
    }

    private static void AddAliasTargets(HashSet<string> names, ImportScope scope)
    {
        foreach (var alias in scope.Aliases)
        {
            names.Add(alias.Target.Name);
        }
    }
}
