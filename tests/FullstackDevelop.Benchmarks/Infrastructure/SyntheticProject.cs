using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FullstackDevelop.Generators;
using FullstackDevelop.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FullstackDevelop.Benchmarks.Infrastructure;

/// <summary>
/// A generated project of a chosen size: the <see cref="BenchmarkModel"/>'s requirements and N entity files
/// (each entity linked to its neighbours by a nullable foreign key and a collection) and about N/10
/// ordinary service classes, compiled against the .NET and ASP.NET Core shared frameworks and (as
/// empty stand-ins) the backend's packages, as a web project with the whole stack would be.
/// </summary>
internal static class SyntheticProject
{
    public const string AssemblyName = BenchmarkModel.ProjectName;

    /// <summary>The file the IDE scenario edits: an ordinary class no requirement refers to.</summary>
    public const string EditedFilePath = "Services/Service0000.cs";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>How many ordinary (non-entity) files a project of <paramref name="entityCount"/> entities has.</summary>
    public static int ServiceCount(int entityCount) => Math.Max(1, entityCount / 10);

    /// <summary>The project's syntax trees, parsed once: parsing is the compiler's work, not the generator's.</summary>
    public static CSharpCompilation Compile(int entityCount)
    {
        var trees = new List<SyntaxTree> { Parse(BenchmarkModel.RequirementsPath, BenchmarkModel.RequirementsFile) };
        for (var i = 0; i < entityCount; i++)
        {
            trees.Add(Parse(BenchmarkModel.EntityPath(i), BenchmarkModel.EntityFile(i, entityCount)));
        }

        for (var i = 0; i < ServiceCount(entityCount); i++)
        {
            trees.Add(Parse(ServicePath(i), ServiceFile(i, withNewMethod: false)));
        }

        return CSharpCompilation.Create(
            AssemblyName,
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The edited file after the keystroke: the same class with one more method.</summary>
    public static SyntaxTree EditedServiceTree() => Parse(EditedFilePath, ServiceFile(0, withNewMethod: true));

    /// <summary>The entity a keystroke in an entity's file edits: one in the middle of the chain.</summary>
    public static int EditedEntity(int entityCount) => entityCount / 2;

    /// <summary>The path of the file a keystroke edits, and that file after it.</summary>
    public static (string Path, SyntaxTree After) Edit(Keystroke keystroke, int entityCount)
    {
        var entity = EditedEntity(entityCount);
        return keystroke switch
        {
            Keystroke.CommentAboveEntity => (BenchmarkModel.EntityPath(entity), Parse(BenchmarkModel.EntityPath(entity), "// Reviewed.\n" + BenchmarkModel.EntityFile(entity, entityCount))),
            Keystroke.MethodBodyInEntity => (BenchmarkModel.EntityPath(entity), Parse(BenchmarkModel.EntityPath(entity), BenchmarkModel.EntityFile(entity, entityCount, editedMethod: true))),
            Keystroke.BlankLineAboveRequirements => (BenchmarkModel.RequirementsPath, Parse(BenchmarkModel.RequirementsPath, "\n" + BenchmarkModel.RequirementsFile)),
            Keystroke.PropertyAdded => (BenchmarkModel.EntityPath(entity), Parse(BenchmarkModel.EntityPath(entity), BenchmarkModel.EntityFile(entity, entityCount, addedProperty: true))),
            Keystroke.UnrelatedFile => (EditedFilePath, EditedServiceTree()),
            _ => throw new ArgumentOutOfRangeException(nameof(keystroke), keystroke, null),
        };
    }

    /// <summary>A driver over the generator as the compiler creates one: no step tracking unless asked.</summary>
    public static GeneratorDriver CreateDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { new FullstackGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        optionsProvider: new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = AssemblyName }),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static SyntaxTree Parse(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static string ServicePath(int index) => "Services/Service" + index.ToString("D4", CultureInfo.InvariantCulture) + ".cs";

    private static string ServiceFile(int index, bool withNewMethod)
    {
        var name = "Service" + index.ToString("D4", CultureInfo.InvariantCulture);
        var newMethod = withNewMethod ? """

                public decimal WithTax(decimal amount, decimal rate) => amount * (1 + rate);

            """ : string.Empty;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Synthetic.Services;

            public sealed class {{name}}
            {
                private readonly Dictionary<string, decimal> _prices = new(StringComparer.Ordinal);

                public void SetPrice(string sku, decimal price) => _prices[sku] = price;

                public decimal Total(IEnumerable<(string Sku, int Quantity)> lines) =>
                    lines.Sum(line => _prices.TryGetValue(line.Sku, out var price) ? price * line.Quantity : 0m);
            {{newMethod}}}

            """;
    }

    // The .NET and ASP.NET Core shared frameworks (so the generator sees a web project and renders the
    // ASP.NET-only artifacts too) and the attributes; not the benchmark's own dependencies.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var version = Path.GetFileName(runtimeDirectory);
        var sharedDirectory = Path.GetDirectoryName(Path.GetDirectoryName(runtimeDirectory))!;
        var aspNetCore = Path.Combine(sharedDirectory, "Microsoft.AspNetCore.App", version);
        if (!Directory.Exists(aspNetCore))
        {
            // A patch-level mismatch between the two frameworks: take the newest ASP.NET Core present.
            aspNetCore = Directory.Exists(Path.Combine(sharedDirectory, "Microsoft.AspNetCore.App"))
                ? Directory.GetDirectories(Path.Combine(sharedDirectory, "Microsoft.AspNetCore.App")).OrderBy(path => path, StringComparer.Ordinal).LastOrDefault() ?? string.Empty
                : string.Empty;
        }

        if (aspNetCore.Length == 0 || !File.Exists(Path.Combine(aspNetCore, "Microsoft.AspNetCore.Routing.dll")))
        {
            throw new InvalidOperationException("The ASP.NET Core shared framework was not found beside " + runtimeDirectory + "; the benchmark compiles a web project.");
        }

        return Directory.GetFiles(runtimeDirectory, "*.dll")
            .Concat(Directory.GetFiles(aspNetCore, "*.dll"))
            .Where(IsManagedAssembly)
            .Append(typeof(FullstackProjectAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Concat(PackageStubs.Select(Stub))
            .ToImmutableArray();
    }

    // The generator decides which backend files to render from the names of the referenced assemblies
    // (BackendPackages.From) and nothing else, and the benchmark never compiles the generated code; so
    // empty assemblies with the packages' names stand in for EF Core and the rest of the stack, and the
    // generator renders every artifact, as for a project with all the packages.
    private static readonly string[] PackageStubs =
    {
        FullstackDevelop.Core.Backend.BackendPackages.EntityFrameworkCoreAssembly,
        "Microsoft.EntityFrameworkCore.Relational",
        FullstackDevelop.Core.Backend.BackendPackages.SqliteAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.PostgreSqlAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.OpenApiAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.JwtBearerAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.HealthChecksAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.OpenTelemetryAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.AspNetCoreInstrumentationAssembly,
        FullstackDevelop.Core.Backend.BackendPackages.PrometheusExporterAssembly,
    };

    private static MetadataReference Stub(string assemblyName)
    {
        var corelib = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);
        var stub = CSharpCompilation.Create(assemblyName, Array.Empty<SyntaxTree>(), new[] { corelib }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = stub.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("Could not emit the stub assembly " + assemblyName + ": " + string.Join("; ", emitted.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
