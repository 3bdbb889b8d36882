//! Text primitives shared by the geoparser and the event extractor: name folding,
//! tokens with byte spans, sentences, the sieve in front of word-list look-ups.

mod fold;
pub mod inflect;
mod sentences;
mod sieve;
mod tokens;

pub use fold::{fold, fold_compact, fold_into};
pub use sentences::{Sentence, split_sentences};
pub use sieve::WordSieve;
pub use tokens::{Gap, Shape, Token, tokenize, tokenize_span};
