/// The Mustache templates of the web UI, kept in the binary so `lore serve` works from any
/// directory. `{{name}}` is HTML-escaped (`& < > " '`); `{{{name}}}` is used only for markup
/// the server made itself (the page body inside the layout, escaped snippets with highlights,
/// JSON-LD whose `<` is escaped, the SVG graph).
enum Templates {
    static let all: [String: String] = [
        "layout": layout, "badge": badge, "sources": sources, "home": home, "entity": entity, "entities": entities,
        "graph": graph, "story": story, "stories": stories, "search": search, "calendar": calendar,
        "articles": articles, "article": article, "error": error, "pager": pager, "storyItem": storyItem,
    ]

    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Lore</title>
        <meta name="description" content="{{description}}">
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" type="text/calendar" title="Lore release calendar" href="/calendar.ics">
        {{#jsonLD}}<script type="application/ld+json">{{{jsonLD}}}</script>{{/jsonLD}}
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/" aria-label="Lore, home"><span aria-hidden="true">◆</span> Lore</a>
            <nav aria-label="Main">
              <ul>
                <li><a href="/"{{#nav.home}} aria-current="page"{{/nav.home}}>Home</a></li>
                <li><a href="/calendar"{{#nav.calendar}} aria-current="page"{{/nav.calendar}}>Calendar</a></li>
                <li><a href="/stories"{{#nav.stories}} aria-current="page"{{/nav.stories}}>Stories</a></li>
                <li><a href="/entities"{{#nav.entities}} aria-current="page"{{/nav.entities}}>Entities</a></li>
                <li><a href="/articles"{{#nav.articles}} aria-current="page"{{/nav.articles}}>Articles</a></li>
              </ul>
            </nav>
            <form class="site-search" role="search" action="/search" method="get">
              <label for="site-q" class="visually-hidden">Search Lore</label>
              <input id="site-q" name="q" type="search" placeholder="Search works, people, articles" value="{{query}}">
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main" tabindex="-1">
        {{{body}}}
        </main>
        <footer class="site">
          <p>Lore keeps every fact with the articles that state it. Data as JSON: <a href="/api/v1/openapi.json">API</a> · <a href="/calendar.ics">release calendar (.ics)</a></p>
        </footer>
        </body>
        </html>
        """

    static let badge = """
        <span class="badge status-{{status}}" title="{{statusHelp}}">{{status}}</span>
        """

    static let sources = """
        <details class="sources">
          <summary>{{sourceCount}} source{{^oneSource}}s{{/oneSource}}{{#firstReported}}, first {{firstReported}}{{/firstReported}}</summary>
          <ul>
          {{#sources}}
            <li>
              <blockquote cite="{{url}}">{{quote}}</blockquote>
              <p class="cite"><a href="{{articleHref}}">{{outlet}}{{^outlet}}{{articleID}}{{/outlet}}</a>{{#published}} · <time datetime="{{published}}">{{published}}</time>{{/published}} · <span class="modality">{{modality}}</span>{{#comics}} · <span class="scope">comics</span>{{/comics}}{{#url}} · <a href="{{url}}" rel="nofollow noopener noreferrer">original</a>{{/url}}</p>
            </li>
          {{/sources}}
          {{#moreSources}}<li class="muted">and {{moreSources}} more, from {{outletCount}} outlets in all</li>{{/moreSources}}
          </ul>
        </details>
        """

    static let pager = """
        {{#pager}}
        <nav class="pager" aria-label="Pages">
          {{#previous}}<a href="{{previous}}" rel="prev">← Newer</a>{{/previous}}
          <span>{{from}}–{{to}} of {{total}}</span>
          {{#next}}<a href="{{next}}" rel="next">Older →</a>{{/next}}
        </nav>
        {{/pager}}
        """

    static let storyItem = """
        <li class="story">
          <a href="/stories/{{id}}">{{headline}}</a>
          <p class="meta">{{#firstDate}}<time datetime="{{firstDate}}">{{firstDate}}</time>{{/firstDate}}{{#range}} to <time datetime="{{lastDate}}">{{lastDate}}</time>{{/range}} · {{articleCount}} article{{^oneArticle}}s{{/oneArticle}}{{#hasFacts}} · {{factCount}} fact{{^oneFact}}s{{/oneFact}}{{/hasFacts}}</p>
        </li>
        """

    static let home = """
        <section class="hero" aria-labelledby="hero-title">
          <h1 id="hero-title">{{universe}}</h1>
          <p class="lead">{{articleCount}} articles → {{entityCount}} entities and {{factCount}} sourced facts. Every fact keeps the articles that state it and a status across them.</p>
        </section>
        <div class="columns">
          <section aria-labelledby="releases-title" class="card">
            <h2 id="releases-title">{{releasesHeading}}</h2>
            {{#hasReleases}}
            <ol class="releases">
            {{#releases}}
              <li>
                <span class="when">{{label}}</span>
                <a href="/entities/{{workID}}">{{work}}</a>{{#season}} <span class="muted">season {{season}}</span>{{/season}}
                {{#platform}}<span class="muted">on {{platform}}</span>{{/platform}}
                {{>badge}}
              </li>
            {{/releases}}
            </ol>
            {{/hasReleases}}
            {{^releases}}<p class="empty">No releases reported yet.</p>{{/releases}}
            <p><a href="/calendar">Full calendar</a> · <a href="/calendar.ics">Subscribe (.ics)</a></p>
          </section>
          <section aria-labelledby="stories-title" class="card">
            <h2 id="stories-title">Latest stories</h2>
            <ul class="stories">{{#stories}}{{>storyItem}}{{/stories}}</ul>
            {{^stories}}<p class="empty">No stories yet.</p>{{/stories}}
            <p><a href="/stories">All stories</a></p>
          </section>
        </div>
        <section aria-labelledby="changes-title" class="card">
          <h2 id="changes-title">Recently changed facts <span class="muted">since {{since}}</span></h2>
          {{#hasChanges}}
          <ul class="changes">
          {{#changes}}
            <li><span class="change change-{{kind}}">{{kindLabel}}</span> <a href="/entities/{{subjectID}}">{{subject}}</a> {{predicate}} {{#objectID}}<a href="/entities/{{objectID}}">{{object}}</a>{{/objectID}}{{^objectID}}<strong>{{object}}</strong>{{/objectID}}{{#qualifiers}} <span class="muted">{{qualifiers}}</span>{{/qualifiers}} {{>badge}}{{#was}} <span class="muted">(was {{was}})</span>{{/was}}</li>
          {{/changes}}
          </ul>
          {{/hasChanges}}
          {{^changes}}<p class="empty">Nothing changed in that period.</p>{{/changes}}
        </section>
        """

    static let entity = """
        <article class="entity" aria-labelledby="entity-title">
          <header class="entity-head">
            <p class="kind">{{type}}</p>
            <h1 id="entity-title">{{name}}</h1>
            {{#hasAliases}}<p>Also called {{#aliases}}<span class="alias">{{name}}</span> <span class="muted">({{count}})</span>{{^last}}, {{/last}}{{/aliases}}</p>{{/hasAliases}}
            <p class="meta">Mentioned in {{articleCount}} article{{^oneArticle}}s{{/oneArticle}}{{#firstSeen}}, <time datetime="{{firstSeen}}">{{firstSeen}}</time> to <time datetime="{{lastSeen}}">{{lastSeen}}</time>{{/firstSeen}}{{#asOf}} · as known on <strong>{{asOf}}</strong> (<a href="/entities/{{id}}">now</a>){{/asOf}}</p>
            <p class="actions"><a class="button" href="/entities/{{id}}/graph">Relationship graph</a> <a href="/api/v1/entities/{{id}}">JSON</a></p>
            <form class="as-of" action="/entities/{{id}}" method="get">
              <label for="as-of">What was known on</label>
              <input id="as-of" name="asOf" placeholder="YYYY-MM-DD" value="{{asOf}}" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" size="10">
              <button type="submit">Show</button>
            </form>
          </header>
          {{#hasCast}}
          <section aria-labelledby="cast-title" class="card">
            <h2 id="cast-title">Cast</h2>
            <table class="cast">
              <thead><tr><th scope="col">Actor</th><th scope="col">Role</th><th scope="col">Status</th><th scope="col">Sources</th></tr></thead>
              <tbody>
              {{#cast}}<tr><td data-label="Actor"><a href="/entities/{{personID}}">{{person}}</a></td><td data-label="Role">{{#characterID}}<a href="/entities/{{characterID}}">{{character}}</a>{{/characterID}}{{^characterID}}{{character}}{{/characterID}}</td><td data-label="Status">{{>badge}}</td><td data-label="Sources">{{sourceCount}}</td></tr>{{/cast}}
              </tbody>
            </table>
          </section>
          {{/hasCast}}
          {{#groups}}
          <section aria-labelledby="group-{{slug}}" class="card facts">
            <h2 id="group-{{slug}}">{{label}}</h2>
            <ul>
            {{#facts}}
              <li class="fact">
                <div class="fact-line">
                  {{#otherID}}<a href="/entities/{{otherID}}">{{other}}</a>{{/otherID}}{{^otherID}}<strong>{{other}}</strong>{{/otherID}}{{#otherType}} <span class="muted">({{otherType}})</span>{{/otherType}}{{#qualifiers}} <span class="qualifiers">{{qualifiers}}</span>{{/qualifiers}}
                  {{>badge}}
                </div>
                {{>sources}}
              </li>
            {{/facts}}
            </ul>
            {{#moreFacts}}<p class="muted">and {{moreFacts}} more, less reported: <a href="{{allFactsHref}}">all of them</a></p>{{/moreFacts}}
          </section>
          {{/groups}}
          {{^groups}}<p class="empty">No facts about {{name}} yet.</p>{{/groups}}
          {{#hasHistories}}
          <section aria-labelledby="history-title" class="card">
            <h2 id="history-title">History of changing values</h2>
            {{#histories}}
            <h3>{{predicate}}{{#season}}, season {{season}}{{/season}}</h3>
            <ol class="history">
              {{#earlier}}<li class="muted">… {{earlier}} earlier value{{^oneEarlier}}s{{/oneEarlier}}</li>{{/earlier}}
              {{#values}}<li><strong>{{value}}</strong> <span class="muted">{{#firstReported}}<time datetime="{{firstReported}}">{{firstReported}}</time>{{/firstReported}}{{#range}} to <time datetime="{{lastReported}}">{{lastReported}}</time>{{/range}} · {{outlets}} outlet{{^oneOutlet}}s{{/oneOutlet}}</span> {{>badge}}</li>{{/values}}
            </ol>
            {{/histories}}
          </section>
          {{/hasHistories}}
        </article>
        """

    static let entities = """
        <h1>Entities</h1>
        <form class="filters" action="/entities" method="get">
          <label for="type">Type</label>
          <select id="type" name="type">
            <option value="">all</option>
            {{#types}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/types}}
          </select>
          <button type="submit">Filter</button>
        </form>
        <ul class="entity-list">
        {{#items}}<li><a href="/entities/{{id}}">{{name}}</a> <span class="kind">{{type}}</span> <span class="muted">{{articleCount}} article{{^oneArticle}}s{{/oneArticle}}</span></li>{{/items}}
        </ul>
        {{>pager}}
        """

    static let graph = """
        <h1>Relationships of <a href="/entities/{{id}}">{{name}}</a></h1>
        <p class="lead">{{summary}}</p>
        <figure class="graph">
          {{{svg}}}
          <figcaption>Who plays whom, who appears in what, and how characters relate, as the articles report it. <a href="/entities/{{id}}">Back to {{name}}</a>.</figcaption>
        </figure>
        """

    static let story = """
        <article aria-labelledby="story-title">
          <p class="kind">story {{id}}</p>
          <h1 id="story-title">{{headline}}</h1>
          <p class="meta">{{#firstDate}}<time datetime="{{firstDate}}">{{firstDate}}</time>{{/firstDate}}{{#range}} to <time datetime="{{lastDate}}">{{lastDate}}</time>{{/range}} · <a href="/api/v1/stories/{{id}}">JSON</a></p>
          <section aria-labelledby="story-articles" class="card">
            <h2 id="story-articles">Articles</h2>
            <ol class="articles">
            {{#articles}}<li><a href="{{href}}">{{title}}{{^title}}{{id}}{{/title}}</a> <span class="muted">{{outlet}}{{#published}} · <time datetime="{{published}}">{{published}}</time>{{/published}}</span>{{#copyOf}} <span class="badge status-superseded">near-copy of {{copyOf}}</span>{{/copyOf}}</li>{{/articles}}
            </ol>
          </section>
          <section aria-labelledby="story-facts" class="card">
            <h2 id="story-facts">Facts it brought</h2>
            {{#hasFacts}}
            <ul class="changes">
            {{#facts}}<li><span class="change change-{{change}}">{{change}}</span> {{subject}} {{predicate}} <strong>{{object}}</strong>{{#qualifiers}} <span class="muted">{{qualifiers}}</span>{{/qualifiers}} {{>badge}}{{#previous}} <span class="muted">(before: {{previous}})</span>{{/previous}}</li>{{/facts}}
            </ul>
            {{/hasFacts}}
            {{^facts}}<p class="empty">No new facts in this story.</p>{{/facts}}
          </section>
        </article>
        """

    static let stories = """
        <h1>Stories</h1>
        <p class="lead">Articles that report the same event, latest first.</p>
        <ul class="stories">{{#items}}{{>storyItem}}{{/items}}</ul>
        {{>pager}}
        """

    static let search = """
        <h1>Search</h1>
        <form class="big-search" role="search" action="/search" method="get">
          <label for="q">Search names, aliases and article text</label>
          <div class="row"><input id="q" name="q" type="search" value="{{query}}" autofocus><button type="submit">Search</button></div>
        </form>
        {{#hasQuery}}
        <section aria-labelledby="hits-entities">
          <h2 id="hits-entities">Entities <span class="muted">({{totalEntities}})</span></h2>
          <ul class="entity-list">
          {{#entities}}<li><a href="/entities/{{id}}">{{name}}</a> <span class="kind">{{type}}</span> <span class="muted">{{articleCount}} article{{^oneArticle}}s{{/oneArticle}}</span></li>{{/entities}}
          </ul>
          {{^entities}}<p class="empty">No entity matches.</p>{{/entities}}
        </section>
        <section aria-labelledby="hits-articles">
          <h2 id="hits-articles">Articles <span class="muted">({{totalArticles}})</span></h2>
          <ol class="hits">
          {{#articles}}<li><a href="{{href}}">{{title}}{{^title}}{{id}}{{/title}}</a> <span class="muted">{{outlet}}{{#published}} · {{published}}{{/published}}</span><p class="snippet">{{{snippet}}}</p></li>{{/articles}}
          </ol>
          {{^articles}}<p class="empty">No article matches.</p>{{/articles}}
        </section>
        {{>pager}}
        {{/hasQuery}}
        """

    static let calendar = """
        <h1>Release calendar</h1>
        <p class="lead">Each release as precisely as it was reported: a month or a season is never shown as a day. <a class="button" href="{{icsLink}}">Subscribe (.ics)</a></p>
        <form class="filters" action="/calendar" method="get">
          <label for="from">From</label> <input id="from" name="from" value="{{from}}" placeholder="YYYY-MM" size="10">
          <label for="to">To</label> <input id="to" name="to" value="{{to}}" placeholder="YYYY-MM" size="10">
          <button type="submit">Show</button>
        </form>
        {{#years}}
        <section aria-labelledby="year-{{year}}" class="card">
          <h2 id="year-{{year}}">{{year}}</h2>
          <table class="calendar">
            <thead><tr><th scope="col">Release</th><th scope="col">Work</th><th scope="col">Platform</th><th scope="col">Status</th><th scope="col">Sources</th><th scope="col">Also reported</th></tr></thead>
            <tbody>
            {{#entries}}<tr><td data-label="Release"><span class="when">{{label}}</span> <span class="muted">{{precision}}</span></td><td data-label="Work"><a href="/entities/{{workID}}">{{work}}</a>{{#season}} <span class="muted">season {{season}}</span>{{/season}}</td><td data-label="Platform">{{platform}}</td><td data-label="Status">{{>badge}}</td><td data-label="Sources">{{sourceCount}}</td><td data-label="Also reported">{{alternatives}}</td></tr>{{/entries}}
            </tbody>
          </table>
        </section>
        {{/years}}
        {{^years}}<p class="empty">No releases in that period.</p>{{/years}}
        """

    static let articles = """
        <h1>Articles</h1>
        <ol class="hits">
        {{#items}}<li><a href="{{href}}">{{title}}{{^title}}{{id}}{{/title}}</a> <span class="muted">{{outlet}}{{#published}} · <time datetime="{{published}}">{{published}}</time>{{/published}}</span>{{#storyID}} · <a href="/stories/{{storyID}}">story</a>{{/storyID}}</li>{{/items}}
        </ol>
        {{>pager}}
        """

    static let article = """
        <article aria-labelledby="article-title" class="news">
          <p class="kind">{{outlet}}{{#published}} · <time datetime="{{published}}">{{published}}</time>{{/published}}</p>
          <h1 id="article-title">{{title}}{{^title}}{{id}}{{/title}}</h1>
          <p class="meta">{{#url}}<a href="{{url}}" rel="nofollow noopener noreferrer">Original article</a> · {{/url}}{{#storyID}}<a href="/stories/{{storyID}}">Story</a> · {{/storyID}}<a href="/api/v1{{href}}">JSON</a></p>
          <div class="text">{{#paragraphs}}<p>{{.}}</p>{{/paragraphs}}{{^paragraphs}}<p class="empty">The text of this article was not kept (it was stored before Lore kept texts).</p>{{/paragraphs}}</div>
          {{#hasFacts}}
          <section aria-labelledby="article-facts" class="card">
            <h2 id="article-facts">Facts it states</h2>
            <ul class="changes">
            {{#facts}}<li><a href="/entities/{{subjectID}}">{{subject}}</a> {{predicate}} {{#objectID}}<a href="/entities/{{objectID}}">{{object}}</a>{{/objectID}}{{^objectID}}<strong>{{object}}</strong>{{/objectID}}{{#qualifiers}} <span class="muted">{{qualifiers}}</span>{{/qualifiers}} {{>badge}} <span class="muted">{{modality}}</span><blockquote>{{quote}}</blockquote></li>{{/facts}}
            </ul>
          </section>
          {{/hasFacts}}
        </article>
        """

    static let error = """
        <section class="error" aria-labelledby="error-title">
          <h1 id="error-title">{{code}} · {{reason}}</h1>
          <p>{{message}}</p>
          <p><a href="/">Home</a> · <a href="/search">Search</a></p>
        </section>
        """
}
