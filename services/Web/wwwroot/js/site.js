// The live parts of server-rendered pages, wired by data attributes. Blazor's enhanced navigation swaps page
// content without a reload, so wiring runs on first load and after every enhanced load, and is idempotent.
(() => {
    "use strict";

    const charts = new Map(); // canvas -> Chart

    const cents = price => price === null || price === undefined ? "—" : `${(Number(price) * 100).toFixed(1)}¢`;
    const dateLabel = (ms, span) => {
        const d = new Date(ms);
        return span <= 2 * 86400000
            ? d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })
            : d.toLocaleDateString(undefined, { month: "short", day: "numeric" });
    };
    const css = name => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || undefined;

    // <section data-stream-basket="{id}"> … <span data-live-price="{id}"> … <td data-live-leg="{marketId}">
    // One connection per page: a single basket's own stream (which replays what a reconnect missed), or one stream
    // for several (browsers open at most six HTTP/1.1 connections per host; a stream per basket would starve the rest).
    let live = null; // { key, source }
    function wireStreams() {
        const ids = [...new Set([...document.querySelectorAll("[data-stream-basket]")].map(e => e.dataset.streamBasket))].sort();
        const key = ids.join(",");
        if (live?.key === key) return;
        live?.source.close();
        live = null;
        if (ids.length === 0) return;
        const url = ids.length === 1
            ? `/api/v1/baskets/${encodeURIComponent(ids[0])}/stream`
            : `/api/v1/baskets/stream?${ids.map(id => `id=${encodeURIComponent(id)}`).join("&")}`;
        const source = new EventSource(url);
        source.addEventListener("price", event => {
            const view = JSON.parse(event.data);
            applyPrice(view.basketId ?? ids[0], view);
        });
        source.addEventListener("open", () => ids.forEach(id => setLiveState(id, "live")));
        source.addEventListener("error", () => ids.forEach(id => setLiveState(id, "reconnecting")));
        live = { key, source };
    }

    function setLiveState(id, state) {
        for (const el of document.querySelectorAll(`[data-live-state="${CSS.escape(id)}"]`)) {
            el.textContent = state === "live" ? "Live" : "Reconnecting…";
            el.dataset.state = state;
        }
    }

    const dollars = amount => amount === null ? "—"
        : `${amount < 0 ? "−$" : "$"}${Math.abs(amount).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const signedDollars = amount => amount === null ? "—" : (amount > 0 ? "+" : "") + dollars(amount);

    function setDollars(el, amount, signed) {
        if (!el) return;
        el.textContent = signed ? signedDollars(amount) : dollars(amount);
        if (!signed) return;
        el.classList.toggle("gain", amount !== null && amount > 0);
        el.classList.toggle("loss", amount !== null && amount < 0);
    }

    // A position as trading marks it: each leg worth shares × its outcome's mark, unrealized P&L that minus its cost;
    // unknown while a leg that holds shares has no mark.
    function markPosition(position) {
        let value = 0, pnl = 0;
        for (const leg of position.legs) {
            if (leg.k === null || leg.k === undefined) {
                if (leg.s !== 0) return { value: null, pnl: null };
                continue;
            }
            value += leg.s * leg.k;
            pnl += leg.s * leg.k - leg.c;
        }
        return { value, pnl };
    }

    // <tr data-position='{"legs":[{"m":market,"o":"yes|no","s":shares,"c":cost,"k":mark}]}' data-stream-basket="{id}">
    // with [data-position-value] and [data-position-pnl] cells, and [data-positions-total="value|pnl"] totals.
    function applyPositions(id, view) {
        const rows = [...document.querySelectorAll("tr[data-position]")];
        const yes = new Map((view.legs ?? []).filter(l => l.yesPrice !== null && l.yesPrice !== undefined).map(l => [l.marketId, Number(l.yesPrice)]));
        let touched = false;
        for (const row of rows.filter(r => r.dataset.streamBasket === id)) {
            const position = JSON.parse(row.dataset.position);
            for (const leg of position.legs) {
                if (yes.has(leg.m)) leg.k = leg.o === "yes" ? yes.get(leg.m) : 1 - yes.get(leg.m);
            }
            row.dataset.position = JSON.stringify(position);
            const marked = markPosition(position);
            setDollars(row.querySelector("[data-position-value]"), marked.value, false);
            setDollars(row.querySelector("[data-position-pnl]"), marked.pnl, true);
            row.dataset.markedAt = view.asOf;
            touched = true;
        }
        if (!touched) return;
        const all = rows.map(r => markPosition(JSON.parse(r.dataset.position)));
        const total = key => all.every(m => m[key] !== null) ? all.reduce((sum, m) => sum + m[key], 0) : null;
        setDollars(document.querySelector('[data-positions-total="value"]'), total("value"), false);
        setDollars(document.querySelector('[data-positions-total="pnl"]'), total("pnl"), true);
    }

    function applyPrice(id, view) {
        applyPositions(id, view);
        for (const el of document.querySelectorAll(`[data-live-price="${CSS.escape(id)}"]`)) {
            el.textContent = view.isComplete ? cents(view.price) : "Incomplete";
            el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash");
        }
        for (const el of document.querySelectorAll(`[data-live-asof="${CSS.escape(id)}"]`)) {
            el.textContent = new Date(view.asOf).toLocaleTimeString();
            el.setAttribute("datetime", view.asOf);
        }
        for (const leg of view.legs ?? []) {
            for (const el of document.querySelectorAll(`[data-live-leg="${CSS.escape(leg.marketId)}"]`)) {
                el.textContent = cents(leg.sidePrice);
            }
        }
        for (const [canvas, chart] of charts) {
            if (canvas.dataset.chartBasket !== id || !view.isComplete || !canvas.isConnected) continue;
            chart.data.datasets[0].data.push({ x: Date.parse(view.asOf), y: Number(view.price) * 100 });
            chart.update("none");
        }
    }

    // <canvas data-chart="line" data-points='[{"t":"…","c":0.42}]' data-chart-basket="{id}" aria-label="…">
    // <canvas data-chart="bar" data-labels='["a","b"]' data-values='[1,2]' data-unit="%">
    function wireCharts() {
        for (const [canvas, chart] of charts) {
            if (!canvas.isConnected) { chart.destroy(); charts.delete(canvas); }
        }
        if (!window.Chart) return;
        for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
            if (charts.has(canvas)) continue;
            charts.set(canvas, canvas.dataset.chart === "line" ? lineChart(canvas) : barChart(canvas));
        }
    }

    function lineChart(canvas) {
        const points = JSON.parse(canvas.dataset.points || "[]").map(p => ({ x: Date.parse(p.t), y: Number(p.c) * 100 }));
        return new Chart(canvas, {
            type: "line",
            data: { datasets: [{ label: canvas.getAttribute("aria-label") || "Price", data: points, borderColor: css("--accent"), pointRadius: 0, borderWidth: 2, tension: 0.15 }] },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false, parsing: false,
                plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => `${c.parsed.y.toFixed(1)}¢` } } },
                scales: {
                    x: { type: "linear", ticks: { maxTicksLimit: 6, callback(v) { const s = this.max - this.min; return dateLabel(v, s); } } },
                    y: { ticks: { callback: v => `${v}¢` } },
                },
            },
        });
    }

    function barChart(canvas) {
        const unit = canvas.dataset.unit || "";
        return new Chart(canvas, {
            type: "bar",
            data: {
                labels: JSON.parse(canvas.dataset.labels || "[]"),
                datasets: [{ label: canvas.getAttribute("aria-label") || "", data: JSON.parse(canvas.dataset.values || "[]"), backgroundColor: css("--accent") }],
            },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false,
                indexAxis: canvas.dataset.horizontal === "true" ? "y" : "x",
                plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => `${c.formattedValue}${unit}` } } },
            },
        });
    }

    // <button data-chart-range="1w" data-chart-target="{canvas id}" data-basket="{id}">1W</button>
    const ranges = { "1d": ["1h", 86400000], "1w": ["1h", 7 * 86400000], "1m": ["1h", 30 * 86400000], "1y": ["1d", 365 * 86400000] };
    document.addEventListener("click", async event => {
        const button = event.target.closest("[data-chart-range]");
        if (!button) return;
        const [interval, span] = ranges[button.dataset.chartRange] ?? ranges["1w"];
        const canvas = document.getElementById(button.dataset.chartTarget);
        const chart = charts.get(canvas);
        if (!chart) return;
        for (const b of button.parentElement.querySelectorAll("[data-chart-range]")) b.setAttribute("aria-pressed", String(b === button));
        const from = new Date(Date.now() - span).toISOString();
        const response = await fetch(`/api/v1/baskets/${encodeURIComponent(button.dataset.basket)}/history?interval=${interval}&from=${encodeURIComponent(from)}`);
        if (!response.ok) return;
        const history = await response.json();
        chart.data.datasets[0].data = history.points.map(p => ({ x: Date.parse(p.t), y: Number(p.close) * 100 }));
        chart.update("none");
    });

    // <button data-copy="{element id}">Copy</button>
    document.addEventListener("click", async event => {
        const button = event.target.closest("[data-copy]");
        if (!button) return;
        const source = document.getElementById(button.dataset.copy);
        const text = source?.value ?? source?.textContent ?? "";
        try {
            await navigator.clipboard.writeText(text.trim());
            button.textContent = "Copied";
        } catch {
            // Without clipboard access the text is selected so the user can copy it by hand.
            if (source?.select) source.select();
            button.textContent = "Press Ctrl+C";
        }
    });

    // <div data-job="{backfill job id}"><progress max="100" …></progress><span data-job-status></span></div>
    const polling = new Set();
    function wireJobs() {
        for (const el of document.querySelectorAll("[data-job]")) {
            const id = el.dataset.job;
            if (polling.has(id) || el.dataset.jobDone === "true") continue;
            polling.add(id);
            const tick = async () => {
                if (!el.isConnected) { polling.delete(id); return; }
                const response = await fetch(`/api/v1/backfill-jobs/${encodeURIComponent(id)}`);
                if (response.ok) {
                    const job = await response.json();
                    const progress = el.querySelector("progress");
                    if (progress) progress.value = Number(job.progress.percent);
                    const status = el.querySelector("[data-job-status]");
                    if (status) status.textContent = `${job.state}: ${job.progress.legsDone} of ${job.progress.legsTotal} legs`;
                    if (["completed", "partial", "failed"].includes(job.state)) {
                        polling.delete(id);
                        el.dataset.jobDone = "true";
                        return;
                    }
                }
                setTimeout(tick, 1000);
            };
            tick();
        }
    }

    // An order placed from a form comes back through an enhanced-navigation redirect, which drops the URL's
    // fragment: bring the order's state into view as "#order" would have.
    function revealPlacedOrder() {
        if (location.hash || !new URLSearchParams(location.search).has("order")) return;
        document.getElementById("order")?.scrollIntoView({ block: "start" });
    }

    function wire() {
        wireStreams();
        wireCharts();
        wireJobs();
        revealPlacedOrder();
    }

    document.addEventListener("DOMContentLoaded", wire);
    document.addEventListener("DOMContentLoaded", () => window.Blazor?.addEventListener?.("enhancedload", wire));
    if (document.readyState !== "loading") wire();
})();
