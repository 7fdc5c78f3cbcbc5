namespace FullstackDevelop.Core.Backend;

/// <summary>
/// The numbers and paths the generated API serves by (<c>project.api</c> in backend and agent templates): the backend's
/// code states them, and the deployment files, monitoring, OpenAPI document and documents that describe the API read
/// them from here, so they cannot disagree.
/// </summary>
/// <param name="HttpPort">The port Kestrel listens on in the container (<c>ASPNETCORE_HTTP_PORTS</c>), which probes and scrapes use.</param>
/// <param name="ServicePort">The port of the API's Kubernetes Service, which the frontend's nginx forwards <c>/api</c> to.</param>
/// <param name="LivePath">The liveness endpoint: 200 while the process serves requests.</param>
/// <param name="ReadyPath">The readiness endpoint: 200 while the database answers, 503 otherwise.</param>
/// <param name="MetricsPath">The Prometheus metrics endpoint.</param>
/// <param name="DefaultPageSize">The page size of a list request that names none.</param>
/// <param name="MaxPageSize">The largest page size a list request may ask for.</param>
public sealed record ApiContract(int HttpPort, int ServicePort, string LivePath, string ReadyPath, string MetricsPath, int DefaultPageSize, int MaxPageSize)
{
    /// <summary>The contract of every generated API.</summary>
    public static ApiContract Default { get; } = new(8080, 80, "/health/live", "/health/ready", "/metrics", 20, 100);
}
