namespace FullstackDevelop.Build.Tests.Differential;

/// <summary>What one step of the differential test changes before its build.</summary>
internal enum StepKind
{
    AddEntity,
    RemoveEntity,
    RenameEntity,
    AddProperty,
    RemoveProperty,
    RetypeProperty,
    AddRequirement,
    ChangeRequirement,
    RemoveRequirement,
    AddFeature,
    RemoveFeature,
    AddTemplate,
    EditTemplate,
    RemoveTemplate,
    EditScript,
    DeleteOutputFile,
    DeleteOutputFolder,
    HandEditOutputFile,
    HandEditOutputFileKeepingSize,
    ResolveEditedFile,
    CorruptCacheEntries,
    DeleteCacheEntries,
    DisableAgentsForOneBuild,
    LoseState,
    SwitchParallelism,
    SwitchCacheFolder,
    SwitchOutputFolder,
    NewBuildProcess,
}
