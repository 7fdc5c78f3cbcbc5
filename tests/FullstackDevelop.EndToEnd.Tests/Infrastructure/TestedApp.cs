using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace FullstackDevelop.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An app of this repository that the end-to-end tests build and run as a real process: the sample or the Clinic.
/// </summary>
/// <param name="Folder">The app's project folder.</param>
/// <param name="Assembly">The project's and assembly's name (<c>Bookstore.csproj</c>, <c>Bookstore.dll</c>).</param>
/// <param name="ConnectionStringName">The name under <c>ConnectionStrings</c> the generated backend reads.</param>
/// <param name="Scenario">What a client of the app's API sees over HTTP, run against a started app.</param>
/// <param name="ProtectedPath">A route of the API that answers 401 to an anonymous request.</param>
/// <param name="CorsOrigins">The app's <c>api.cors-origins</c>: the only origins whose preflights are answered.</param>
internal sealed record TestedApp(
    string Folder,
    string Assembly,
    string ConnectionStringName,
    Func<Uri, Task> Scenario,
    string ProtectedPath,
    IReadOnlyList<string> CorsOrigins)
{
    /// <summary>The environment variable that sets the app's connection string.</summary>
    public string ConnectionStringVariable => "ConnectionStrings__" + ConnectionStringName;

    /// <summary>The <c>job</c> label the SRE agent's rules select the app's metrics with: the project's kebab name.</summary>
    public string MetricsJob => Assembly.ToLowerInvariant();

    /// <summary>The folder of the SRE agent's alert rules, SLOs and rule tests, in the default output folder.</summary>
    public string Monitoring => Path.Combine(Folder, "fullstack", "monitoring");

    /// <summary>The folder of a Debug build's output.</summary>
    public string BuildOutput => Path.Combine(Folder, "bin", "Debug", "net10.0");
}
