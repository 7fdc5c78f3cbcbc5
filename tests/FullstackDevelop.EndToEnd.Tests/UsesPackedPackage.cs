using Xunit;

namespace FullstackDevelop.EndToEnd.Tests;

/// <summary>Tests that use the package share one pack of it.</summary>
[CollectionDefinition(Name)]
public sealed class UsesPackedPackage : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
