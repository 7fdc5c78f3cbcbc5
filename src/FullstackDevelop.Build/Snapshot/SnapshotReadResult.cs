using System.Diagnostics.CodeAnalysis;

namespace FullstackDevelop.Build.Snapshot;

/// <summary>The snapshot read from an assembly, or the error that stopped it: exactly one of the two is set.</summary>
public sealed class SnapshotReadResult
{
    private SnapshotReadResult(RequirementsSnapshot? snapshot, SnapshotError? error)
    {
        Snapshot = snapshot;
        Error = error;
    }

    /// <summary>The snapshot, when it was read.</summary>
    public RequirementsSnapshot? Snapshot { get; }

    /// <summary>Why there is no snapshot, when there is none.</summary>
    public SnapshotError? Error { get; }

    /// <summary>True when <see cref="Snapshot"/> is set; false when <see cref="Error"/> is.</summary>
    [MemberNotNullWhen(true, nameof(Snapshot))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Snapshot is not null;

    internal static SnapshotReadResult Success(RequirementsSnapshot snapshot) => new(snapshot, null);

    internal static SnapshotReadResult Failure(string code, string message) => new(null, new SnapshotError(code, message));
}
