using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FullstackDevelop.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FullstackDevelop.Generators.Tests.Infrastructure;

/// <summary>Runs <see cref="FullstackGenerator"/> over in-memory sources, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // The .NET SDK passes /nowarn:1701,1702 to every build: assembly version unification notes.
    private static readonly Dictionary<string, ReportDiagnostic> SdkSuppressed = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    // The .NET runtime and the attributes: what a console project that uses the package compiles against.
    private static readonly Lazy<ImmutableArray<MetadataReference>> ConsoleReferences = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return PlatformAssemblies()
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.Ordinal))
            .Append(typeof(FullstackProjectAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    // Everything this test project references, ASP.NET Core and EF Core included: a web project
    // with the packages the generated backend compiles against.
    private static readonly Lazy<ImmutableArray<MetadataReference>> WebReferences = new(() => PlatformAssemblies()
        .Append(typeof(FullstackProjectAttribute).Assembly.Location)
        .Distinct(StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray());

    private static string[] PlatformAssemblies() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);

    /// <summary>Compiles <paramref name="files"/> as a console project, or as a web project with the backend's packages.</summary>
    /// <param name="files">The sources.</param>
    /// <param name="assemblyName">The assembly's name.</param>
    /// <param name="parseOptions">The parse options; the latest language by default.</param>
    /// <param name="web">True for a web project that references every package the backend uses.</param>
    /// <param name="without">For a web project, the assemblies whose file name starts with one of these are left out, as if their package were not referenced.</param>
    public static CSharpCompilation Compile(IEnumerable<SourceFile> files, string assemblyName = "TestApp", CSharpParseOptions? parseOptions = null, bool web = false, params string[] without)
    {
        parseOptions ??= ParseOptions;
        var nullable = parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable;
        var references = web ? WebReferences.Value : ConsoleReferences.Value;
        if (without.Length > 0)
        {
            references = references.Where(reference => !without.Any(prefix => Path.GetFileName(reference.Display ?? string.Empty).StartsWith(prefix, StringComparison.Ordinal))).ToImmutableArray();
        }

        return CSharpCompilation.Create(
            assemblyName,
            files.Where(file => !IsTemplate(file)).Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, file.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable)
                .WithSpecificDiagnosticOptions(SdkSuppressed));
    }

    public static GeneratorDriver CreateDriver(string? rootNamespace = "TestApp", CSharpParseOptions? parseOptions = null, params AdditionalText[] additionalTexts)
    {
        var options = new Dictionary<string, string>();
        if (rootNamespace is not null)
        {
            options["build_property.RootNamespace"] = rootNamespace;
        }

        return CSharpGeneratorDriver.Create(
            new[] { new FullstackGenerator().AsSourceGenerator() },
            parseOptions: parseOptions ?? ParseOptions,
            additionalTexts: additionalTexts,
            optionsProvider: new TestOptionsProvider(options),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator on <paramref name="files"/>: the <c>.scriban</c> ones are the project's templates (additional files), the others its sources.</summary>
    public static GeneratorOutcome Run(params SourceFile[] files) => Run(CreateDriver(additionalTexts: Templates(files)), Compile(files));

    /// <summary>The <c>.scriban</c> files of <paramref name="files"/>, as the additional files MSBuild passes the generator.</summary>
    public static AdditionalText[] Templates(IEnumerable<SourceFile> files) =>
        files.Where(IsTemplate).Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Text)).ToArray();

    private static bool IsTemplate(SourceFile file) => file.Path.EndsWith(".scriban", StringComparison.OrdinalIgnoreCase);

    public static GeneratorOutcome Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, output, diagnostics);
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>The generator's warnings and errors: what a user's build shows by default.</summary>
    public IReadOnlyList<Diagnostic> WarningsAndErrors => Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string? Source(string hintName) =>
        Result.GeneratedSources.FirstOrDefault(source => source.HintName == hintName).SourceText?.ToString();

    public string RequiredSource(string hintName) =>
        Source(hintName) ?? throw new InvalidOperationException(hintName + " was not generated; diagnostics: " + string.Join("; ", Diagnostics));

    /// <summary>Errors and warnings of the user's compilation with the generated files in it.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() => Output.GetDiagnostics()
        .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
        .ToList();
}
