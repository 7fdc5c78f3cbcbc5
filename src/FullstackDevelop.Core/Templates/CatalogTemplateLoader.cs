using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Resolves <c>include</c> from the catalog only (never the file system), and hands Scriban the
/// cached parse of the included template so an include is not parsed again on every render.
/// </summary>
internal sealed class CatalogTemplateLoader : ITemplateLoader
{
    private readonly TemplateCatalog _catalog;
    private readonly ParsedTemplateCache _cache;

    public CatalogTemplateLoader(TemplateCatalog catalog, ParsedTemplateCache cache)
    {
        _catalog = catalog;
        _cache = cache;
    }

    // Scriban asks for the path first and looks it up in the context's CachedTemplates before it
    // would load and parse text; filling that entry here is what makes includes use our cache.
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!_catalog.TryGet(templateName, out var source))
        {
            throw new ScriptRuntimeException(callerSpan, $"The template '{templateName}' is not in the catalog; include one of: {string.Join(", ", _catalog.Names)}");
        }

        var parsed = _cache.GetOrParse(source);
        if (parsed.Errors.Count > 0)
        {
            var first = parsed.Errors[0];
            throw new ScriptRuntimeException(callerSpan, $"The included template '{templateName}' does not parse: {source.Path}({first.Line},{first.Column}): {first.Message}");
        }

        context.CachedTemplates[templateName] = parsed.Template;
        return templateName;
    }

    // Only reached if Scriban's lookup of the entry filled above ever changes; the text is the same.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _catalog.TryGet(templatePath, out var source) ? source.Text : throw new ScriptRuntimeException(callerSpan, $"The template '{templatePath}' is not in the catalog.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
