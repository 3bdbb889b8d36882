//! News feeds: an RSS 2.0, RSS 1.0, Atom or JSON Feed document becomes one article per
//! item, with the item's own date, title, link and the feed's name as the outlet. An item
//! with full content is read from its content (HTML made text, see
//! [`super::html::text_of_fragment`]); one with only a summary from the summary, and one
//! with only a headline from its title.
//!
//! Parsing is `feed-rs`'s. The same story twice in one feed (the same link, else the
//! same text) is one article: the first.

use rustc_hash::FxHashSet;

use super::Article;
use super::html::text_of_fragment;
use super::read::{Input, InputError};

/// One article per item of the feed in `bytes`, numbered `shown#1`, `shown#2`… in the
/// feed's order.
pub fn read_feed(shown: &str, bytes: &[u8]) -> Result<Vec<Input>, InputError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| InputError::Feed(e.to_string()))?;
    let outlet = feed
        .title
        .as_ref()
        .map(|t| plain(&t.content, t.content_type.as_ref()))
        .filter(|t| !t.is_empty());
    let mut seen = FxHashSet::default();
    let mut inputs = Vec::new();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let path = format!("{shown}#{}", i + 1);
        let title = entry
            .title
            .as_ref()
            .map(|t| plain(&t.content, t.content_type.as_ref()))
            .filter(|t| !t.is_empty());
        let content = entry
            .content
            .as_ref()
            .and_then(|c| Some(plain(c.body.as_deref()?, c.content_type.as_ref())));
        let summary = entry
            .summary
            .as_ref()
            .map(|s| plain(&s.content, s.content_type.as_ref()));
        let text = [content, summary, title.clone()]
            .into_iter()
            .flatten()
            .find(|t| !t.trim().is_empty())
            .unwrap_or_default();
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .map(|l| l.href.trim().to_owned())
            .filter(|l| !l.is_empty());
        let key = link.clone().unwrap_or_else(|| fingerprint(&text));
        if !seen.insert(key) {
            continue; // The same story again in this feed.
        }
        let mut article = Article::from_text(path.clone(), text, 0);
        article.extracted = true;
        article.warnings.retain(|w| !w.starts_with("no date line"));
        match entry.published.or(entry.updated) {
            Some(when) => {
                let date = when.date_naive();
                if super::is_news_year(date) {
                    article.date = Some(date);
                } else {
                    article.warnings.push(format!(
                        "item date {date} is outside the years a news date can have: date unknown"
                    ));
                }
            }
            None if article.date.is_none() => article
                .warnings
                .push("feed item has no date: event dates are unknown".to_owned()),
            None => {}
        }
        if article.text.trim().is_empty() {
            article
                .warnings
                .push("feed item with no text: nothing to extract".to_owned());
        }
        article.title = title;
        article.source = outlet.clone().or(article.source);
        article.url = link;
        inputs.push(Input {
            path,
            article: Ok(article),
        });
    }
    Ok(inputs)
}

/// A feed text as plain text: HTML (by its declared type or its look) made paragraphs.
fn plain(text: &str, content_type: &str) -> String {
    if content_type.contains("html") || (text.contains('<') && text.contains('>')) {
        text_of_fragment(text)
    } else {
        text.trim().to_owned()
    }
}

/// A story's text as a key: its words, lower-cased, one space between.
pub fn fingerprint(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether text looks like a feed (for `.xml` files and files without an extension).
/// Asked of every text file: only text that opens with markup is looked into.
pub fn looks_like_feed(text: &str) -> bool {
    if !text.trim_start().starts_with('<') {
        return false;
    }
    let head: String = text
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example</link>
<item><title>Rockets hit near Erbil airport</title><link>https://wire.example/1</link>
<pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;ERBIL (Example Wire) – Two rockets landed near Erbil airport on Monday night, officials said.&lt;/p&gt;</description></item>
<item><title>Ministers meet in Muscat</title><link>https://wire.example/2</link>
<pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>Rockets hit near Erbil airport</title><link>https://wire.example/1</link>
<pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate></item>
</channel></rss>"#;

    #[test]
    fn each_rss_item_is_an_article_with_its_date_and_the_repeat_is_dropped() {
        let inputs = read_feed("wire.xml", RSS.as_bytes()).unwrap();
        assert_eq!(inputs.len(), 2, "the repeated item is one article");
        let first = inputs[0].article.as_ref().unwrap();
        assert_eq!(inputs[0].path, "wire.xml#1");
        assert!(first.text.starts_with("ERBIL (Example Wire) – Two rockets"));
        assert_eq!(first.date.unwrap().to_string(), "2024-01-02");
        assert_eq!(first.source.as_deref(), Some("Example Wire"));
        assert_eq!(first.url.as_deref(), Some("https://wire.example/1"));
        let second = inputs[1].article.as_ref().unwrap();
        assert_eq!(
            second.text, "Ministers meet in Muscat",
            "a headline-only item"
        );
        assert_eq!(second.date.unwrap().to_string(), "2024-01-03");
    }

    #[test]
    fn atom_entries_are_articles() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Monitor</title><id>urn:m</id>
<updated>2024-02-01T00:00:00Z</updated>
<entry><title>Strike on a village</title><id>urn:m:1</id>
<link href="https://monitor.example/a"/><published>2024-01-31T12:00:00Z</published>
<updated>2024-02-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;On 30 January 2024, a drone struck a car near Qamishli.&lt;/p&gt;</content></entry>
</feed>"#;
        let inputs = read_feed("m.atom", atom.as_bytes()).unwrap();
        assert_eq!(inputs.len(), 1);
        let a = inputs[0].article.as_ref().unwrap();
        assert_eq!(
            a.text,
            "On 30 January 2024, a drone struck a car near Qamishli."
        );
        assert_eq!(a.date.unwrap().to_string(), "2024-01-31");
        assert_eq!(a.title.as_deref(), Some("Strike on a village"));
        assert_eq!(a.source.as_deref(), Some("Monitor"));
    }

    #[test]
    fn a_broken_feed_is_an_error() {
        assert!(matches!(
            read_feed("x.rss", b"<rss><channel><item>"),
            Err(InputError::Feed(_))
        ));
        assert!(looks_like_feed(RSS));
        assert!(!looks_like_feed("<html><body>hi</body></html>"));
    }
}
