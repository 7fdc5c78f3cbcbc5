using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FullstackDevelop.Generators.Parsing.Syntax;

/// <summary>
/// Reads a syntax tree's assembly attributes, type declarations, using directives and properties,
/// from syntax alone: the per-file step of the generator, cached by tree, so an edit re-reads only
/// its own file.
/// </summary>
internal static class DeclarationCollector
{
    public static FileReading Collect(SyntaxTree tree, CancellationToken cancellationToken)
    {
        try
        {
            return Read(tree, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var none = new ImportScope(string.Empty, default, default);
            return new FileReading(
                new FileDeclarations(tree.FilePath, default, none, none, default, exception.GetType().Name + ": " + exception.Message),
                new FileLocations(tree.FilePath, default));
        }
    }

    private static FileReading Read(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
        var reader = new FileReader(tree.FilePath, root, cancellationToken);
        var globals = Imports(string.Empty, root.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)));
        var fileScope = Imports(string.Empty, root.Usings.Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)));
        reader.ReadMembers(root.Members, string.Empty, new[] { fileScope }, null);
        var assemblyAttributes = reader.Attributes(root.AttributeLists, "assembly", targetRequired: true);
        return new FileReading(
            new FileDeclarations(tree.FilePath, EquatableArray.From(reader.Types), globals, fileScope, assemblyAttributes),
            new FileLocations(tree.FilePath, EquatableArray.From(reader.Locations)));
    }

    private static ImportScope Imports(string @namespace, IEnumerable<UsingDirectiveSyntax> usings)
    {
        var imports = new List<string>();
        var aliases = new List<UsingAlias>();
        var statics = new List<string>();
        foreach (var directive in usings)
        {
            if (directive.Name is null)
            {
                continue;
            }

            // 'using static' brings the type's nested types into scope, besides its members.
            if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            {
                if (TypeReferenceReader.ReadName(directive.Name) is { Arguments.Count: 0 } type)
                {
                    statics.Add(string.Join(".", type.Qualifier.Append(type.Name)));
                }
            }
            else if (directive.Alias is not null)
            {
                if (TypeReferenceReader.ReadName(directive.Name) is { } target)
                {
                    aliases.Add(new UsingAlias(directive.Alias.Name.Identifier.ValueText, target));
                }
            }
            else if (TypeReferenceReader.ReadName(directive.Name) is { Arguments.Count: 0 } name)
            {
                imports.Add(string.Join(".", name.Qualifier.Append(name.Name)));
            }
        }

        return new ImportScope(@namespace, EquatableArray.From(imports), EquatableArray.From(aliases), EquatableArray.From(statics));
    }

    private sealed class FileReader
    {
        private readonly string _filePath;
        private readonly CancellationToken _cancellationToken;
        private readonly NullableDirectiveMap _nullable;

        public FileReader(string filePath, CompilationUnitSyntax root, CancellationToken cancellationToken)
        {
            _filePath = filePath;
            _cancellationToken = cancellationToken;
            _nullable = new NullableDirectiveMap(root);
        }

        public List<SourceType> Types { get; } = new();

        /// <summary>The places the declarations' anchors stand for, by ordinal.</summary>
        public List<LocationInfo> Locations { get; } = new();

        // scopes: innermost first. container: the containing type, null at namespace level.
        public void ReadMembers(SyntaxList<MemberDeclarationSyntax> members, string @namespace, IReadOnlyList<ImportScope> scopes, SourceType? container)
        {
            foreach (var member in members)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax declaration:
                        ReadNamespace(declaration, @namespace, scopes);
                        break;
                    case BaseTypeDeclarationSyntax type:
                        ReadType(type, @namespace, scopes, container);
                        break;
                }
            }
        }

        private void ReadNamespace(BaseNamespaceDeclarationSyntax declaration, string outer, IReadOnlyList<ImportScope> scopes)
        {
            var name = TypeReferenceReader.ReadName(declaration.Name);
            if (name is null)
            {
                return;
            }

            // 'namespace A.B' in 'X' looks up X.A.B, then X.A, then X: only the innermost level has its usings.
            var inner = new List<ImportScope>();
            var current = outer;
            foreach (var part in name.Qualifier.Append(name.Name))
            {
                current = current.Length == 0 ? part : current + "." + part;
                inner.Insert(0, new ImportScope(current, default, default));
            }

            inner[0] = Imports(current, declaration.Usings);
            ReadMembers(declaration.Members, current, inner.Concat(scopes).ToList(), null);
        }

        private void ReadType(BaseTypeDeclarationSyntax syntax, string @namespace, IReadOnlyList<ImportScope> scopes, SourceType? container)
        {
            SourceTypeKind? known = syntax switch
            {
                RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? SourceTypeKind.Struct : SourceTypeKind.Record,
                ClassDeclarationSyntax => SourceTypeKind.Class,
                StructDeclarationSyntax => SourceTypeKind.Struct,
                InterfaceDeclarationSyntax => SourceTypeKind.Interface,
                EnumDeclarationSyntax => SourceTypeKind.Enum,
                _ => null,
            };

            // A newer compiler's kinds of type declaration (C# 14 extension blocks) declare nothing entities use.
            if (known is not { } kind)
            {
                return;
            }

            var name = syntax.Identifier.ValueText;
            var typeParameters = (syntax as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Select(p => p.Identifier.ValueText).ToList() ?? new List<string>();
            var metadataName = (container is not null ? container.MetadataName + "+" : @namespace.Length > 0 ? @namespace + "." : string.Empty)
                + name + (typeParameters.Count > 0 ? "`" + typeParameters.Count : string.Empty);
            var displayName = (container is not null ? container.DisplayName + "." : @namespace.Length > 0 ? @namespace + "." : string.Empty)
                + name + (typeParameters.Count > 0 ? "<" + string.Join(", ", typeParameters) + ">" : string.Empty);

            var type = new SourceType(
                metadataName,
                displayName,
                name,
                kind,
                EquatableArray.From(syntax.BaseList?.Types.Select(t => TypeReferenceReader.Read(t.Type))),
                Attributes(syntax.AttributeLists, "type", targetRequired: false),
                kind == SourceTypeKind.Interface ? default : Properties(syntax as TypeDeclarationSyntax),
                syntax is EnumDeclarationSyntax enumeration ? EquatableArray.From(enumeration.Members.Select(m => m.Identifier.ValueText)) : default,
                Constants(syntax as TypeDeclarationSyntax),
                EquatableArray.From(scopes),
                EquatableArray.From(typeParameters),
                container is null ? default : EquatableArray.From(container.ContainingTypes.Prepend(container.MetadataName)),
                _filePath,
                Types.Count,
                Construction(syntax as TypeDeclarationSyntax));
            Types.Add(type);

            if (syntax is TypeDeclarationSyntax withMembers)
            {
                ReadMembers(withMembers.Members, @namespace, scopes, type);
            }
        }

        private EquatableArray<SourceProperty> Properties(TypeDeclarationSyntax? syntax)
        {
            if (syntax is null)
            {
                return default;
            }

            var properties = new List<SourceProperty>();
            var explicitNames = new HashSet<string>(syntax.Members.OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier.ValueText));

            // A record's positional parameters are properties; an explicit property of the same name replaces one.
            if (syntax is RecordDeclarationSyntax { ParameterList: { } parameters })
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (parameter.Type is not null && !explicitNames.Contains(parameter.Identifier.ValueText))
                    {
                        properties.Add(Property(parameter.Identifier, parameter.Type, Attributes(parameter.AttributeLists, "property", targetRequired: true), PropertyAccess.InitOnly, isRequiredMember: false, hasInitializer: false));
                    }
                }
            }

            foreach (var property in syntax.Members.OfType<PropertyDeclarationSyntax>())
            {
                if (property.Modifiers.Any(SyntaxKind.PublicKeyword) && !property.Modifiers.Any(SyntaxKind.StaticKeyword) && HasGetter(property))
                {
                    properties.Add(Property(
                        property.Identifier,
                        property.Type,
                        Attributes(property.AttributeLists, "property", targetRequired: false),
                        Access(property),
                        property.Modifiers.Any(SyntaxKind.RequiredKeyword),
                        property.Initializer?.Value is { } value && !IsNullOrDefault(value)));
                }
            }

            return EquatableArray.From(properties);
        }

        private SourceProperty Property(SyntaxToken identifier, TypeSyntax type, EquatableArray<SourceAttribute> attributes, PropertyAccess access, bool isRequiredMember, bool hasInitializer) =>
            new(identifier.ValueText, TypeReferenceReader.Read(type), _nullable.At(type.SpanStart), attributes, Anchor(identifier.GetLocation()), access, isRequiredMember, hasInitializer);

        // Generated code lives in the same assembly, so an internal setter is as good as a public one.
        private SourceAnchor? Anchor(Location location)
        {
            if (LocationInfo.From(location) is not { } info)
            {
                return null;
            }

            Locations.Add(info);
            return new SourceAnchor(_filePath, Locations.Count - 1);
        }

        private static PropertyAccess Access(PropertyDeclarationSyntax property)
        {
            var setter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.SetAccessorDeclaration) || a.IsKind(SyntaxKind.InitAccessorDeclaration));
            if (setter is null)
            {
                return PropertyAccess.GetOnly;
            }

            if (setter.Modifiers.Any(SyntaxKind.PrivateKeyword) || (setter.Modifiers.Any(SyntaxKind.ProtectedKeyword) && !setter.Modifiers.Any(SyntaxKind.InternalKeyword)))
            {
                return PropertyAccess.NonPublicSetter;
            }

            return setter.IsKind(SyntaxKind.InitAccessorDeclaration) ? PropertyAccess.InitOnly : PropertyAccess.ReadWrite;
        }

        private static TypeConstruction Construction(TypeDeclarationSyntax? syntax)
        {
            if (syntax is null)
            {
                return default;
            }

            var constructors = syntax.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
            var primary = syntax.ParameterList is { Parameters.Count: > 0 };

            // Without an access modifier a constructor is private; protected ones serve derived types only.
            var callable = constructors.Any(c => c.ParameterList.Parameters.Count == 0
                && (c.Modifiers.Any(SyntaxKind.PublicKeyword) || c.Modifiers.Any(SyntaxKind.InternalKeyword)));
            return new TypeConstruction(syntax.Modifiers.Any(SyntaxKind.AbstractKeyword), constructors.Count > 0 || primary, callable);
        }

        // 'null!' and 'default!' only silence the nullable warning: the value is still null or the default.
        private static bool IsNullOrDefault(ExpressionSyntax value)
        {
            while (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } or ParenthesizedExpressionSyntax)
            {
                value = value is PostfixUnaryExpressionSyntax suppressed ? suppressed.Operand : ((ParenthesizedExpressionSyntax)value).Expression;
            }

            return value.IsKind(SyntaxKind.NullLiteralExpression) || value.IsKind(SyntaxKind.DefaultLiteralExpression);
        }

        private static bool HasGetter(PropertyDeclarationSyntax property) =>
            property.ExpressionBody is not null
            || property.AccessorList?.Accessors.Any(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) == true;

        private static EquatableArray<NamedConstant> Constants(TypeDeclarationSyntax? syntax) =>
            EquatableArray.From(syntax?.Members
                .OfType<FieldDeclarationSyntax>()
                .Where(field => field.Modifiers.Any(SyntaxKind.ConstKeyword))
                .SelectMany(field => field.Declaration.Variables)
                .Where(variable => variable.Initializer is not null)
                .Select(variable => new NamedConstant(variable.Identifier.ValueText, ConstantReader.Read(variable.Initializer!.Value))));

        // An attribute applies when its target is the given one, or when it has none and none is required.
        public EquatableArray<SourceAttribute> Attributes(SyntaxList<AttributeListSyntax> lists, string target, bool targetRequired)
        {
            var attributes = new List<SourceAttribute>();
            foreach (var list in lists)
            {
                var written = list.Target?.Identifier.ValueText;
                if (written is null ? targetRequired : written != target)
                {
                    continue;
                }

                foreach (var attribute in list.Attributes)
                {
                    if (TypeReferenceReader.ReadName(attribute.Name) is not { } name)
                    {
                        continue;
                    }

                    var arguments = attribute.ArgumentList?.Arguments ?? default;
                    attributes.Add(new SourceAttribute(
                        name,
                        EquatableArray.From(arguments.Where(a => a.NameEquals is null).Select(a => ConstantReader.Read(a.Expression))),
                        EquatableArray.From(arguments.Where(a => a.NameEquals is not null).Select(a => new NamedConstant(a.NameEquals!.Name.Identifier.ValueText, ConstantReader.Read(a.Expression)))),
                        Anchor(attribute.GetLocation())));
                }
            }

            return EquatableArray.From(attributes);
        }
    }
}
