namespace FullstackDevelop.Generators;

/// <summary>Names of the generator's pipeline steps, which tests read to prove the steps are cached.</summary>
internal static class TrackingNames
{
    public const string FileDeclarations = nameof(FileDeclarations);

    /// <summary>Each file's declarations with the places their anchors stand for: modified when text moves in a file that declares something.</summary>
    public const string FileReadings = nameof(FileReadings);

    /// <summary>Each file's places: modified, like <see cref="FileReadings"/>, when text moves; only diagnostics read them.</summary>
    public const string FileLocations = nameof(FileLocations);

    /// <summary>Every file's places, for the steps that report diagnostics.</summary>
    public const string AllFileLocations = nameof(AllFileLocations);

    public const string AllFileDeclarations = nameof(AllFileDeclarations);
    public const string NullableAnnotations = nameof(NullableAnnotations);
    public const string ProjectTypes = nameof(ProjectTypes);

    /// <summary>The files that declare assembly attributes: unchanged by an edit to a file that declares none.</summary>
    public const string AssemblyAttributeFiles = nameof(AssemblyAttributeFiles);
    public const string TypeDeclarations = nameof(TypeDeclarations);
    public const string SourceEntities = nameof(SourceEntities);
    public const string ResolvedEntities = nameof(ResolvedEntities);
    public const string WantedExternalTypes = nameof(WantedExternalTypes);
    public const string ExternalTypes = nameof(ExternalTypes);
    public const string AllEntities = nameof(AllEntities);

    /// <summary>Each entity's part (<c>RequirementsBuilder.BuildEntity</c>), built again only for an entity whose declaration changed.</summary>
    public const string EntityParts = nameof(EntityParts);
    public const string AllEntityParts = nameof(AllEntityParts);
    public const string RootNamespace = nameof(RootNamespace);
    public const string AssemblyName = nameof(AssemblyName);
    public const string Namespace = nameof(Namespace);
    public const string AssemblyDeclarations = nameof(AssemblyDeclarations);
    public const string Input = nameof(Input);
    public const string Result = nameof(Result);
    public const string Plan = nameof(Plan);
    public const string SnapshotEnvelope = nameof(SnapshotEnvelope);

    /// <summary>Each entity of the snapshot's requirements: one output per entity, so each is written to JSON on its own.</summary>
    public const string SnapshotEntities = nameof(SnapshotEntities);

    /// <summary>Each entity's JSON and its escaped literal, written again only for an entity that changed.</summary>
    public const string SnapshotFragments = nameof(SnapshotFragments);

    /// <summary>The plan and snapshot files, assembled from the fragments.</summary>
    public const string RequirementsFiles = nameof(RequirementsFiles);
    public const string Backend = nameof(Backend);
    public const string BackendSettings = nameof(BackendSettings);
    public const string BackendEntityInputs = nameof(BackendEntityInputs);
    public const string BackendEntities = nameof(BackendEntities);
    public const string BackendModel = nameof(BackendModel);
    public const string Packages = nameof(Packages);
    public const string UserTemplates = nameof(UserTemplates);
    public const string AllUserTemplates = nameof(AllUserTemplates);

    /// <summary>The render limits the project's <c>FullstackRender*Limit</c> properties set, and the values that could not be used.</summary>
    public const string RenderLimits = nameof(RenderLimits);
    public const string EntityFiles = nameof(EntityFiles);
    public const string ProjectRenderInput = nameof(ProjectRenderInput);
    public const string EntityFileGroups = nameof(EntityFileGroups);
    public const string GroupFiles = nameof(GroupFiles);
    public const string ProjectFiles = nameof(ProjectFiles);

    public const string AuthenticationFeature = nameof(AuthenticationFeature);

    public const string PackageProblems = nameof(PackageProblems);

    /// <summary>The names of the project's <c>.scriban</c> files, which <c>[assembly: AgentTemplate]</c> attributes name.</summary>
    public const string UserTemplateNames = nameof(UserTemplateNames);

    /// <summary>
    /// The compilation's syntax trees, one output per file: the only step whose outputs are Roslyn
    /// objects, by design. Trees are immutable and shared by successive compilations, so the step
    /// after it is cached per tree; an edited file's tree is new, so this step reports it modified.
    /// </summary>
    public const string SyntaxTrees = nameof(SyntaxTrees);

    /// <summary>
    /// Every step above except <see cref="SyntaxTrees"/>: their outputs hold no Roslyn object, and an edit to a file that
    /// declares nothing the generator reads leaves them cached or unchanged.
    /// </summary>
    public static readonly string[] All =
    {
        FileReadings, FileDeclarations, AllFileDeclarations, FileLocations, AllFileLocations, NullableAnnotations, ProjectTypes, TypeDeclarations, SourceEntities, WantedExternalTypes, ExternalTypes, ResolvedEntities,
        AllEntities, EntityParts, AllEntityParts, RootNamespace, AssemblyName, Namespace,
        AssemblyAttributeFiles, AssemblyDeclarations, Input, Result, Plan, SnapshotEnvelope, SnapshotEntities, SnapshotFragments, RequirementsFiles, Backend, BackendSettings, BackendEntityInputs, BackendEntities, BackendModel, Packages, UserTemplates,
        AllUserTemplates, RenderLimits, EntityFiles, EntityFileGroups, GroupFiles, ProjectRenderInput, ProjectFiles, AuthenticationFeature, PackageProblems,
        UserTemplateNames,
    };
}
