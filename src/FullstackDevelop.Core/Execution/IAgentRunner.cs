using System.Threading;
using System.Threading.Tasks;
using FullstackDevelop.Core.Planning;

namespace FullstackDevelop.Core.Execution;

/// <summary>Does one agent's work: renders its templates or runs its command. The host supplies it.</summary>
public interface IAgentRunner
{
    /// <summary>Runs <paramref name="agent"/> once; the scheduler calls it again for each retry.</summary>
    /// <param name="agent">The agent to run.</param>
    /// <param name="cancellationToken">
    /// Signalled when the agent times out or the build is cancelled. A runner must honour it (stop its
    /// process, throw <see cref="System.OperationCanceledException"/>): the scheduler waits for running
    /// agents to stop so that nothing writes after it returns.
    /// </param>
    /// <returns>The outcome; a failure is returned, not thrown.</returns>
    Task<AgentOutcome> RunAsync(AgentDefinition agent, CancellationToken cancellationToken);
}
