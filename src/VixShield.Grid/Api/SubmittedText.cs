using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace VixShield.Grid.Api;

/// <summary>Reads a request body as sweep-file text, never holding more than the limit whatever Content-Length claims.</summary>
internal static class SubmittedText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body's text, or the one-line reason it is not acceptable.</summary>
    public static async Task<(string? Text, string? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancel)
    {
        string tooLarge = $"the request body is larger than this node's limit of {limit:N0} bytes";
        if (request.ContentLength > limit)
            return (null, tooLarge);
        // The server's own cap (Kestrel: 30 MB) must not cut in before ours when ours is higher.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false, MaxRequestBodySize: { } serverLimit } feature && serverLimit < limit)
            feature.MaxRequestBodySize = limit;

        byte[] bytes;
        try
        {
            bytes = await ReadUpToAsync(request.Body, limit, cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge);
        }

        if (bytes.Length > limit)
            return (null, tooLarge);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the request body is not UTF-8 text; send the sweep file (YAML) as it is on disk");
        }

        // File.ReadAllText drops a byte-order mark; so must we, or the same file would get another sweep id here.
        text = text.TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text)
            ? (null, "the request body is empty; send the sweep file (YAML) as the body, e.g. curl --data-binary @sweep.yaml")
            : (text, null);
    }

    /// <summary>At most <paramref name="limit"/> + 1 bytes: one byte more than allowed is enough to know the body is too large.</summary>
    private static async Task<byte[]> ReadUpToAsync(Stream body, long limit, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        while (buffer.Length <= limit)
        {
            int wanted = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            int read = await body.ReadAsync(chunk.AsMemory(0, wanted), cancel);
            if (read == 0)
                break;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
