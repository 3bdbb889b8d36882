//! Web pages: a saved news page becomes an article — its main text without navigation,
//! share bars, related links and comments, with the title, publication date, outlet and
//! canonical URL the page's own metadata gives.
//!
//! The main text is found as readability-style extractors find it: the page's declared
//! article body (`itemprop="articleBody"`, `<article>`) when it has one, else the element
//! whose paragraphs carry the most prose (paragraph text, commas, little link text).
//! Boilerplate is recognised by element (`nav`, `aside`, `footer`, `form`…) and by the
//! words sites name it with in `class` and `id` (see [`BOILERPLATE_MARKERS`]).
//!
//! Byte offsets of the article are counted in the extracted text (paragraphs joined by
//! blank lines), which is what the app shows.

use chrono::NaiveDate;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::{Article, parse_date_value};

/// Elements that are never part of an article's text.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "button",
    "select",
    "iframe",
    "svg",
    "canvas",
    "figure",
    "figcaption",
    "menu",
    "dialog",
];

/// Words in a `class` or `id` that sites use for what is around an article, not in it.
const BOILERPLATE_MARKERS: &[&str] = &[
    "comment",
    "share",
    "social",
    "related",
    "recommend",
    "newsletter",
    "subscribe",
    "promo",
    "advert",
    "sponsor",
    "cookie",
    "consent",
    "sidebar",
    "breadcrumb",
    "byline",
    "author",
    "caption",
    "footer",
    "masthead",
    "navbar",
    "menu",
    "popular",
    "trending",
    "tags",
    "read-more",
    "readmore",
    "most-read",
    "outbrain",
    "taboola",
    "paywall",
];

/// Elements whose text is one block (a paragraph of the article).
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "td",
];

/// `<meta>` names and properties that hold a publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "date",
];

/// Reads a web page as an article. Never fails: a page with no prose gives an article
/// with empty text and a warning, a page with no date one with a warning.
pub fn article_from_html(path: &str, html: &str) -> Article {
    let document = Html::parse_document(html);
    let linked = linked_data(&document);
    let text = main_text(&document);
    let mut article = Article::from_text(path, text, 0);
    article.extracted = true;
    article.warnings.retain(|w| !w.starts_with("no date line"));
    if article.text.trim().is_empty() {
        article
            .warnings
            .push("web page with no article text found".to_owned());
    }
    article.title = meta(&document, &["og:title", "twitter:title"])
        .or_else(|| linked.iter().find_map(|v| string_at(v, &["headline"])))
        .or_else(|| first_text(&document, "title"))
        .or_else(|| first_text(&document, "h1"))
        .filter(|t| !t.is_empty());
    match page_date(&document, &linked) {
        Some(Ok(date)) => article.date = Some(date),
        Some(Err(reason)) => article.warnings.push(format!(
            "malformed publication date, date unknown: {reason}"
        )),
        None if article.date.is_none() => article
            .warnings
            .push("web page gives no publication date: event dates are unknown".to_owned()),
        None => {}
    }
    let outlet = meta(&document, &["og:site_name", "application-name"]).or_else(|| {
        linked
            .iter()
            .find_map(|v| string_at(v, &["publisher", "name"]))
    });
    article.source = outlet.or(article.source);
    article.url = canonical_url(&document);
    article
}

/// The text of an HTML fragment (a feed item's content), as paragraphs.
pub fn text_of_fragment(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    let mut blocks = Vec::new();
    collect_blocks(fragment.root_element(), &mut blocks);
    if blocks.is_empty() {
        return squeeze(&fragment.root_element().text().collect::<String>());
    }
    blocks.join("\n\n")
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The page's main text: its paragraphs, joined by blank lines.
fn main_text(document: &Html) -> String {
    let Some(body) = selector("body").and_then(|s| document.select(&s).next()) else {
        return String::new();
    };
    let container = declared_body(document).unwrap_or_else(|| densest(body));
    let mut blocks = Vec::new();
    collect_blocks(container, &mut blocks);
    blocks.join("\n\n")
}

/// The element the page marks as its article body, when it marks one with prose in it.
fn declared_body(document: &Html) -> Option<ElementRef<'_>> {
    let declared = selector("[itemprop=articleBody], article, [role=main], main")?;
    document
        .select(&declared)
        .filter(|e| !is_boilerplate(e))
        .map(|e| (prose_score(e), e))
        .filter(|(score, _)| *score >= 3.0)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, e)| e)
}

/// The element under `body` whose paragraphs carry the most prose: each paragraph scores
/// for its parent, and half as much for its grandparent (a story's paragraphs are
/// siblings; wrappers around them share the credit).
fn densest(body: ElementRef<'_>) -> ElementRef<'_> {
    let Some(paragraph) = selector("p") else {
        return body;
    };
    let mut scores: Vec<(ego_tree::NodeId, f64)> = Vec::new();
    let mut credit = |id: ego_tree::NodeId, score: f64| match scores.iter_mut().find(|s| s.0 == id)
    {
        Some(entry) => entry.1 += score,
        None => scores.push((id, score)),
    };
    for p in body.select(&paragraph) {
        if p.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| is_boilerplate(&a))
        {
            continue;
        }
        let score = paragraph_score(&block_text(p), link_share(p));
        if score <= 0.0 {
            continue;
        }
        let mut up = p.ancestors().filter_map(ElementRef::wrap);
        if let Some(parent) = up.next() {
            credit(parent.id(), score);
            if let Some(grandparent) = up.next() {
                credit(grandparent.id(), score / 2.0);
            }
        }
    }
    scores
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .and_then(|(id, _)| body.tree().get(id))
        .and_then(ElementRef::wrap)
        .unwrap_or(body)
}

/// How much prose a paragraph is: nothing under 25 characters or mostly links, else one
/// point, one per comma, and one per 100 characters up to three.
fn paragraph_score(text: &str, link_share: f64) -> f64 {
    let length = text.chars().count();
    if length < 25 || link_share > 0.5 {
        return 0.0;
    }
    1.0 + text.matches(',').count() as f64 + (length as f64 / 100.0).min(3.0)
}

/// The prose under an element: the sum of its paragraphs' scores.
fn prose_score(element: ElementRef<'_>) -> f64 {
    let mut blocks = Vec::new();
    collect_blocks(element, &mut blocks);
    blocks.iter().map(|b| paragraph_score(b, 0.0)).sum()
}

/// Links, parsed once: [`link_share`] is asked of every paragraph.
static LINKS: std::sync::LazyLock<Option<Selector>> = std::sync::LazyLock::new(|| selector("a"));

/// The share of an element's text that is link text.
fn link_share(element: ElementRef<'_>) -> f64 {
    let all = element.text().map(str::len).sum::<usize>().max(1);
    let Some(links) = LINKS.as_ref() else {
        return 0.0;
    };
    let linked: usize = element
        .select(links)
        .flat_map(|a| a.text())
        .map(str::len)
        .sum();
    linked as f64 / all as f64
}

/// Appends the text blocks under `element` in document order, skipping boilerplate; a
/// block's text is taken whole (blocks inside blocks are not read twice).
fn collect_blocks(element: ElementRef<'_>, blocks: &mut Vec<String>) {
    for child in element.children() {
        let Some(child) = ElementRef::wrap(child) else {
            continue;
        };
        if is_boilerplate(&child) {
            continue;
        }
        let name = child.value().name();
        if BLOCK_ELEMENTS.contains(&name) {
            let text = block_text(child);
            // Link lists ("Read more: …", tag clouds) are not the story.
            let short_links = text.len() < 80 && link_share(child) > 0.5;
            if !text.is_empty() && !short_links {
                blocks.push(text);
            }
        } else {
            collect_blocks(child, blocks);
        }
    }
}

/// Whether an element is never article text: by its name, or by the words in its
/// `class` and `id`.
fn is_boilerplate(element: &ElementRef<'_>) -> bool {
    let value = element.value();
    if SKIPPED_ELEMENTS.contains(&value.name()) {
        return true;
    }
    if value.attr("hidden").is_some() || value.attr("aria-hidden") == Some("true") {
        return true;
    }
    let names = format!(
        "{} {}",
        value.attr("class").unwrap_or(""),
        value.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    // Whole words of the class list, or their parts ("share-bar", "c-comments__list"),
    // singular or plural; never a word's beginning ("commentary" is an article).
    names
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .any(|word| {
            let singular = word.strip_suffix('s').unwrap_or(word);
            BOILERPLATE_MARKERS
                .iter()
                .any(|m| word == *m || singular == *m)
        })
        || BOILERPLATE_MARKERS
            .iter()
            .filter(|m| m.contains('-'))
            .any(|m| names.contains(m))
}

/// An element's text with runs of white space made one space; `<br>` breaks a line.
fn block_text(element: ElementRef<'_>) -> String {
    let mut text = String::new();
    for node in element.descendants() {
        match node.value() {
            Node::Text(t) => {
                let skipped = node
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .take_while(|a| a.id() != element.id())
                    .any(|a| matches!(a.value().name(), "script" | "style" | "noscript"));
                if !skipped {
                    text.push_str(t);
                }
            }
            Node::Element(e) if e.name() == "br" => text.push('\n'),
            _ => {}
        }
    }
    squeeze(&text)
}

/// Collapses white space: runs within a line to one space, line breaks kept once.
fn squeeze(text: &str) -> String {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn first_text(document: &Html, css: &str) -> Option<String> {
    let s = selector(css)?;
    document.select(&s).next().map(block_text)
}

/// The first `<meta>` with one of `names` as its `property`, `name` or `itemprop`
/// (case-insensitive), by the order of `names`.
fn meta(document: &Html, names: &[&str]) -> Option<String> {
    let metas = selector("meta")?;
    let found: Vec<(String, String)> = document
        .select(&metas)
        .filter_map(|m| {
            let v = m.value();
            let key = v
                .attr("property")
                .or_else(|| v.attr("name"))
                .or_else(|| v.attr("itemprop"))?;
            let content = v.attr("content")?.trim();
            (!content.is_empty()).then(|| (key.to_ascii_lowercase(), content.to_owned()))
        })
        .collect();
    names.iter().find_map(|name| {
        found
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, content)| content.clone())
    })
}

/// The page's JSON-LD objects (`<script type="application/ld+json">`), `@graph` members
/// and arrays flattened; unparsable blocks are skipped.
fn linked_data(document: &Html) -> Vec<Value> {
    let Some(scripts) = selector("script[type='application/ld+json']") else {
        return Vec::new();
    };
    let mut objects = Vec::new();
    for script in document.select(&scripts) {
        let text: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        flatten(value, &mut objects, 0);
    }
    objects
}

fn flatten(value: Value, into: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, into, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, into, depth + 1);
            }
            into.push(Value::Object(map));
        }
        _ => {}
    }
}

/// The string at a path of keys in a JSON-LD object (an array takes its first element).
fn string_at(value: &Value, keys: &[&str]) -> Option<String> {
    let mut at = value;
    for key in keys {
        at = at.get(key)?;
        if let Value::Array(items) = at {
            at = items.first()?;
        }
    }
    at.as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// The publication date: JSON-LD `datePublished`, then the date `<meta>` tags, then a
/// `<time datetime>` marked as the publication time, then the first `<time datetime>`
/// inside the article. `None` when the page gives none.
fn page_date(document: &Html, linked: &[Value]) -> Option<Result<NaiveDate, String>> {
    let value = linked
        .iter()
        .find_map(|v| string_at(v, &["datePublished"]))
        .or_else(|| meta(document, DATE_METAS))
        .or_else(|| {
            time_attribute(
                document,
                "time[itemprop=datePublished][datetime], time[pubdate][datetime]",
            )
        })
        .or_else(|| time_attribute(document, "article time[datetime]"))?;
    Some(parse_date_value(&value))
}

fn time_attribute(document: &Html, css: &str) -> Option<String> {
    let s = selector(css)?;
    document
        .select(&s)
        .find_map(|t| t.value().attr("datetime").map(str::to_owned))
}

/// `<link rel="canonical">`, else `og:url`.
fn canonical_url(document: &Html) -> Option<String> {
    let links = selector("link[rel=canonical][href]")?;
    document
        .select(&links)
        .find_map(|l| l.value().attr("href").map(str::trim).map(str::to_owned))
        .filter(|u| !u.is_empty())
        .or_else(|| meta(document, &["og:url"]))
}

/// Whether text looks like an HTML page (for files without an `.html` extension).
/// Asked of every text file, so it allocates nothing.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start();
    let starts = |prefix: &str| {
        head.get(..prefix.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
    };
    starts("<!doctype html") || starts("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html><html><head>
<title>Drone hits base near Erbil | The Example Post</title>
<meta property="og:site_name" content="The Example Post">
<meta property="article:published_time" content="2024-01-03T09:30:00+03:00">
<link rel="canonical" href="https://example.org/news/drone-erbil">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="share-bar"><a href="#">Share on X</a></div>
<article><h1>Drone hits base near Erbil</h1>
<p>ERBIL, Iraq (The Example Post) – A drone struck a base near Erbil airport on Tuesday, officials said, causing no casualties.</p>
<p>The attack was the third this week, according to the region's counter-terrorism service.</p>
<aside class="related"><p>Related: Markets rally as oil prices climb after talks in Vienna</p></aside>
</article>
<section id="comments"><p>What a disgrace, this keeps happening every single week!</p></section>
<footer><p>© The Example Post, all rights reserved, 2024.</p></footer>
</body></html>"##;

    #[test]
    fn a_news_page_gives_its_story_and_metadata_without_boilerplate() {
        let a = article_from_html("page.html", PAGE);
        assert!(
            a.text
                .starts_with("ERBIL, Iraq (The Example Post) – A drone struck")
        );
        assert!(a.text.contains("third this week"));
        for boilerplate in [
            "Home",
            "Share on X",
            "Related",
            "disgrace",
            "rights reserved",
        ] {
            assert!(
                !a.text.contains(boilerplate),
                "{boilerplate:?} in {:?}",
                a.text
            );
        }
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-01-03"));
        assert_eq!(a.source.as_deref(), Some("The Example Post"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://example.org/news/drone-erbil")
        );
        assert_eq!(
            a.title.as_deref(),
            Some("Drone hits base near Erbil | The Example Post")
        );
        assert_eq!(a.dateline.map(|d| d.place).as_deref(), Some("ERBIL"));
        assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    }

    #[test]
    fn without_an_article_element_the_densest_block_is_the_story() {
        let page = r#"<html><body>
<div class="menu"><p><a href="/a">Politics and more politics</a></p></div>
<div class="content">
<p>Officials said on Monday that rockets landed near the airport, damaging two hangars.</p>
<p>No group claimed the attack, which came hours after talks in Baghdad, the ministry said.</p>
</div>
<div><p>Sign up for our morning briefing to get the news.</p></div>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"NewsArticle","headline":"Rockets near airport","datePublished":"2023-11-20",
  "publisher":{"@type":"Organization","name":"Wire Daily"}}]}</script>
</body></html>"#;
        let a = article_from_html("p.html", page);
        assert!(
            a.text.starts_with("Officials said on Monday"),
            "{:?}",
            a.text
        );
        assert!(!a.text.contains("Sign up"), "{:?}", a.text);
        assert!(!a.text.contains("Politics"), "{:?}", a.text);
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2023-11-20"));
        assert_eq!(a.source.as_deref(), Some("Wire Daily"));
        assert_eq!(a.title.as_deref(), Some("Rockets near airport"));
    }

    #[test]
    fn a_page_without_a_date_or_prose_says_so() {
        let a = article_from_html("empty.html", "<html><body><nav>Home</nav></body></html>");
        assert!(a.text.is_empty());
        assert!(a.date.is_none());
        assert_eq!(a.warnings.len(), 2, "{:?}", a.warnings);
    }

    #[test]
    fn an_absurd_date_is_a_warning() {
        let page = r#"<html><head><meta name="date" content="0000-01-01"></head>
<body><p>Talks were held in Muscat between the two delegations, the ministry said.</p></body></html>"#;
        let a = article_from_html("d.html", page);
        assert!(a.date.is_none());
        assert!(
            a.warnings
                .iter()
                .any(|w| w.contains("malformed publication date"))
        );
    }

    #[test]
    fn feed_content_fragments_become_paragraphs() {
        let text = text_of_fragment("<p>First <b>one</b>.</p><p>Second.</p>");
        assert_eq!(text, "First one.\n\nSecond.");
        assert_eq!(text_of_fragment("Plain &amp; simple"), "Plain & simple");
    }
}
