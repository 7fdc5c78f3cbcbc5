using System;
using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Planning;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FullstackDevelop.Core.Execution;

/// <summary>Runs one agent through its pipeline and turns what happened, thrown or returned, into its result.</summary>
internal sealed class AgentExecution
{
    private readonly IAgentRunner _runner;
    private readonly AgentPipelines _pipelines;
    private readonly RunClock _clock;

    public AgentExecution(IAgentRunner runner, AgentPipelines pipelines, RunClock clock)
    {
        _runner = runner;
        _pipelines = pipelines;
        _clock = clock;
    }

    public async Task<AgentRunResult> RunAsync(AgentDefinition agent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var attempts = 0;
        AgentOutcome? last = null;
        var startedAt = _clock.Now();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(AgentPipelines.Timeout, timeout);
        try
        {
            var outcome = await _pipelines.For(agent).ExecuteAsync(
                async attempt =>
                {
                    attempts++;
                    last = await _runner.RunAsync(agent, attempt.CancellationToken).ConfigureAwait(false);

                    // A result that arrives after the timeout or Ctrl+C is late: it counts as that, not as a result.
                    attempt.CancellationToken.ThrowIfCancellationRequested();
                    return last;
                },
                context).ConfigureAwait(false);
            return outcome.Succeeded
                ? Ended(AgentRunStatus.Succeeded, outcome.OutputHash, null, null)
                : Ended(AgentRunStatus.Failed, null, outcome.ErrorCode, outcome.Output);
        }
        catch (TimeoutRejectedException)
        {
            return Ended(AgentRunStatus.TimedOut, null, AgentErrorCodes.TimedOut, $"'{agent.Name}' ran longer than its timeout of {timeout}.");
        }
        catch (BrokenCircuitException)
        {
            // The last attempt's output says what kept failing; an agent refused outright never had one.
            var output = last?.Output ?? "Not run: repeated transient failures of command agents opened the circuit breaker.";
            return Ended(AgentRunStatus.Failed, null, AgentErrorCodes.CircuitOpen, output);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Ended(AgentRunStatus.Cancelled, null, null, null);
        }
        catch (Exception exception)
        {
            return Ended(AgentRunStatus.Failed, null, AgentErrorCodes.RunnerCrashed, exception.ToString());
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        AgentRunResult Ended(AgentRunStatus status, string? outputHash, string? errorCode, string? output)
        {
            var endedAt = _clock.Now();
            return new AgentRunResult(agent.Name, status, attempts, startedAt, endedAt, endedAt - startedAt, outputHash, errorCode, output, null);
        }
    }
}
