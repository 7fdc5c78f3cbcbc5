using System.Collections.Generic;
using FullstackDevelop.Generators.Parsing.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Generators.Parsing.Syntax;

/// <summary>The nullable annotation context along a file, from its active <c>#nullable</c> directives.</summary>
internal sealed class NullableDirectiveMap
{
    private readonly List<(int Position, NullableAnnotations State)> _changes = new();

    public NullableDirectiveMap(CompilationUnitSyntax root)
    {
        for (var directive = root.GetFirstDirective(IsNullable); directive is not null; directive = directive.GetNextDirective(IsNullable))
        {
            var nullable = (NullableDirectiveTriviaSyntax)directive;
            // '#nullable enable warnings' leaves the annotation context as it is.
            if (!nullable.IsActive || nullable.TargetToken.IsKind(SyntaxKind.WarningsKeyword))
            {
                continue;
            }

            var state = nullable.SettingToken.Kind() switch
            {
                SyntaxKind.EnableKeyword => NullableAnnotations.Enabled,
                SyntaxKind.DisableKeyword => NullableAnnotations.Disabled,
                _ => NullableAnnotations.ProjectDefault,
            };
            _changes.Add((nullable.SpanStart, state));
        }
    }

    private static bool IsNullable(DirectiveTriviaSyntax directive) => directive is NullableDirectiveTriviaSyntax;

    /// <summary>The context at <paramref name="position"/>: the last directive before it, or the project's setting.</summary>
    public NullableAnnotations At(int position)
    {
        var state = NullableAnnotations.ProjectDefault;
        foreach (var (start, changed) in _changes)
        {
            if (start > position)
            {
                break;
            }

            state = changed;
        }

        return state;
    }
}
