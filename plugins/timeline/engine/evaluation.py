"""TempEval-3 style scoring of found expressions against gold annotations.

Strict match: same span; relaxed: overlapping spans (one to one). Type and
value accuracy are measured on relaxed matches; type F1 and value F1 are
accuracy x relaxed F1, as TempEval-3 scores them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .model import TYPES, Timex


@dataclass(frozen=True, slots=True)
class Gold:
    span: tuple[int, int]
    text: str
    type: str
    value: str


@dataclass(slots=True)
class Tally:
    """Counts for one type (or all types together)."""

    gold: int = 0
    system: int = 0
    strict_gold: int = 0  # gold expressions with an exact-span system match
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    matched: int = 0  # relaxed matches whose gold is of this type
    type_ok: int = 0
    value_ok: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, strict: bool) -> tuple[float, float, float]:
        sg, ss = (self.strict_gold, self.strict_system) if strict else (
            self.relaxed_gold, self.relaxed_system)
        p = ss / self.system if self.system else 0.0
        r = sg / self.gold if self.gold else 0.0
        return p, r, self._f1(p, r)

    def accuracy(self, what: str) -> float:
        ok = self.type_ok if what == "type" else self.value_ok
        return ok / self.matched if self.matched else 0.0

    def attribute_f1(self, what: str) -> float:
        return self.accuracy(what) * self.prf(strict=False)[2]


@dataclass(slots=True)
class Error:
    kind: str  # MISSED, FALSE, VALUE, TYPE, SPAN
    document: str
    gold: Gold | None
    found: Timex | None
    context: str


@dataclass(slots=True)
class Score:
    """Tallies overall and per type, plus the error list."""

    overall: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in TYPES})
    errors: list[Error] = field(default_factory=list)
    documents: int = 0

    def add(self, document: str, text: str, gold: Sequence[Gold], found: Sequence[Timex]) -> None:
        """Score one document's expressions."""
        self.documents += 1
        pairs = match(gold, found)
        by_gold = {gi: si for gi, si in pairs}
        matched_sys = {si for _, si in pairs}
        for tally_key in (None, *TYPES):
            t = self.overall if tally_key is None else self.by_type[tally_key]
            gsel = [i for i, g in enumerate(gold) if tally_key in (None, g.type)]
            ssel = [i for i, s in enumerate(found) if tally_key in (None, s.type)]
            t.gold += len(gsel)
            t.system += len(ssel)
            for gi in gsel:
                si = by_gold.get(gi)
                if si is None:
                    continue
                t.relaxed_gold += 1
                t.strict_gold += found[si].span == gold[gi].span
                t.matched += 1
                t.type_ok += found[si].type == gold[gi].type
                t.value_ok += found[si].value == gold[gi].value
            sys_to_gold = {si: gi for gi, si in pairs}
            for si in ssel:
                gi = sys_to_gold.get(si)
                if gi is None:
                    continue
                t.relaxed_system += 1
                t.strict_system += found[si].span == gold[gi].span
        for gi, g in enumerate(gold):
            si = by_gold.get(gi)
            if si is None:
                self.errors.append(Error("MISSED", document, g, None, context(text, g.span)))
                continue
            s = found[si]
            if s.value != g.value:
                self.errors.append(Error("VALUE", document, g, s, context(text, g.span)))
            elif s.type != g.type:
                self.errors.append(Error("TYPE", document, g, s, context(text, g.span)))
            elif s.span != g.span:
                self.errors.append(Error("SPAN", document, g, s, context(text, g.span)))
        for si, s in enumerate(found):
            if si not in matched_sys:
                self.errors.append(Error("FALSE", document, None, s, context(text, s.span)))


def match(gold: Sequence[Gold], found: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index) of overlapping spans, exact spans first."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    exact = {s.span: i for i, s in enumerate(found)}
    pending = []
    for gi, g in enumerate(gold):
        si = exact.get(g.span)
        if si is not None and si not in used:
            pairs.append((gi, si))
            used.add(si)
        else:
            pending.append(gi)
    for gi in pending:
        g = gold[gi]
        best, best_overlap = None, 0
        for si, s in enumerate(found):
            if si in used:
                continue
            overlap = min(g.span[1], s.span[1]) - max(g.span[0], s.span[0])
            if overlap > best_overlap:
                best, best_overlap = si, overlap
        if best is not None:
            pairs.append((gi, best))
            used.add(best)
    return pairs


def context(text: str, span: tuple[int, int], width: int = 70) -> str:
    """The expression in [brackets] with some text either side, on one line."""
    s, e = span
    left = text[max(0, s - width):s]
    right = text[e:e + width]
    return " ".join(f"{left}[{text[s:e]}]{right}".split())


def format_error(err: Error) -> str:
    g, f = err.gold, err.found
    gold = f"gold {g.type} {g.value} {g.text!r}" if g else ""
    found = f"found {f.type} {f.value} {f.text!r}" if f else ""
    parts = [p for p in (err.kind, err.document, gold, found) if p]
    return "\t".join(parts) + f"\n\t{err.context}"
