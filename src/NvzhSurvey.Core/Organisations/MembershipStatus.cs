namespace NvzhSurvey.Core.Organisations;

public enum MembershipStatus
{
    Member = 1,
    Former = 2,
}
