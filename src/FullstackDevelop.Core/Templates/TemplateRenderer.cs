using System;
using System.Reflection;
using System.Threading;
using FullstackDevelop.Core.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Renders catalog templates over a model, within <see cref="RenderLimits"/> grown with the model's
/// <see cref="ModelSize"/>, with no access to files or the network: includes resolve from the catalog, and templates see only the model's
/// public properties (named in snake_case: <c>IsKey</c> is <c>is_key</c>). Each render has a context
/// of its own, so one renderer may be used from several threads.
/// </summary>
public sealed class TemplateRenderer
{
    private static readonly MemberFilterDelegate PropertiesOnly = member => member is PropertyInfo;

    private readonly TemplateCatalog _catalog;
    private readonly ParsedTemplateCache _cache;
    private readonly RenderLimits _limits;
    private readonly RenderCounter? _counter;

    /// <summary>
    /// Creates a renderer over <paramref name="catalog"/>, parsing through <paramref name="cache"/>, with <paramref name="limits"/> as the floors
    /// of every render's limits, adding the work of each render to <paramref name="counter"/> when given.
    /// </summary>
    public TemplateRenderer(TemplateCatalog catalog, ParsedTemplateCache cache, RenderLimits limits, RenderCounter? counter = null)
    {
        _catalog = catalog;
        _cache = cache;
        _limits = limits;
        _counter = counter;
    }

    /// <summary>Renders the template <paramref name="templateName"/> within the floor limits, as for a model with nothing to iterate.</summary>
    /// <param name="templateName">A template in the catalog.</param>
    /// <param name="model">The object whose public properties the template reads.</param>
    /// <param name="subject">What is being rendered, such as an entity's name, for error messages.</param>
    /// <param name="cancellationToken">Stops the render; the exception propagates.</param>
    public RenderResult Render(string templateName, object model, string? subject, CancellationToken cancellationToken) =>
        Render(templateName, model, subject, default, cancellationToken);

    /// <summary>
    /// Renders the template <paramref name="templateName"/> with the properties of <paramref name="model"/> as its
    /// variables, within the limits for a model of <paramref name="size"/> (<see cref="RenderLimits.For"/>). A limit
    /// reached is a problem that names the limit, its value and the property that raises it.
    /// </summary>
    /// <param name="templateName">A template in the catalog.</param>
    /// <param name="model">The object whose public properties the template reads.</param>
    /// <param name="subject">What is being rendered, such as an entity's name, for error messages.</param>
    /// <param name="size">What <paramref name="model"/> holds, counted by the host.</param>
    /// <param name="cancellationToken">Stops the render; the exception propagates.</param>
    public RenderResult Render(string templateName, object model, string? subject, ModelSize size, CancellationToken cancellationToken)
    {
        if (!_catalog.TryGet(templateName, out var source))
        {
            return Failed(new TemplateProblem(templateName, templateName, 0, 0, $"The template '{templateName}' is not in the catalog.", subject, IsParseError: false));
        }

        var parsed = _cache.GetOrParse(source);
        if (parsed.Errors.Count > 0)
        {
            var problems = new TemplateProblem[parsed.Errors.Count];
            for (var i = 0; i < problems.Length; i++)
            {
                var error = parsed.Errors[i];
                problems[i] = new TemplateProblem(templateName, source.Path, error.Line, error.Column, error.Message, subject, IsParseError: true);
            }

            return new RenderResult(null, new EquatableArray<TemplateProblem>(problems));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var limits = _limits.For(size);
        var context = CreateContext(model, limits, cancellationToken);
        try
        {
            return new RenderResult(parsed.Template.Render(context), default);
        }
        catch (ScriptRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban reports cancellation as a script abort; callers expect the usual exception.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException exception)
        {
            var span = exception.Span;
            var path = string.IsNullOrEmpty(span.FileName) ? source.Path : span.FileName;
            var message = RenderLimitMessages.Describe(exception.OriginalMessage, limits, size) ?? exception.OriginalMessage;
            return Failed(new TemplateProblem(templateName, path, span.Start.Line + 1, span.Start.Column + 1, message, subject, IsParseError: false));
        }
        finally
        {
            _counter?.Add(templateName, context.LoopIterations, context.Evaluations);
        }
    }

    private CountingTemplateContext CreateContext(object model, RenderLimits limits, CancellationToken cancellationToken)
    {
        var globals = new ScriptObject();
        globals.Import(model, ScriptMemberImportFlags.Property, PropertiesOnly);
        var context = new CountingTemplateContext
        {
            TemplateLoader = new CatalogTemplateLoader(_catalog, _cache),
            MemberFilter = PropertiesOnly,
            StrictVariables = true,
            LoopLimit = limits.LoopIterations,
            RecursiveLimit = limits.RecursionDepth,
            OutputLimit = limits.OutputCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = limits.OutputCharacters,
            OnStringLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = limits.ObjectDepth,
            CancellationToken = cancellationToken,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        return context;
    }

    private static RenderResult Failed(TemplateProblem problem) => new(null, EquatableArray.Of(problem));
}
