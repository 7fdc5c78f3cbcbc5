using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Model;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>
/// Puts the entities' generated code into a fixed number of files, each entity always in the same
/// one. Roslyn adds every generated file again on every run, cached or not, and checks each hint
/// name against all the others (a quadratic cost: about 7 ms a run for 516 files), so a file per
/// entity made large projects' warm runs slow. An entity's edit still re-renders only that entity, and
/// joins only its group's file again.
/// </summary>
internal static class EntityFileGroups
{
    /// <summary>How many files the entities' code goes to, at most.</summary>
    public const int Count = 32;

    /// <summary>The group of an entity: a hash of its name that is the same in every process.</summary>
    public static int Of(string entityName)
    {
        // FNV-1a: string.GetHashCode differs between processes, and a group must not.
        var hash = 2166136261u;
        foreach (var c in entityName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Count);
    }

    /// <summary>The name of the file an entity's code goes to.</summary>
    public static string FileNameOf(string entityName) => FileName(Of(entityName));

    /// <summary>
    /// The groups that have entities, each with its entities in name order. Only references are copied, so a group whose
    /// entities were not rendered again equals its previous value and its file is not joined again.
    /// </summary>
    public static IEnumerable<EntityFileGroup> Split(IEnumerable<RenderedEntity> entities) =>
        entities
            .GroupBy(entity => Of(entity.Name))
            .OrderBy(group => group.Key)
            .Select(group => new EntityFileGroup(group.Key, EquatableArray.From(group.OrderBy(entity => entity.Name, StringComparer.Ordinal))));

    /// <summary>The group's file, under its first entity's header, and its entities' problems.</summary>
    public static GenerationResult Join(EntityFileGroup group)
    {
        var files = group.Entities.SelectMany(entity => entity.Result.Files).ToList();
        var diagnostics = EquatableArray.From(group.Entities.SelectMany(entity => entity.Result.Diagnostics));
        if (files.Count == 0)
        {
            return new GenerationResult(default, diagnostics);
        }

        var length = files[0].Source.Length;
        for (var i = 1; i < files.Count; i++)
        {
            length += 1 + files[i].Source.Length - files[i].BodyStart;
        }

        using var text = new LargeSourceBuilder(length);
        text.Append(files[0].Source);
        for (var i = 1; i < files.Count; i++)
        {
            text.Append('\n').Append(files[i].Source, files[i].BodyStart, files[i].Source.Length - files[i].BodyStart);
        }

        return new GenerationResult(EquatableArray.Of(new GeneratedFile(FileName(group.Index), text.ToString(), files[0].BodyStart)), diagnostics);
    }

    private static string FileName(int group) => "Entities.Group" + group.ToString("00", CultureInfo.InvariantCulture) + ".g.cs";
}
