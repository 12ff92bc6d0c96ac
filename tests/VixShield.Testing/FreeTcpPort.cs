using System.Net;
using System.Net.Sockets;

namespace VixShield.Testing;

/// <summary>Hands out loopback TCP ports that were free a moment ago.</summary>
public static class FreeTcpPort
{
    /// <summary>A port the OS just gave out for 127.0.0.1:0; free once returned, though another process may take it before the caller binds.</summary>
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    /// <summary>Whether nothing listens on (or holds) 127.0.0.1:<paramref name="port"/> right now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
