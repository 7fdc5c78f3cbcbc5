namespace FullstackDevelop.Core.Backend;

/// <summary>
/// Which of the packages the generated backend builds on the project references. A piece of code is
/// only generated when its packages are there, so a project compiles whatever it references.
/// </summary>
/// <param name="AspNetCore">The ASP.NET Core shared framework (<c>Microsoft.NET.Sdk.Web</c>).</param>
/// <param name="EntityFrameworkCore">Microsoft.EntityFrameworkCore.</param>
/// <param name="Sqlite">Microsoft.EntityFrameworkCore.Sqlite, the default database.</param>
/// <param name="PostgreSql">Npgsql.EntityFrameworkCore.PostgreSQL, the database chosen by configuration.</param>
/// <param name="OpenApi">Microsoft.AspNetCore.OpenApi.</param>
/// <param name="JwtBearer">Microsoft.AspNetCore.Authentication.JwtBearer.</param>
/// <param name="Relational">
/// Microsoft.EntityFrameworkCore.Relational, which SQLite, PostgreSQL and every other SQL provider bring: tables
/// (<c>ToTable</c>) exist only there. Templates read <see cref="IsRelational"/>, which a SQLite or PostgreSQL flag implies.
/// </param>
/// <param name="AspNetCoreVersion">The major and minor version of the referenced ASP.NET Core (<c>10.0</c>), the version of its packages to suggest; null without it.</param>
/// <param name="HealthChecks">Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore: readiness checks the database.</param>
/// <param name="OpenTelemetry">OpenTelemetry.Extensions.Hosting, which starts the metrics pipeline with the host.</param>
/// <param name="AspNetCoreInstrumentation">OpenTelemetry.Instrumentation.AspNetCore, which collects ASP.NET Core's request metrics.</param>
/// <param name="PrometheusExporter">OpenTelemetry.Exporter.Prometheus.AspNetCore, which serves them at <c>/metrics</c>.</param>
public sealed record BackendPackages(
    bool AspNetCore,
    bool EntityFrameworkCore,
    bool Sqlite,
    bool PostgreSql,
    bool OpenApi,
    bool JwtBearer,
    bool Relational = false,
    string? AspNetCoreVersion = null,
    bool HealthChecks = false,
    bool OpenTelemetry = false,
    bool AspNetCoreInstrumentation = false,
    bool PrometheusExporter = false)
{
    /// <summary>The assembly each flag stands for, as a compilation references it.</summary>
    public const string AspNetCoreAssembly = "Microsoft.AspNetCore.Routing";

    /// <summary>See <see cref="EntityFrameworkCore"/>.</summary>
    public const string EntityFrameworkCoreAssembly = "Microsoft.EntityFrameworkCore";

    /// <summary>See <see cref="Sqlite"/>.</summary>
    public const string SqliteAssembly = "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>See <see cref="PostgreSql"/>.</summary>
    public const string PostgreSqlAssembly = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>See <see cref="OpenApi"/>.</summary>
    public const string OpenApiAssembly = "Microsoft.AspNetCore.OpenApi";

    /// <summary>See <see cref="JwtBearer"/>.</summary>
    public const string JwtBearerAssembly = "Microsoft.AspNetCore.Authentication.JwtBearer";

    /// <summary>See <see cref="Relational"/>.</summary>
    public const string RelationalAssembly = "Microsoft.EntityFrameworkCore.Relational";

    /// <summary>See <see cref="HealthChecks"/>.</summary>
    public const string HealthChecksAssembly = "Microsoft.Extensions.Diagnostics.HealthChecks.EntityFrameworkCore";

    /// <summary>See <see cref="OpenTelemetry"/>.</summary>
    public const string OpenTelemetryAssembly = "OpenTelemetry.Extensions.Hosting";

    /// <summary>See <see cref="AspNetCoreInstrumentation"/>.</summary>
    public const string AspNetCoreInstrumentationAssembly = "OpenTelemetry.Instrumentation.AspNetCore";

    /// <summary>See <see cref="PrometheusExporter"/>.</summary>
    public const string PrometheusExporterAssembly = "OpenTelemetry.Exporter.Prometheus.AspNetCore";

    /// <summary>
    /// The version of the Prometheus exporter to suggest: it has only prereleases, which a reference without a version
    /// (or <c>dotnet add package</c> without <c>--prerelease</c>) never picks.
    /// </summary>
    public const string PrometheusExporterVersion = "1.20.1-beta.1";

    /// <summary>True when the API layer is generated: its endpoints need ASP.NET Core for routing and EF Core for the context.</summary>
    public bool HasApi => AspNetCore && EntityFrameworkCore;

    /// <summary>True when the metrics endpoint is generated: OpenTelemetry collects ASP.NET Core's metrics and Prometheus scrapes them.</summary>
    public bool HasMetrics => AspNetCore && OpenTelemetry && AspNetCoreInstrumentation && PrometheusExporter;

    /// <summary>True when EF Core maps entities to tables: a relational provider is referenced, whichever it is.</summary>
    public bool IsRelational => Relational || Sqlite || PostgreSql;

    /// <summary>True when the package whose assembly is <paramref name="assembly"/> (one of the constants above) is referenced.</summary>
    public bool Has(string assembly) => assembly switch
    {
        AspNetCoreAssembly => AspNetCore,
        EntityFrameworkCoreAssembly => EntityFrameworkCore,
        SqliteAssembly => Sqlite,
        PostgreSqlAssembly => PostgreSql,
        OpenApiAssembly => OpenApi,
        JwtBearerAssembly => JwtBearer,
        RelationalAssembly => IsRelational,
        HealthChecksAssembly => HealthChecks,
        OpenTelemetryAssembly => OpenTelemetry,
        AspNetCoreInstrumentationAssembly => AspNetCoreInstrumentation,
        PrometheusExporterAssembly => PrometheusExporter,
        _ => false,
    };

    /// <summary>How to add the package whose assembly is <paramref name="assembly"/>, for messages.</summary>
    public static string HowToAdd(string assembly) => assembly switch
    {
        AspNetCoreAssembly => "use <Project Sdk=\"Microsoft.NET.Sdk.Web\"> or add <FrameworkReference Include=\"Microsoft.AspNetCore.App\" />",
        PrometheusExporterAssembly => "add <PackageReference Include=\"" + assembly + "\" Version=\"" + PrometheusExporterVersion + "\" />",
        _ => "add <PackageReference Include=\"" + assembly + "\" />",
    };

    /// <summary>The flags for a compilation that references the assemblies named <paramref name="referencedAssemblies"/>.</summary>
    public static BackendPackages From(System.Collections.Generic.ICollection<string> referencedAssemblies) => new(
        referencedAssemblies.Contains(AspNetCoreAssembly),
        referencedAssemblies.Contains(EntityFrameworkCoreAssembly),
        referencedAssemblies.Contains(SqliteAssembly),
        referencedAssemblies.Contains(PostgreSqlAssembly),
        referencedAssemblies.Contains(OpenApiAssembly),
        referencedAssemblies.Contains(JwtBearerAssembly),
        referencedAssemblies.Contains(RelationalAssembly),
        HealthChecks: referencedAssemblies.Contains(HealthChecksAssembly),
        OpenTelemetry: referencedAssemblies.Contains(OpenTelemetryAssembly),
        AspNetCoreInstrumentation: referencedAssemblies.Contains(AspNetCoreInstrumentationAssembly),
        PrometheusExporter: referencedAssemblies.Contains(PrometheusExporterAssembly));
}
