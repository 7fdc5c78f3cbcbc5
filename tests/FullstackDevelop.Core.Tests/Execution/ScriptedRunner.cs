using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Tests.Execution;

/// <summary>
/// A runner whose agents do what each test scripts (by default: succeed at once), and which records what the
/// scheduler made it do: the order of starts and ends, the calls per agent, and the most agents running at once.
/// </summary>
internal sealed class ScriptedRunner : IAgentRunner
{
    private readonly Dictionary<string, Func<int, CancellationToken, Task<AgentOutcome>>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _started = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _ended = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _events = new();
    private readonly object _gate = new();
    private int _running;
    private int _maxRunning;

    /// <summary>"start a", "end a", ... in the order they happened.</summary>
    public IReadOnlyList<string> Events => _events.ToList();

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Running => Volatile.Read(ref _running);

    public static string Hash(string agent) => "hash-" + agent;

    public ScriptedRunner On(string agent, Func<int, CancellationToken, Task<AgentOutcome>> script)
    {
        _scripts[agent] = script;
        return this;
    }

    public int CallsOf(string agent) => _calls.TryGetValue(agent, out var calls) ? calls : 0;

    public Task Started(string agent) => Signal(_started, agent).Task;

    public Task Ended(string agent) => Signal(_ended, agent).Task;

    public async Task<AgentOutcome> RunAsync(AgentDefinition agent, CancellationToken cancellationToken)
    {
        var attempt = _calls.AddOrUpdate(agent.Name, 1, (_, calls) => calls + 1);
        lock (_gate)
        {
            _running++;
            _maxRunning = Math.Max(_maxRunning, _running);
            _events.Enqueue("start " + agent.Name);
        }

        Signal(_started, agent.Name).TrySetResult(true);
        try
        {
            await Task.Yield();
            return _scripts.TryGetValue(agent.Name, out var script)
                ? await script(attempt, cancellationToken)
                : AgentOutcome.Success(Hash(agent.Name));
        }
        finally
        {
            lock (_gate)
            {
                _running--;
                _events.Enqueue("end " + agent.Name);
            }

            Signal(_ended, agent.Name).TrySetResult(true);
        }
    }

    private static TaskCompletionSource<bool> Signal(ConcurrentDictionary<string, TaskCompletionSource<bool>> signals, string agent) =>
        signals.GetOrAdd(agent, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
}
