using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FullstackDevelop.Tests.Shared;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The test project the QA agent writes into an app's output folder (<c>fullstack/tests/ApiTests</c>), run with
/// <c>dotnet test</c> as a user or the CI workflow runs it: it builds the app it references and hosts it in memory.
/// </summary>
internal static class GeneratedTestProject
{
    /// <summary>The project's path relative to the app's folder, in the default layout.</summary>
    public static readonly string RelativePath = Path.Combine("fullstack", "tests", "ApiTests", "ApiTests.csproj");

    /// <summary>
    /// Runs <c>dotnet test</c> on the generated project of the app in <paramref name="appFolder"/>; the environment names
    /// the database (Database__Provider, ConnectionStrings__*) or leaves it out for the project's own SQLite file.
    /// </summary>
    public static Task<ProcessResult> TestAsync(string appFolder, IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.DotnetAsync(appFolder, environment, "test", RelativePath, "--logger", "console;verbosity=normal");
}
