using System.Globalization;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>
/// Produces events one at a time from the seed. Everything about an event depends only on the seed and how many
/// events came before it, so the same seed and the same sequence of grow/churn calls give the same universe.
/// </summary>
internal sealed class UniverseGenerator(ulong seed, DateTimeOffset anchor)
{
    private readonly DateOnly _anchorDate = DateOnly.FromDateTime(anchor.UtcDateTime);
    private readonly Dictionary<(Venue, MarketTemplate, string), SimSeries> _series = [];
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private long _eventSeq;
    private long _marketSeq;

    public DateTimeOffset Anchor => anchor;

    public IReadOnlyCollection<SimSeries> Series => _series.Values;

    /// <summary>Next event; <paramref name="maxMarkets"/> trims the last event so totals come out exact.</summary>
    public SimEvent NextEvent(int maxMarkets, Venue? onlyVenue = null)
    {
        var eventSeq = _eventSeq++;
        var rng = new DeterministicRandom(DeterministicRandom.Hash(seed, 0xE7E7, (ulong)eventSeq));
        var venue = onlyVenue ?? (eventSeq % 2 == 0 ? Venue.Kalshi : Venue.Polymarket);
        var theme = ThemeCatalog.All[(int)(eventSeq / 2 % ThemeCatalog.All.Length)];
        var template = PickTemplate(theme, ref rng);
        var subject = template.Subjects[rng.Next(template.Subjects.Length)];
        var series = SeriesFor(venue, theme, template, subject);

        var phase = PickPhase(venue, ref rng);
        var past = phase is MarketPhase.Closed or MarketPhase.Settled;
        var index = past ? -(++series.NextPastIndex) : series.NextFutureIndex++;
        var date = EventCalendar.DateFor(template.Frequency, _anchorDate, index);
        var dateText = EventCalendar.Text(template.Frequency, date);
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        var close = EventCalendar.CloseTime(date);
        var open = anchor.AddDays(-(400 + rng.Next(400)));
        if (open > close.AddDays(-30)) open = close.AddDays(-30 - rng.Next(30));
        var created = open.AddHours(-rng.Next(1, 120));

        var title = Fill(template.EventTitle, subject, dateText, year, "");
        var outcomes = template.Outcomes.Take(Math.Max(1, maxMarkets)).ToArray();
        var negRisk = venue == Venue.Polymarket && template.MutuallyExclusive && outcomes.Length > 1;
        var eventId = venue == Venue.Kalshi
            ? Unique("", $"{series.Ticker}-{EventCalendar.KalshiCode(template.Frequency, date)}")
            : (20000 + eventSeq).ToString(CultureInfo.InvariantCulture);
        var eventTitle = venue == Venue.Polymarket && template.IsBinary
            ? Fill(template.PolyQuestion, subject, dateText, year, outcomes[0].Label)
            : title;

        var simEvent = new SimEvent
        {
            Venue = venue, Seq = eventSeq, Series = series, Id = eventId, Title = eventTitle,
            SubTitle = template.Frequency == Frequency.Annual ? $"In {year}" : $"On {dateText}",
            Slug = venue == Venue.Polymarket ? Unique("event:", Slug.From(eventTitle)) : "",
            DateText = dateText, MutuallyExclusive = template.MutuallyExclusive && outcomes.Length > 1, NegRisk = negRisk,
            NegRiskMarketId = negRisk ? IdFactory.Hex32(seed, IdFactory.NegRiskTag, (ulong)eventSeq) : "",
            Phase = phase, Created = created, Open = open, Close = close,
        };

        var prices = InitialPrices(template, outcomes.Length, ref rng);
        var winner = PickWinner(template, prices, ref rng);
        for (var i = 0; i < outcomes.Length; i++)
        {
            simEvent.Markets.Add(NewMarket(simEvent, outcomes[i], i, prices[i], winner, subject, year, ref rng));
        }
        return simEvent;
    }

    private SimMarket NewMarket(SimEvent simEvent, Outcome outcome, int index, double price, int winner,
        Subject subject, string year, ref DeterministicRandom rng)
    {
        var seq = (ulong)_marketSeq++;
        var template = simEvent.Template;
        var kalshi = simEvent.Venue == Venue.Kalshi;
        var question = Fill(kalshi ? template.KalshiQuestion : template.PolyQuestion, subject, simEvent.DateText, year, outcome.Label);
        var tick = kalshi ? 0.01m : (rng.Chance(0.25) ? 0.001m : 0.01m);
        var result = simEvent.Phase != MarketPhase.Settled ? ""
            : simEvent.MutuallyExclusive ? (index == winner ? "yes" : "no")
            : rng.Chance(price) ? "yes" : "no";
        var last = result switch
        {
            "yes" => kalshi ? 0.99m : 1m,
            "no" => kalshi ? 0.01m : 0m,
            _ => PriceMath.RoundToTick((decimal)price, tick),
        };
        var volume = Math.Round((decimal)Math.Exp(4 + rng.NextDouble() * 9));
        var state = new MarketState
        {
            Logit = PriceMath.Logit(result == "" ? price : (double)Math.Clamp(last, 0.01m, 0.99m)),
            LastPrice = last,
            PreviousPrice = result == "" ? PriceMath.Clamp(last + tick * rng.Next(-3, 4), tick) : last,
            Volume = volume,
            Volume24h = simEvent.Phase == MarketPhase.Open ? Math.Round(volume * (decimal)(rng.NextDouble() * 0.05)) : 0,
            OpenInterest = Math.Round(volume * (decimal)(0.1 + rng.NextDouble() * 0.4)),
            Updated = simEvent.Created.AddDays(1),
        };
        return new SimMarket
        {
            Venue = simEvent.Venue, Seq = (long)seq, Event = simEvent, Outcome = outcome,
            Id = kalshi ? Unique("", $"{simEvent.Id}-{outcome.Code}") : (500000 + seq).ToString(CultureInfo.InvariantCulture),
            Question = question,
            Slug = kalshi ? "" : Unique("market:", Slug.From(question)),
            ConditionId = IdFactory.Hex32(seed, IdFactory.ConditionTag, seq),
            QuestionId = IdFactory.Hex32(seed, IdFactory.QuestionTag, seq),
            YesTokenId = kalshi ? "" : IdFactory.Uint256(seed, IdFactory.YesTokenTag, seq),
            NoTokenId = kalshi ? "" : IdFactory.Uint256(seed, IdFactory.NoTokenTag, seq),
            TickSize = tick,
            MinOrderSize = kalshi ? 1m : 5m,
            PriceLevelStructure = kalshi && rng.Chance(0.15) ? "tapered_deci_cent" : "linear_cent",
            Seed = DeterministicRandom.Hash(seed, 0xA11, seq),
            Phase = simEvent.Phase,
            Result = result,
            State = state,
        };
    }

    /// <summary>A Polymarket market with caller-chosen ids (any omitted id is generated).</summary>
    public SimEvent Fixture(string question, string? yesTokenId, string? noTokenId, string? conditionId, decimal tick, bool negRisk, decimal price)
    {
        var eventSeq = _eventSeq++;
        var theme = ThemeCatalog.All[(int)(eventSeq / 2 % ThemeCatalog.All.Length)];
        var template = theme.Templates[0];
        var series = SeriesFor(Venue.Polymarket, theme, template, template.Subjects[0]);
        var close = anchor.AddDays(90);
        var simEvent = new SimEvent
        {
            Venue = Venue.Polymarket, Seq = eventSeq, Series = series, Id = (20000 + eventSeq).ToString(CultureInfo.InvariantCulture),
            Title = question, SubTitle = "", Slug = Unique("event:", Slug.From(question)), DateText = EventCalendar.Text(Frequency.Daily, DateOnly.FromDateTime(close.UtcDateTime)),
            MutuallyExclusive = false, NegRisk = negRisk,
            NegRiskMarketId = negRisk ? IdFactory.Hex32(seed, IdFactory.NegRiskTag, (ulong)eventSeq) : "",
            Phase = MarketPhase.Open, Created = anchor.AddDays(-420), Open = anchor.AddDays(-410), Close = close,
        };
        var seq = (ulong)_marketSeq++;
        var last = PriceMath.RoundToTick(price, tick);
        simEvent.Markets.Add(new SimMarket
        {
            Venue = Venue.Polymarket, Seq = (long)seq, Event = simEvent, Outcome = new Outcome("YES", "Yes"),
            Id = (500000 + seq).ToString(CultureInfo.InvariantCulture), Question = question,
            Slug = Unique("market:", Slug.From(question)),
            ConditionId = conditionId ?? IdFactory.Hex32(seed, IdFactory.ConditionTag, seq),
            QuestionId = IdFactory.Hex32(seed, IdFactory.QuestionTag, seq),
            YesTokenId = yesTokenId ?? IdFactory.Uint256(seed, IdFactory.YesTokenTag, seq),
            NoTokenId = noTokenId ?? IdFactory.Uint256(seed, IdFactory.NoTokenTag, seq),
            TickSize = tick, MinOrderSize = 5m, PriceLevelStructure = "linear_cent",
            Seed = DeterministicRandom.Hash(seed, 0xA11, seq), Phase = MarketPhase.Open, Result = "",
            State = new MarketState
            {
                Logit = PriceMath.Logit((double)last), LastPrice = last, PreviousPrice = last, Volume = 10_000,
                Volume24h = 500, OpenInterest = 4_000, Updated = anchor,
            },
        });
        return simEvent;
    }

    private static MarketTemplate PickTemplate(Theme theme, ref DeterministicRandom rng)
    {
        // Frequent series (daily/weekly) carry more events, as on the real venues; annual ones stay few.
        static int Weight(MarketTemplate t) => t.Frequency switch
        {
            Frequency.Daily => 6, Frequency.Weekly => 4, Frequency.Monthly => 3, _ => 1,
        };
        var total = theme.Templates.Sum(Weight);
        var pick = rng.Next(total);
        foreach (var template in theme.Templates)
        {
            pick -= Weight(template);
            if (pick < 0) return template;
        }
        return theme.Templates[^1];
    }

    private static MarketPhase PickPhase(Venue venue, ref DeterministicRandom rng)
    {
        var roll = rng.NextDouble();
        var phase = roll switch
        {
            < 0.78 => MarketPhase.Open,
            < 0.80 => MarketPhase.Unopened,
            < 0.82 => MarketPhase.Paused,
            < 0.88 => MarketPhase.Closed,
            _ => MarketPhase.Settled,
        };
        // Polymarket has no unopened/paused lifecycle states.
        return venue == Venue.Polymarket && phase is MarketPhase.Unopened or MarketPhase.Paused ? MarketPhase.Open : phase;
    }

    private static double[] InitialPrices(MarketTemplate template, int count, ref DeterministicRandom rng)
    {
        var prices = new double[count];
        if (template.MutuallyExclusive && count > 1)
        {
            for (var i = 0; i < count; i++) prices[i] = Math.Pow(-Math.Log(1 - rng.NextDouble()), 1.6) + 0.02;
            var sum = prices.Sum();
            for (var i = 0; i < count; i++) prices[i] = Math.Clamp(prices[i] / sum, 0.02, 0.97);
            return prices;
        }
        for (var i = 0; i < count; i++) prices[i] = 0.03 + rng.NextDouble() * 0.94;
        // Thresholds ("above X") are listed in ascending strike order, so YES gets less likely along the list.
        if (count > 1) Array.Sort(prices, (a, b) => b.CompareTo(a));
        return prices;
    }

    private static int PickWinner(MarketTemplate template, double[] prices, ref DeterministicRandom rng)
    {
        var roll = rng.NextDouble() * prices.Sum();
        for (var i = 0; i < prices.Length; i++)
        {
            roll -= prices[i];
            if (roll < 0) return i;
        }
        return prices.Length - 1;
    }

    private SimSeries SeriesFor(Venue venue, Theme theme, MarketTemplate template, Subject subject)
    {
        if (_series.TryGetValue((venue, template, subject.Code), out var series)) return series;
        var code = template.Code.Replace("{s}", subject.Code, StringComparison.Ordinal);
        series = new SimSeries
        {
            Venue = venue,
            Ticker = venue == Venue.Kalshi ? "KX" + code : Slug.From(code),
            GammaId = (100 + _series.Count).ToString(CultureInfo.InvariantCulture),
            Title = template.SeriesTitle.Replace("{s}", subject.Name, StringComparison.Ordinal),
            Theme = theme, Template = template, Subject = subject,
        };
        _series[(venue, template, subject.Code)] = series;
        return series;
    }

    private static string Fill(string text, Subject subject, string dateText, string year, string outcome) =>
        text.Replace("{s}", subject.Name, StringComparison.Ordinal)
            .Replace("{d}", dateText, StringComparison.Ordinal)
            .Replace("{y}", year, StringComparison.Ordinal)
            .Replace("{o}", outcome, StringComparison.Ordinal);

    /// <summary>Tickers and slugs must be unique; a repeat gets a numeric suffix, as venues do for re-listed questions.</summary>
    /// <remarks>Event and market slugs live in separate namespaces: a binary Polymarket event shares its market's slug.</remarks>
    public string Unique(string space, string id)
    {
        if (_usedIds.Add(space + id)) return id;
        for (var n = 2; ; n++)
        {
            var candidate = $"{id}-{n}";
            if (_usedIds.Add(space + candidate)) return candidate;
        }
    }
}
