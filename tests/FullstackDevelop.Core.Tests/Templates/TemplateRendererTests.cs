using System;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Templates;
using Xunit;

namespace FullstackDevelop.Core.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static TemplateSource User(string name, string text) => new(name, text, "Templates/" + name + ".scriban", IsBuiltIn: false);

    private static TemplateRenderer Renderer(params TemplateSource[] templates) =>
        new(TemplateCatalog.BuiltIn.With(templates), new ParsedTemplateCache(16), RenderLimits.Default);

    private sealed record Person(string Name, int Age, bool IsAdmin);

    [Fact]
    public void RendersTheModelsPropertiesInSnakeCase()
    {
        var result = Renderer(User("greeting", "Hello {{ name }} ({{ age }}, admin: {{ is_admin }})")).Render("greeting", new Person("Ada", 36, true), "Ada", CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal("Hello Ada (36, admin: true)", result.Output);
    }

    [Fact]
    public void IncludesComeFromTheCatalog()
    {
        var renderer = Renderer(User("page", "<{{ include 'part' }}>"), User("part", "part of {{ name }}"));

        Assert.Equal("<part of Ada>", renderer.Render("page", new Person("Ada", 1, false), null, CancellationToken.None).Output);
    }

    [Fact]
    public void IncludingAFileOutsideTheCatalogFails()
    {
        var result = Renderer(User("page", "{{ include '/etc/passwd' }}")).Render("page", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Output);
        Assert.False(problem.IsParseError);
        Assert.Contains("'/etc/passwd' is not in the catalog", problem.Message, StringComparison.Ordinal);
        Assert.Equal((1, 4), (problem.Line, problem.Column));
    }

    [Fact]
    public void ParseErrorsCarryTheFileLineAndColumn()
    {
        var result = Renderer(User("broken", "line one\n{{ x = ( }}")).Render("broken", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        Assert.Null(result.Output);
        Assert.NotEmpty(result.Problems);
        var problem = result.Problems[0];
        Assert.True(problem.IsParseError);
        Assert.Equal("Templates/broken.scriban", problem.Path);
        Assert.Equal((2, 10), (problem.Line, problem.Column));
    }

    [Fact]
    public void AnEndlessLoopStopsAtTheLoopLimit()
    {
        var renderer = new TemplateRenderer(
            TemplateCatalog.BuiltIn.With(new[] { User("spin", "{{ while true }}x{{ end }}") }),
            new ParsedTemplateCache(4),
            RenderLimits.Default with { LoopIterations = 50 });

        var result = renderer.Render("spin", new Person("Ada", 1, false), "Book", CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Book", problem.Subject);
        Assert.Contains("50", problem.Message, StringComparison.Ordinal);
        Assert.Equal((1, 4), (problem.Line, problem.Column));
    }

    [Fact]
    public void OutputBeyondTheLimitIsAnErrorNotATruncation()
    {
        var renderer = new TemplateRenderer(
            TemplateCatalog.BuiltIn.With(new[] { User("flood", "{{ for i in 1..100 }}0123456789{{ end }}") }),
            new ParsedTemplateCache(4),
            RenderLimits.Default with { OutputCharacters = 200 });

        var result = renderer.Render("flood", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        Assert.Null(result.Output);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void EndlessIncludeRecursionStopsAtTheRecursionLimit()
    {
        var result = Renderer(User("self", "{{ include 'self' }}")).Render("self", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        Assert.Null(result.Output);
        Assert.Single(result.Problems);
    }

    [Fact]
    public void AnUnknownVariableIsAnErrorInStrictMode()
    {
        var result = Renderer(User("typo", "{{ nmae }}")).Render("typo", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("nmae", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplatesCannotCallMethodsOfTheModel()
    {
        var result = Renderer(User("escape", "{{ name.get_type }}")).Render("escape", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        Assert.Equal(string.Empty, result.Output ?? string.Empty);
    }

    [Fact]
    public void CancellationBeforeTheRenderPropagates()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var renderer = Renderer(User("loop", "{{ for i in 1..1000 }}{{ i }}{{ end }}"));

        Assert.ThrowsAny<OperationCanceledException>(() => renderer.Render("loop", new Person("Ada", 1, false), "Ada", cancelled.Token));
    }

    [Fact]
    public void CancellationDuringALongRenderStopsIt()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var renderer = new TemplateRenderer(
            TemplateCatalog.BuiltIn.With(new[] { User("spin", "{{ while true }}{{ end }}") }),
            new ParsedTemplateCache(4),
            RenderLimits.Default with { LoopIterations = int.MaxValue });

        Assert.ThrowsAny<OperationCanceledException>(() => renderer.Render("spin", new Person("Ada", 1, false), "Ada", cancellation.Token));
    }

    [Fact]
    public void AMissingTemplateIsAProblem()
    {
        var result = Renderer().Render("nowhere", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        Assert.Contains("'nowhere' is not in the catalog", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ date.format = '%Y' }}")]
    [InlineData("{{ string.shout = 1 }}")]
    public void BuiltInObjectsAreReadOnlySoNoRenderChangesWhatAnotherSees(string assignment)
    {
        var renderer = Renderer(User("assign", assignment), User("read", "{{ date.format }}|{{ string.upcase name }}"));

        var assigned = renderer.Render("assign", new Person("Ada", 1, false), "Ada", CancellationToken.None);

        Assert.Null(assigned.Output);
        Assert.Single(assigned.Problems);
        Assert.Equal("%d %b %Y|ADA", renderer.Render("read", new Person("Ada", 1, false), "Ada", CancellationToken.None).Output);
    }

    [Fact]
    public void RendersOnManyThreadsSeeOnlyTheirOwnModel()
    {
        var renderer = Renderer(User("card", "{{ x = name + age }}{{ x }}:{{ is_admin }}"));
        var outputs = new string?[2_000];

        Parallel.For(0, outputs.Length, i => outputs[i] = renderer.Render("card", new Person("p", i, i % 2 == 0), null, CancellationToken.None).Output);

        for (var i = 0; i < outputs.Length; i++)
        {
            Assert.Equal($"p{i}:{(i % 2 == 0 ? "true" : "false")}", outputs[i]);
        }
    }
}
