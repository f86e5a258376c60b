namespace Ito.ExchangeSimulator.Universe;

internal static partial class ThemeCatalog
{
    private static Theme UsElections => new("US Elections", "Elections", ["US Elections", "Senate", "House"],
        Tags((2, "Politics"), (1101, "US Elections"), (1102, "Midterms")), "politics_fees", 0.04m,
        [
            T("SENATE{s}", "{s} Senate race", Frequency.Annual, "{s} Senate race {y}",
                "Will the {o} win the {s} Senate race in {y}?", "Will the {o} win the {s} Senate race in {y}?",
                "D=Democratic Party|R=Republican Party", true, "the certified results of the {s} Secretary of State",
                S("PA=Pennsylvania|GA=Georgia|AZ=Arizona|MI=Michigan|WI=Wisconsin|NC=North Carolina|OH=Ohio|TX=Texas|NV=Nevada|ME=Maine")),
            T("GOV{s}", "{s} governor race", Frequency.Annual, "{s} governor race {y}",
                "Will the {o} win the {s} governor race in {y}?", "{s} Governor Election {y}: {o}?",
                "D=Democratic Party|R=Republican Party", true, "the certified results of the {s} Secretary of State",
                S("NY=New York|FL=Florida|CA=California|GA=Georgia|AZ=Arizona|PA=Pennsylvania|MI=Michigan")),
            T("PRESNOM{s}", "{s} presidential nominee", Frequency.Annual, "{s} presidential nominee {y}",
                "Will {o} be the {s} nominee for President in {y}?", "Will {o} win the {y} {s} presidential nomination?",
                "NEWS=Gavin Newsom|SHAP=Josh Shapiro|BUTT=Pete Buttigieg|AOC=Alexandria Ocasio-Cortez|WHIT=Gretchen Whitmer|PRIT=JB Pritzker",
                true, "the official results of the party's national convention", S("D=Democratic|R=Republican")),
            T("HOUSECTRL", "House control", Frequency.Annual, "House control after the {y} elections",
                "Will the {o} control the House after the {y} elections?", "Which party wins the House in {y}? {o}",
                "D=Democratic Party|R=Republican Party", true, "the Clerk of the House of Representatives"),
        ]);

    private static Theme UsGovernment => new("US Government & Policy", "Politics", ["Congress", "White House", "Approval"],
        Tags((2, "Politics"), (1201, "US Government"), (1202, "Congress")), "politics_fees", 0.04m,
        [
            T("GOVSHUT", "Government shutdown", Frequency.Monthly, "Government shutdown in {d}",
                "Will the federal government shut down in {d}?", "US government shutdown in {d}?",
                "SHUT=Shutdown", false, "the Office of Personnel Management"),
            T("APPROVAL", "Presidential approval rating", Frequency.Weekly, "Presidential approval on {d}",
                "Will the President's approval rating be above {o} on {d}?", "Trump approval above {o} on {d}?",
                "T40=40%|T42=42%|T44=44%|T46=46%", false, "the RealClearPolitics polling average"),
            T("EOCOUNT", "Executive orders signed", Frequency.Monthly, "Executive orders in {d}",
                "Will the President sign more than {o} executive orders in {d}?", "More than {o} executive orders signed in {d}?",
                "T5=5|T10=10|T15=15|T20=20", false, "the Federal Register"),
            T("CABINET{s}", "Cabinet departures", Frequency.Annual, "{s} leaves the Cabinet in {y}",
                "Will {s} leave the Cabinet before the end of {y}?", "{s} out as Secretary before {y}?",
                "OUT=Leaves office", false, "official White House announcements",
                S("HEGS=Pete Hegseth|RUBIO=Marco Rubio|BESS=Scott Bessent|BONDI=Pam Bondi|RFK=Robert F. Kennedy Jr.")),
        ]);

    private static Theme Geopolitics => new("Geopolitics & Conflict", "World", ["Conflict", "Diplomacy", "World leaders"],
        Tags((100265, "Geopolitics"), (366, "World Affairs"), (1301, "Ukraine")), "geopolitics_fees", 0m,
        [
            T("CEASEFIRE{s}", "Ceasefire agreements", Frequency.Monthly, "{s} ceasefire by {d}",
                "Will {s} agree to a ceasefire by {d}?", "{s} ceasefire by {d}?",
                "CF=Ceasefire", false, "official statements of both governments, as reported by Reuters",
                S("RUUA=Russia and Ukraine|ILHA=Israel and Hamas|INPK=India and Pakistan|SDRSF=Sudan and the RSF")),
            T("LEADEROUT{s}", "World leaders leaving office", Frequency.Annual, "{s} out before {y}?",
                "Will {s} leave office before the end of {y}?", "{s} out before {y}?",
                "OUT=Leaves office", false, "major international news reporting",
                S("PUTIN=Vladimir Putin|XI=Xi Jinping|MADURO=Nicolás Maduro|KHAMENEI=Ali Khamenei|ERDOGAN=Recep Tayyip Erdoğan|NETANYAHU=Benjamin Netanyahu")),
            T("ELECT{s}", "National elections", Frequency.Annual, "{s} election {y}",
                "Will the {o} win the most seats in the {s} election in {y}?", "{s} election {y}: {o} wins most seats?",
                "CON=Conservatives|LAB=Labour|LIB=Liberals|GRN=Greens|OTH=Another party", true, "the official electoral commission",
                S("UK=United Kingdom|CA=Canada|DE=Germany|FR=France|AU=Australia|JP=Japan")),
            T("SANCTION{s}", "New sanctions", Frequency.Monthly, "New US sanctions on {s} in {d}",
                "Will the US announce new sanctions on {s} in {d}?", "New US sanctions on {s} in {d}?",
                "SANC=New sanctions", false, "the US Treasury OFAC recent actions page",
                S("RU=Russia|IR=Iran|VE=Venezuela|KP=North Korea")),
        ]);
}
