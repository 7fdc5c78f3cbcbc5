using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using FullstackDevelop.Core.Requirements;
using FullstackDevelop.Core.Requirements.Annotations;
using FullstackDevelop.Generators.Model;
using FullstackDevelop.Generators.Parsing.Declarations;

namespace FullstackDevelop.Generators.Parsing.Resolution;

/// <summary>Reads one <c>[Entity]</c> type: its table, and its public instance properties, base types first.</summary>
internal sealed class EntityReader
{
    private readonly TypeNameLookup _lookup;
    private readonly TypeInspector _types;
    private readonly ConstantEvaluator _constants;
    private readonly bool _annotationsEnabledByDefault;
    private readonly Dictionary<SourceTypeGroup, bool> _isEntity = new();

    public EntityReader(SourceTypeIndex index, TypeNameLookup lookup, bool annotationsEnabledByDefault)
    {
        _lookup = lookup;
        _types = new TypeInspector(lookup);
        _constants = new ConstantEvaluator(index, lookup);
        _annotationsEnabledByDefault = annotationsEnabledByDefault;
    }

    /// <summary>The entity, or null when the type is not marked <c>[Entity]</c>.</summary>
    /// <param name="group">The type.</param>
    /// <param name="diagnostics">Receives the annotations that could not be read.</param>
    public EntityModel? Read(SourceTypeGroup group, List<DiagnosticInfo> diagnostics)
    {
        if (group.Kind is not (SourceTypeKind.Class or SourceTypeKind.Record) || EntityAttribute(group) is not var (attribute, part))
        {
            return null;
        }

        var name = group.First.Name;
        var arguments = new AttributeArgumentReader(_constants, diagnostics);
        var table = attribute.NamedArguments.Any(a => a.Name == "Table")
            ? arguments.Named(attribute, "Table", new LookupScope(part), name) as string
            : null;

        var properties = new List<PropertyDeclaration>();
        var locations = new List<SourceAnchor?>();
        var annotationLocations = new List<EquatableArray<SourceAnchor?>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (external, levels, baseEntity) = Chain(group);
        foreach (var inherited in external?.Properties ?? default)
        {
            if (seen.Add(inherited.Name))
            {
                properties.Add(inherited);
                locations.Add(null);
                annotationLocations.Add(default);
            }
        }

        foreach (var (property, scope) in levels.SelectMany(OwnProperties))
        {
            if (seen.Add(property.Name))
            {
                var (declaration, annotations) = ReadProperty(property, scope, name, arguments);
                properties.Add(declaration);
                locations.Add(property.Location);
                annotationLocations.Add(annotations);
            }
        }

        var (typeAnnotations, typeAnnotationLocations) = Annotations(
            group.Parts.SelectMany(p => p.Attributes.Select(a => (Attribute: a, Scope: new LookupScope(p)))),
            name,
            arguments);
        var construction = group.Parts.Select(p => p.Construction).ToList();
        var entity = new EntityDeclaration(
            name,
            group.First.DisplayName,
            table,
            EquatableArray.From(properties),
            typeAnnotations,
            baseEntity,
            construction.Any(c => c.IsAbstract),
            !construction.Any(c => c.DeclaresConstructors) || construction.Any(c => c.HasParameterlessConstructor),
            construction.Any(c => c.DeclaresConstructors));
        return new EntityModel(entity, attribute.Location, EquatableArray.From(locations), typeAnnotationLocations, EquatableArray.From(annotationLocations));
    }

    private bool IsEntity(SourceTypeGroup group)
    {
        if (!_isEntity.TryGetValue(group, out var isEntity))
        {
            isEntity = group.Kind is SourceTypeKind.Class or SourceTypeKind.Record && EntityAttribute(group) is not null;
            _isEntity[group] = isEntity;
        }

        return isEntity;
    }

    private (SourceAttribute Attribute, SourceType Part)? EntityAttribute(SourceTypeGroup group)
    {
        foreach (var part in group.Parts)
        {
            foreach (var attribute in part.Attributes)
            {
                if (_lookup.AttributeName(attribute, new LookupScope(part)) == AttributeNames.Entity)
                {
                    return (attribute, part);
                }
            }
        }

        return null;
    }

    // The type and its source base types, base-most first, the referenced class the chain ends in, if any, and the
    // nearest base type that is an entity itself.
    private (ExternalType? External, List<(SourceTypeGroup Group, IReadOnlyDictionary<string, BoundType>? TypeArguments)> Levels, string? BaseEntity) Chain(SourceTypeGroup group)
    {
        var levels = new List<(SourceTypeGroup, IReadOnlyDictionary<string, BoundType>?)>();
        var visited = new HashSet<SourceTypeGroup>();
        (SourceTypeGroup Group, IReadOnlyDictionary<string, BoundType>? TypeArguments)? current = (group, null);
        ExternalType? external = null;
        string? baseEntity = null;
        while (current is { } level && visited.Add(level.Group))
        {
            levels.Insert(0, level);
            if (level.Group != group && baseEntity is null && IsEntity(level.Group))
            {
                baseEntity = level.Group.First.Name;
            }

            current = null;
            foreach (var part in level.Group.Parts.Where(p => p.BaseList.Count > 0))
            {
                // Only the first type in a base list can be a class.
                var baseType = TypeInspector.Substitute(new BoundType(part.BaseList[0], new LookupScope(part, level.TypeArguments)));
                var target = _types.Target(baseType);
                if (target is { Kind: TypeTargetKind.Source, Source.Kind: SourceTypeKind.Class or SourceTypeKind.Record })
                {
                    current = (target.Source!, TypeInspector.TypeArguments(target.Source!, baseType));
                    break;
                }

                if (target is { Kind: TypeTargetKind.External, External.Kind: ExternalTypeKind.Class })
                {
                    external = target.External;
                    baseEntity ??= external!.IsEntity ? external.Name : null;
                    break;
                }
            }
        }

        return (external, levels, baseEntity);
    }

    // A partial type's properties in source order: its parts are in order of file path, then position, and
    // each part's properties in its own order.
    private static IEnumerable<(SourceProperty Property, LookupScope Scope)> OwnProperties((SourceTypeGroup Group, IReadOnlyDictionary<string, BoundType>? TypeArguments) level) =>
        level.Group.Parts.SelectMany(part =>
        {
            var scope = new LookupScope(part, level.TypeArguments);
            return part.Properties.Select(property => (Property: property, Scope: scope));
        });

    private (PropertyDeclaration Declaration, EquatableArray<SourceAnchor?> AnnotationLocations) ReadProperty(SourceProperty property, LookupScope scope, string entity, AttributeArgumentReader arguments)
    {
        var type = TypeInspector.Substitute(new BoundType(property.Type, scope));
        bool isNullable;
        if (type.Reference.Kind == TypeReferenceKind.Nullable)
        {
            type = TypeInspector.Substitute(type.With(type.Reference.Arguments[0]));
            isNullable = true;
        }
        else if (_types.Target(type) is { Kind: TypeTargetKind.WellKnown, WellKnown: WellKnownKind.Nullable } && type.Reference.Arguments.Count == 1)
        {
            type = TypeInspector.Substitute(type.With(type.Reference.Arguments[0]));
            isNullable = true;
        }
        else
        {
            // Without nullable annotations a reference type may always be null.
            var annotated = property.Annotations == NullableAnnotations.Enabled
                || (property.Annotations == NullableAnnotations.ProjectDefault && _annotationsEnabledByDefault);
            isNullable = !annotated && !_types.IsValueType(type);
        }

        var collection = _types.Collection(type);
        var target = collection?.Element ?? type;
        var resolved = _types.Target(target);
        var (annotations, locations) = Annotations(property.Attributes.Select(a => (Attribute: a, Scope: scope)), entity + "." + property.Name, arguments);
        var declaration = new PropertyDeclaration(
            property.Name,
            _types.Display(target),
            isNullable,
            collection is not null,
            resolved switch
            {
                { Kind: TypeTargetKind.Source } when IsEntity(resolved.Source!) => resolved.Source!.First.Name,
                { Kind: TypeTargetKind.External, External.IsEntity: true } => resolved.External!.Name,
                _ => null,
            },
            resolved switch
            {
                { Kind: TypeTargetKind.Source, Source.Kind: SourceTypeKind.Enum } => resolved.Source!.First.EnumMembers,
                { Kind: TypeTargetKind.External, External.Kind: ExternalTypeKind.Enum } => resolved.External!.EnumMembers,
                _ => default,
            },
            annotations,
            property.Access,
            collection is { IsReadOnly: true },
            property.IsRequiredMember,
            property.HasInitializer);
        return (declaration, locations);
    }

    // The attributes of AnnotationNames among those written, with their constant arguments, and where each is.
    private (EquatableArray<AnnotationDeclaration> Annotations, EquatableArray<SourceAnchor?> Locations) Annotations(
        IEnumerable<(SourceAttribute Attribute, LookupScope Scope)> attributes,
        string owner,
        AttributeArgumentReader arguments)
    {
        var annotations = new List<AnnotationDeclaration>();
        var locations = new List<SourceAnchor?>();
        foreach (var (attribute, scope) in attributes)
        {
            if (_lookup.AttributeName(attribute, scope) is not { } metadataName || !WellKnownTypes.IsAnnotation(metadataName))
            {
                continue;
            }

            // An attribute FullstackDevelop does not support is reported as a whole: its arguments are not read.
            annotations.Add(AnnotationNames.SupportOf(metadataName) != AnnotationSupport.Supported
                ? AnnotationDeclaration.Of(metadataName)
                : new AnnotationDeclaration(
                    metadataName,
                    EquatableArray.From(attribute.Arguments.Select(argument => Value(argument, attribute, scope, owner, arguments))),
                    EquatableArray.From(attribute.NamedArguments.Select(named => new NamedAnnotationValue(named.Name, Value(named.Value, attribute, scope, owner, arguments))))));
            locations.Add(attribute.Location);
        }

        return (EquatableArray.From(annotations), EquatableArray.From(locations));
    }

    private static AnnotationValue Value(ConstantExpression expression, SourceAttribute attribute, LookupScope scope, string owner, AttributeArgumentReader arguments)
    {
        if (!arguments.TryRead(expression, attribute, scope, owner, out var value))
        {
            return AnnotationValue.Unreadable;
        }

        return value switch
        {
            null => AnnotationValue.Null,
            int number => AnnotationValue.WholeNumber(number),
            NumberConstant number => new AnnotationValue(AnnotationValueKind.Number, number.Text),
            string text => AnnotationValue.Quoted(text),
            bool flag => AnnotationValue.Boolean(flag),
            TypeOfConstant type => AnnotationValue.Type(type.MetadataName),
            _ => AnnotationValue.Unreadable,
        };
    }
}
