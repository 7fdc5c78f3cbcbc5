using System.IO;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Templates;
using FullstackDevelop.Tests.Shared;
using Xunit;

namespace FullstackDevelop.Core.Tests.Backend;

public sealed class BackendRendererTests
{
    private static readonly ProjectRequirements Bookstore = RequirementsJson.Read(
        File.ReadAllText(RepositoryPaths.Combine("tests", "FullstackDevelop.Generators.Tests", "Snapshots", "Bookstore.requirements.json")));

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
}
