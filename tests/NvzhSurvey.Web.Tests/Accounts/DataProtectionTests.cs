using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Web.Tests.Accounts;

/// <summary>With a certificate configured, the data-protection keys in PostgreSQL are stored encrypted.</summary>
public sealed class DataProtectionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nvzh-dp-test-").FullName;

    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_logins_still_work()
    {
        var certificate = Path.Combine(_folder, "dataprotection.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=NVZH data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pfx, "geheim"));
        }

        await using var app = new SurveyAppFactory
        {
            SeedDemoData = false,
            Settings = { ["DataProtection:CertificatePath"] = certificate, ["DataProtection:CertificatePassword"] = "geheim" },
        };
        await app.StartAsync("nvzh_dataprotection");

        var client = await app.CreateSignedInClientAsync(SurveyAppFactory.AdminEmail);

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var db = app.Database.CreateDbContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        keys.Should().NotBeEmpty().And.OnlyContain(xml => xml!.Contains("encryptedSecret") && !xml.Contains("<masterKey"));
    }

    [Fact]
    public async Task A_certificate_path_that_does_not_exist_stops_the_app_with_a_clear_message()
    {
        await using var app = new SurveyAppFactory { SeedDemoData = false, Settings = { ["DataProtection:CertificatePath"] = Path.Combine(_folder, "ontbreekt.pfx") } };

        await FluentActions.Awaiting(() => app.StartAsync("nvzh_dataprotection_missing"))
            .Should().ThrowAsync<InvalidOperationException>().WithMessage("*ontbreekt.pfx' does not exist*");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
