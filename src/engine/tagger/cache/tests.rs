//! The scorer's shortcuts against the plain sums of the listed features.

use super::*;
use crate::engine::tagger::features::DocFeatures;
use crate::engine::tagger::perceptron::PerceptronTagger;
use crate::engine::tagger::word::CACHE_WORDS;
use crate::engine::tokenize::tokenize;

#[test]
fn cache_scores_equal_sums_of_listed_features() {
    // The tagger's shortcuts (rows per word, per neighbour and per
    // repeated name, the word table kept between documents) give the
    // same sums as looking up every listed feature.
    let tagger = PerceptronTagger::embedded();
    let model = tagger.model();
    let lex = Lexicon::embedded();
    let mut story = String::from("MARCHETTI WINS IN LISBON\n");
    for k in 0..9 {
        story += &format!(
            "Marchetti met President Dorsky in Lisbon on day {k}. Olena Marchetti, \
             a Portuguese minister, said Lisbon's mayor agreed.\n"
        );
    }
    // Documents of invented words fill the kept word table past
    // CACHE_WORDS, so that its eviction runs too.
    let invented: Vec<String> = (0..3)
        .map(|d| {
            (0..CACHE_WORDS / 2)
                .map(|k| format!("Vel{}ka{k} said ", d * CACHE_WORDS + k % (1 + d * 700)))
                .collect()
        })
        .collect();
    let texts = [
        story.as_str(),
        "Kyiv’s “deal” – done. KYIV TALKS\nThe talks in Kyiv ended.",
        "",
        "A",
        &invented[0],
        &invented[1],
        &invented[2],
        story.as_str(),
        &invented[0],
    ];
    let mut fast = Scorer::new(model.groups);
    let mut rows = Vec::new();
    for text in texts {
        let doc = tokenize(text);
        let mut f = DocFeatures::default();
        Extractor::new(model.groups).extract(&doc, lex, &mut f);
        fast.score(&doc, lex, model, &mut rows);
        assert_eq!(rows.len(), doc.tokens.len());
        for (i, row) in rows.iter().enumerate() {
            let mut want = [0; NUM_TAGS];
            for &h in f.token(i) {
                model.add(key32(h), &mut want);
            }
            assert_eq!(*row, want, "token {i} {:?} of {text:?}", doc.word(i));
        }
    }
}

#[cfg(feature = "clusters")]
#[test]
fn cache_scores_with_clusters_equal_sums_of_listed_features() {
    // A model of every group, cluster groups included, whose weights are
    // made up from each listed feature's hash: the scorer's rows (the
    // clusters folded into the per-word and neighbour rows) give the sums.
    use crate::engine::tagger::templates::groups;
    let lex = Lexicon::embedded();
    let texts = [
        "Olena Marchetti flew from London to Tokyo, officials said.\nBRAZIL WINS",
        "The mayor of Valdora told reporters in Brazil that London said no.",
    ];
    let mut feats = Vec::new();
    let mut f = DocFeatures::default();
    for text in texts {
        Extractor::new(groups::ALL).extract(&tokenize(text), lex, &mut f);
        feats.extend(f.feats.iter().map(|&h| {
            let w = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(|t| ((h >> (t * 7)) % 23) as i8 - 11);
            (key32(h), w)
        }));
    }
    let model = Model::from_parts(
        groups::ALL,
        1.0,
        [0; NUM_TAGS],
        [[0; NUM_TAGS]; NUM_TAGS],
        feats,
    );
    let mut fast = Scorer::new(groups::ALL);
    let mut rows = Vec::new();
    for text in texts {
        let doc = tokenize(text);
        Extractor::new(groups::ALL).extract(&doc, lex, &mut f);
        fast.score(&doc, lex, &model, &mut rows);
        for (i, row) in rows.iter().enumerate() {
            let mut want = [0; NUM_TAGS];
            for &h in f.token(i) {
                model.add(key32(h), &mut want);
            }
            assert_eq!(*row, want, "token {i} {:?} of {text:?}", doc.word(i));
        }
    }
}
