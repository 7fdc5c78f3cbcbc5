using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
namespace FullstackDevelop.Tests.Shared;

/// <summary>
/// The packages the generated backend compiles against, for a consumer of the packed package: they come from the
/// packages folder this repository restored into (a folder feed, so no network), at the versions the repository
/// builds with.
/// </summary>
internal static class RestoredPackages
{
    /// <summary>The backend's packages: EF Core on SQLite and PostgreSQL, the OpenAPI document, readiness and metrics.</summary>
    public static readonly string[] Backend =
    {
        "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL", "Microsoft.AspNetCore.OpenApi",
        "Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore", "OpenTelemetry.Extensions.Hosting",
        "OpenTelemetry.Instrumentation.AspNetCore", "OpenTelemetry.Exporter.Prometheus.AspNetCore",
    };

    /// <summary>The package the <c>user-authentication</c> feature's generated API needs: JWT bearer tokens.</summary>
    public const string Authentication = "Microsoft.AspNetCore.Authentication.JwtBearer";

    /// <summary><c>PackageReference</c> items for <paramref name="packageIds"/> at the repository's versions.</summary>
    public static string References(params string[] packageIds) =>
        string.Concat(packageIds.Select(id => "<PackageReference Include=\"" + id + "\" Version=\"" + VersionOf(id) + "\" />"));

    /// <summary>Adds the restored packages folder as a source to the nuget.config in <paramref name="folder"/>.</summary>
    public static void AddSource(string folder)
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var config = Path.Combine(folder, "nuget.config");
        var document = XDocument.Load(config);
        document.Root!.Element("packageSources")!.Add(new XElement("add", new XAttribute("key", "restored"), new XAttribute("value", packages)));
        document.Save(config);
    }

    private static string VersionOf(string packageId) =>
        XDocument.Load(RepositoryPaths.Combine("Directory.Packages.props"))
            .Descendants("PackageVersion")
            .Single(element => (string?)element.Attribute("Include") == packageId)
            .Attribute("Version")!.Value;
}
