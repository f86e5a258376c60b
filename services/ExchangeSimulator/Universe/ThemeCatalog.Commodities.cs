namespace Ito.ExchangeSimulator.Universe;

internal static partial class ThemeCatalog
{
    private static Theme Energy => new("Energy", "Financials", ["Oil", "Gas prices"],
        Tags((1901, "Commodities"), (1902, "Oil"), (1903, "Energy")), "finance_fees", 0.05m,
        [
            T("WTI", "WTI crude oil", Frequency.Weekly, "WTI crude oil on {d}",
                "Will WTI crude oil settle above {o} on {d}?", "WTI crude above {o} on {d}?",
                "T55=$55|T60=$60|T65=$65|T70=$70|T75=$75", false, "the NYMEX front-month settlement price"),
            T("AAAGAS", "US gas prices", Frequency.Weekly, "US average gas price on {d}",
                "Will the US average gas price be above {o} on {d}?", "US gas price above {o} on {d}?",
                "T2.90=$2.90|T3.00=$3.00|T3.10=$3.10|T3.20=$3.20", false, "AAA's national average price"),
            T("NATGAS", "Henry Hub natural gas", Frequency.Monthly, "Natural gas in {d}",
                "Will Henry Hub natural gas settle above {o} at the end of {d}?", "Natural gas above {o} end of {d}?",
                "T3=$3.00|T3.5=$3.50|T4=$4.00", false, "the NYMEX Henry Hub settlement price"),
        ]);

    private static Theme MetalsAgriculture => new("Metals & Agriculture", "Financials", ["Gold", "Metals", "Agriculture"],
        Tags((1901, "Commodities"), (2001, "Gold"), (2002, "Agriculture")), "finance_fees", 0.05m,
        [
            T("GOLD", "Gold price", Frequency.Weekly, "Gold price on {d}",
                "Will gold settle above {o} on {d}?", "Gold above {o} on {d}?",
                "T3800=$3,800|T4000=$4,000|T4200=$4,200|T4400=$4,400", false, "the COMEX front-month settlement price"),
            T("SILVER", "Silver price", Frequency.Monthly, "Silver price at the end of {d}",
                "Will silver settle above {o} at the end of {d}?", "Silver above {o} end of {d}?",
                "T40=$40|T45=$45|T50=$50", false, "the COMEX front-month settlement price"),
            T("COPPER", "Copper price", Frequency.Monthly, "Copper price at the end of {d}",
                "Will copper settle above {o} per pound at the end of {d}?", "Copper above {o} end of {d}?",
                "T4.5=$4.50|T5=$5.00|T5.5=$5.50", false, "the COMEX front-month settlement price"),
            T("{s}FUT", "Grain futures", Frequency.Monthly, "{s} futures in {d}",
                "Will {s} futures close {d} higher than they opened?", "{s} futures up in {d}?",
                "UP=Higher", false, "CBOT front-month settlement prices",
                S("CORN=Corn|WHEAT=Wheat|SOY=Soybean")),
        ]);

    private static Theme ClimateWeather => new("Climate & Weather", "Climate and Weather", ["Temperature", "Hurricanes", "Snow"],
        Tags((87, "Weather"), (2101, "Climate"), (2102, "Hurricanes")), "weather_fees", 0.05m,
        [
            T("HIGH{s}", "Highest temperature in {s}", Frequency.Daily, "Highest temperature in {s} on {d}",
                "Will the high temperature in {s} be above {o} on {d}?", "Highest temperature in {s} above {o} on {d}?",
                "T50=50°|T60=60°|T70=70°|T80=80°", false, "the National Weather Service Daily Climate Report",
                S("NY=New York City|CHI=Chicago|MIA=Miami|LAX=Los Angeles|AUS=Austin|DEN=Denver|PHIL=Philadelphia")),
            T("HURCAT", "Atlantic named storms", Frequency.Annual, "Atlantic named storms in {y}",
                "Will there be more than {o} named Atlantic storms in {y}?", "More than {o} named Atlantic storms in {y}?",
                "T12=12|T15=15|T18=18|T21=21", false, "the National Hurricane Center"),
            T("SNOW{s}", "Monthly snowfall", Frequency.Monthly, "Snow in {s} in {d}",
                "Will {s} get more than {o} of snow in {d}?", "{s} snowfall above {o} in {d}?",
                "T2=2 inches|T6=6 inches|T12=12 inches", false, "NOAA climate data",
                S("NY=New York City|BOS=Boston|CHI=Chicago|DEN=Denver")),
            T("TEMPANOM", "Global temperature anomaly", Frequency.Monthly, "Global temperature in {d}",
                "Will {d} be the hottest on record globally?", "{d} hottest on record?",
                "REC=Record", false, "NASA GISS surface temperature analysis"),
        ]);
}
