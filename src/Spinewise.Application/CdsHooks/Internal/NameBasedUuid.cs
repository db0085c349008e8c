using System.Security.Cryptography;
using System.Text;

namespace Spinewise.Application.CdsHooks.Internal;

/// <summary>RFC 9562 version 5 (SHA-1, name-based) UUIDs: the same namespace and name always give the same UUID.</summary>
internal static class NameBasedUuid
{
    public static Guid Create(Guid @namespace, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        @namespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 version 5 is defined with; it names ids, it protects nothing.
        SHA1.HashData(bytes, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // variant 10xx
        return new Guid(hash[..16], bigEndian: true);
    }
}
