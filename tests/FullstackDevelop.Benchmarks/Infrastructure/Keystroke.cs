namespace FullstackDevelop.Benchmarks.Infrastructure;

/// <summary>An edit the IDE passes to the generator, one keystroke (or one completed line) at a time.</summary>
public enum Keystroke
{
    /// <summary>A comment line added on top of one entity's file: every declaration in it moves down a line.</summary>
    CommentAboveEntity,

    /// <summary>The body of a method in an entity class edited.</summary>
    MethodBodyInEntity,

    /// <summary>A blank line added on top of <c>Requirements.cs</c>: every assembly attribute moves down a line.</summary>
    BlankLineAboveRequirements,

    /// <summary>One property added to one entity.</summary>
    PropertyAdded,

    /// <summary>A method added to an ordinary class no requirement refers to.</summary>
    UnrelatedFile,
}
