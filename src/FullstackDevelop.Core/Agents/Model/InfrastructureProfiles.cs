using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>The seed's infrastructure profiles (small, medium, large), with enterprise sized one step beyond large.</summary>
public static class InfrastructureProfiles
{
    /// <summary>The profile of <paramref name="scale"/>.</summary>
    public static InfrastructureProfile For(ProjectScale scale) => scale switch
    {
        ProjectScale.Medium => new("medium", "4 vCPUs", "16GB RAM", "200GB SSD", "1TB/month", "$200-500", 3, "500m", "1", "512Mi", "1Gi", 70, "100Gi", "99.5", 500),
        ProjectScale.Large => new("large", "16 vCPUs", "64GB RAM", "1TB SSD", "10TB/month", "$1000-2500", 4, "1", "2", "1Gi", "2Gi", 65, "500Gi", "99.9", 250),
        ProjectScale.Enterprise => new("enterprise", "64 vCPUs", "256GB RAM", "4TB SSD", "50TB/month", "$5000-12000", 6, "2", "4", "2Gi", "4Gi", 60, "2Ti", "99.95", 250),
        _ => new("small", "2 vCPUs", "4GB RAM", "50GB SSD", "100GB/month", "$50-100", 2, "250m", "500m", "256Mi", "512Mi", 75, "20Gi", "99.0", 1000),
    };
}
