namespace Ito.ExchangeSimulator.Universe;

internal static partial class ThemeCatalog
{
    private static Theme TechnologyAi => new("Technology & AI", "Science and Technology", ["AI", "Tech"],
        Tags((1401001, "AI"), (1401002, "Tech"), (1401003, "OpenAI")), "tech_fees", 0.04m,
        [
            T("TOPAI", "Top AI model", Frequency.Monthly, "Top AI model at the end of {d}",
                "Will {o} have the top model on LMArena at the end of {d}?", "Which company has the best AI model end of {d}? {o}",
                "OAI=OpenAI|GOOG=Google|ANTH=Anthropic|XAI=xAI|META=Meta|DSK=DeepSeek", true, "the LMArena text leaderboard"),
            T("RELEASE{s}", "AI model releases", Frequency.Annual, "{s} release in {y}",
                "Will {s} be released before the end of {y}?", "{s} released before {y}?",
                "REL=Released", false, "the developer's official announcement",
                S("GPT6=GPT-6|GEMINI4=Gemini 4|CLAUDE6=Claude 6|GROK6=Grok 6|LLAMA5=Llama 5")),
            T("APPLEAI", "Apple AI announcements", Frequency.Monthly, "Apple AI announcement in {d}",
                "Will Apple announce a new AI partnership in {d}?", "Apple announces new AI partnership in {d}?",
                "ANN=Announced", false, "Apple newsroom"),
        ]);

    private static Theme Health => new("Health & Pandemics", "Health", ["FDA", "Disease"],
        Tags((1701, "Health"), (1702, "FDA"), (1703, "Pandemics")), "health_fees", 0.04m,
        [
            T("MEASLES", "US measles cases", Frequency.Annual, "US measles cases in {y}",
                "Will there be more than {o} measles cases in the US in {y}?", "More than {o} US measles cases in {y}?",
                "T1000=1,000|T1500=1,500|T2000=2,000|T3000=3,000", false, "the CDC measles case tracker"),
            T("FDA{s}", "FDA approvals", Frequency.Annual, "FDA approval of {s} in {y}",
                "Will the FDA approve {s} before the end of {y}?", "FDA approves {s} in {y}?",
                "APPR=Approved", false, "the FDA's Drugs@FDA database",
                S("ORFO=orforglipron|RETA=retatrutide|CAGRI=CagriSema|LECA=lecanemab subcutaneous")),
            T("PANDEMIC", "New pandemic declaration", Frequency.Annual, "WHO pandemic declaration in {y}",
                "Will the WHO declare a new pandemic in {y}?", "WHO declares a new pandemic in {y}?",
                "PAND=Declared", false, "World Health Organization statements"),
        ]);

    private static Theme TradeTariffs => new("Trade & Tariffs", "Economics", ["Tariffs", "Trade"],
        Tags((2201, "Tariffs"), (2202, "Trade"), (120, "Economy")), "economics_fees", 0.05m,
        [
            T("TARIFF{s}", "Tariff rates", Frequency.Monthly, "US tariff on {s} in {d}",
                "Will the US tariff rate on imports from {s} be above {o} at the end of {d}?", "US tariff on {s} above {o} end of {d}?",
                "T10=10%|T25=25%|T50=50%", false, "the Federal Register and USTR announcements",
                S("CN=China|EU=the EU|MX=Mexico|CA=Canada|IN=India|BR=Brazil")),
            T("DEAL{s}", "Trade deals", Frequency.Annual, "US trade deal with {s} in {y}",
                "Will the US sign a trade deal with {s} before the end of {y}?", "US–{s} trade deal in {y}?",
                "DEAL=Deal signed", false, "USTR press releases",
                S("CN=China|EU=the EU|IN=India|JP=Japan|UK=the United Kingdom|KR=South Korea")),
        ]);

    private static Theme Sports => new("Sports", "Sports", ["Basketball", "Football", "Soccer"],
        Tags((1, "Sports"), (745, "NBA"), (450, "NFL")), "sports_fees", 0.05m,
        [
            T("NBACHAMP", "NBA champion", Frequency.Annual, "NBA Champion {y}",
                "Will the {o} win the NBA Finals in {y}?", "Will the {o} win the {y} NBA Finals?",
                "OKC=Oklahoma City Thunder|BOS=Boston Celtics|DEN=Denver Nuggets|NYK=New York Knicks|CLE=Cleveland Cavaliers|MIN=Minnesota Timberwolves|HOU=Houston Rockets",
                true, "the NBA"),
            T("SB", "Super Bowl champion", Frequency.Annual, "Super Bowl Champion {y}",
                "Will the {o} win the Super Bowl in {y}?", "Will the {o} win Super Bowl {y}?",
                "KC=Kansas City Chiefs|PHI=Philadelphia Eagles|BUF=Buffalo Bills|BAL=Baltimore Ravens|DET=Detroit Lions|SF=San Francisco 49ers",
                true, "the NFL"),
            T("EPL", "Premier League winner", Frequency.Annual, "Premier League winner {y}",
                "Will {o} win the Premier League in {y}?", "Will {o} win the {y} Premier League?",
                "LIV=Liverpool|ARS=Arsenal|MCI=Manchester City|CHE=Chelsea|NEW=Newcastle United", true, "the Premier League"),
            T("GAME{s}", "Game winners", Frequency.Daily, "{s} game on {d}",
                "Will the home team win the {s} game on {d}?", "{s}: home team wins on {d}?",
                "HOME=Home team", false, "the league's official box score",
                S("NBA=NBA|NFL=NFL|NHL=NHL|MLB=MLB")),
        ]);

    private static Theme Entertainment => new("Entertainment & Culture", "Entertainment", ["Movies", "Awards", "Music"],
        Tags((596, "Pop Culture"), (2401, "Movies"), (2402, "Awards")), "culture_fees", 0.04m,
        [
            T("OSCARPIC", "Oscar for Best Picture", Frequency.Annual, "Oscar for Best Picture {y}",
                "Will {o} win Best Picture at the {y} Oscars?", "Will {o} win Best Picture at the {y} Oscars?",
                "BATTLE=One Battle After Another|SINN=Sinners|HAMN=Hamnet|MARTY=Marty Supreme|FRANK=Frankenstein", true, "the Academy of Motion Picture Arts and Sciences"),
            T("BOX{s}", "Opening weekend box office", Frequency.Annual, "{s} opening weekend",
                "Will {s} gross more than {o} domestically on its opening weekend?", "{s} opening weekend above {o}?",
                "T50M=$50M|T100M=$100M|T150M=$150M", false, "Box Office Mojo",
                S("AVENGERS=Avengers: Doomsday|DUNE3=Dune: Part Three|SPIDER=Spider-Man: Brand New Day|TOY5=Toy Story 5")),
            T("MUSKPOSTS", "Elon Musk posts", Frequency.Weekly, "Elon Musk posts in the week of {d}",
                "Will Elon Musk post more than {o} times in the week of {d}?", "Elon Musk # of posts above {o} week of {d}?",
                "T200=200|T300=300|T400=400|T500=500", false, "the X account @elonmusk"),
            T("SPOTIFY", "Top song on Spotify", Frequency.Weekly, "Top Spotify song on {d}",
                "Will {o} be the top song on Spotify US on {d}?", "#1 song on Spotify on {d}? {o}",
                "A=Taylor Swift – The Fate of Ophelia|B=Sabrina Carpenter – Manchild|C=Alex Warren – Ordinary|D=HUNTR/X – Golden", true, "Spotify Charts"),
        ]);

    private static Theme ScienceSpace => new("Science & Space", "Science and Technology", ["Space", "Science"],
        Tags((2501, "Science"), (2502, "Space"), (2503, "SpaceX")), "science_fees", 0.04m,
        [
            T("STARSHIP", "Starship milestones", Frequency.Monthly, "Starship orbital flight by {d}",
                "Will Starship complete an orbital flight by the end of {d}?", "Starship reaches orbit by {d}?",
                "ORB=Orbital flight", false, "SpaceX official announcements"),
            T("SPACEXLAUNCH", "SpaceX launches", Frequency.Annual, "SpaceX launches in {y}",
                "Will SpaceX conduct more than {o} launches in {y}?", "More than {o} SpaceX launches in {y}?",
                "T150=150|T175=175|T200=200", false, "the SpaceX launch manifest"),
            T("ARTEMIS", "Artemis program", Frequency.Annual, "Artemis crewed lunar flyby in {y}",
                "Will NASA launch a crewed Artemis mission in {y}?", "NASA crewed Artemis launch in {y}?",
                "LAUNCH=Launch", false, "NASA"),
        ]);

    private static Theme LegalRegulatory => new("Legal & Regulatory", "Politics", ["Courts", "SCOTUS", "SEC"],
        Tags((2601, "Courts"), (2602, "SCOTUS"), (2603, "Regulation")), "politics_fees", 0.04m,
        [
            T("SCOTUS{s}", "Supreme Court rulings", Frequency.Annual, "Supreme Court ruling: {s}",
                "Will the Supreme Court rule in favor of the government in {s} in {y}?", "SCOTUS sides with the government in {s}?",
                "GOV=Government wins", false, "the Supreme Court opinion",
                S("TARIFFS=Learning Resources v. Trump|BIRTH=Trump v. Barbara|FED=Trump v. Cook|VRA=Louisiana v. Callais")),
            T("SECSUE{s}", "SEC enforcement", Frequency.Annual, "SEC action against {s} in {y}",
                "Will the SEC sue {s} before the end of {y}?", "SEC sues {s} in {y}?",
                "SUE=Sued", false, "SEC litigation releases",
                S("BINANCE=Binance|COINBASE=Coinbase|ROBINHOOD=Robinhood")),
            T("BREAKUP{s}", "Antitrust remedies", Frequency.Annual, "{s} antitrust remedy in {y}",
                "Will a court order {s} to divest a business in {y}?", "{s} ordered to break up in {y}?",
                "DIV=Divestiture ordered", false, "federal court orders",
                S("GOOGLE=Google|META=Meta|AMAZON=Amazon|APPLE=Apple")),
        ]);
}
