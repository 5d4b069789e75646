using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NvzhSurvey.Tests.Shared;

namespace NvzhSurvey.Core.Tests.Data;

public class MigrationsTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_match_the_model()
    {
        await using var database = await TestDatabase.CreateAsync("nvzh_migrate", migrate: false);
        await using var db = database.CreateDbContext();

        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();
        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        db.Database.HasPendingModelChanges().Should().BeFalse("every model change needs a migration");
        (await db.Organisations.CountAsync()).Should().Be(0);
        (await db.Roles.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Every_migration_can_be_rolled_back_to_an_empty_schema()
    {
        await using var database = await TestDatabase.CreateAsync("nvzh_rollback");
        await using var db = database.CreateDbContext();

        await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(Migration.InitialDatabase);

        (await db.Database.GetAppliedMigrationsAsync()).Should().BeEmpty();
    }
}
