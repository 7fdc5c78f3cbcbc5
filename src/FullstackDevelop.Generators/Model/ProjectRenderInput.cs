using FullstackDevelop.Core.Backend;

namespace FullstackDevelop.Generators.Model;

/// <summary>
/// What the project-level files are rendered from: without user templates, the view the built-in templates read, which
/// adding a property leaves equal; with user templates, which may read anything, the whole model.
/// </summary>
/// <param name="View">The view, when no user template is present.</param>
/// <param name="Model">The whole model, when user templates are present.</param>
internal sealed record ProjectRenderInput(BackendProjectView? View, BackendModel? Model)
{
    /// <summary>What to render the project-level files of <paramref name="model"/> from, given whether user templates are present.</summary>
    public static ProjectRenderInput Of(BackendModel model, bool userTemplates) =>
        userTemplates ? new(null, model) : new(BackendProjectView.Of(model), null);
}
