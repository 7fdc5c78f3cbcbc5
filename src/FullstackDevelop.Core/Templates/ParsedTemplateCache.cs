using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using FullstackDevelop.Core.Collections;
using Scriban;
using Scriban.Parsing;

namespace FullstackDevelop.Core.Templates;

/// <summary>
/// Parsed templates keyed by the hash of their text, shared by every render in the process: the IDE's
/// generator runs, the compiler server's builds and all the projects they compile. A template is
/// parsed when first rendered and then never again while its text is unchanged; an edit changes the
/// hash, so only the edited template is parsed anew. The cache is bounded: past its capacity the
/// least recently used entries go.
/// </summary>
public sealed class ParsedTemplateCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _parseCount;
    private long _clock;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> parsed templates.</summary>
    public ParsedTemplateCache(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A cache holds at least one template.");
        }

        _capacity = capacity;
    }

    /// <summary>The cache every host uses: 512 templates is far more than a catalog holds.</summary>
    public static ParsedTemplateCache Shared { get; } = new(512);

    /// <summary>How many times a template was parsed since the process started; tests count it to prove reuse.</summary>
    public long ParseCount => Interlocked.Read(ref _parseCount);

    /// <summary>How many parsed templates the cache holds.</summary>
    public int Count => _entries.Count;

    /// <summary>The parsed form of <paramref name="source"/>, parsing it only if no template with the same text was parsed before.</summary>
    public ParsedTemplate GetOrParse(TemplateSource source)
    {
        var entry = _entries.GetOrAdd(source.ContentHash, _ => new Entry(new Lazy<ParsedTemplate>(() => Parse(source), LazyThreadSafetyMode.ExecutionAndPublication)));
        entry.LastUsed = Interlocked.Increment(ref _clock);
        var parsed = entry.Value.Value;
        if (_entries.Count > _capacity)
        {
            EvictLeastRecentlyUsed();
        }

        return parsed;
    }

    private ParsedTemplate Parse(TemplateSource source)
    {
        Interlocked.Increment(ref _parseCount);
        // Scriban's default parser options limit expression depth (250), so nesting cannot overflow the stack.
        var template = Template.Parse(source.Text, source.Path);
        var errors = template.Messages
            .Where(message => message.Type == ParserMessageType.Error)
            .Select(message => new TemplateError(message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message));
        return new ParsedTemplate(template, EquatableArray.From(errors));
    }

    private void EvictLeastRecentlyUsed()
    {
        var excess = _entries.Count - _capacity;
        foreach (var stale in _entries.OrderBy(pair => pair.Value.LastUsed).Take(excess).ToList())
        {
            _entries.TryRemove(stale.Key, out _);
        }
    }

    private sealed class Entry
    {
        private long _lastUsed;

        public Entry(Lazy<ParsedTemplate> value)
        {
            Value = value;
        }

        public Lazy<ParsedTemplate> Value { get; }

        public long LastUsed
        {
            get => Interlocked.Read(ref _lastUsed);
            set => Interlocked.Exchange(ref _lastUsed, value);
        }
    }
}
