using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Scriban.Syntax;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// The templates a template's text includes, read from its syntax tree, whatever its origin: a project template that
/// includes another is re-rendered when the included one changes. An include whose name is not a literal (a variable,
/// a pipe) could be any template, so it is <see cref="IncludesAny"/>.
/// </summary>
public sealed class TemplateIncludes
{
    // By content hash: a template's includes follow from its text alone. Bounded, as a long-lived build node sees every
    // edit of a project's templates; clearing costs only parsing again.
    private const int Capacity = 1024;

    private static readonly ConcurrentDictionary<string, TemplateIncludes> Known = new(StringComparer.Ordinal);

    private TemplateIncludes(IReadOnlyCollection<string> names, bool includesAny)
    {
        Names = names;
        IncludesAny = includesAny;
    }

    /// <summary>The names of the templates included by a literal name, sorted ordinally.</summary>
    public IReadOnlyCollection<string> Names { get; }

    /// <summary>True when an include's name is computed, so any template of the catalog may be included.</summary>
    public bool IncludesAny { get; }

    /// <summary>The includes of <paramref name="source"/>, read from its parse in <paramref name="templates"/>.</summary>
    /// <param name="source">The template.</param>
    /// <param name="templates">The parse cache the renderer uses, so a template is not parsed a second time to key it.</param>
    public static TemplateIncludes Of(TemplateSource source, ParsedTemplateCache templates)
    {
        if (Known.TryGetValue(source.ContentHash, out var known))
        {
            return known;
        }

        if (Known.Count >= Capacity)
        {
            Known.Clear();
        }

        var collector = new IncludeCollector();
        templates.GetOrParse(source).Template.Page?.Accept(collector);
        var includes = new TemplateIncludes(collector.Names, collector.IncludeVariables > collector.LiteralIncludes);
        Known[source.ContentHash] = includes;
        return includes;
    }

    // Counts every use of the name `include` and the calls among them that name a template by a literal string.
    private sealed class IncludeCollector : ScriptVisitor
    {
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

        public int IncludeVariables { get; private set; }

        public int LiteralIncludes { get; private set; }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            {
                Names.Add(name);
                LiteralIncludes++;
            }

            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == "include")
            {
                IncludeVariables++;
            }

            base.Visit(node);
        }
    }
}
