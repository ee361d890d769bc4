//! The page's view components, one per file.

pub mod article_input;
pub mod corrections_list;
pub mod entity_details;
pub mod entity_list;
pub mod export_bar;
pub mod highlighted_text;
pub mod holds_list;
pub mod legend;
pub mod mark_toolbar;
pub mod place_map;
