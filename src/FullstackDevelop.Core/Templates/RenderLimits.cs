namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Bounds on one render, so a template that loops forever, recurses without end or writes without
/// stop fails with a clear error instead of hanging or exhausting the compiler.
/// </summary>
/// <param name="LoopIterations">Iterations any one loop (or built-in operation over a range) may run.</param>
/// <param name="RecursionDepth">How deep function calls and includes may nest.</param>
/// <param name="OutputCharacters">How many characters one render may write.</param>
/// <param name="ObjectDepth">How deep an object may be walked when it is written out.</param>
public sealed record RenderLimits(int LoopIterations, int RecursionDepth, int OutputCharacters, int ObjectDepth)
{
    /// <summary>Generous for any real template: 100,000 iterations, depth 64, 4 million characters, objects 32 deep.</summary>
    public static RenderLimits Default { get; } = new(100_000, 64, 4_000_000, 32);
}
