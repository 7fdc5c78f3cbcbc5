using System.Collections.Generic;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Backend;

/// <summary>The files of the generated C# backend, in the order they are rendered.</summary>
/// <remarks>
/// Each artifact names every package its code compiles against, so a project gets only code it can build; code
/// that merely uses a package when it is there (a database provider, OpenAPI metadata, authorization) is left out
/// by the template itself, from the <c>packages</c> it sees.
/// </remarks>
public static class BackendArtifacts
{
    private static readonly EquatableArray<string> EntityFramework = EquatableArray.Of(BackendPackages.EntityFrameworkCoreAssembly);

    // The contracts, with their JSON body binding and validation attributes: ASP.NET Core alone.
    private static readonly EquatableArray<string> AspNetCore = EquatableArray.Of(BackendPackages.AspNetCoreAssembly);

    // The API layer is all or nothing: endpoints need the shared framework for routing and EF Core for the context.
    private static readonly EquatableArray<string> Api = EquatableArray.Of(BackendPackages.AspNetCoreAssembly, BackendPackages.EntityFrameworkCoreAssembly);

    private static readonly EquatableArray<string> Jwt = EquatableArray.Of(BackendPackages.AspNetCoreAssembly, BackendPackages.JwtBearerAssembly);

    /// <summary>
    /// The one file all of an entity's artifacts are rendered to. A compilation pays for every generated file on every
    /// run, even an unchanged one, so a host may join several entities' files (the generator does).
    /// </summary>
    public const string EntityFileName = "Entities.{0}.g.cs";

    /// <summary>Every artifact.</summary>
    public static IReadOnlyList<BackendArtifact> All { get; } = new[]
    {
        new BackendArtifact("csharp-contracts", EntityFileName, ArtifactScope.Entity, "the DTO records", AspNetCore, _ => true),
        new BackendArtifact("csharp-ef-configuration", EntityFileName, ArtifactScope.Entity, "the EF Core entity configurations", EntityFramework, _ => true),
        new BackendArtifact("csharp-crud-resource", EntityFileName, ArtifactScope.Entity, "the CRUD resources", Api, settings => settings.UsesSharedCrud),
        new BackendArtifact("csharp-endpoints", EntityFileName, ArtifactScope.Entity, "the endpoints", Api, _ => true),

        new BackendArtifact("csharp-paged-result", "Contracts.PagedResult.g.cs", ArtifactScope.Project, "the paged list result", AspNetCore, _ => true),
        new BackendArtifact("csharp-dbcontext", "Data.{1}DbContext.g.cs", ArtifactScope.Project, "the DbContext and its sets", EntityFramework, _ => true),
        new BackendArtifact(
            "csharp-database",
            "Data.{1}Database.g.cs",
            ArtifactScope.Project,
            "the database registration methods",
            Api,
            _ => true,
            EquatableArray.Of(BackendPackages.SqliteAssembly, BackendPackages.PostgreSqlAssembly)),
        new BackendArtifact("csharp-database-errors", "Data.DatabaseErrors.g.cs", ArtifactScope.Project, "the constraint violation checks", EntityFramework, _ => true),
        new BackendArtifact("csharp-utc-converter", "Data.UtcDateTimeOffsetConverter.g.cs", ArtifactScope.Project, "the UTC DateTimeOffset conversions", EntityFramework, _ => true),
        new BackendArtifact("csharp-utc-datetime-converter", "Data.UtcDateTimeConverter.g.cs", ArtifactScope.Project, "the UTC DateTime conversions", EntityFramework, _ => true),
        new BackendArtifact("csharp-crud-interface", "Api.Shared.ICrudResource.g.cs", ArtifactScope.Project, "the shared CRUD endpoint types", Api, settings => settings.UsesSharedCrud),
        new BackendArtifact("csharp-crud-endpoints", "Api.Shared.CrudEndpoints.g.cs", ArtifactScope.Project, "the shared CRUD endpoint types", Api, settings => settings.UsesSharedCrud),
        new BackendArtifact("csharp-request-validation", "Api.RequestValidation.g.cs", ArtifactScope.Project, "the request validation filters", AspNetCore, _ => true),
        new BackendArtifact("csharp-json-body", "Api.JsonBody.g.cs", ArtifactScope.Project, "the JSON request body reader", AspNetCore, _ => true),
        new BackendArtifact("csharp-binding-failures", "Api.BindingFailures.g.cs", ArtifactScope.Project, "the binding failure answers", Api, _ => true),
        new BackendArtifact("csharp-endpoint-results", "Api.EndpointResults.g.cs", ArtifactScope.Project, "the shared endpoint answers", Api, _ => true),
        new BackendArtifact("csharp-utc-time", "Api.UtcTime.g.cs", ArtifactScope.Project, "the UTC conversions of requests", Api, _ => true),
        new BackendArtifact("csharp-paging", "Api.Paging.g.cs", ArtifactScope.Project, "the paging limits", Api, _ => true),
        new BackendArtifact("csharp-sorting", "Api.QueryableSorting.g.cs", ArtifactScope.Project, "the sorting helpers", Api, _ => true),
        new BackendArtifact("csharp-authentication", "Security.{1}Authentication.g.cs", ArtifactScope.Project, "the authentication and authorization services", Jwt, settings => settings.RequiresAuthorization),
        new BackendArtifact("csharp-development-key", "Security.{1}DevelopmentKey.g.cs", ArtifactScope.Project, "the development signing key", Jwt, settings => settings.RequiresAuthorization),
        new BackendArtifact("csharp-tokens", "Security.{1}Tokens.g.cs", ArtifactScope.Project, "the token helpers", Jwt, settings => settings.RequiresAuthorization),
        new BackendArtifact(
            "csharp-bearer-transformer",
            "Security.BearerSecuritySchemeTransformer.g.cs",
            ArtifactScope.Project,
            "the OpenAPI bearer scheme transformers",
            EquatableArray.Of(BackendPackages.AspNetCoreAssembly, BackendPackages.OpenApiAssembly, BackendPackages.JwtBearerAssembly),
            settings => settings.RequiresAuthorization),
        new BackendArtifact("csharp-audit-entry", "Data.AuditEntry.g.cs", ArtifactScope.Project, "the audit log table", EntityFramework, settings => settings.RecordsAuditLog),
        new BackendArtifact("csharp-audit-interceptor", "Data.AuditSaveChangesInterceptor.g.cs", ArtifactScope.Project, "the audit log recording", Api, settings => settings.RecordsAuditLog),
        new BackendArtifact("csharp-audit-endpoints", "Api.AuditEndpoints.g.cs", ArtifactScope.Project, "the audit log endpoints", Api, settings => settings.RecordsAuditLog),
        new BackendArtifact(
            "csharp-health",
            "Api.{1}Health.g.cs",
            ArtifactScope.Project,
            "the health endpoints",
            EquatableArray.Of(BackendPackages.AspNetCoreAssembly, BackendPackages.EntityFrameworkCoreAssembly, BackendPackages.HealthChecksAssembly),
            _ => true,
            EquatableArray.Of(BackendPackages.SqliteAssembly, BackendPackages.PostgreSqlAssembly)),
        new BackendArtifact(
            "csharp-metrics",
            "Api.{1}Metrics.g.cs",
            ArtifactScope.Project,
            "the Prometheus metrics",
            EquatableArray.Of(BackendPackages.AspNetCoreAssembly, BackendPackages.OpenTelemetryAssembly, BackendPackages.AspNetCoreInstrumentationAssembly, BackendPackages.PrometheusExporterAssembly),
            _ => true),
        new BackendArtifact("csharp-cors", "Api.{1}Cors.g.cs", ArtifactScope.Project, "the CORS policy", AspNetCore, _ => true),
        new BackendArtifact("csharp-backend", "{1}Backend.g.cs", ArtifactScope.Project, "the backend wiring methods", Api, _ => true),
    };
}
