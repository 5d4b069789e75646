using Microsoft.EntityFrameworkCore;
using NvzhSurvey.Core.Data;

namespace NvzhSurvey.Core.Questionnaires;

/// <summary>Whether answers or texts refer to an option: such an option can only be retired, never deleted.</summary>
internal static class OptionUse
{
    public static async Task<bool> IsReferencedAsync(SurveyDbContext db, int optionId, CancellationToken ct) =>
        await db.Answers.AnyAsync(a => a.OptionId == optionId, ct) || await db.FreeTexts.AnyAsync(t => t.OptionId == optionId, ct);
}
