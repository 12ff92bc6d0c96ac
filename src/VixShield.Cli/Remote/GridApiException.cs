using System.Net;

namespace VixShield.Cli.Remote;

/// <summary>A call to a grid's HTTP API failed (or could not be made): the message is the one line to show, without a stack trace.</summary>
/// <param name="status">The HTTP status of the answer; null when there was none (unreachable, no answer in time, no credentials).</param>
internal sealed class GridApiException(string message, HttpStatusCode? status = null) : Exception(message)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Worth asking again: no answer at all, or 503 (the coordinator is moving between nodes).</summary>
    public bool IsTransient => Status is null or HttpStatusCode.ServiceUnavailable;
}
