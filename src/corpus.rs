//! The report corpus shipped in `data/articles/` and compiled into the binary: what the app
//! shows on first start, with no files to find.

use crate::article::Article;
use crate::article::read::decode_text;
use crate::corrections::Corrections;
use crate::gazetteer::Gazetteer;
use crate::pipeline::{Outcome, extract};

include!(concat!(env!("OUT_DIR"), "/default_corpus.rs"));

/// Extracts every shipped report (paths are `data/articles/<name>`).
pub fn extract_default_corpus(gazetteer: &Gazetteer, corrections: &Corrections) -> Vec<Outcome> {
    DEFAULT_ARTICLES
        .iter()
        .map(|(name, text)| {
            let path = format!("data/articles/{name}");
            let result = decode_text(text.as_bytes()).map(|t| {
                let article = Article::from_text(path.clone(), t.to_owned(), 0);
                extract(article, gazetteer, corrections)
            });
            Outcome { path, result }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_corpus_is_embedded_and_has_events() {
        assert!(DEFAULT_ARTICLES.len() >= 60);
        let outcomes = extract_default_corpus(Gazetteer::embedded().unwrap(), &Corrections::new());
        let events: usize = outcomes
            .iter()
            .filter_map(|o| o.result.as_ref().ok())
            .map(|e| e.events.len())
            .sum();
        assert!(events >= 60, "{events}");
    }
}
