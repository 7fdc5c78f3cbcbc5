using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Adds up, template by template, the work a <see cref="TemplateRenderer"/>'s renders did: the loop iterations and the
/// nodes evaluated (which also counts the calls a function such as <c>array.filter</c> makes per item). Their growth with
/// the model shows whether a template's cost is linear in it. Safe to share between threads.
/// </summary>
public sealed class RenderCounter
{
    private readonly ConcurrentDictionary<string, Tally> _tallies = new(System.StringComparer.Ordinal);

    /// <summary>The templates rendered so far, each with its totals over every render.</summary>
    public IReadOnlyDictionary<string, RenderWork> ByTemplate
    {
        get
        {
            var totals = new SortedDictionary<string, RenderWork>(System.StringComparer.Ordinal);
            foreach (var pair in _tallies)
            {
                totals[pair.Key] = pair.Value.Work;
            }

            return totals;
        }
    }

    internal void Add(string template, long loopIterations, long evaluations) =>
        _tallies.GetOrAdd(template, _ => new Tally()).Add(loopIterations, evaluations);

    private sealed class Tally
    {
        private long _loopIterations;
        private long _evaluations;

        public RenderWork Work => new(Interlocked.Read(ref _loopIterations), Interlocked.Read(ref _evaluations));

        public void Add(long loopIterations, long evaluations)
        {
            Interlocked.Add(ref _loopIterations, loopIterations);
            Interlocked.Add(ref _evaluations, evaluations);
        }
    }
}

/// <summary>The work of one or more renders of a template.</summary>
/// <param name="LoopIterations">Iterations of every loop statement, its includes' loops among them.</param>
/// <param name="Evaluations">Script nodes evaluated: statements, expressions and the bodies of the functions called.</param>
public readonly record struct RenderWork(long LoopIterations, long Evaluations);
