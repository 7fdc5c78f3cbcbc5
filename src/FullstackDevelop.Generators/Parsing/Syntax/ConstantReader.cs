using System.Collections.Generic;
using System.Globalization;
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
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) && Invariant(literal.Token.Value) is { } text:
                return ConstantExpression.Numeric(text);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.TrueLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression):
                return ConstantExpression.Boolean(literal.IsKind(SyntaxKind.TrueLiteralExpression));
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negated when Read(negated.Operand) is { Kind: ConstantKind.Integer } operand:
                return ConstantExpression.Integer(-operand.Number);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negated when Read(negated.Operand) is { Kind: ConstantKind.Number } operand:
                return ConstantExpression.Numeric(operand.Text.StartsWith("-", System.StringComparison.Ordinal) ? operand.Text.Substring(1) : "-" + operand.Text);
            case TypeOfExpressionSyntax typeOf:
                return ConstantExpression.TypeOf(TypeReferenceReader.Read(typeOf.Type), expression.ToString());
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

    // A numeric literal other than an int (1.5, 2.5f, 3000000000, 10m) as invariant text that parses back to the same number.
    private static string? Invariant(object? value) => value switch
    {
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        uint number => number.ToString(CultureInfo.InvariantCulture),
        ulong number => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

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
