using System.Text;
using Akka.Actor;
using Microsoft.AspNetCore.Http;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Results;
using VixShield.Sweeps;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace VixShield.Grid.Api;

/// <summary>
/// <c>GET /sweeps/{id}/results[?format=csv|parquet]</c>: the results so far, read from the journal, in the same files
/// <c>vixshield sweep</c> writes (<see cref="SweepResultFiles"/>): CSV streamed as it is written, or the Parquet file.
/// </summary>
internal static class ResultsEndpoint
{
    public const string ParquetMediaType = "application/vnd.apache.parquet";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<IResult> HandleAsync(string id, string? format, SweepApiOptions options, CancellationToken cancel)
    {
        string kind = string.IsNullOrEmpty(format) ? "csv" : format.ToLowerInvariant();
        if (kind is not ("csv" or "parquet"))
            return ApiResults.BadRequest($"format: '{format}' is not csv or parquet");
        var source = await options.Coordinator.Ask<SweepSource>(new GetSweepSource(id), options.AskTimeout, cancel);
        if (!source.IsKnown)
            return ApiResults.UnknownSweep(id);

        // The axis columns come from the file the sweep was accepted with, exactly as the coordinator read it.
        var sweep = SweepFile.Parse(source.SourceText, source.SourcePath);
        var table = new SweepResultTable(sweep, await SweepResultsQuery.ReadAsync(options.System, id, cancel));
        if (kind == "csv")
        {
            return HttpResults.Stream(async body =>
            {
                await using var writer = new StreamWriter(body, Utf8, bufferSize: 64 * 1024, leaveOpen: true);
                await ResultsCsv.WriteAsync(writer, table, cancel);
            }, "text/csv; charset=utf-8", SweepResultFiles.CsvName);
        }

        // Parquet's footer points back into the file, so it is written to a temporary file first and sent from there (deleted on close).
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await ResultsParquet.WriteAsync(file, table, cancel);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        return HttpResults.Stream(file, ParquetMediaType, SweepResultFiles.ParquetName);
    }
}
