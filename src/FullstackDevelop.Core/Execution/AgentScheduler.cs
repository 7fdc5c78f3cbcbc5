using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// Runs agents as soon as their dependencies have succeeded, not group by group, with a bounded number at once.
/// A failing agent skips the agents that depend on it; the others still run to the end, so their results can be cached.
/// </summary>
public sealed class AgentScheduler
{
    private readonly IAgentRunner _runner;
    private readonly SchedulerOptions _options;

    /// <summary>Creates a scheduler that does each agent's work with <paramref name="runner"/>.</summary>
    public AgentScheduler(IAgentRunner runner, SchedulerOptions options)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The most agents that run at once: the profile's limit, but no more than the machine's cores.</summary>
    public int ConcurrencyLimitFor(ResourceProfile profile) => Math.Max(1, Math.Min(profile.MaxConcurrentAgents, _options.ProcessorCount));

    /// <summary>Runs <paramref name="agents"/>.</summary>
    /// <param name="agents">
    /// The agents to run, with unique names and no cycle. A dependency on an agent not among them is taken as
    /// satisfied (its result comes from the cache).
    /// </param>
    /// <param name="profile">The resource profile whose concurrency limit applies.</param>
    /// <param name="history">The agents' past durations, for their timeouts.</param>
    /// <param name="cancellationToken">
    /// Cancels the run: no agent starts any more, running ones are told to stop, and every agent that did not
    /// finish is reported <see cref="AgentRunStatus.Cancelled"/>. The run returns, it does not throw.
    /// </param>
    /// <exception cref="ArgumentException">Two agents have the same name, or the dependencies form a cycle.</exception>
    public async Task<ScheduleResult> RunAsync(IReadOnlyList<AgentDefinition> agents, ResourceProfile profile, AgentHistory history, CancellationToken cancellationToken)
    {
        var graph = new RunGraph(agents);
        var limit = ConcurrencyLimitFor(profile);

        // A fresh breaker per run: one build's broken tool must not fail the next build's agents.
        var execution = new AgentExecution(_runner, new AgentPipelines(_options.Retries, _options.TimeProvider), new RunClock(_options.TimeProvider));
        var results = new Dictionary<string, AgentRunResult>(StringComparer.Ordinal);
        var waiting = graph.ByPriority().ToList();
        var running = new Dictionary<Task<AgentRunResult>, AgentDefinition>();
        while (true)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                foreach (var agent in waiting.Where(agent => IsReady(agent, graph, results)).Take(limit - running.Count).ToList())
                {
                    waiting.Remove(agent);
                    var timeout = _options.Timeouts.TimeoutFor(agent, history.DurationsOf(agent.Name));

                    // Task.Run: a runner that blocks before its first await must not hold up the agents started after it.
                    running.Add(Task.Run(() => execution.RunAsync(agent, timeout, cancellationToken), CancellationToken.None), agent);
                }
            }

            if (running.Count == 0)
            {
                break;
            }

            var finished = await Task.WhenAny(running.Keys).ConfigureAwait(false);
            running.Remove(finished);
            var result = await finished.ConfigureAwait(false);
            results[result.Agent] = result;
            if (result.Status is AgentRunStatus.Failed or AgentRunStatus.TimedOut)
            {
                Skip(graph.DependentsOf(result.Agent), result, graph, waiting, results);
            }
        }

        // Only a cancellation leaves agents waiting: every other way out settles them.
        foreach (var agent in waiting)
        {
            results[agent.Name] = new AgentRunResult(agent.Name, AgentRunStatus.Cancelled, 0, null, null, TimeSpan.Zero, null, null, null, null);
        }

        return new ScheduleResult(EquatableArray.From(agents.Select(agent => results[agent.Name])), ScheduleMetrics.Measure(graph, results));
    }

    private static bool IsReady(AgentDefinition agent, RunGraph graph, Dictionary<string, AgentRunResult> results) =>
        graph.DependenciesOf(agent.Name).All(dependency => results.TryGetValue(dependency, out var result) && result.Status == AgentRunStatus.Succeeded);

    private static void Skip(IReadOnlyList<string> dependents, AgentRunResult failure, RunGraph graph, List<AgentDefinition> waiting, Dictionary<string, AgentRunResult> results)
    {
        foreach (var name in dependents.Where(name => !results.ContainsKey(name)))
        {
            var what = failure.Status == AgentRunStatus.TimedOut ? "timed out" : "failed";
            var output = $"Skipped: '{failure.Agent}', which '{name}' depends on, {what}.";
            results[name] = new AgentRunResult(name, AgentRunStatus.Skipped, 0, null, null, TimeSpan.Zero, null, AgentErrorCodes.DependencyFailed, output, failure.Agent);
            waiting.RemoveAll(agent => agent.Name == name);
            Skip(graph.DependentsOf(name), failure, graph, waiting, results);
        }
    }
}
