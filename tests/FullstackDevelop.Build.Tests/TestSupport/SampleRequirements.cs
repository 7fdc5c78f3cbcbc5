using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Build.Tests.TestSupport;

/// <summary>Small canonical requirements and their snapshot, as the generator would emit them.</summary>
internal static class SampleRequirements
{
    public static ProjectRequirements Shop(string theme = "dark") => new(
        new ProjectInfo("Shop", ProjectScale.Small, ScaleSource.Default, 0, EquatableArray.Of("react")),
        EquatableArray.Of("catalog"),
        EquatableArray.Of(new EntityInfo(
            "Book",
            "Books",
            EquatableArray.Of(
                new FieldInfo("Id", "int32", true, true, null, default),
                new FieldInfo("Title", "string", false, true, 200, default)),
            default)),
        EquatableArray.Of(new RequirementEntry("ui.theme", theme)),
        default);

    public static string ShopJson(string theme = "dark") => RequirementsJson.Write(Shop(theme));
}
