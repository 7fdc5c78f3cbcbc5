using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Problems;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>
/// Reads attribute arguments through the <see cref="ConstantEvaluator"/>. An argument it cannot
/// read is reported (FSD0023) rather than silently lost, and reads as absent.
/// </summary>
internal sealed class AttributeArgumentReader
{
    private readonly ConstantEvaluator _constants;
    private readonly List<DiagnosticInfo> _diagnostics;

    public AttributeArgumentReader(ConstantEvaluator constants, List<DiagnosticInfo> diagnostics)
    {
        _constants = constants;
        _diagnostics = diagnostics;
    }

    /// <summary>The positional argument at <paramref name="position"/>; null when absent or unreadable.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="position">The argument's position.</param>
    /// <param name="scope">Where the attribute is written.</param>
    /// <param name="owner">What the attribute is on, for the message: <c>Book.Title</c>, or <c>assembly</c>.</param>
    public object? Positional(SourceAttribute attribute, int position, LookupScope scope, string owner) =>
        attribute.Arguments.Count > position ? Read(attribute.Arguments[position], attribute, scope, owner) : null;

    /// <summary>The <c>Name = value</c> argument; null when absent or unreadable.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="name">The argument's name.</param>
    /// <param name="scope">Where the attribute is written.</param>
    /// <param name="owner">What the attribute is on, for the message.</param>
    public object? Named(SourceAttribute attribute, string name, LookupScope scope, string owner) =>
        attribute.NamedArguments.FirstOrDefault(argument => argument.Name == name) is { } named ? Read(named.Value, attribute, scope, owner) : null;

    /// <summary>Reads <paramref name="argument"/>; false (after reporting FSD0023) when it is not a constant the generator can read.</summary>
    /// <param name="argument">The argument.</param>
    /// <param name="attribute">The attribute it belongs to.</param>
    /// <param name="scope">Where the attribute is written.</param>
    /// <param name="owner">What the attribute is on, for the message.</param>
    /// <param name="value">The value, as <see cref="ConstantEvaluator.TryEvaluate"/> gives it.</param>
    public bool TryRead(ConstantExpression argument, SourceAttribute attribute, LookupScope scope, string owner, out object? value)
    {
        if (_constants.TryEvaluate(argument, scope, out value))
        {
            return true;
        }

        _diagnostics.Add(new DiagnosticInfo(
            ProblemCatalog.UnreadableAttributeArgument.Id,
            attribute.Location,
            EquatableArray.Of(argument.Text, attribute.Name.Name, owner)));
        return false;
    }

    private object? Read(ConstantExpression argument, SourceAttribute attribute, LookupScope scope, string owner) =>
        TryRead(argument, attribute, scope, owner, out var value) ? value : null;
}
