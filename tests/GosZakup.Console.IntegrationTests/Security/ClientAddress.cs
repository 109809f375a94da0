using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace GosZakup.Console.IntegrationTests.Security;

/// <summary>A test client that reaches the console from a given IP address (the address the sign-in throttle counts by),
/// keeping its cookies like a browser and following no redirects.</summary>
public static class ClientAddress
{
    public static HttpClient From(ConsoleFactory factory, string address)
    {
        var ip = IPAddress.Parse(address);
        var server = factory.Server;
        var handler = new CookieContainerHandler { InnerHandler = server.CreateHandler(context => context.Connection.RemoteIpAddress = ip) };
        return new HttpClient(handler) { BaseAddress = server.BaseAddress };
    }
}
