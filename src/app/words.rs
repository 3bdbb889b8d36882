//! Words shown to people: counts with the right plural, what a mention's role means,
//! sentence case. Kept apart from the core's stable names ("in_name" stays in the JSON).

use crate::geoparse::Role;

/// "1 incident", "3 incidents", "0 calls".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// How a place was used in the text, in a reader's words.
pub fn role(role: Role) -> &'static str {
    match role {
        Role::Dateline => "dateline",
        Role::Literal => "place",
        Role::Metonym => "for its government",
        Role::Demonym => "as an adjective",
        Role::InName => "inside a name",
    }
}

/// The first letter in upper case ("drone strike" → "Drone strike").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_plural_except_for_one() {
        assert_eq!(counted(1, "meeting"), "1 meeting");
        assert_eq!(counted(0, "call"), "0 calls");
        assert_eq!(counted(12, "incident"), "12 incidents");
        assert_eq!(capitalised("ḩimş"), "Ḩimş");
        assert_eq!(role(Role::InName), "inside a name");
    }
}
