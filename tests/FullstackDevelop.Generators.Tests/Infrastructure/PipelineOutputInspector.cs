using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline output's object graph and reports any Roslyn object in it: a symbol, syntax node,
/// compilation, semantic model or location would keep old compilations alive and break caching.
/// </summary>
internal static class PipelineOutputInspector
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree),
    };

    public static IReadOnlyList<string> FindRoslynObjects(object? value)
    {
        var found = new List<string>();
        Visit(value, "output", found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Visit(object? value, string path, List<string> found, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum || value is decimal)
        {
            return;
        }

        var type = value.GetType();
        if (Array.Exists(Forbidden, forbidden => forbidden.IsAssignableFrom(type)))
        {
            found.Add(path + ": " + type.FullName);
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Visit(item, path + "[" + index++ + "]", found, seen);
            }

            return;
        }

        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Visit(tuple[i], path + ".Item" + (i + 1), found, seen);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Visit(property.GetValue(value), path + "." + property.Name, found, seen);
            }
        }
    }
}
