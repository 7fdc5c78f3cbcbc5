using System;
using System.Collections.Generic;
using System.Linq;
using FullstackDevelop.Core.Collections;
using Xunit;

namespace FullstackDevelop.Core.Tests.Collections;

public sealed class EquatableArrayTests
{
    private sealed record Holder(string Name, EquatableArray<string> Items);

    [Fact]
    public void ArraysWithTheSameElementsAreEqual()
    {
        var left = EquatableArray.Of("a", "b", "c");
        var right = EquatableArray.From(new List<string> { "a", "b", "c" });

        Assert.True(left.Equals(right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void OrderMatters()
    {
        var left = EquatableArray.Of("a", "b");
        var right = EquatableArray.Of("b", "a");

        Assert.False(left.Equals(right));
        Assert.True(left != right);
        Assert.NotEqual(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void ArraysOfDifferentLengthAreNotEqual()
    {
        Assert.NotEqual(EquatableArray.Of("a", "b"), EquatableArray.Of("a", "b", "c"));
        Assert.NotEqual(EquatableArray.Of("a", "b", "c"), EquatableArray.Of("a", "b"));
    }

    [Fact]
    public void DefaultEqualsEmptyAndHashesTheSame()
    {
        var empty = EquatableArray.Of<string>();
        EquatableArray<string> none = default;

        Assert.Equal(empty, none);
        Assert.True(none == empty);
        Assert.Equal(empty.GetHashCode(), none.GetHashCode());
        Assert.Empty(none);
        Assert.Equal(empty.Count, none.Count);
        Assert.True(none.AsSpan().IsEmpty);
    }

    [Fact]
    public void FromNullIsDefault()
    {
        var array = EquatableArray.From<string>(null);

        Assert.Equal(default, array);
        Assert.Empty(array);
        Assert.True(array.AsSpan().IsEmpty);
    }

    [Fact]
    public void FromCopiesTheSource()
    {
        var source = new List<string> { "a", "b" };
        var array = EquatableArray.From(source);

        source[0] = "changed";
        source.Add("c");

        Assert.Equal(2, array.Count);
        Assert.Equal("a", array[0]);
    }

    [Fact]
    public void IndexerAndEnumerationFollowTheElementOrder()
    {
        var array = EquatableArray.Of(3, 1, 2);

        Assert.Equal(3, array.Count);
        Assert.Equal(1, array[1]);
        Assert.Equal(new List<int> { 3, 1, 2 }, array.ToList());
        Assert.Equal(3, array.AsSpan().Length);
    }

    [Fact]
    public void IndexingOutsideTheArrayThrows()
    {
        EquatableArray<int> none = default;
        var array = EquatableArray.Of(1);

        Assert.Throws<IndexOutOfRangeException>(() => none[0]);
        Assert.Throws<IndexOutOfRangeException>(() => array[1]);
    }

    [Fact]
    public void EqualsObjectRequiresAnEquatableArrayOfTheSameType()
    {
        var array = EquatableArray.Of("a");

        Assert.True(array.Equals((object)EquatableArray.Of("a")));
        Assert.False(array.Equals((object)EquatableArray.Of("b")));
        Assert.False(array.Equals(new[] { "a" }));
        Assert.False(array.Equals(null));
    }

    [Fact]
    public void NullElementsAreComparedAndHashed()
    {
        var left = EquatableArray.Of<string?>("a", null);
        var right = EquatableArray.Of<string?>("a", null);
        var other = EquatableArray.Of<string?>(null, "a");

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, other);
    }

    [Fact]
    public void RecordsHoldingArraysCompareByContent()
    {
        var left = new Holder("x", EquatableArray.Of("a", "b"));
        var right = new Holder("x", EquatableArray.From(new[] { "a", "b" }.Select(item => item)));
        var different = new Holder("x", EquatableArray.Of("a", "c"));

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, different);
    }

    [Fact]
    public void NestedArraysCompareByContent()
    {
        var left = EquatableArray.Of(EquatableArray.Of(1, 2), EquatableArray.Of(3));
        var right = EquatableArray.Of(EquatableArray.Of(1, 2), EquatableArray.Of(3));

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }
}
