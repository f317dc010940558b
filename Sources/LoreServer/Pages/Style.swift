/// The one stylesheet, served at `/style.css`: system fonts (nothing fetched from elsewhere),
/// a single column on a phone, two from tablet width, light and dark schemes, visible focus,
/// and status colours with at least 4.5:1 contrast against their background.
enum Style {
    static let rendered: Rendered = {
        var rendered = Rendered("text/css; charset=utf-8", css)
        rendered.extraHeaders[.cacheControl] = "public, max-age=3600"
        return rendered
    }()

    static let css = """
        :root {
          --bg: #f6f5f2; --surface: #ffffff; --text: #1d1d24; --muted: #5b5b6b; --line: #e2e0da;
          --accent: #3b3bb3; --accent-text: #ffffff; --mark: #ffe28a;
          --confirmed: #17623a; --confirmed-bg: #dcf3e4; --reported: #1f4f8f; --reported-bg: #dde9fa;
          --rumored: #7a4a00; --rumored-bg: #fbebc8; --speculative: #5b3a8c; --speculative-bg: #ece2fa;
          --contested: #9a3412; --contested-bg: #fde3d3; --superseded: #4b4b55; --superseded-bg: #e7e7ea;
          --denied: #a11a2b; --denied-bg: #fbdde1;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
          line-height: 1.5; color: var(--text); background: var(--bg);
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15151b; --surface: #1f1f27; --text: #ececf1; --muted: #a6a6b8; --line: #33333f;
            --accent: #9d9dff; --accent-text: #15151b; --mark: #6b5a12;
            --confirmed: #8ee0aa; --confirmed-bg: #173626; --reported: #9cc3ff; --reported-bg: #1b2d47;
            --rumored: #f5c56b; --rumored-bg: #3d2e10; --speculative: #cdb4ff; --speculative-bg: #2f2447;
            --contested: #ffb38a; --contested-bg: #45240f; --superseded: #c4c4cf; --superseded-bg: #2e2e38;
            --denied: #ff9aa8; --denied-bg: #471a21;
          }
        }
        * { box-sizing: border-box; }
        body { margin: 0; }
        a { color: var(--accent); text-underline-offset: 2px; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
          outline: 3px solid var(--accent); outline-offset: 2px;
        }
        .skip { position: absolute; left: -999px; top: 0; background: var(--accent); color: var(--accent-text); padding: .5rem 1rem; }
        .skip:focus { left: 0; z-index: 10; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        header.site { background: var(--surface); border-bottom: 1px solid var(--line); }
        header.site .bar { max-width: 72rem; margin: 0 auto; padding: .6rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
        .brand { font-weight: 800; font-size: 1.35rem; text-decoration: none; color: var(--text); letter-spacing: .02em; }
        .brand span { color: var(--accent); }
        nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        nav a { text-decoration: none; color: var(--muted); font-weight: 600; padding: .25rem 0; }
        nav a[aria-current="page"] { color: var(--text); border-bottom: 3px solid var(--accent); }
        .site-search { display: flex; gap: .4rem; margin-left: auto; flex: 1 1 16rem; max-width: 26rem; }
        input, select, button { font: inherit; }
        input, select { padding: .4rem .6rem; border: 1px solid var(--line); border-radius: .45rem; background: var(--bg); color: var(--text); min-width: 0; }
        .site-search input { flex: 1; }
        button, .button { background: var(--accent); color: var(--accent-text); border: 0; border-radius: .45rem; padding: .4rem .9rem;
          font-weight: 600; cursor: pointer; text-decoration: none; display: inline-block; }
        main { max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
        main:focus { outline: none; }
        h1 { font-size: clamp(1.6rem, 4vw, 2.4rem); line-height: 1.15; margin: .2rem 0 .6rem; }
        h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
        .lead { font-size: 1.1rem; color: var(--muted); max-width: 48rem; }
        .muted, .meta { color: var(--muted); }
        .kind { text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; font-weight: 700; color: var(--muted); margin: 0; }
        .card { background: var(--surface); border: 1px solid var(--line); border-radius: .8rem; padding: 1rem 1.2rem; margin: 1rem 0;
          box-shadow: 0 1px 2px rgba(0,0,0,.04); }
        .columns { display: grid; gap: 0 1rem; }
        @media (min-width: 48rem) { .columns { grid-template-columns: 1fr 1fr; } }
        .hero { padding: .5rem 0; }
        ul, ol { padding-left: 1.2rem; }
        .releases, .stories, .changes, .facts ul, .entity-list, .hits, .history, .articles { list-style: none; padding: 0; margin: 0; }
        .releases li, .stories li, .changes li, .entity-list li, .hits li, .history li, .articles li {
          padding: .5rem 0; border-bottom: 1px solid var(--line); }
        .releases li:last-child, .stories li:last-child, .changes li:last-child, .entity-list li:last-child, .hits li:last-child,
        .history li:last-child, .articles li:last-child { border-bottom: 0; }
        .when { font-variant-numeric: tabular-nums; font-weight: 700; display: inline-block; min-width: 7.5rem; }
        .story a { font-weight: 600; }
        .story .meta { margin: .1rem 0 0; font-size: .9rem; }
        .badge { display: inline-block; font-size: .72rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em;
          padding: .1rem .5rem; border-radius: 999px; vertical-align: .1em; white-space: nowrap; }
        .status-confirmed { color: var(--confirmed); background: var(--confirmed-bg); }
        .status-reported { color: var(--reported); background: var(--reported-bg); }
        .status-rumored { color: var(--rumored); background: var(--rumored-bg); }
        .status-speculative { color: var(--speculative); background: var(--speculative-bg); }
        .status-contested { color: var(--contested); background: var(--contested-bg); }
        .status-superseded { color: var(--superseded); background: var(--superseded-bg); text-decoration: line-through; }
        .status-denied { color: var(--denied); background: var(--denied-bg); }
        .change { font-size: .72rem; font-weight: 700; text-transform: uppercase; color: var(--muted); border: 1px solid var(--line);
          border-radius: .3rem; padding: 0 .35rem; }
        .entity-head { margin-bottom: .5rem; }
        .alias { font-weight: 600; }
        .actions { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
        .as-of, .filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
        .fact { padding: .55rem 0; border-bottom: 1px solid var(--line); }
        .fact:last-child { border-bottom: 0; }
        .fact-line { display: flex; flex-wrap: wrap; gap: .35rem .5rem; align-items: baseline; }
        .fact-line > a, .fact-line > strong { font-weight: 650; }
        .qualifiers { color: var(--muted); }
        details.sources summary { cursor: pointer; color: var(--muted); font-size: .88rem; margin-top: .2rem; }
        details.sources ul { list-style: none; padding: 0 0 0 .8rem; border-left: 3px solid var(--line); margin: .4rem 0; }
        blockquote { margin: .3rem 0; font-style: italic; overflow-wrap: anywhere; }
        .cite { margin: 0 0 .5rem; font-size: .85rem; color: var(--muted); }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
        @media (max-width: 40rem) {
          table, thead, tbody, tr, th, td { display: block; }
          thead { position: absolute; left: -999px; }
          tr { padding: .5rem 0; border-bottom: 1px solid var(--line); }
          td { border: 0; padding: .1rem 0; }
          td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
          td[data-label]:empty { display: none; }
        }
        @media (min-width: 40.01rem) {
          table.calendar { table-layout: fixed; }
          table.calendar th:nth-child(1) { width: 22%; } table.calendar th:nth-child(2) { width: 24%; }
          table.calendar th:nth-child(3) { width: 14%; } table.calendar th:nth-child(4) { width: 12%; }
          table.calendar th:nth-child(5) { width: 9%; }
        }
        .big-search label { display: block; font-weight: 600; margin-bottom: .3rem; }
        .big-search .row { display: flex; gap: .5rem; max-width: 40rem; }
        .big-search input { flex: 1; font-size: 1.1rem; }
        .snippet { margin: .2rem 0 0; color: var(--muted); font-size: .92rem; overflow-wrap: anywhere; }
        mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: .15em; }
        .pager { display: flex; gap: 1rem; justify-content: center; margin: 1.5rem 0; align-items: center; }
        .empty { color: var(--muted); font-style: italic; }
        .news .text { max-width: 42rem; font-size: 1.05rem; }
        .news .text p { overflow-wrap: anywhere; }
        figure.graph { margin: 1rem 0; background: var(--surface); border: 1px solid var(--line); border-radius: .8rem; padding: .5rem; overflow-x: auto; }
        figure.graph svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
        figcaption { color: var(--muted); font-size: .9rem; padding: .5rem; }
        .error h1 { color: var(--denied); }
        footer.site { max-width: 72rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
        """
}
