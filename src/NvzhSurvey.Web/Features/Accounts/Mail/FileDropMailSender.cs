using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Development and tests: writes each mail as a UTF-8 .eml file (8bit body, links readable) to the drop folder.</summary>
internal sealed class FileDropMailSender(IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<FileDropMailSender> logger) : IMailSender
{
    public bool DeliversExternally => false;

    public string Folder => Path.Combine(environment.ContentRootPath, options.Value.DropFolder ?? Path.Combine("App_Data", "mail"));

    public async Task SendAsync(MailMessageModel message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var name = $"{now:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var content = new StringBuilder()
            .Append("From: ").Append(Header(options.Value.From)).Append("\r\n")
            .Append("To: ").Append(Header(message.To)).Append("\r\n")
            .Append("Subject: ").Append(EncodedWord(Header(message.Subject))).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(message.TextBody.ReplaceLineEndings("\r\n"))
            .ToString();
        if (message.Attachment is { } attachment)
        {
            // An attachment (e.g. an .ics) makes a multipart message: written whole by MimeKit, text part still 8bit.
            using var mime = MimeMessages.Build(options.Value.From, message, eightBit: true);
            mime.Date = now;
            await mime.WriteToAsync(Path.Combine(Folder, name), cancellationToken);
            logger.LogInformation("Mail with attachment written to drop folder as {File}", name);
            return;
        }

        await File.WriteAllTextAsync(Path.Combine(Folder, name), content, new UTF8Encoding(false), cancellationToken);
        logger.LogInformation("Mail written to drop folder as {File}", name);
    }

    // No line breaks in header values (header injection), and non-ASCII as an RFC 2047 encoded word.
    private static string Header(string value) => value.ReplaceLineEndings(" ");

    private static string EncodedWord(string value) =>
        value.All(char.IsAscii) ? value : "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) + "?=";
}
