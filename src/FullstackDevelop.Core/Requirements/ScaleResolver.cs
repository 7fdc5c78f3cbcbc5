namespace FullstackDevelop.Core.Requirements;

/// <summary>Chooses the project's scale from what was declared.</summary>
public static class ScaleResolver
{
    /// <summary>
    /// A declared scale wins; otherwise the expected users pick it, with the seed's infrastructure
    /// profiles as the boundaries (about 100 users small, 1,000 medium, 10,000 large); otherwise small.
    /// </summary>
    /// <param name="declaredScale">The declared scale, 0 for automatic.</param>
    /// <param name="expectedUsers">The expected users, 0 when unknown.</param>
    public static (ProjectScale Scale, ScaleSource Source) Resolve(int declaredScale, int expectedUsers)
    {
        if (declaredScale is >= (int)ProjectScale.Small and <= (int)ProjectScale.Enterprise)
        {
            return ((ProjectScale)declaredScale, ScaleSource.Declared);
        }

        if (expectedUsers <= 0)
        {
            return (ProjectScale.Small, ScaleSource.Default);
        }

        var scale = expectedUsers switch
        {
            < 1_000 => ProjectScale.Small,
            < 10_000 => ProjectScale.Medium,
            < 100_000 => ProjectScale.Large,
            _ => ProjectScale.Enterprise,
        };
        return (scale, ScaleSource.ExpectedUsers);
    }
}
