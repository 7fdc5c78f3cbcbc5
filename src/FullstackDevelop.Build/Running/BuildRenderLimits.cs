using FullstackDevelop.Core.Templates;

namespace FullstackDevelop.Build.Running;

/// <summary>
/// The render limits of a build, from its <c>FullstackRender*Limit</c> properties; a value that is not a positive whole
/// number keeps the default and is warning <see cref="InvalidCode"/> at the project file, never ignored in silence.
/// </summary>
internal static class BuildRenderLimits
{
    /// <summary>The warning for a render limit property that is not a positive whole number.</summary>
    public const string InvalidCode = "FSD1206";

    /// <summary>The floors of the render limits <paramref name="options"/> set, each invalid property logged.</summary>
    public static RenderLimits Read(AgentBuildOptions options, IBuildLog log)
    {
        var settings = RenderLimitProperties.Read(name => options.RenderLimitProperties.TryGetValue(name, out var value) ? value : null);
        foreach (var invalid in settings.Invalid)
        {
            log.LogWarning(InvalidCode, options.ProjectFile, invalid.Message);
        }

        return settings.Limits;
    }
}
