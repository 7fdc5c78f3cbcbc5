using System;

namespace FullstackDevelop;

/// <summary>
/// Declares the full-stack application this assembly describes. One per assembly; the other
/// requirement attributes (<see cref="FeatureAttribute"/>, <see cref="RequirementAttribute"/>,
/// <see cref="AgentAttribute"/>, <see cref="EntityAttribute"/>) only take effect when it is present.
/// </summary>
/// <example><code>[assembly: FullstackProject("Bookstore", ExpectedUsers = 5000, Stack = new[] { "aspnetcore", "react", "postgresql" })]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class FullstackProjectAttribute : Attribute
{
    /// <summary>Declares the project.</summary>
    /// <param name="name">The project's name, used in generated documents and as the default resource name.</param>
    public FullstackProjectAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The project's name.</summary>
    public string Name { get; }

    /// <summary>The project's scale. When left at <see cref="ProjectScale.Auto"/> it is derived from <see cref="ExpectedUsers"/>.</summary>
    public ProjectScale Scale { get; set; }

    /// <summary>How many users the application is expected to serve; 0 when unknown.</summary>
    public int ExpectedUsers { get; set; }

    /// <summary>The technology stack, for example <c>"aspnetcore"</c>, <c>"react"</c>, <c>"postgresql"</c>.</summary>
    public string[]? Stack { get; set; }
}
