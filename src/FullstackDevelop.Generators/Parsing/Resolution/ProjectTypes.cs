using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// What resolving one entity, or an assembly attribute's constant, reads of the rest of the project: every type it
/// declares, with the properties only of types a base list or alias may name (a derived entity inherits those), and
/// no assembly attributes. Equal before and after an edit to one entity's own properties, so that edit resolves that
/// entity again and no other.
/// </summary>
/// <remarks>
/// The files are kept as read, so an unchanged file is the same instance as in the last run and compares by reference:
/// only an edited file is compared, through the view the index is built from. Copying every file into that view on each
/// run made this step's comparison the costliest of a keystroke's run.
/// </remarks>
internal sealed class ProjectTypes : IEquatable<ProjectTypes>
{
    private readonly HashSet<string> _inheritable;
    private readonly Lazy<SourceTypeIndex> _index;

    private ProjectTypes(EquatableArray<FileDeclarations> files, HashSet<string> inheritable)
    {
        Files = files;
        _inheritable = inheritable;

        // Built once per value and shared by every resolution that reads it.
        _index = new Lazy<SourceTypeIndex>(() => SourceTypeIndex.Build(files.Select(View)));
    }

    /// <summary>The files' declarations as read.</summary>
    public EquatableArray<FileDeclarations> Files { get; }

    /// <summary>The types, by metadata name, as this class describes them.</summary>
    public SourceTypeIndex Index => _index.Value;

    public static ProjectTypes From(EquatableArray<FileDeclarations> files) => new(files, InheritableNames(files));

    /// <summary>True when both give the same index: the same inheritable names, and each file the same view.</summary>
    public bool Equals(ProjectTypes? other)
    {
        // Every entity's step compares the value it was combined with, which is most often this very instance.
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Files.Count != other.Files.Count || !_inheritable.SetEquals(other._inheritable))
        {
            return false;
        }

        for (var i = 0; i < Files.Count; i++)
        {
            var (mine, theirs) = (Files[i], other.Files[i]);
            if (!ReferenceEquals(mine, theirs) && !View(mine).Equals(other.View(theirs)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ProjectTypes);

    public override int GetHashCode() => Files.Count;

    // The file as resolution sees it: no assembly attributes, and no properties of a type nothing can inherit from.
    private FileDeclarations View(FileDeclarations file) => file with
    {
        AssemblyAttributes = default,
        Types = EquatableArray.From(file.Types.Select(type => _inheritable.Contains(type.Name) ? type : type with { Properties = default })),
    };

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
