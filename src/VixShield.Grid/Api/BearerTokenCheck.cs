using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace VixShield.Grid.Api;

/// <summary>Checks <c>Authorization: Bearer &lt;token&gt;</c> against the configured token, and answers 401 when it does not match.</summary>
internal sealed class BearerTokenCheck
{
    private const string Scheme = "Bearer ";

    /// <summary>Tokens are compared as SHA-256 hashes so that the comparison takes the same time whatever the length or content of a guess.</summary>
    private readonly byte[] _expectedHash;

    public BearerTokenCheck(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
            throw new ArgumentException("the bearer token is empty", nameof(token));
        _expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    /// <summary>True when the endpoint is marked <see cref="AllowWithoutTokenMetadata"/> or the request carries the token.</summary>
    public bool Admits(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutTokenMetadata>() is not null || Presented(context.Request) is { } token && Matches(token);

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c> (RFC 6750) and a JSON error that says which of the two mistakes it is.</summary>
    public IResult Reject(HttpContext context)
    {
        bool missing = Presented(context.Request) is null;
        context.Response.Headers.WWWAuthenticate = missing ? "Bearer" : "Bearer error=\"invalid_token\"";
        return ApiResults.Error(StatusCodes.Status401Unauthorized, missing
            ? "unauthorized: this grid needs an API token (Authorization: Bearer <token>)"
            : "unauthorized: the API token is wrong");
    }

    private bool Matches(string token) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), _expectedHash);

    private static string? Presented(HttpRequest request)
    {
        var values = request.Headers.Authorization;
        if (values.Count != 1 || values[0] is not { } header || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return null;
        string token = header[Scheme.Length..].Trim();
        return token.Length > 0 ? token : null;
    }
}
