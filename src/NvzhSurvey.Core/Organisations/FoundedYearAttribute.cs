using System.ComponentModel.DataAnnotations;
using NvzhSurvey.Core.Questionnaires;
using NvzhSurvey.Core.Time;

namespace NvzhSurvey.Core.Organisations;

/// <summary>
/// The founding year on an organisation form, checked by the shared <see cref="AnswerRules.CheckFoundedYear"/>
/// against this year in Amsterdam, so the message appears next to the field. The service checks again with its
/// own clock (<see cref="OrganisationFacts.CheckFoundedYear"/>): the server decides.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FoundedYearAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        return AnswerRules.CheckFoundedYear(value as int?, DutchTime.Today(clock).Year) is { } error
            ? new ValidationResult(error, [validationContext.MemberName ?? ""])
            : ValidationResult.Success;
    }
}
