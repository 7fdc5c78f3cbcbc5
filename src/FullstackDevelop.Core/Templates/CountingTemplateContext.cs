using Scriban;
using Scriban.Syntax;

namespace FullstackDevelop.Core.Templates;

/// <summary>A template context that counts the loop iterations and node evaluations of its render, for <see cref="RenderCounter"/>.</summary>
internal sealed class CountingTemplateContext : TemplateContext
{
    /// <summary>Iterations of every loop statement so far.</summary>
    public long LoopIterations { get; private set; }

    /// <summary>Script nodes evaluated so far.</summary>
    public long Evaluations { get; private set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        Evaluations++;
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        LoopIterations++;
        return base.OnStepLoop(loop);
    }
}
