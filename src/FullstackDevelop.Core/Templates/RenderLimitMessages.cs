using System;
using System.Globalization;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Scriban's errors for a limit reached, in the user's terms: which limit, its value in this render, and the property
/// that raises it. Scriban says which limit only in its message, so the message is what is recognised; the renderer's
/// tests hit every limit, so a Scriban that words them otherwise fails there.
/// </summary>
internal static class RenderLimitMessages
{
    /// <summary>The message for <paramref name="scribanMessage"/> when it reports a limit; null for any other error.</summary>
    /// <param name="scribanMessage">Scriban's message, without its position.</param>
    /// <param name="limits">The limits of this render.</param>
    /// <param name="size">The model the render read, which the loop and output limits grew with.</param>
    public static string? Describe(string scribanMessage, RenderLimits limits, ModelSize size)
    {
        if (Has(scribanMessage, "iteration limit") || Has(scribanMessage, "exceeds LoopLimit"))
        {
            return $"The render hit the loop limit of {Count(limits.LoopIterations)} iterations of one loop, the loops inside it included, for a model of {size}: "
                + "a loop that does not end, or one that walks the whole model again for each item. "
                + Raise(RenderLimitProperties.Loop, limits.LoopIterations);
        }

        if (Has(scribanMessage, "OutputLimit") || Has(scribanMessage, "LimitToString"))
        {
            return $"The render hit the output limit of {Count(limits.OutputCharacters)} characters written, or held in one string, for a model of {size}. "
                + Raise(RenderLimitProperties.Output, limits.OutputCharacters);
        }

        if (Has(scribanMessage, "recursive depth limit `"))
        {
            return $"The render hit the recursion limit of {Count(limits.RecursionDepth)} nested function calls or includes: a function or include that calls itself without end. "
                + Raise(RenderLimitProperties.Recursion, limits.RecursionDepth);
        }

        if (Has(scribanMessage, "too deeply nested"))
        {
            return $"The render hit the object depth limit of {Count(limits.ObjectDepth)} levels while writing out an object: an object nested that deep, or one that contains itself. "
                + Raise(RenderLimitProperties.ObjectDepth, limits.ObjectDepth);
        }

        return null;
    }

    private static bool Has(string message, string part) => message.IndexOf(part, StringComparison.Ordinal) >= 0;

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Raise(string property, int value)
    {
        var raised = Math.Min(int.MaxValue, 2L * value).ToString(CultureInfo.InvariantCulture);
        return $"If the template is right, raise the limit in the project file: <{property}>{raised}</{property}>";
    }
}
