namespace Spinewise.Evidence.PublicationBias;

/// <summary>The model of metafor's <c>regtest()</c>.</summary>
public enum RegTestModel
{
    /// <summary>A meta-regression with the predictor as moderator, using the fitted model's method and test.</summary>
    Rma,

    /// <summary>Egger's original weighted regression, <c>lm(yi ~ predictor, weights = 1/vi)</c>.</summary>
    Lm,
}
