using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Planning;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Core.Tests.TestSupport;

/// <summary>Builds canonical requirements and agent definitions directly, for the planning tests.</summary>
internal static class Model
{
    public static ProjectRequirements Requirements(params CustomAgentInfo[] agents) =>
        new(
            new ProjectInfo("Shop", ProjectScale.Small, ScaleSource.Default, 0, default),
            default,
            default,
            default,
            EquatableArray.Of(agents));

    public static CustomAgentInfo CustomAgent(string name, int minutes, params string[] dependsOn) =>
        new(name, EquatableArray.Of(dependsOn), default, "1.0.0", minutes, null, default);

    public static AgentDefinition Definition(string name, int minutes, params string[] dependsOn) =>
        new(name, EquatableArray.Of(dependsOn), default, minutes, "1.0.0", false, null, default);

    public static EntityInfo Entity(string name) =>
        new(name, TableNamer.Pluralize(name), EquatableArray.Of(new FieldInfo("Id", "int32", true, true, null, default)), default);
}
