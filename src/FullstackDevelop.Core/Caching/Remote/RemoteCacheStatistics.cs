using System;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>What the remote cache level did in one build, for the summary line and <c>fullstack-report.json</c>.</summary>
/// <param name="Address">The server, as it may be printed (no credentials).</param>
/// <param name="ReadOnly">True when uploads were off.</param>
/// <param name="Hits">Lookups the server answered with a verified result.</param>
/// <param name="Misses">Lookups it had nothing for, or nothing usable.</param>
/// <param name="Rejected">Entries refused: a bad or missing signature, a malformed entry, or a blob that failed verification.</param>
/// <param name="Uploads">Results uploaded completely (blobs, then the action entry).</param>
/// <param name="BytesDown">Body bytes received.</param>
/// <param name="BytesUp">Body bytes sent.</param>
/// <param name="Errors">Operations that failed on a timeout, a broken connection or a server error.</param>
/// <param name="Requests">HTTP requests sent, retries included.</param>
/// <param name="TimeSaved">The agent time the hits spared: how long the runs that produced them took.</param>
/// <param name="SwitchedOff">True when the level was switched off after consecutive failures.</param>
/// <param name="UnfinishedUploads">Uploads still running when the build stopped waiting for them.</param>
public sealed record RemoteCacheStatistics(
    string Address,
    bool ReadOnly,
    int Hits,
    int Misses,
    int Rejected,
    int Uploads,
    long BytesDown,
    long BytesUp,
    int Errors,
    int Requests,
    TimeSpan TimeSaved,
    bool SwitchedOff,
    int UnfinishedUploads);
