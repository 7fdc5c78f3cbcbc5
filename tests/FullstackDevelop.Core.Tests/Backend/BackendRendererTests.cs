using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Backend;

public sealed class BackendRendererTests
{
    private static readonly ProjectRequirements Bookstore = BackendSamples.Bookstore;

    private static readonly BackendModel Model = BackendModelBuilder.Build(Bookstore, "Bookstore");

    private static readonly BackendPackages AllPackages = new(true, true, true, true, true, true);

    private static BackendRenderer Renderer(params TemplateSource[] userTemplates) => new(
        new TemplateRenderer(TemplateCatalog.BuiltIn.With(userTemplates), new ParsedTemplateCache(64), RenderLimits.Default),
        new GeneratorTool("FullstackDevelop.Generators", "1.2.3"));

    [Fact]
    public void EntityFilesAreNamedAfterTheEntity()
    {
        var book = Model.Entities.Single(e => e.Name == "Book");

        var rendered = Renderer().RenderEntity(Model.Settings, AllPackages, book, CancellationToken.None);

        Assert.Empty(rendered.Problems);
        var contracts = Assert.Single(rendered.Files, f => f.FileName == "Contracts.BookContracts.g.cs");
        Assert.Contains("public sealed partial record BookDto(", contracts.Text, System.StringComparison.Ordinal);
        Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"FullstackDevelop.Generators\", \"1.2.3\")]", contracts.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ArtifactsWithoutTheirPackagesAreSkippedAndReported()
    {
        var none = new BackendPackages(false, false, false, false, false, false);

        var rendered = Renderer().RenderProject(Model, none, CancellationToken.None);

        Assert.DoesNotContain(rendered.Files, f => f.FileName == "Contracts.PagedResult.g.cs");
        Assert.Contains(BackendRenderer.Unavailable(Model.Settings, none), pair => pair.Artifact.Template == "csharp-paged-result" && pair.Missing.Contains(BackendPackages.AspNetCoreAssembly));
    }

    [Fact]
    public void ATemplateThatFailsLeavesTheOtherFiles()
    {
        var broken = new TemplateSource("csharp-paged-result", "{{ nothing.here }}", "Templates/csharp-paged-result.scriban", IsBuiltIn: false);
        var book = Model.Entities.Single(e => e.Name == "Book");

        var project = Renderer(broken).RenderProject(Model, AllPackages, CancellationToken.None);
        var entity = Renderer(broken).RenderEntity(Model.Settings, AllPackages, book, CancellationToken.None);

        var problem = Assert.Single(project.Problems);
        Assert.Equal("Templates/csharp-paged-result.scriban", problem.Path);
        Assert.NotEmpty(entity.Files);
    }
    private static List<RenderedFile> RenderAll(BackendModel model, BackendPackages packages, BackendRenderer? renderer = null)
    {
        renderer ??= Renderer();
        var files = new List<RenderedFile>();
        foreach (var entity in model.Entities)
        {
            var rendered = renderer.RenderEntity(model.Settings, packages, entity, CancellationToken.None);
            Assert.Empty(rendered.Problems);
            files.AddRange(rendered.Files);
        }

        var project = renderer.RenderProject(model, packages, CancellationToken.None);
        Assert.Empty(project.Problems);
        files.AddRange(project.Files);
        return files;
    }

    private static string Text(IEnumerable<RenderedFile> files, string name) => Assert.Single(files, f => f.FileName == name).Text;

    [Fact]
    public void EveryArtifactHasABuiltInTemplateWhoseCatalogEntryListsItsIncludes()
    {
        var catalog = TemplateCatalog.BuiltIn;

        Assert.All(BackendArtifacts.All, artifact => Assert.True(catalog.TryGet(artifact.Template, out _), artifact.Template));
        foreach (var name in catalog.Names)
        {
            Assert.True(catalog.TryGet(name, out var source));
            var includes = Regex.Matches(source.Text, @"include '([^']+)'").Select(m => m.Groups[1].Value).Distinct().OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(includes, catalog.Describe(name)!.Dependencies.OrderBy(n => n, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void ProjectFilesAreNamedWithThePrefix()
    {
        var names = RenderAll(Model, AllPackages).Select(f => f.FileName).ToList();

        Assert.Contains("Data.BookstoreDbContext.g.cs", names);
        Assert.Contains("Data.BookstoreDatabase.g.cs", names);
        Assert.Contains("Security.BookstoreAuthentication.g.cs", names);
        Assert.Contains("Security.BookstoreTokens.g.cs", names);
        Assert.Contains("BookstoreBackend.g.cs", names);
        Assert.Contains("Api.Shared.CrudEndpoints.g.cs", names);
        Assert.Contains("Api.BookResource.g.cs", names);
        Assert.Contains("Data.OrderLineConfiguration.g.cs", names);
    }

    [Fact]
    public void FileNamesStayUniqueWhenEntitiesAreNamedLikeSharedFiles()
    {
        var entities = new[] { "Crud", "ICrud", "Paging", "DatabaseErrors", "Bookstore" }
            .Select(name => BackendSamples.Entity(name, new[] { BackendSamples.Key("Id", "int32") }))
            .ToArray();
        var model = BackendModelBuilder.Build(BackendSamples.Project(entities) with { Project = Bookstore.Project }, "Bookstore");

        var names = RenderAll(model, AllPackages).Select(f => f.FileName).ToList();

        Assert.Contains("Api.CrudEndpoints.g.cs", names);
        Assert.Contains("Api.ICrudResource.g.cs", names);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EveryPackageSetRendersOnlyCodeForItsPackages()
    {
        var models = new[]
        {
            Model,
            BackendSamples.Build(BackendSamples.BookstoreWith(authentication: true, "Author", "Book")),
            BackendSamples.Build(BackendSamples.BookstoreWith(authentication: false)),
            BackendSamples.Build(BackendSamples.Keys),
        };
        for (var bits = 0; bits < 64; bits++)
        {
            var packages = new BackendPackages((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0, (bits & 32) != 0);
            foreach (var model in models)
            {
                var files = RenderAll(model, packages);
                var all = string.Concat(files.Select(f => f.Text));

                Assert.All(files, file => Assert.Empty(Assert.Single(BackendArtifacts.All, a => Matches(a, file.FileName, model.Settings.Prefix)).MissingFrom(packages)));
                Assert.True(packages.Sqlite || !Regex.IsMatch(all, "Microsoft.Data.Sqlite|SQLitePCL|UseSqlite|IsSqlite"));
                Assert.True(packages.PostgreSql || !Regex.IsMatch(all, "global::Npgsql|UseNpgsql|IsNpgsql"));
                Assert.True(packages.OpenApi || !Regex.IsMatch(all, "OpenApi|WithSummary|WithTags|Produces"));
                var authorized = packages.JwtBearer && model.Settings.RequiresAuthorization;
                Assert.True(authorized || !Regex.IsMatch(all, "JwtBearer|RequireAuthorization|Security\\."));
                Assert.Equal(
                    packages.AspNetCore && packages.EntityFrameworkCore && (packages.Sqlite || packages.PostgreSql),
                    files.Any(f => f.FileName == "Data." + model.Settings.Prefix + "Database.g.cs"));
                Assert.Equal(
                    packages.AspNetCore && packages.EntityFrameworkCore && (packages.Sqlite || packages.PostgreSql),
                    all.Contains("Add" + model.Settings.Prefix + "Database(services", StringComparison.Ordinal));
            }
        }
    }

    private static bool Matches(BackendArtifact artifact, string fileName, string prefix)
    {
        var pattern = "^" + Regex.Escape(artifact.FileName.Replace("{1}", prefix, StringComparison.Ordinal)).Replace("\\{0}", "[A-Za-z0-9]+", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(fileName, pattern);
    }

    [Fact]
    public void UpToThreeEntitiesGetSelfContainedEndpoints()
    {
        var model = BackendSamples.Build(BackendSamples.BookstoreWith(authentication: true, "Author", "Book"));

        var files = RenderAll(model, AllPackages);

        Assert.False(model.Settings.UsesSharedCrud);
        Assert.DoesNotContain(files, f => f.FileName.Contains("Resource", StringComparison.Ordinal) || f.FileName.StartsWith("Api.Shared.", StringComparison.Ordinal));
        var books = Text(files, "Api.BookEndpoints.g.cs");
        Assert.DoesNotContain("CrudEndpoints<", books, StringComparison.Ordinal);
        Assert.Contains("public static async global::System.Threading.Tasks.Task<global::Microsoft.AspNetCore.Http.IResult> ListAsync(", books, StringComparison.Ordinal);
        Assert.Contains("private static global::Bookstore.Contracts.BookDto ToDto(global::Bookstore.Domain.Book entity) => new(", books, StringComparison.Ordinal);
        Assert.Contains("private static global::System.Collections.Generic.IReadOnlyList<string> SortFields { get; } = [\"id\", \"isbn\", \"title\", \"price\", \"publishedOn\", \"format\", \"authorId\", \"categoryId\"];", books, StringComparison.Ordinal);
        Assert.Contains(".RequireAuthorization(global::Bookstore.Security.BookstoreAuthorization.PolicyName);", books, StringComparison.Ordinal);
        Assert.Contains("Api.BookEndpoints.MapBookEndpoints(endpoints);", Text(files, "BookstoreBackend.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThanThreeEntitiesShareTheGenericCrudEndpoints()
    {
        var files = RenderAll(Model, AllPackages);

        Assert.Contains("CrudEndpoints<", Text(files, "Api.BookEndpoints.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public static string KeyConstraint => \"guid\";", Text(files, "Api.CustomerResource.g.cs"), StringComparison.Ordinal);
        Assert.Contains("\"customerId\" => query.SortBy(e => e.CustomerId, descending).ThenBy(e => e.Id),", Text(files, "Api.OrderResource.g.cs"), StringComparison.Ordinal);
        Assert.Contains("JsonStringEnumConverter<global::Bookstore.Domain.OrderStatus>", Text(files, "BookstoreBackend.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CompositeKeysAreConfiguredButGetNoEndpoints(bool shared)
    {
        var requirements = shared ? BackendSamples.Keys : BackendSamples.Keys with { Entities = EquatableArray.From(BackendSamples.Keys.Entities.Where(e => e.Name is "Tag" or "Shelf" or "ShelfTag")) };
        var model = BackendSamples.Build(requirements);

        var files = RenderAll(model, AllPackages);

        Assert.Equal(shared, model.Settings.UsesSharedCrud);
        Assert.Contains("builder.HasKey(e => new { e.ShelfId, e.TagCode });", Text(files, "Data.ShelfTagConfiguration.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public sealed partial record ShelfTagDto(", Text(files, "Contracts.ShelfTagContracts.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(files, f => f.FileName.StartsWith("Api.ShelfTag", StringComparison.Ordinal));
        Assert.DoesNotContain("ShelfTag", Text(files, "KeysBackend.g.cs"), StringComparison.Ordinal);
        Assert.Contains("KeyConstraint => \"\";", Text(files, "Api.TagEndpoints.g.cs") + string.Concat(files.Where(f => f.FileName == "Api.TagResource.g.cs").Select(f => f.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSignInThereIsNoSecurityCode()
    {
        var files = RenderAll(BackendSamples.Build(BackendSamples.BookstoreWith(authentication: false)), AllPackages);

        Assert.DoesNotContain(files, f => f.FileName.StartsWith("Security.", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("Authoriz", f.Text, StringComparison.Ordinal));
        Assert.Contains("services.AddOpenApi();", Text(files, "BookstoreBackend.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateThatRendersOnlyWhiteSpaceMakesNoFile()
    {
        var blank = new TemplateSource("csharp-paging", "{{ # nothing for this project }}\n  \n", "Templates/csharp-paging.scriban", IsBuiltIn: false);

        var rendered = Renderer(blank).RenderProject(Model, AllPackages, CancellationToken.None);

        Assert.Empty(rendered.Problems);
        Assert.DoesNotContain(rendered.Files, f => f.FileName == "Api.Paging.g.cs");
    }

    [Fact]
    public void TheDatabaseFileNeedsOneProviderOrTheOther()
    {
        var database = BackendArtifacts.All.Single(a => a.Template == "csharp-database");

        Assert.Equal(new[] { BackendPackages.SqliteAssembly }, database.MissingFrom(AllPackages with { Sqlite = false, PostgreSql = false }));
        Assert.Empty(database.MissingFrom(AllPackages with { Sqlite = false }));
        Assert.Empty(database.MissingFrom(AllPackages with { PostgreSql = false }));
        Assert.Contains(BackendRenderer.Unavailable(Model.Settings, AllPackages with { Sqlite = false, PostgreSql = false }), pair => pair.Artifact == database);
    }

    [Fact]
    public void TablesAreNamedOnlyWithARelationalProvider()
    {
        var book = Model.Entities.Single(e => e.Name == "Book");
        var efOnly = new BackendPackages(false, true, false, false, false, false);

        string Configuration(BackendPackages packages) => Text(Renderer().RenderEntity(Model.Settings, packages, book, CancellationToken.None).Files, "Data.BookConfiguration.g.cs");

        Assert.DoesNotContain("ToTable", Configuration(efOnly), StringComparison.Ordinal);
        Assert.Contains("builder.ToTable(\"Books\");", Configuration(efOnly with { Relational = true }), StringComparison.Ordinal);
        Assert.True(BackendPackages.From(new[] { BackendPackages.RelationalAssembly }).IsRelational);
    }
    [Fact]
    public void TimeSpanAndDateTimeFieldsGetProviderConventionsOnlyWhenTheModelHasThem()
    {
        var clock = BackendSamples.Build(BackendSamples.Project(
            BackendSamples.Entity("Slot", new[] { BackendSamples.Key("Id", "int32"), BackendSamples.Field("Start", "datetime"), BackendSamples.Field("Length", "timespan", required: false) })));

        var withFields = RenderAll(clock, AllPackages);
        var bookstore = RenderAll(Model, AllPackages);

        var context = Text(withFields, "Data.KeysDbContext.g.cs");
        Assert.Contains(".HaveConversion<global::Microsoft.EntityFrameworkCore.Storage.ValueConversion.TimeSpanToTicksConverter>();", context, StringComparison.Ordinal);
        Assert.Contains(".HaveConversion<global::Keys.Data.UtcDateTimeConverter>();", context, StringComparison.Ordinal);
        Assert.Contains("public sealed class UtcDateTimeConverter", Text(withFields, "Data.UtcDateTimeConverter.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("TimeSpan", Text(bookstore, "Data.BookstoreDbContext.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(bookstore, f => f.FileName == "Data.UtcDateTimeConverter.g.cs");
    }
}
