using FullstackDevelop.Core.Requirements;

namespace FullstackDevelop.Generators.Model;

/// <summary>
/// What the backend is built from: the valid part of the requirements and the root namespace. The backend's steps build
/// each entity from it on their own, so adding a property builds and renders that entity alone again.
/// </summary>
/// <param name="Requirements">The valid part of the requirements.</param>
/// <param name="Namespace">The project's root namespace.</param>
internal sealed record BackendSource(ProjectRequirements Requirements, string Namespace);
