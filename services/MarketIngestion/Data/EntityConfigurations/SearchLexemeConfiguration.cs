using Ito.MarketIngestion.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.MarketIngestion.Data.EntityConfigurations;

internal sealed class SearchLexemeConfiguration : IEntityTypeConfiguration<SearchLexeme>
{
    public void Configure(EntityTypeBuilder<SearchLexeme> builder)
    {
        builder.ToTable("search_lexemes");
        builder.HasKey(l => l.Lexeme);
        // Filled by the trigger the SearchRanking migration creates; its trigram index lives in that migration too.
    }
}
