using FullstackDevelop.Generators.Tests.Infrastructure;

namespace FullstackDevelop.Generators.Tests.Runtime.Hosting;

/// <summary>
/// The program a user writes around the generated backend (as in samples/Bookstore/Program.cs), compiled into the
/// app's own assembly so it can start the app in the test process: Development environment, SQLite, a free port.
/// </summary>
internal static class SmokeHostSource
{
    /// <summary>The full name of the host class in an app whose root namespace is <paramref name="rootNamespace"/>.</summary>
    public static string TypeName(string rootNamespace) => rootNamespace + ".Smoke.SmokeHost";

    /// <summary>The host's source for the backend <c>Add{prefix}Backend</c> / <c>Map{prefix}Endpoints</c> in <paramref name="rootNamespace"/>.</summary>
    public static SourceFile For(string rootNamespace, string prefix) => new("Smoke/SmokeHost.cs", $$"""
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Diagnostics;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using {{rootNamespace}};

        namespace {{rootNamespace}}.Smoke;

        public static class SmokeHost
        {
            public static async Task<WebApplication> StartAsync(string sqlitePath, ILoggerProvider logs)
            {
                var builder = WebApplication.CreateBuilder(new WebApplicationOptions
                {
                    EnvironmentName = "Development",
                    ContentRootPath = Path.GetDirectoryName(sqlitePath),
                });
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(logs);
                builder.Configuration["ConnectionStrings:{{prefix}}"] = "Data Source=" + sqlitePath;
                builder.Configuration["Database:Provider"] = "Sqlite";
                builder.Configuration["Authentication:Jwt:Key"] = "smoke-test-signing-key-of-at-least-32-bytes";
                builder.Configuration["Authentication:Jwt:Issuer"] = "smoke";
                builder.Configuration["Authentication:Jwt:Audience"] = "smoke";
                builder.Services.Add{{prefix}}Backend(builder.Configuration);

                // One process starts many apps; EF Core's guard against leaking internal service providers is meant for one app.
                builder.Services.ConfigureDbContext<global::{{rootNamespace}}.Data.{{prefix}}DbContext>(options =>
                    options.ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning)));

                var app = builder.Build();
                app.Map{{prefix}}Endpoints();
                await app.StartAsync();
                return app;
            }
        }
        """);
}
