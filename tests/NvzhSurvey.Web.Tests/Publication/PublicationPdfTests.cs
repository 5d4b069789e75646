namespace NvzhSurvey.Web.Tests.Publication;

public class PublicationPdfTests(PublicationFixture publication) : IClassFixture<PublicationFixture>
{
    [Fact]
    public void The_2024_publication_is_a_pdf()
    {
        publication.Pdf2024.Should().NotBeEmpty();
    }
}
