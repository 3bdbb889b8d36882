//! Geoparsing: finding place mentions in an article and resolving each to one gazetteer
//! entry, with a role and a confidence.
//!
//! Three steps, one file each: [`spot`] finds name candidates (multi-word names, folded
//! spellings, demonyms) and drops common words and people; [`resolve`] picks an entry per
//! mention from population, feature rank, the article's countries, nearby places and the
//! dateline; [`roles`] says how the name is used (dateline, literal, metonym, demonym,
//! inside a name).

mod anchors;
mod located;
mod offset;
mod resolve;
mod roles;
mod spot;

use serde::Serialize;

use crate::article::Article;
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::text::{Sentence, Token};
pub use located::{Located, Pin};
pub use offset::Offset;
pub use resolve::{Candidate, ScoreParts, lies_in};

/// How a place name is used in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The place in the story's dateline: where it was filed, not necessarily where
    /// anything happened.
    Dateline,
    /// A place as a place: "in Erbil", "fired at Ain al-Asad air base".
    Literal,
    /// A capital or country standing for its government or people: "Baghdad said", the
    /// "Baghdad-Washington agreement", "Iran-backed".
    Metonym,
    /// An adjective or demonym: "Iraqi", "Kurdish".
    Demonym,
    /// Part of a name or title: "Paris Police Department", "Consul General Erbil".
    InName,
}

impl Role {
    /// The name used in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Dateline => "dateline",
            Role::Literal => "literal",
            Role::Metonym => "metonym",
            Role::Demonym => "demonym",
            Role::InName => "in_name",
        }
    }
}

/// One place mention in an article.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Byte span in the article text (not yet shifted by the article's offset base).
    pub start: usize,
    pub end: usize,
    /// Token range of the mention.
    pub first_token: usize,
    pub end_token: usize,
    /// The resolved entry.
    pub place: PlaceId,
    /// Every candidate entry with its score, best first (the one resolved by the
    /// geoparser included; after a correction `place` may be another entry).
    pub candidates: Vec<Candidate>,
    /// Where the user put this mention by hand, when they dragged its pin.
    pub pin: Option<Pin>,
    /// The text names the place as a reference point ("12 km north of Mosul"): an event
    /// at this mention lies at that distance and bearing from it.
    pub offset: Option<Offset>,
    /// The correction applied to this mention, if any.
    pub corrected_by: Option<u64>,
    pub role: Role,
    /// The name is followed by a possessive ("Iran's Revolutionary Guards").
    pub possessive: bool,
    /// The name modifies a noun or a title ("U.S. forces", "US Ambassador").
    pub modifier: bool,
    /// Recognition and resolution confidence, 0 to 1.
    pub confidence: f32,
}

/// Finds and resolves every place mention in `article`, in text order.
pub fn geoparse(
    article: &Article,
    tokens: &[Token<'_>],
    sentences: &[Sentence],
    gazetteer: &Gazetteer,
) -> Vec<Mention> {
    let dateline_span = article.dateline.as_ref().map(|d| (d.start, d.end));
    let spots = spot::find_spots(tokens, sentences, gazetteer, dateline_span);
    // The groups the text names: their home countries are context for resolution, and
    // a place inside a group's name is part of the name.
    let organisations = crate::lexicon::organisations::organisations_in(tokens, 0, tokens.len());
    let resolved = resolve::resolve(
        &spots,
        tokens,
        gazetteer,
        article,
        dateline_span,
        &organisations,
    );
    // "ALULA, Saudi Arabia –": the region that qualifies the dateline is part of it.
    let whole_dateline = article.dateline.as_ref().map(|d| (d.start, d.text_start));
    let publisher = article.dateline.as_ref().and_then(|d| d.source_span);
    roles::assign_roles(
        resolved,
        tokens,
        gazetteer,
        whole_dateline,
        publisher,
        &organisations,
    )
}
