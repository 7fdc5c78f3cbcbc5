using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A project made as a new user makes one: <c>dotnet new web</c>, then the packed package and the backend's packages
/// (README's list, at the repository's versions) added to its project file, and the two backend calls added to the
/// template's <c>Program.cs</c>. Nothing else of the template changes; packages restore from the local feed and the
/// repository's restored packages only.
/// </summary>
internal sealed class NewWebProject : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly Dictionary<string, string> _environment;

    private NewWebProject(PackedPackage package, string name)
    {
        Name = name;
        Folder = _directory.Combine(name);
        _environment = package.PrepareConsumer(_directory.Path);
        RestoredPackages.AddSource(_directory.Path);
    }

    /// <summary>The project's name, which is its assembly name and root namespace.</summary>
    public string Name { get; }

    /// <summary>The project folder, which is also the content root the app is started in, as <c>dotnet run</c> does.</summary>
    public string Folder { get; }

    /// <summary>The built app, as <c>dotnet build</c> leaves it.</summary>
    public string AssemblyPath => Path.Combine(Folder, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary>A folder of the test's own beside the project, for what the app keeps outside it (HOME).</summary>
    public string Scratch(string name) => Directory.CreateDirectory(_directory.Combine(name)).FullName;

    /// <summary>
    /// Runs <c>dotnet new web</c> for <paramref name="name"/> and adds the package references and backend calls to what
    /// it made; fails if the template no longer makes a <c>net10.0</c> project or the <c>Program.cs</c> the calls go in.
    /// </summary>
    public static async Task<NewWebProject> CreateAsync(PackedPackage package, string name)
    {
        var project = new NewWebProject(package, name);
        var created = await ProcessRunner.DotnetAsync(project._directory.Path, project._environment, "new", "web", "--name", name, "--output", project.Folder, "--no-restore");
        Assert.True(created.ExitCode == 0, created.Describe());
        project.AddPackageReferences(package);
        project.AddBackendCalls();
        return project;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Folder, relativePath), text);

    /// <summary>
    /// <c>dotnet build</c>, with the agents' disk cache in the test's folder instead of the user-level one (a command-line
    /// property, so the project file stays the user's); fails the test with the build's output when it fails or warns.
    /// </summary>
    public async Task BuildAsync()
    {
        var build = await ProcessRunner.DotnetAsync(Folder, _environment, "build", "-nodeReuse:false", "-p:FullstackCacheFolder=" + _directory.Combine("agent-cache"));
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.False(Regex.IsMatch(build.Output, @"\bwarning [A-Z]+[0-9]+"), "A new project following README builds with warnings: " + build.Describe());
    }

    public void Dispose() => _directory.Dispose();

    private void AddPackageReferences(PackedPackage package)
    {
        var path = Path.Combine(Folder, Name + ".csproj");
        var document = XDocument.Load(path);
        Assert.Equal("net10.0", document.Root!.Element("PropertyGroup")?.Element("TargetFramework")?.Value);
        var references = XElement.Parse("<ItemGroup>"
            + "<PackageReference Include=\"FullstackDevelop\" Version=\"" + package.Version + "\" />"
            + RestoredPackages.References([.. RestoredPackages.Backend, RestoredPackages.Authentication])
            + "</ItemGroup>");
        document.Root.Add(references);
        document.Save(path);
    }

    // As the sample's Program.cs: the generated backend is in the project's root namespace.
    private void AddBackendCalls()
    {
        var path = Path.Combine(Folder, "Program.cs");
        var program = File.ReadAllText(path);
        const string Build = "var app = builder.Build();";
        Assert.Contains(Build, program, StringComparison.Ordinal);
        File.WriteAllText(path, "using " + Name + ";" + Environment.NewLine + Environment.NewLine + program.Replace(
            Build,
            $"builder.Services.Add{Name}Backend(builder.Configuration);{Environment.NewLine}{Build}{Environment.NewLine}app.Map{Name}Endpoints();",
            StringComparison.Ordinal));
    }
}
