using QRCoder;

namespace NvzhSurvey.Web.Features.Accounts.TwoFactor;

/// <summary>A QR code as a PNG data URI (the CSP allows <c>img-src data:</c>), made on the server: no script needed.</summary>
internal static class QrCodeImage
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
