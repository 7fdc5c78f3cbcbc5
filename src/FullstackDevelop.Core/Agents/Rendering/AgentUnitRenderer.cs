using System.Collections.Generic;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Core.Agents.Rendering;

/// <summary>
/// Renders a unit's artifacts, within render limits grown with what the unit's model holds. A template that renders nothing but white space writes no file: how a template says the
/// project needs no such file. Line ends are normalised to '\n', with one at the end, so output is the same on every OS.
/// </summary>
public sealed class AgentUnitRenderer
{
    private readonly TemplateRenderer _templates;

    /// <summary>Creates a renderer over <paramref name="templates"/>.</summary>
    public AgentUnitRenderer(TemplateRenderer templates)
    {
        _templates = templates;
    }

    /// <summary>Renders every artifact of <paramref name="unit"/>.</summary>
    public UnitRender Render(AgentUnit unit, CancellationToken cancellationToken)
    {
        var files = new List<RenderedArtifact>();
        var problems = new List<TemplateProblem>();
        var size = UnitModelSize.Of(unit);
        foreach (var artifact in unit.Artifacts)
        {
            var result = _templates.Render(artifact.Template, unit.Model, unit.Entity?.Name, size, cancellationToken);
            if (result.Output is null)
            {
                problems.AddRange(result.Problems);
                continue;
            }

            if (FileText(result.Output) is { } text)
            {
                files.Add(new RenderedArtifact(artifact.PathFor(unit.Entity), text));
            }
        }

        return new UnitRender(EquatableArray.From(files), EquatableArray.From(problems));
    }

    // The output without blank lines at either end and with one line end after it, or null when it is all white space.
    // An output that is so already is returned as it is: the aggregate files of a big model run to millions of characters.
    private static string? FileText(string output)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return null;
        }

        var text = output.Replace("\r\n", "\n");
        var start = 0;
        while (start < text.Length && text[start] == '\n')
        {
            start++;
        }

        var end = text.Length;
        while (end > start && text[end - 1] == '\n')
        {
            end--;
        }

        return start == 0 && end == text.Length - 1 ? text : text.Substring(start, end - start) + "\n";
    }
}
