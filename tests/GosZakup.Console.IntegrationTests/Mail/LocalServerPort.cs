using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GosZakup.Console.IntegrationTests.Mail;

/// <summary>What the test servers (SMTP, IMAP) need of their port: a free one, and waiting until it answers.</summary>
internal static class LocalServerPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits up to 15 s for 127.0.0.1:<paramref name="port"/> to accept; fails at once if the process exits.</summary>
    /// <param name="why">What to say when the process exits or never listens (its log, say).</param>
    public static async Task WaitUntilListeningAsync(Process process, int port, string name, Func<string> why, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before listening on port {port}: {why()}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, ct);
            }
        }
        throw new TimeoutException($"{name} did not listen on 127.0.0.1:{port} within 15 s: {why()}");
    }
}
