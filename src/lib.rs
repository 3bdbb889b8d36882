//! incident-map's core: articles in, geocoded places and events out. No GUI code here:
//! the desktop app and the CLI both call [`pipeline::extract`] / [`pipeline::extract_paths`].

#[cfg(feature = "gui")]
pub mod app;
pub mod article;
pub mod cli;
pub mod corpus;
pub mod corrections;
pub mod events;
pub mod exchange;
pub mod follow;
pub mod gazetteer;
pub mod geoparse;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod text;
pub mod view;
pub mod watch;
