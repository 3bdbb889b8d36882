//! Text primitives shared by the geoparser and the event extractor: name folding,
//! tokens with byte spans, sentences.

mod fold;
pub mod inflect;
mod sentences;
mod tokens;

pub use fold::{fold, fold_compact, fold_into};
pub use sentences::{Sentence, split_sentences};
pub use tokens::{Gap, Shape, Token, tokenize, tokenize_span};
