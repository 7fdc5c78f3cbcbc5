using System;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Runtime;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// What every render can share instead of building it again: Scriban's built-in functions, frozen, and the reflection
/// accessors of the model types. A new <see cref="TemplateContext"/> otherwise deep-clones the built-ins and reflects over
/// every model type it meets, which costs more than rendering one small template.
/// </summary>
internal static class SharedScriptRuntime
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    /// <summary>
    /// Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>date</c>…), read-only at every level, so that no render
    /// can change what another one sees: a template that assigns to one (<c>date.format = …</c>) fails with a template error.
    /// </summary>
    public static ScriptObject Builtins { get; } = CreateFrozenBuiltins();

    /// <summary>
    /// Finds the accessor of <paramref name="type"/> made by an earlier render. Accessors are shared only between
    /// contexts with the member filter, renamer and key comparer of <see cref="TemplateRenderer"/>, which all its contexts use.
    /// </summary>
    public static bool TryGetAccessor(Type type, [NotNullWhen(true)] out IObjectAccessor? accessor) => Accessors.TryGetValue(type, out accessor);

    /// <summary>Keeps <paramref name="accessor"/> for <paramref name="type"/>, or returns the one another thread kept first.</summary>
    public static IObjectAccessor AddAccessor(Type type, IObjectAccessor accessor) => Accessors.GetOrAdd(type, accessor);

    private static ScriptObject CreateFrozenBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var member in builtins)
        {
            if (member.Value is ScriptObject child)
            {
                child.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
