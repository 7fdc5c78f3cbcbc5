using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// A template context that counts the loop iterations and node evaluations of its render, for <see cref="RenderCounter"/>,
/// and takes its built-ins and member accessors from <see cref="SharedScriptRuntime"/>.
/// </summary>
internal sealed class CountingTemplateContext : TemplateContext
{
    public CountingTemplateContext()
        : base(SharedScriptRuntime.Builtins)
    {
    }

    /// <summary>Iterations of every loop statement so far.</summary>
    public long LoopIterations { get; private set; }

    /// <summary>Script nodes evaluated so far.</summary>
    public long Evaluations { get; private set; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        Evaluations++;
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (SharedScriptRuntime.TryGetAccessor(type, out var accessor))
        {
            return accessor;
        }

        accessor = base.GetMemberAccessorImpl(target);
        return accessor is null ? null : SharedScriptRuntime.AddAccessor(type, accessor);
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        LoopIterations++;
        return base.OnStepLoop(loop);
    }
}
