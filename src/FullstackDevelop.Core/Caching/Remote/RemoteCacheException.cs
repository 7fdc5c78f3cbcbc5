using System;

namespace FullstackDevelop.Core.Caching.Remote;

/// <summary>A request to the remote cache failed: no answer in time, a broken connection, a server error or a refused upload.</summary>
public sealed class RemoteCacheException : Exception
{
    /// <summary>Creates a fault with a message that names no credentials.</summary>
    public RemoteCacheException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
