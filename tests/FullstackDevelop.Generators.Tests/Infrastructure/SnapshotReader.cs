using System.Linq;
using Microsoft.CodeAnalysis;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>Reads the requirements snapshot the generator put into the compiled assembly's attributes.</summary>
internal static class SnapshotReader
{
    public static string? Read(Compilation compilation, string key = "FullstackDevelop.Requirements") => compilation.Assembly
        .GetAttributes()
        .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute")
        .Where(a => (string?)a.ConstructorArguments[0].Value == key)
        .Select(a => (string?)a.ConstructorArguments[1].Value)
        .FirstOrDefault();
}
