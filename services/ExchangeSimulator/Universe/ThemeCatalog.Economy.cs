namespace Ito.ExchangeSimulator.Universe;

internal static partial class ThemeCatalog
{
    private static Theme MonetaryPolicy => new("Monetary Policy & Rates", "Economics", ["Fed", "Interest rates", "Central banks"],
        Tags((120, "Economy"), (1401, "Fed Rates"), (1402, "Central Banks")), "economics_fees", 0.05m,
        [
            T("{s}DECISION", "{s} interest rate decision", Frequency.Monthly, "{s} decision in {d}",
                "Will the {s} {o} in {d}?", "{s} {o} in {d}?",
                "H0=hold rates|C25=cut rates by 25bps|C26=cut rates by more than 25bps|H25=hike rates by 25bps", true,
                "the official policy statement of the {s}",
                S("FED=Fed|ECB=ECB|BOE=Bank of England|BOJ=Bank of Japan|BOC=Bank of Canada")),
            T("TNOTE", "10-year Treasury yield", Frequency.Weekly, "10-year Treasury yield on {d}",
                "Will the 10-year Treasury yield be above {o} on {d}?", "10Y Treasury yield above {o} on {d}?",
                "T3.75=3.75%|T4.00=4.00%|T4.25=4.25%|T4.50=4.50%|T4.75=4.75%", false, "the US Treasury daily yield curve"),
            T("FEDCUTS", "Number of Fed cuts", Frequency.Annual, "Fed rate cuts in {y}",
                "Will the Fed cut rates {o} times in {y}?", "How many Fed rate cuts in {y}? {o}",
                "0=0|1=1|2=2|3=3|4=4 or more", true, "Federal Reserve FOMC statements"),
        ]);

    private static Theme InflationMacro => new("Inflation & Macro Data", "Economics", ["Inflation", "Jobs", "GDP"],
        Tags((120, "Economy"), (1501, "Inflation"), (1502, "Economic Data")), "economics_fees", 0.05m,
        [
            T("CPI", "CPI month over month", Frequency.Monthly, "CPI in {d}",
                "Will CPI rise more than {o} in {d}?", "CPI increase above {o} in {d}?",
                "T0.1=0.1%|T0.2=0.2%|T0.3=0.3%|T0.4=0.4%", false, "the Bureau of Labor Statistics CPI release"),
            T("PAYROLLS", "Nonfarm payrolls", Frequency.Monthly, "Jobs report for {d}",
                "Will the economy add more than {o} jobs in {d}?", "Nonfarm payrolls above {o} in {d}?",
                "T50K=50,000|T100K=100,000|T150K=150,000|T200K=200,000", false, "the Bureau of Labor Statistics Employment Situation report"),
            T("GDP", "US GDP growth", Frequency.Monthly, "GDP growth reported in {d}",
                "Will real GDP growth be above {o} in the report released in {d}?", "US GDP growth above {o} ({d} release)?",
                "T1.0=1.0%|T2.0=2.0%|T3.0=3.0%", false, "the Bureau of Economic Analysis advance estimate"),
            T("RECESSION", "US recession", Frequency.Annual, "US recession in {y}",
                "Will the US enter a recession in {y}?", "US recession in {y}?",
                "REC=Recession", false, "the NBER Business Cycle Dating Committee"),
            T("UNRATE", "Unemployment rate", Frequency.Monthly, "Unemployment rate in {d}",
                "Will the unemployment rate be above {o} in {d}?", "Unemployment above {o} in {d}?",
                "T4.2=4.2%|T4.4=4.4%|T4.6=4.6%", false, "the Bureau of Labor Statistics"),
        ]);

    private static Theme Equities => new("Equities & Corporate", "Financials", ["S&P 500", "Earnings", "IPOs"],
        Tags((1601, "Stocks"), (1602, "Earnings"), (1603, "Business")), "finance_fees", 0.05m,
        [
            T("INX", "S&P 500 close", Frequency.Daily, "S&P 500 close on {d}",
                "Will the S&P 500 close above {o} on {d}?", "S&P 500 above {o} on {d}?",
                "T6500=6,500|T6750=6,750|T7000=7,000|T7250=7,250", false, "the closing value published by S&P Dow Jones Indices"),
            T("EARN{s}", "Earnings beats", Frequency.Monthly, "{s} earnings in {d}",
                "Will {s} beat analyst EPS estimates in {d}?", "{s} beats earnings in {d}?",
                "BEAT=Beats estimates", false, "the company's earnings release and the FactSet consensus",
                S("AAPL=Apple|AMZN=Amazon|NFLX=Netflix|TSLA=Tesla|JPM=JPMorgan Chase|WMT=Walmart|COST=Costco")),
            T("IPO{s}", "IPO timing", Frequency.Annual, "{s} IPO in {y}",
                "Will {s} go public before the end of {y}?", "{s} IPO before {y}?",
                "IPO=Goes public", false, "the SEC EDGAR filings and exchange listings",
                S("STRIPE=Stripe|DATABRICKS=Databricks|SPACEX=SpaceX|DISCORD=Discord|CANVA=Canva|REVOLUT=Revolut")),
        ]);

    private static Theme Crypto => new("Crypto", "Crypto", ["Bitcoin", "Ethereum", "Crypto prices"],
        Tags((21, "Crypto"), (235, "Bitcoin"), (39, "Ethereum")), "crypto_fees", 0.07m,
        [
            T("BTC", "Bitcoin price", Frequency.Daily, "Bitcoin price on {d}",
                "Will Bitcoin be above {o} on {d}?", "Bitcoin above {o} on {d}?",
                "T90000=$90,000|T100000=$100,000|T110000=$110,000|T120000=$120,000|T130000=$130,000", false, "the CF Benchmarks Bitcoin Real Time Index"),
            T("ETH", "Ethereum price", Frequency.Daily, "Ethereum price on {d}",
                "Will Ethereum be above {o} on {d}?", "Ethereum above {o} on {d}?",
                "T3000=$3,000|T3500=$3,500|T4000=$4,000|T4500=$4,500", false, "the CF Benchmarks Ether Real Time Index"),
            T("ETF{s}", "Spot crypto ETF approvals", Frequency.Annual, "Spot {s} ETF approval in {y}",
                "Will the SEC approve a spot {s} ETF in {y}?", "{s} ETF approved in {y}?",
                "APPR=Approved", false, "SEC orders published on sec.gov",
                S("XRP=XRP|DOGE=Dogecoin|ADA=Cardano|AVAX=Avalanche|DOT=Polkadot")),
        ]);

    private static Theme GlobalEconomyFx => new("Global Economy & FX", "Economics", ["FX", "Global economy"],
        Tags((120, "Economy"), (1801, "Forex"), (1802, "Global Economy")), "economics_fees", 0.05m,
        [
            T("EURUSD", "EUR/USD", Frequency.Weekly, "EUR/USD on {d}",
                "Will EUR/USD be above {o} on {d}?", "EUR/USD above {o} on {d}?",
                "T1.10=1.10|T1.15=1.15|T1.20=1.20|T1.25=1.25", false, "the ECB euro reference rate"),
            T("USDJPY", "USD/JPY", Frequency.Weekly, "USD/JPY on {d}",
                "Will USD/JPY be above {o} on {d}?", "USD/JPY above {o} on {d}?",
                "T140=140|T145=145|T150=150|T155=155", false, "the Bank of Japan reference rate"),
            T("GDP{s}", "Quarterly GDP growth abroad", Frequency.Monthly, "{s} GDP growth reported in {d}",
                "Will {s} report GDP growth above {o} in {d}?", "{s} GDP growth above {o} in {d}?",
                "T0.0=0.0%|T0.5=0.5%|T1.0=1.0%", false, "the national statistics office",
                S("CN=China|UK=the United Kingdom|DE=Germany|JP=Japan|IN=India")),
        ]);
}
