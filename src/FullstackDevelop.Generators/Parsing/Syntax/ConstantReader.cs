using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Generators.Parsing.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Generators.Parsing.Syntax;

/// <summary>
/// Reads the constant expressions entity annotations use: literals, <c>nameof</c>, and names of
/// constants, resolved later against the project's <c>const</c> fields.
/// </summary>
internal static class ConstantReader
{
    public static ConstantExpression Read(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Read(parenthesized.Expression);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return ConstantExpression.Null;
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return ConstantExpression.String(literal.Token.ValueText);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) && literal.Token.Value is int number:
                return ConstantExpression.Integer(number);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negated when Read(negated.Operand) is { Kind: ConstantKind.Integer } operand:
                return ConstantExpression.Integer(-operand.Number);
            case InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" }, ArgumentList.Arguments.Count: 1 } nameOf:
                return NameOf(nameOf.ArgumentList.Arguments[0].Expression) is { } name ? ConstantExpression.String(name) : ConstantExpression.Unsupported(expression.ToString());
            case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                return Array(initializer.Expressions, expression);
            case ImplicitArrayCreationExpressionSyntax implicitArray:
                return Array(implicitArray.Initializer.Expressions, expression);
            case CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax):
                return Array(collection.Elements.Select(e => ((ExpressionElementSyntax)e).Expression), expression);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax when DottedName(expression) is { } dotted:
                return ConstantExpression.Reference(dotted);
            default:
                return ConstantExpression.Unsupported(expression.ToString());
        }
    }

    private static ConstantExpression Array(IEnumerable<ExpressionSyntax> elements, ExpressionSyntax written) =>
        ConstantExpression.Array(EquatableArray.From(elements.Select(Read)), written.ToString());

    // nameof(A.B.C) is "C"; nameof(List<int>) is "List".
    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    private static string? DottedName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access when DottedName(access.Expression) is { } left =>
            left + "." + access.Name.Identifier.ValueText,
        _ => null,
    };
}
