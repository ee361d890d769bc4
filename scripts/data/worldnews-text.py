#!/usr/bin/env python3
"""Plain text of the data/eval/worldnews excerpts from AMALGUM's GUM-style XML.

Usage: worldnews-text.py AMALGUM_CHECKOUT OUTDIR
  AMALGUM_CHECKOUT is a checkout of github.com/gucorpling/amalgum (the files were read at
  the commits listed in data/eval/worldnews/README.md). For each document in DOCS it
  writes OUTDIR/<document name>.txt: the headline, the date line, then the article's
  paragraphs, blank-line separated, up to the first paragraph end at or after WORDS
  words. A Wikinews Shorts page keeps its story headings as paragraphs and drops its
  source lists. Figure captions and pull quotes (bold quotations repeated from the text, with
  their right-aligned attribution) are left out. Tokens are joined back with the
  spacing rules of detok() below, so the text reads as the published article.
"""
import os, re, sys

WORDS = 250
DOCS = {  # document name -> folder under the checkout
    "AMALGUM_news_anjouan": "amalgum/news/xml", "AMALGUM_news_gabon": "amalgum_extra/news/xml",
    "AMALGUM_news_senegal": "amalgum_extra/news/xml",
    "AMALGUM_news_mogadishu": "amalgum_extra/news/xml",
    "AMALGUM_news_bangladesh": "amalgum/news/xml", "AMALGUM_news_malaysia": "amalgum_extra/news/xml",
    "AMALGUM_news_jong": "amalgum_extra/news/xml", "AMALGUM_news_ahmadinejad": "amalgum/news/xml",
    "AMALGUM_news_bahrain": "amalgum_extra/news/xml", "AMALGUM_news_romanian": "amalgum_extra/news/xml",
    "AMALGUM_news_belgium": "amalgum_extra/news/xml", "AMALGUM_news_argentina": "amalgum/news/xml",
    "AMALGUM_news_chile": "amalgum_extra/news/xml", "AMALGUM_news_australian": "amalgum_extra/news/xml",
    "AMALGUM_news_canadian": "amalgum/news/xml",
    # second batch
    "AMALGUM_news_congolese": "amalgum_extra/news/xml", "AMALGUM_news_sadc": "amalgum_extra/news/xml",
    "AMALGUM_news_afghanistan": "amalgum/news/xml", "AMALGUM_news_misrata": "amalgum_extra/news/xml",
    "AMALGUM_news_palestinians": "amalgum_extra/news/xml",
    "AMALGUM_news_sarkozy": "amalgum_extra/news/xml", "AMALGUM_news_japan": "amalgum_extra/news/xml",
    "AMALGUM_news_castro": "amalgum/news/xml", "AMALGUM_news_borneo": "amalgum/news/xml",
}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "...", "…", "%"}
CLITICS = {"'s", "'", "n't", "'re", "'m", "'ve", "'ll", "'d", "’s"}


def detok(tokens):
    """tokens: (word, xpos) pairs of one paragraph -> its text."""
    out, glue = "", True
    for word, pos in tokens:
        opening = pos == "``" or (word in ('"', "“", "‘") and pos != "''")
        score = word == "–" and out[-1:].isdigit()  # 1–0
        attach = (glue or score or word in NO_SPACE_BEFORE or word.lower() in CLITICS or pos == "POS"
                  or pos == "''" or word.startswith("-") and len(word) > 1)
        out += ("" if attach or not out else " ") + word
        glue = opening or score or word in ("(", "[", "$", "€", "£")
    return out


def paragraphs(xml):
    """Yield the token lists of the headline and each body paragraph, in order. A
    sentence outside any paragraph (the lead, where a figure split it off) is a
    paragraph of its own, unless it is a bold pull quote."""
    skip = 0  # depth inside figures, captions and pull quotes
    cur, inpar, implicit = [], False, False
    dated = False  # an orphan sentence before the date line is an editor's note
    note = False
    for line in xml.splitlines():
        if line.startswith("<figure") or line.startswith("<caption") or line.startswith("<list") \
                or line.startswith("<p style=") or (line == '<hi rend="bold">' and
                                                   (not inpar or implicit and not cur)):
            skip += 1
            if implicit:
                cur, inpar, implicit = [], False, False
            elif inpar and cur and line.startswith("<figure"):
                yield cur  # a figure inside a paragraph ends it (the date line)
                cur = []
        elif line in ("</figure>", "</caption>", "</list>") or (skip and not inpar and
                                                     line in ("</p>", "</hi>")):
            skip = max(0, skip - 1)
        elif skip:
            continue
        elif line in ("<head>", "<p>"):
            cur, inpar, dated = [], True, dated or line == "<p>"
        elif line.startswith("<s") and not inpar and not dated:
            note = True
        elif note:
            note = line != "</s>"
        elif line.startswith("<s") and not inpar:
            cur, inpar, implicit = [], True, True
        elif line in ("</head>", "</p>") or (implicit and line == "</s>"):
            if cur:
                yield cur
            cur, inpar, implicit = [], False, False
        elif "\t" in line and inpar:
            word, pos = line.split("\t")[:2]
            cur.append((word, pos))


def excerpt(xml):
    paras, words = [], 0
    for toks in paragraphs(xml):
        if detok(toks) == "Sources":  # the heading of a source list (Wikinews Shorts)
            continue
        paras.append(detok(toks))
        i = len(paras) - 1
        if i >= 2:  # headline and date line do not count
            words += len(re.findall(r"\w+", paras[-1]))
            if words >= WORDS:
                break
    return "\n\n".join(paras) + "\n"


def main():
    root, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name, folder in DOCS.items():
        with open(os.path.join(root, folder, name + ".xml"), encoding="utf-8") as f:
            text = excerpt(f.read())
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
