using Ito.Categorization;
using Ito.Categorization.Batch;
using Ito.Categorization.Model;

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
app.Run();
return 0;
