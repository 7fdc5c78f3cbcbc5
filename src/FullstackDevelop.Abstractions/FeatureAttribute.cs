using System;

namespace FullstackDevelop;

/// <summary>
/// Declares a feature of the application, in lower-case kebab case, for example
/// <c>"user-authentication"</c>. Features drive pattern recognition and the generated code.
/// </summary>
/// <example><code>[assembly: Feature("user-authentication")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class FeatureAttribute : Attribute
{
    /// <summary>Declares a feature.</summary>
    /// <param name="name">The feature's name in lower-case kebab case.</param>
    public FeatureAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The feature's name.</summary>
    public string Name { get; }
}
