using System;
using FullstackDevelop.Core.Planning;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FullstackDevelop.Core.Execution;

/// <summary>
/// The Polly pipelines an agent's attempts go through. Command agents: retry with exponential backoff, around a
/// circuit breaker shared by every command agent of the run (a broken tool or network fails them all fast), around
/// a per-attempt timeout. Template agents: the timeout alone. Each attempt's timeout travels in the context.
/// </summary>
internal sealed class AgentPipelines
{
    public static readonly ResiliencePropertyKey<TimeSpan> Timeout = new("FullstackDevelop.AgentTimeout");

    public AgentPipelines(CommandRetryPolicy retries, TimeProvider time)
    {
        // Transient failures are retried; a timeout is not (the next attempt would hang as long), nor is an open breaker.
        var transient = new PredicateBuilder<AgentOutcome>().HandleResult(outcome => !outcome.Succeeded && outcome.IsRetryable);
        Command = new ResiliencePipelineBuilder<AgentOutcome> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<AgentOutcome>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = retries.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = retries.BaseDelay,
                UseJitter = retries.UseJitter,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<AgentOutcome>
            {
                ShouldHandle = new PredicateBuilder<AgentOutcome>()
                    .HandleResult(outcome => !outcome.Succeeded && outcome.IsRetryable)
                    .Handle<TimeoutRejectedException>(),
                FailureRatio = retries.BreakerFailureRatio,
                MinimumThroughput = retries.BreakerMinimumThroughput,
                SamplingDuration = retries.BreakerSamplingDuration,
                BreakDuration = retries.BreakDuration,
            })
            .AddTimeout(AttemptTimeout())
            .Build();
        Template = new ResiliencePipelineBuilder<AgentOutcome> { TimeProvider = time }
            .AddTimeout(AttemptTimeout())
            .Build();
    }

    public ResiliencePipeline<AgentOutcome> Command { get; }

    public ResiliencePipeline<AgentOutcome> Template { get; }

    public ResiliencePipeline<AgentOutcome> For(AgentDefinition agent) => agent.Command is null ? Template : Command;

    private static TimeoutStrategyOptions AttemptTimeout() => new()
    {
        TimeoutGenerator = arguments => new(arguments.Context.Properties.GetValue(Timeout, System.Threading.Timeout.InfiniteTimeSpan)),
    };
}
