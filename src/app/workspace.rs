//! The workspace: the files and folders the user opened, the folder followed, the layers
//! imported and the tile package, remembered between runs (in [`super::Settings`]) and
//! reopened at start. A path that has gone is listed in Problems; the rest still opens.
//!
//! Paths are stored absolute, so a run from another working folder finds them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What the next start reopens.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    /// Files and folders of articles, in the order they were opened.
    pub opened: Vec<PathBuf>,
    /// The folder followed for new articles.
    pub followed: Option<PathBuf>,
    /// Feeds and pages followed over HTTP, in the order they were added.
    pub feeds: Vec<String>,
    /// Imported GeoJSON/CSV layers.
    pub layers: Vec<PathBuf>,
    /// The offline tile package (PMTiles file or z/x/y folder) used as the basemap.
    pub tiles: Option<PathBuf>,
}

impl Workspace {
    /// Remembers opened paths (once each).
    pub fn remember_opened(&mut self, paths: &[PathBuf]) {
        for path in paths {
            push_once(&mut self.opened, absolute(path));
        }
    }

    /// Remembers an imported layer (once).
    pub fn remember_layer(&mut self, path: &Path) {
        push_once(&mut self.layers, absolute(path));
    }

    /// Forgets an opened path (closed by the user).
    pub fn forget_opened(&mut self, path: &Path) {
        let path = absolute(path);
        self.opened.retain(|p| *p != path);
    }

    /// Forgets an imported layer (removed by the user).
    pub fn forget_layer(&mut self, path: &Path) {
        let path = absolute(path);
        self.layers.retain(|p| *p != path);
    }

    pub fn is_empty(&self) -> bool {
        self.opened.is_empty()
            && self.followed.is_none()
            && self.layers.is_empty()
            && self.tiles.is_none()
    }
}

fn push_once(list: &mut Vec<PathBuf>, path: PathBuf) {
    if !list.contains(&path) {
        list.push(path);
    }
}

/// `path` made absolute against the working folder, without resolving links (a followed
/// link stays the link the user chose). Unchanged when the working folder is unknown.
pub fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_remembered_once_absolute_and_forgotten_on_close() {
        let mut workspace = Workspace::default();
        assert!(workspace.is_empty());
        workspace.remember_opened(&[PathBuf::from("reports"), PathBuf::from("reports")]);
        assert_eq!(workspace.opened.len(), 1);
        assert!(workspace.opened[0].is_absolute());
        workspace.remember_layer(Path::new("acled.csv"));
        workspace.remember_layer(Path::new("acled.csv"));
        assert_eq!(workspace.layers.len(), 1);
        workspace.forget_opened(Path::new("reports"));
        workspace.forget_layer(Path::new("acled.csv"));
        assert!(workspace.is_empty());
        // Survives the settings' round trip.
        workspace.followed = Some(PathBuf::from("/srv/inbox"));
        let json = serde_json::to_string(&workspace).unwrap();
        assert_eq!(serde_json::from_str::<Workspace>(&json).unwrap(), workspace);
    }
}
