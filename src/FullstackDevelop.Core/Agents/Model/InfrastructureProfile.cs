using System;
using System.Linq;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>
/// The seed's infrastructure sizing for a scale (<c>infrastructure</c>), with the Kubernetes sizes of one API pod that
/// the manifests and the capacity plan use.
/// </summary>
/// <param name="Scale">The scale, in lower case.</param>
/// <param name="Cpu">The whole deployment's CPUs, as the seed writes them: <c>2 vCPUs</c>.</param>
/// <param name="Memory">Its memory: <c>4GB RAM</c>.</param>
/// <param name="Storage">Its storage: <c>50GB SSD</c>.</param>
/// <param name="Bandwidth">Its monthly network traffic.</param>
/// <param name="MonthlyCost">Its estimated monthly cost.</param>
/// <param name="Replicas">The API pods to start with.</param>
/// <param name="CpuRequest">One pod's CPU request, in Kubernetes units: <c>250m</c>.</param>
/// <param name="CpuLimit">One pod's CPU limit.</param>
/// <param name="MemoryRequest">One pod's memory request: <c>256Mi</c>.</param>
/// <param name="MemoryLimit">One pod's memory limit.</param>
/// <param name="TargetCpuUtilization">The average CPU use, in percent, the autoscaler keeps pods at.</param>
/// <param name="DatabaseStorage">The database volume's size: <c>20Gi</c>.</param>
/// <param name="AvailabilityTarget">
/// The share of API requests, in percent, that must not fail with a server error: <c>99.5</c>. The requirements spec
/// states it and the SLOs, alert rules and capacity plan default to it, so every document promises the same.
/// </param>
/// <param name="LatencyTarget">
/// The time in milliseconds within which 95% of requests must complete: the SLOs, the alert rules and the capacity plan
/// default to it.
/// </param>
/// <param name="ScalesOut">
/// False for a deployment on SQLite, which allows a single writer: it runs one API pod whatever the profile allows.
/// </param>
public sealed record InfrastructureProfile(
    string Scale,
    string Cpu,
    string Memory,
    string Storage,
    string Bandwidth,
    string MonthlyCost,
    int Replicas,
    string CpuRequest,
    string CpuLimit,
    string MemoryRequest,
    string MemoryLimit,
    int TargetCpuUtilization,
    string DatabaseStorage,
    string AvailabilityTarget,
    int LatencyTarget,
    bool ScalesOut = true)
{
    // PostgreSQL accepts 100 connections by default; 10 stay free for administration and the migration job.
    private const int DefaultMaxConnections = 100;
    private const int ReservedConnections = 10;

    // Fewer pooled connections than this per pod starve a pod under load; the capacity plan raises max_connections instead.
    private const int MinPoolSize = 10;

    /// <summary>
    /// The most API pods the autoscaler may run: as many as the profile's CPUs (<see cref="Cpu"/>) hold at one pod's
    /// request, less one for the extra pod of a rolling update. Worked out here rather than written per profile, so
    /// the capacity plan, the autoscaler and the alert rules never ask for more CPU than the profile has.
    /// </summary>
    public int MaxReplicas => Millicores(Cpu) / Millicores(CpuRequest) - 1;

    /// <summary>
    /// The API pods the deployment starts with: <see cref="Replicas"/>, or one when it does not scale out. Kubernetes, the
    /// capacity plan, the architecture document, the requirements spec and the test plan all state this count.
    /// </summary>
    public int MinApiPods => ScalesOut ? Replicas : 1;

    /// <summary>The most API pods the deployment runs: <see cref="MaxReplicas"/>, or one when it does not scale out.</summary>
    public int MaxApiPods => ScalesOut ? MaxReplicas : 1;

    /// <summary>
    /// The <c>Maximum Pool Size</c> of each pod's connection string: PostgreSQL's default 100 connections, less 10 in
    /// reserve, shared by <see cref="MaxApiPods"/> pods, and never below 10 (then <see cref="DatabaseMaxConnections"/> grows).
    /// </summary>
    public int DatabasePoolSize => Math.Max(MinPoolSize, (DefaultMaxConnections - ReservedConnections) / MaxApiPods);

    /// <summary>The <c>max_connections</c> PostgreSQL needs for <see cref="MaxApiPods"/> full pools and the reserve: at least its default, 100.</summary>
    public int DatabaseMaxConnections => Math.Max(DefaultMaxConnections, (MaxApiPods * DatabasePoolSize) + ReservedConnections);

    /// <summary>What <see cref="AvailabilityTarget"/> allows in 30 days: <c>3 h 36 min</c>.</summary>
    public string MonthlyDowntime => Downtime.In30Days(double.Parse(AvailabilityTarget, System.Globalization.CultureInfo.InvariantCulture));

    // "4 vCPUs" and "2" are whole CPUs, "250m" thousandths of one, as Kubernetes writes them.
    private static int Millicores(string cpu)
    {
        var digits = new string(cpu.TakeWhile(char.IsDigit).ToArray());
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return cpu.Length > digits.Length && cpu[digits.Length] == 'm' ? value : value * 1000;
    }
}
