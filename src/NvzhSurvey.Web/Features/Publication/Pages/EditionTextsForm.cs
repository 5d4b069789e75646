using NvzhSurvey.Core.Editions;
using NvzhSurvey.Core.Questionnaires;

namespace NvzhSurvey.Web.Features.Publication.Pages;

/// <summary>The narrative texts of an edition as edited on /edities/{year}/teksten (never bound to entities).</summary>
public sealed class EditionTextsForm
{
    public List<Entry> Entries { get; } = [];

    public sealed class Entry
    {
        public required string Key { get; init; }
        public required string Label { get; init; }
        public string Markdown { get; set; } = "";
        public string Saved { get; set; } = "";
        public bool IsChanged => Markdown != Saved;
    }

    /// <summary>Introduction, one text per chapter (questionnaire section), closing; stored texts filled in.</summary>
    public static EditionTextsForm For(IEnumerable<Section> sections, IEnumerable<EditionText> texts)
    {
        var stored = texts.ToDictionary(t => t.Key, t => t.Markdown);
        var form = new EditionTextsForm();
        void Add(string key, string label)
        {
            var markdown = stored.GetValueOrDefault(key, "");
            form.Entries.Add(new Entry { Key = key, Label = label, Markdown = markdown, Saved = markdown });
        }

        Add(DefaultEditionTexts.Introduction, "Inleiding");
        foreach (var (section, index) in sections.OrderBy(s => s.Order).Select((s, i) => (s, i)))
        {
            Add(DefaultEditionTexts.ChapterKey(section.Key), $"Hoofdstuk {index + 1}: {section.Title}");
        }

        Add(DefaultEditionTexts.Closing, "Tot slot");
        return form;
    }
}
