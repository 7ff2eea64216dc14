"""First pass: ordered rules tried at the start of each trigger word, longest match wins.

Only words that can begin an expression (month and weekday names, numbers,
"last", "the", ...) wake the rules up, which keeps the scan fast on long text.
"""

from __future__ import annotations

from functools import cache

from .grammar import Grammar, build
from .lexicon import load
from .mention import Mention
from .rules import Rules


@cache
def _setup(lang: str) -> tuple[Grammar, Rules]:
    return build(lang), Rules(load(lang))


def scan(text: str, lang: str = "en") -> list[Mention]:
    """All mentions in `text`, left to right, not overlapping."""
    grammar, rules = _setup(lang)
    triggers = grammar.triggers
    handlers = rules.handlers
    patterns = grammar.rules
    out: list[Mention] = []
    limit = 0
    for tok in grammar.token.finditer(text):
        s = tok.start()
        if s < limit:
            continue
        w = tok.group()
        if not (w[0].isdigit() or w[0] == "'" or w.lower() in triggers):
            continue
        if s and (text[s - 1].isalnum() or (w[0].isdigit() and text[s - 1] in ".,")):
            continue
        found = []
        for i, (name, pat) in enumerate(patterns):
            m = pat.match(text, s)
            if m is not None and m.end() > s:
                found.append((-m.end(), i, name, m))
        if not found:
            continue
        found.sort(key=lambda f: (f[0], f[1]))
        for _, _, name, m in found:
            mention = handlers[name](text, m)
            if mention is not None:
                out.append(mention)
                limit = mention.end
                break
    return out
