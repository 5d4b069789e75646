using MimeKit;
using MimeKit.Text;

namespace NvzhSurvey.Web.Features.Accounts.Mail;

/// <summary>Builds the MIME message of a mail: UTF-8 text, an optional attachment, a stable Message-ID.</summary>
internal static class MimeMessages
{
    public static MimeMessage Build(string from, MailMessageModel model, bool eightBit)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(model.To));
        message.Subject = model.Subject.ReplaceLineEndings(" ");
        if (model.MessageId is { } id)
        {
            message.MessageId = id;
        }

        var text = new TextPart(TextFormat.Plain);
        text.SetText("utf-8", model.TextBody);
        if (eightBit)
        {
            text.ContentTransferEncoding = ContentEncoding.EightBit;
        }

        if (model.Attachment is not { } attachment)
        {
            message.Body = text;
            return message;
        }

        var file = new MimePart(ContentType.Parse(attachment.ContentType))
        {
            Content = new MimeContent(new MemoryStream(attachment.Content)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };
        message.Body = new Multipart("mixed") { text, file };
        return message;
    }
}
