using System;
using System.Buffers;

namespace FullstackDevelop.Generators.Emitting;

/// <summary>
/// Builds the text of a large generated file whose length is known in advance in a pooled buffer, so the text is
/// allocated once, as its string. A <see cref="System.Text.StringBuilder"/> of that size allocates it twice, both times
/// on the large object heap, on every edit that joins the file again (the snapshot, an entity group's file).
/// </summary>
internal sealed class LargeSourceBuilder : IDisposable
{
    private char[]? _buffer;
    private int _length;

    /// <summary>A builder for a text of exactly <paramref name="length"/> characters.</summary>
    public LargeSourceBuilder(int length)
    {
        _buffer = ArrayPool<char>.Shared.Rent(length);
    }

    /// <summary>Appends <paramref name="text"/>.</summary>
    public LargeSourceBuilder Append(string text) => Append(text, 0, text.Length);

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public LargeSourceBuilder Append(string text, int start, int count)
    {
        var buffer = Buffer;
        if (_length + count > buffer.Length)
        {
            throw new InvalidOperationException("The text is longer than the length it was given.");
        }

        text.CopyTo(start, buffer, _length, count);
        _length += count;
        return this;
    }

    /// <summary>Appends <paramref name="character"/>.</summary>
    public LargeSourceBuilder Append(char character)
    {
        var buffer = Buffer;
        if (_length == buffer.Length)
        {
            throw new InvalidOperationException("The text is longer than the length it was given.");
        }

        buffer[_length++] = character;
        return this;
    }

    /// <summary>The text appended so far.</summary>
    public override string ToString() => new(Buffer, 0, _length);

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(LargeSourceBuilder));
}
