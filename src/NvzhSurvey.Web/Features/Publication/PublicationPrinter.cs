namespace NvzhSurvey.Web.Features.Publication;

/// <summary>The printer the exports use: the bounded <see cref="PrintQueue"/> in front of the <see cref="WarmChromiumPrinter"/>.</summary>
public sealed class PublicationPrinter(PrintQueue queue, WarmChromiumPrinter printer)
{
    public Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken = default) =>
        queue.RunAsync(token => printer.PrintAsync(html, token), cancellationToken);
}
