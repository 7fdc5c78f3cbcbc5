using System;

namespace FullstackDevelop;

/// <summary>
/// Declares a free requirement as a dotted key and a value, for example <c>("ui.theme", "dark")</c>.
/// The key's first segment says which agents read it (<c>ui.</c> and <c>frontend.</c> the frontend,
/// <c>architecture.</c> and <c>database.</c> the architect and the backend, and so on), so a change
/// to it only re-runs those agents.
/// </summary>
/// <example><code>[assembly: Requirement("database.engine", "postgresql")]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class RequirementAttribute : Attribute
{
    /// <summary>Declares a requirement.</summary>
    /// <param name="key">Lower-case dotted key of at least two segments, such as <c>ui.theme</c>.</param>
    /// <param name="value">The requirement's value.</param>
    public RequirementAttribute(string key, string value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The dotted key.</summary>
    public string Key { get; }

    /// <summary>The value.</summary>
    public string Value { get; }
}
