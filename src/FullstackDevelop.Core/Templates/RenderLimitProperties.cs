using System;
using System.Collections.Generic;
using System.Globalization;
using FullstackDevelop.Core.Collections;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// The MSBuild properties that set the floors of <see cref="RenderLimits"/>, read the same way by the generator
/// (through <c>CompilerVisibleProperty</c>) and by the build task, so one property raises a limit in both.
/// </summary>
public static class RenderLimitProperties
{
    /// <summary>The floor of <see cref="RenderLimits.LoopIterations"/>.</summary>
    public const string Loop = "FullstackRenderLoopLimit";

    /// <summary>The floor of <see cref="RenderLimits.OutputCharacters"/>.</summary>
    public const string Output = "FullstackRenderOutputLimit";

    /// <summary>The value of <see cref="RenderLimits.RecursionDepth"/>.</summary>
    public const string Recursion = "FullstackRenderRecursionLimit";

    /// <summary>The value of <see cref="RenderLimits.ObjectDepth"/>.</summary>
    public const string ObjectDepth = "FullstackRenderObjectDepthLimit";

    /// <summary>Every property, in the order of the limits.</summary>
    public static IReadOnlyList<string> All { get; } = new[] { Loop, Output, Recursion, ObjectDepth };

    /// <summary>
    /// The limits the project's properties set, over <see cref="RenderLimits.Default"/>: an unset or blank property keeps
    /// the default, a value that is not a whole number from 1 to <see cref="int.MaxValue"/> keeps it too and is listed
    /// in <see cref="RenderLimitSettings.Invalid"/> for the host to report.
    /// </summary>
    /// <param name="valueOf">The value of a property by name; null or empty when it is not set.</param>
    public static RenderLimitSettings Read(Func<string, string?> valueOf)
    {
        var invalid = new List<InvalidRenderLimit>();
        var defaults = RenderLimits.Default;
        var limits = new RenderLimits(
            ReadOne(Loop, defaults.LoopIterations),
            ReadOne(Recursion, defaults.RecursionDepth),
            ReadOne(Output, defaults.OutputCharacters),
            ReadOne(ObjectDepth, defaults.ObjectDepth));
        return new RenderLimitSettings(limits, EquatableArray.From(invalid));

        int ReadOne(string property, int fallback)
        {
            var text = valueOf(property)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }

            invalid.Add(new InvalidRenderLimit(property, text!, fallback));
            return fallback;
        }
    }
}

/// <summary>The limits a project's properties set, and the properties whose values could not be used.</summary>
/// <param name="Limits">The floors to render with.</param>
/// <param name="Invalid">The properties set to something other than a positive whole number, in the order of <see cref="RenderLimitProperties.All"/>.</param>
public sealed record RenderLimitSettings(RenderLimits Limits, EquatableArray<InvalidRenderLimit> Invalid);

/// <summary>A render limit property whose value is not a positive whole number; the default is used instead.</summary>
/// <param name="Property">The property's name.</param>
/// <param name="Value">Its value, as set.</param>
/// <param name="Default">The value used instead.</param>
public sealed record InvalidRenderLimit(string Property, string Value, int Default)
{
    /// <summary>The arguments of <see cref="Problems.ProblemCatalog.InvalidRenderLimit"/>: property, value, default, and the default doubled as an example.</summary>
    public EquatableArray<string> Arguments => EquatableArray.Of(
        Property,
        Value,
        Default.ToString(CultureInfo.InvariantCulture),
        Math.Min(int.MaxValue, 2L * Default).ToString(CultureInfo.InvariantCulture));

    /// <summary>The message both hosts report.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Problems.ProblemCatalog.InvalidRenderLimit.MessageFormat, Arguments[0], Arguments[1], Arguments[2], Arguments[3]);
}
