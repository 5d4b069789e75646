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

        /// <summary>The stored text's version (xmin) when loaded or last saved; null when it is not stored yet.</summary>
        public uint? Version { get; set; }

        public bool IsChanged => Markdown != Saved;
    }

    /// <summary>The changed texts, each with the version it was edited from.</summary>
    public List<EditionTextChange> Changes() =>
        Entries.Where(e => e.IsChanged).Select(e => new EditionTextChange(e.Key, e.Markdown, e.Version)).ToList();

    /// <summary>After a save: what was saved is the new baseline, with its new version (typing since then stays a change).</summary>
    public void MarkSaved(IEnumerable<EditionTextChange> saved, IReadOnlyDictionary<string, uint> versions)
    {
        foreach (var change in saved)
        {
            var entry = Entries.Single(e => e.Key == change.Key);
            entry.Saved = change.Markdown;
            entry.Version = versions[change.Key];
        }
    }

    /// <summary>Introduction, one text per chapter (questionnaire section), closing; stored texts filled in.</summary>
    public static EditionTextsForm For(IEnumerable<Section> sections, IEnumerable<EditionText> texts)
    {
        var stored = texts.ToDictionary(t => t.Key);
        var form = new EditionTextsForm();
        void Add(string key, string label)
        {
            var text = stored.GetValueOrDefault(key);
            var markdown = text?.Markdown ?? "";
            form.Entries.Add(new Entry { Key = key, Label = label, Markdown = markdown, Saved = markdown, Version = text?.Version });
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
