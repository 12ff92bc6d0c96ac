namespace VixShield.Grid.Api;

/// <summary>
/// Marks an endpoint that answers without the API token (see <see cref="BearerTokenExtensions.AllowWithoutToken{TBuilder}"/>):
/// the health probes, because the kubelet calls them without credentials and they reveal nothing about sweeps.
/// </summary>
public sealed class AllowWithoutTokenMetadata
{
    public static AllowWithoutTokenMetadata Instance { get; } = new();

    private AllowWithoutTokenMetadata()
    {
    }
}
