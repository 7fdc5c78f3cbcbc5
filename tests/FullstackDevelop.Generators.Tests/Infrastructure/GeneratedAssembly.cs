using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using FullstackDevelop.Planning;
using Microsoft.CodeAnalysis;
using Xunit;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>Emits a compilation with its generated code and loads it, to check what the code does when it runs.</summary>
internal static class GeneratedAssembly
{
    public static ExecutionPlan LoadPlan(Compilation compilation, string typeName)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        stream.Position = 0;

        // Abstractions resolves to the copy the tests already loaded, so the plan's types are ours.
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var property = type.GetProperty("Plan", BindingFlags.Public | BindingFlags.Static)!;
        return (ExecutionPlan)property.GetValue(null)!;
    }
}
