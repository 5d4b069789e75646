namespace NvzhSurvey.Core.Organisations;

/// <summary>The twelve Dutch provinces.</summary>
public enum Province
{
    Groningen = 1,
    Friesland = 2,
    Drenthe = 3,
    Overijssel = 4,
    Flevoland = 5,
    Gelderland = 6,
    Utrecht = 7,
    NoordHolland = 8,
    ZuidHolland = 9,
    Zeeland = 10,
    NoordBrabant = 11,
    Limburg = 12,
}
