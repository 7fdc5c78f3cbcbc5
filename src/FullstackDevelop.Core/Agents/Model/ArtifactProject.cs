using FullstackDevelop.Core.Backend;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Agents.Model;

/// <summary>The project as every agent template sees it (<c>project</c>): only what follows from <c>project.</c> and <c>features.</c> keys.</summary>
/// <param name="Name">The project's name.</param>
/// <param name="KebabName">Its name in kebab case, for image, service and package names: <c>bookstore</c>.</param>
/// <param name="Namespace">The C# root namespace of the generated backend.</param>
/// <param name="Prefix">The project's name as a C# identifier, as the backend's types use it: <c>BookstoreDbContext</c>.</param>
/// <param name="Scale">Its scale in lower case: <c>small</c>, <c>medium</c>, <c>large</c> or <c>enterprise</c>.</param>
/// <param name="ExpectedUsers">Expected users, 0 when unknown.</param>
/// <param name="Stack">The declared technology stack.</param>
/// <param name="Features">The declared features, sorted.</param>
/// <param name="RequiresAuthorization">True when the project declares <c>user-authentication</c>: every API call needs a bearer token.</param>
/// <param name="Database">The database the deployment runs: <c>postgresql</c> when the stack names it, otherwise <c>sqlite</c>.</param>
/// <param name="RecordsAuditLog">True when the project declares <c>audit-log</c>: the API keeps an <c>AuditEntries</c> table and serves it read-only at <c>/api/audit-entries</c>.</param>
/// <param name="ProjectFile">
/// The app's project file relative to the output folder, with '/' separators (<c>../Bookstore.csproj</c> in the default
/// layout): the generated test project references the app by it.
/// </param>
public sealed record ArtifactProject(
    string Name,
    string KebabName,
    string Namespace,
    string Prefix,
    string Scale,
    int ExpectedUsers,
    EquatableArray<string> Stack,
    EquatableArray<string> Features,
    bool RequiresAuthorization,
    string Database,
    bool RecordsAuditLog = false,
    string ProjectFile = "")
{
    /// <summary>True when the deployment runs PostgreSQL.</summary>
    public bool UsesPostgreSql => Database == "postgresql";

    /// <summary>The ports, paths and page sizes the generated API serves by, as its code states them.</summary>
    public ApiContract Api { get; init; } = ApiContract.Default;
}

/// <summary>A requirement key of the agent's slice and its value (<c>requirements</c> in project templates).</summary>
/// <param name="Key">The dotted key, such as <c>ui.theme</c>.</param>
/// <param name="Value">Its value.</param>
public sealed record ArtifactRequirement(string Key, string Value);
