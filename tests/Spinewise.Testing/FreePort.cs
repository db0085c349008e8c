using System.Net;
using System.Net.Sockets;

namespace Spinewise.Testing;

/// <summary>Free TCP ports on the loopback interface, for servers a test starts.</summary>
public static class FreePort
{
    /// <summary>
    /// A port on 127.0.0.1 that nothing listened on a moment ago (the system's pick for port 0). Another process may
    /// take it before the caller binds it; callers that start a server retry with a new port when binding fails.
    /// </summary>
    public static int OnLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
