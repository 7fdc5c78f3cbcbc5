using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Agents.Model;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Delta;
using FullstackDevelop.Core.Execution;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Agents.Running;

/// <summary>
/// The build's agent run, host-free: plans the agents, analyses what changed since the previous build, runs the agents
/// through the <see cref="AgentScheduler"/> (each reusing the previous files or a cached result when its key is known),
/// and gathers their files and reports. The host reads the snapshot, writes the files and keeps the state.
/// </summary>
public static class ArtifactBuilder
{
    /// <summary>Runs the agents of <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentException">The requirements do not plan (a dependency cycle or an unknown agent), which the generator reports first.</exception>
    public static async Task<ArtifactBuildResult> BuildAsync(ArtifactBuildRequest request, CancellationToken cancellationToken)
    {
        var plan = Plan(request);
        var delta = DeltaAnalyzer.Analyze(request.PreviousRequirements, request.Requirements, plan);
        var runner = new BuildAgentRunner(request, ArtifactModelBuilder.Build(request.Requirements, plan, request.RootNamespace, request.Layout, request.ProjectFile));
        var options = request.MaxParallelism is { } max
            ? request.Scheduler with { ProcessorCount = Math.Max(1, Math.Min(max, request.Scheduler.ProcessorCount)) }
            : request.Scheduler;
        var agents = plan.Agents.Select(agent => agent.Definition).ToList();
        var schedule = await new AgentScheduler(runner, options).RunAsync(agents, plan.ResourceProfile, request.History, cancellationToken).ConfigureAwait(false);

        var reports = schedule.Agents.Select(result => Report(result, runner.Products.TryGetValue(result.Agent, out var product) ? product : null, request.History)).ToList();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var agentFiles = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        var succeeded = new HashSet<string>(reports.Where(report => report.Succeeded).Select(report => report.Agent), StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            if (!succeeded.Contains(agent.Name) || !runner.Products.TryGetValue(agent.Name, out var product))
            {
                continue;
            }

            agentFiles[agent.Name] = product.Result.FileHashes;
            foreach (var file in product.Result.Files)
            {
                if (files.ContainsKey(file.Key))
                {
                    conflicts.Add(file.Key);
                    continue;
                }

                files.Add(file.Key, file.Value);
            }
        }

        return new ArtifactBuildResult(
            plan,
            delta,
            EquatableArray.From(reports),
            files,
            agentFiles,
            schedule.Metrics,
            request.History.Record(WorkDone(schedule, runner.Products)),
            EquatableArray.From(conflicts));
    }

    /// <summary>
    /// The result of a build with nothing to do: its inputs hash to the previous build's (<see cref="BuildInputsHash"/>)
    /// and the host found every file that build wrote as it wrote it. Every agent of the plan is up to date with its
    /// previous key and output; nothing is modelled, rendered or read from a cache, and no file is produced.
    /// </summary>
    /// <param name="request">The build's request.</param>
    /// <param name="previous">What each agent produced in the previous build, by agent name.</param>
    /// <returns>The result; null when <paramref name="previous"/> lacks an agent of the plan (it failed, or is new).</returns>
    /// <exception cref="ArgumentException">The requirements do not make a plan.</exception>
    public static ArtifactBuildResult? Unchanged(ArtifactBuildRequest request, IReadOnlyDictionary<string, PreviousAgentOutput> previous)
    {
        var plan = Plan(request);
        if (plan.Agents.Any(agent => !previous.ContainsKey(agent.Definition.Name)))
        {
            return null;
        }

        var reports = plan.Agents.Select(agent =>
        {
            var output = previous[agent.Definition.Name];
            return new AgentReport(
                agent.Definition.Name, "up-to-date", "output", TimeSpan.Zero, 0, output.CacheKey, output.OutputHash, default, output.UnitCount, output.FileCount, LastRun(request.History, agent.Definition.Name), null, null);
        });
        return new ArtifactBuildResult(
            plan,
            DeltaAnalyzer.Analyze(request.Requirements, request.Requirements, plan),
            EquatableArray.From(reports),
            new Dictionary<string, byte[]>(StringComparer.Ordinal),
            new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal),
            new ScheduleMetrics(TimeSpan.Zero, TimeSpan.Zero, 1),
            request.History,
            default);
    }

    private static ExecutionPlan Plan(ArtifactBuildRequest request)
    {
        var planned = ExecutionPlanner.Plan(request.Requirements, request.RequirementsHash);
        return planned.Plan ?? throw new ArgumentException(
            "The requirements do not make a plan: " + string.Join(" ", planned.Problems.Select(problem => problem.Message)), nameof(request));
    }

    // Files found in place carry no duration: what they saved is the agent's last real run.
    private static TimeSpan LastRun(AgentHistory history, string agent)
    {
        var durations = history.DurationsOf(agent);
        return durations.Count == 0 ? TimeSpan.Zero : durations[durations.Count - 1];
    }

    // Only durations of real work go into the history: a reused result takes a millisecond, and a history of those would
    // shrink an agent's adaptive timeout below what its next real run needs.
    private static ScheduleResult WorkDone(ScheduleResult schedule, IReadOnlyDictionary<string, AgentProduct> products) =>
        schedule with
        {
            Agents = EquatableArray.From(schedule.Agents.Where(agent => !products.TryGetValue(agent.Agent, out var product) || product.CacheLevel is null)),
        };

    private static AgentReport Report(AgentRunResult result, AgentProduct? product, AgentHistory history)
    {
        var status = result.Status switch
        {
            AgentRunStatus.Succeeded => product?.CacheLevel is null ? "ran" : product.CacheLevel == "output" ? "up-to-date" : "cached",
            AgentRunStatus.Failed => "failed",
            AgentRunStatus.TimedOut => "timed-out",
            AgentRunStatus.Skipped => "skipped",
            _ => "cancelled",
        };
        var reused = product?.CacheLevel is not null;
        return new AgentReport(
            result.Agent,
            status,
            product?.CacheLevel,
            result.Duration,
            result.Attempts,
            product?.CacheKey,
            result.OutputHash,
            product?.RenderedUnits ?? default,
            product?.UnitCount ?? 0,
            product?.Result.Files.Count ?? 0,
            !reused ? TimeSpan.Zero : product!.CacheLevel == "output" ? LastRun(history, result.Agent) : product.Result.Duration,
            result.ErrorCode,
            result.Output);
    }
}
