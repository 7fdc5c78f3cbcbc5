using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace FullstackDevelop.Generators.Tests.Runtime.Hosting;

/// <summary>
/// Keeps what a started app logs at warning level and above, with exceptions, so a failing request can be explained
/// by the server's side of it; the console logger would interleave every app of the run in the test output.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private const int MaxEntries = 200;

    private readonly ConcurrentQueue<string> _entries = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>Everything logged so far, oldest first.</summary>
    public IReadOnlyList<string> Entries => _entries.ToArray();

    /// <summary>The entries logged after <paramref name="count"/> entries, for the part of the log one request caused.</summary>
    public string Since(int count) => string.Join(Environment.NewLine, _entries.Skip(count));

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        if (_entries.Count < MaxEntries)
        {
            _entries.Enqueue(entry);
        }
    }

    // The exception's chain of messages: enough to see the cause, without the stack traces.
    private static string Causes(Exception? exception)
    {
        var causes = string.Empty;
        for (var current = exception; current is not null; current = current.InnerException)
        {
            causes += Environment.NewLine + "  " + current.GetType().Name + ": " + Shorten(current.Message);
        }

        return causes;
    }

    private static string Shorten(string text) => text.Length <= 800 ? text : string.Concat(text.AsSpan(0, 800), "…");

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add(logLevel + " " + category + ": " + Shorten(formatter(state, exception)) + Causes(exception));
            }
        }
    }
}
