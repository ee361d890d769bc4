//! The sample article behind the "Sample article" button.
//!
//! Invented for this page (people, summit and quotes are fictional; the places
//! are real). It is not one of the evaluation texts.

/// A short, invented news report with officials, titles and places.
pub const SAMPLE_ARTICLE: &str = "\
Geneva — Portugal and Chile agreed on Tuesday to expand a joint fisheries patrol in the South Atlantic, \
after two days of talks hosted by Switzerland.
Portuguese Foreign Minister Ana Lopes, who led her country’s delegation, said the deal would “protect \
coastal communities from Lisbon to Valparaíso.” Her Chilean counterpart, Foreign Minister Tomás Ibarra, \
called it “a practical first step.”
The talks were chaired by Swiss President Lukas Brunner. Defense Minister Helena Matos of Portugal and \
Admiral Rodrigo Sáez, commander of the Chilean Navy, are expected to sign the operating plan in Santiago next month.
Lopes later flew to Madrid, where she met Spanish Prime Minister Carmen Vidal. A presidential aide, \
Joaquim Serra, said President Rui Almeida would visit Chile in the spring. Ibarra returned to Santiago on Wednesday.
";
