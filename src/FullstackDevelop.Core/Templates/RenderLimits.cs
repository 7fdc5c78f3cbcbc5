using System;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Bounds on one render, so a template that loops forever, recurses without end or writes without
/// stop fails with a clear error instead of hanging or exhausting the compiler. These values are floors:
/// <see cref="For"/> raises the loop and output limits in proportion to the model a render reads.
/// </summary>
/// <param name="LoopIterations">Iterations one loop statement may run, the iterations of the loops inside it included (and any built-in operation over a range).</param>
/// <param name="RecursionDepth">How deep function calls and includes may nest.</param>
/// <param name="OutputCharacters">How many characters one render may write, and the longest string it may build.</param>
/// <param name="ObjectDepth">How deep an object may be walked when it is written out.</param>
public sealed record RenderLimits(int LoopIterations, int RecursionDepth, int OutputCharacters, int ObjectDepth)
{
    /// <summary>
    /// Loop iterations each item of the model (<see cref="ModelSize.Items"/>) adds to the budget: a template that walks
    /// every entity, its fields, their rules and examples stays several times below it (measured in the scale tests).
    /// </summary>
    public const int LoopIterationsPerItem = 60;

    /// <summary>Characters each item of the model adds to the budget: several times what the OpenAPI document writes per item.</summary>
    public const int OutputCharactersPerItem = 4_000;

    /// <summary>Generous for any real template: 100,000 iterations, depth 64, 4 million characters, objects 32 deep.</summary>
    public static RenderLimits Default { get; } = new(100_000, 64, 4_000_000, 32);

    /// <summary>
    /// The limits of a render over a model of <paramref name="size"/>: the loop and output limits are the larger of
    /// these floors and the model's budget (its items times <see cref="LoopIterationsPerItem"/> and
    /// <see cref="OutputCharactersPerItem"/>), so they grow linearly with the model; nesting depths do not depend on
    /// the model's size and stay as they are.
    /// </summary>
    public RenderLimits For(ModelSize size) => this with
    {
        LoopIterations = AtLeast(LoopIterations, LoopIterationsPerItem * size.Items),
        OutputCharacters = AtLeast(OutputCharacters, OutputCharactersPerItem * size.Items),
    };

    private static int AtLeast(int floor, long budget) => (int)Math.Min(int.MaxValue, Math.Max(floor, budget));
}
