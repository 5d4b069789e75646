using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using NvzhSurvey.Core.Interviews;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Responses;
using NvzhSurvey.Web.Features.Interviews.Autosave;

namespace NvzhSurvey.Web.Tests.Interviews;

/// <summary>The autosave engine on its own: no database, no bUnit; the store is a function the test controls.</summary>
public class InterviewAutosaveTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly AutosaveOptions Fast = new() { Delay = TimeSpan.FromMilliseconds(20), RetryDelay = TimeSpan.FromMilliseconds(20) };

    private readonly InterviewFormModel _form = new()
    {
        EditionId = 1, EditionYear = 2025, AcceptsAnswers = true, OrganisationId = 7,
        Sections =
        [
            new SectionFormModel
            {
                Id = 1, Key = "funding", Title = "Financiering",
                Questions =
                [
                    new QuestionFormModel { Id = 11, Key = "fte", Kind = QuestionKind.Decimal, Label = "Aantal fte" },
                    new QuestionFormModel { Id = 12, Key = "revenue", Kind = QuestionKind.Money, Label = "Omzet" },
                ],
            },
        ],
    };

    private readonly List<InterviewChanges> _stored = [];
    private readonly RecordingLogger _log = new();

    private InterviewAutosave Engine(Func<InterviewChanges, int, Task<SaveResult>> store) =>
        new(_form, changes =>
        {
            _stored.Add(changes);
            return store(changes, _stored.Count);
        }, work => work(), _log, Fast);

    private static Task<SaveResult> Saved(uint version = 2) => Task.FromResult(new SaveResult(SaveOutcome.Saved)
    {
        ResponseId = 5, Version = version, Status = ResponseStatus.Draft, LastChangedAt = DateTimeOffset.UtcNow,
    });

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the condition should hold within {0}", Wait);
            await Task.Delay(10);
        }
    }

    private QuestionFormModel Fte(string value)
    {
        var fte = _form.Question(11);
        fte.Value = value;
        fte.Validate(2025);
        return fte;
    }

    [Fact]
    public async Task Changes_made_in_quick_succession_are_stored_in_one_save_after_the_pause()
    {
        await using var autosave = Engine((_, _) => Saved());

        autosave.QuestionChanged(Fte("9"));
        autosave.QuestionChanged(Fte("9,6"));
        autosave.State.Should().Be(SaveState.Pending);
        await Until(() => autosave.State == SaveState.Saved);

        _stored.Should().ContainSingle().Which.Answers.Should().ContainSingle(a => a.QuestionId == 11 && a.Value == "9,6");
        autosave.Saves.Should().Be(1);
        autosave.HasPendingChanges.Should().BeFalse();
        _form.Version.Should().Be(2);
    }

    [Fact]
    public async Task A_value_the_rules_refuse_is_not_saved()
    {
        await using var autosave = Engine((_, _) => Saved());

        autosave.QuestionChanged(Fte("9,625"));
        await autosave.SaveNowAsync();

        autosave.State.Should().Be(SaveState.Invalid);
        _stored.Should().BeEmpty();
    }

    [Fact]
    public async Task A_lost_database_connection_is_tried_again_until_the_change_is_stored()
    {
        await using var autosave = Engine((_, call) => call < 3
            ? throw new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))
            : Saved());

        autosave.QuestionChanged(Fte("9,62"));
        await autosave.SaveNowAsync();
        autosave.State.Should().Be(SaveState.Failed);
        autosave.Message.Should().Contain("geen verbinding met de database");

        await Until(() => autosave.State == SaveState.Saved);
        _stored.Should().HaveCount(3);
        _stored[^1].Answers.Should().ContainSingle(a => a.Value == "9,62");
    }

    [Fact]
    public async Task Any_other_failure_says_opslaan_mislukt_with_a_reference_is_logged_and_is_not_retried()
    {
        await using var autosave = Engine((_, _) => throw new InvalidOperationException("a bug"));

        autosave.QuestionChanged(Fte("9,62"));
        await autosave.SaveNowAsync();

        autosave.State.Should().Be(SaveState.Failed);
        autosave.Reference.Should().MatchRegex("^[0-9A-F]{8}$");
        autosave.Message.Should().StartWith("Opslaan mislukt").And.Contain(autosave.Reference);
        _log.Errors.Should().ContainSingle().Which.Should().Contain(autosave.Reference);
        await Task.Delay(Fast.RetryDelay * 10);
        _stored.Should().HaveCount(1, "only a lost connection is tried again by itself");
        autosave.HasPendingChanges.Should().BeTrue("the input stays, and the next change saves it");
    }

    [Fact]
    public async Task A_conflict_stops_autosave_until_the_form_is_reloaded()
    {
        await using var autosave = Engine((_, _) => Task.FromResult(new SaveResult(SaveOutcome.Conflict, "Iemand anders heeft dit interview gewijzigd.")));

        autosave.QuestionChanged(Fte("9,62"));
        await autosave.SaveNowAsync();
        autosave.QuestionChanged(Fte("10"));
        await autosave.SaveNowAsync();

        autosave.State.Should().Be(SaveState.Conflict);
        autosave.Message.Should().Contain("Iemand anders");
        _stored.Should().HaveCount(1);
    }

    [Fact]
    public async Task Saves_run_one_at_a_time_and_a_change_made_during_a_save_follows_it()
    {
        var first = new TaskCompletionSource<SaveResult>();
        await using var autosave = Engine((_, call) => call == 1 ? first.Task : Saved(3));

        autosave.QuestionChanged(Fte("9"));
        var running = autosave.SaveNowAsync();
        autosave.State.Should().Be(SaveState.Saving);
        var revenue = _form.Question(12);
        revenue.Value = "938.528";
        autosave.QuestionChanged(revenue);
        var second = autosave.SaveNowAsync(); // waits for the first save
        _stored.Should().HaveCount(1);

        first.SetResult(await Saved(2));
        await running;
        await second;

        _stored.Should().HaveCount(2);
        _stored[1].ExpectedVersion.Should().Be(2u, "the second save builds on the first");
        _stored[1].Answers.Should().ContainSingle(a => a.QuestionId == 12);
        autosave.Saves.Should().Be(2);
    }

    [Fact]
    public async Task Leaving_the_page_stores_what_is_pending()
    {
        var autosave = Engine((_, _) => Saved());
        autosave.QuestionChanged(Fte("9,62"));

        await autosave.DisposeAsync();

        _stored.Should().ContainSingle();
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Add(formatter(state, exception));
            }
        }
    }
}
