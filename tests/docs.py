"""Hand-built spaCy Docs for rule tests: no model weights needed."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab


def parsed(rows: str, ents: list[str] | None = None) -> Doc:
    """A Doc from lines 'word tag pos lemma dep head_index', one token a line.

    Example:  parsed('''Putin NNP PROPN Putin nsubj 2
                         will MD AUX will aux 2
                         meet VB VERB meet ROOT 2''')
    """
    words, tags, pos, lemmas, deps, heads = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        word, tag, upos, lemma, dep, head = line.split()
        words.append(word)
        tags.append(tag)
        pos.append(upos)
        lemmas.append(lemma)
        deps.append(dep)
        heads.append(int(head))
    return Doc(
        _VOCAB, words=words, tags=tags, pos=pos, lemmas=lemmas, deps=deps, heads=heads, ents=ents
    )
