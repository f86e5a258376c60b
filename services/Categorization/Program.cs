using Ito.Categorization;
using Ito.Categorization.Batch;
using Ito.Categorization.Model;
using Ito.Categorization.Overrides;
using Ito.Categorization.Preview;
using Ito.Categorization.Recategorization;
using Ito.Categorization.ReferenceData;
using Ito.Categorization.Review;

// Offline commands run without the web host, database or broker.
switch (args)
{
    case ["categorize", .. var rest]:
        return CategorizeCommand.Run(rest, Console.Out, Console.Error);
    case ["train", .. var rest]:
        return TrainCommand.Run(rest, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCategorizationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapReferenceDataApi();
app.MapOverridesApi();
app.MapReviewQueueApi();
app.MapPreviewApi();
app.MapRecategorizationApi();

app.Run();
return 0;

public partial class Program;
