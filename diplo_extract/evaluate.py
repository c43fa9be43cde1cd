"""Score predicted events against a gold file (docs/gold-format.md).

Pure Python: no spaCy, so `diplo evaluate --predictions` is fast and the rules are easy to test.
The rules are described for users in the README section "How scoring works"; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from diplo_extract.errors import InputError
from diplo_extract.normalize.actors import described_without_name
from diplo_extract.schema import Article

SLOTS = ("location", "date", "status", "type")

# What a gold status also accepts from a prediction; a gold status not listed accepts only itself.
STATUS_ACCEPTS: dict[str, frozenset[str]] = {
    "occurred": frozenset({"occurred", "ongoing"}),
    "planned": frozenset({"planned", "proposed"}),
    "invited": frozenset({"invited", "proposed", "planned"}),
    "cancelled": frozenset({"cancelled", "postponed"}),
}
# meeting, talks and summit are one class: annotators and extractors disagree on them too often.
TYPE_CLASS = {"meeting": "meeting", "talks": "meeting", "summit": "meeting"}

# Letters NFKD does not decompose; apostrophes vanish so that "O'Brien" stays one word.
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "'": "",
        "’": "",
        "‘": "",
        "`": "",
        "ʼ": "",
    }
)
_WORD = re.compile(r"[^\W_]+")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_STOPWORDS = frozenset({"a", "an", "the", "of", "and", "for", "in", "on", "at", "to", "from"})


# --------------------------------------------------------------------------- names and places


def fold(text: str) -> str:
    """Lower-case `text` and strip accents: 'Káčer' -> 'kacer', 'Erdoğan' -> 'erdogan'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _person_words(name: str) -> list[str]:
    # Initials and generational suffixes say nothing about the surname ('Joseph R. Biden Jr.').
    words = _words(name)
    kept = [w for w in words if len(w) > 1 and w not in _NAME_SUFFIXES]
    return kept or words


def same_person(a: str, b: str) -> bool:
    """True when two person names share the surname, whichever order the names are written in.

    Accents, case, punctuation, initials and Jr./Sr. are ignored. The names match when they are
    the same letters ('Yoon Suk -yeol' / 'Yoon Suk-yeol'), when every word of one is in the other
    ('Lula' / 'Luiz Inacio Lula da Silva', 'Xi' / 'Xi Jinping', 'Koizumi Junichiro' / 'Junichiro
    Koizumi'), or when the last word of one is the first or last word of the other ('Joe Biden' /
    'Joseph R. Biden Jr.'; family name first: 'Koizumi Junichiro' / 'Shinjiro Koizumi').
    A shared middle word is not enough: 'Kim Jong Un' is not 'Kim Yo Jong'.
    """
    wa, wb = _person_words(a), _person_words(b)
    if not wa or not wb:
        return False
    if "".join(wa) == "".join(wb):
        return True
    short, long_ = sorted((wa, wb), key=len)
    if set(short) <= set(long_):
        return True
    return wa[-1] in (wb[0], wb[-1]) or wb[-1] in (wa[0], wa[-1])


def _org_words(name: str) -> list[str]:
    # Hyphens join: 'Co-operation' is one word, so OSCE reads as O-S-C-E.
    words = _words(name.replace("-", "").replace("‐", ""))
    kept = [w for w in words if w not in _STOPWORDS]
    return kept or words


def _is_subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(ch in letters for ch in needle)


def is_acronym(acronym: str, words: Sequence[str]) -> bool:
    """True when `acronym` spells `words` (stopwords already removed) from their initials.

    Each word gives its first letter and may give more letters taken, in order, from the rest of
    it: 'eu' = European Union, 'asean' = ASsociation SouthEast Asian Nations, 'ecowas' = Economic
    COmmunity West African States.
    """
    if not words:
        return not acronym
    if not acronym or len(acronym) < len(words) or acronym[0] != words[0][0]:
        return False
    first, rest = words[0], words[1:]
    return any(
        _is_subsequence(acronym[1:k], first[1:]) and is_acronym(acronym[k:], rest)
        for k in range(1, len(acronym) - len(rest) + 1)
    )


def _expand_acronyms(words: list[str], other: list[str]) -> list[str]:
    """Replace each word of `words` that abbreviates a run of two or more words of `other`."""
    out: list[str] = []
    for word in words:
        expansion = [word]
        if 2 <= len(word) <= 8 and word not in other:
            for i in range(len(other)):
                for j in range(len(other), i + 1, -1):
                    if is_acronym(word, other[i:j]):
                        expansion = other[i:j]
                        break
                if expansion != [word]:
                    break
        out.extend(expansion)
    return out


def same_organization(a: str, b: str) -> bool:
    """True when two names of a collective actor agree: the words of one (stopwords aside) are all
    in the other, after writing out acronyms ('EU' / 'European Union', 'UN General Assembly' /
    'United Nations General Assembly', 'Arab League' / 'An Arab League delegation')."""
    wa, wb = _org_words(a), _org_words(b)
    if not wa or not wb:
        return False
    for xa, xb in ((wa, wb), (_expand_acronyms(wa, wb), wb), (wa, _expand_acronyms(wb, wa))):
        short, long_ = sorted((set(xa), set(xb)), key=len)
        if short <= long_:
            return True
    return False


def participant_covers(gold: Mapping[str, Any], predicted: Mapping[str, Any]) -> bool:
    """Whether one predicted participant (of any kind) counts for one gold participant.

    A gold person needs the surname (`same_person`), never the country alone; but a gold person
    the text describes without naming ('his Ukrainian counterpart') matches by country code,
    like a collective. Any other gold kind needs the same country code, or, when the gold
    country is null, the name (`same_organization`). A gold participant without `kind` takes
    whichever applies.
    """
    g_name, p_name = str(gold.get("name") or ""), str(predicted.get("name") or "")
    g_country = gold.get("country")
    kind = gold.get("kind")
    if kind == "person":
        if g_country is not None and described_without_name(g_name):
            return g_country == predicted.get("country")
        return same_person(g_name, p_name)
    by_country = g_country is not None and g_country == predicted.get("country")
    by_name = g_country is None and same_organization(g_name, p_name)
    if kind is None:
        return by_country or by_name or same_person(g_name, p_name)
    return by_country or by_name


def covered(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]) -> int:
    """How many gold participants the predicted ones cover, each predicted one covering at most
    one gold one (a maximum bipartite matching, by augmenting paths)."""
    edges = [[j for j, p in enumerate(predicted) if participant_covers(g, p)] for g in gold]
    return len(max_matching(edges))


def max_matching(edges: Sequence[Sequence[int]]) -> dict[int, int]:
    """A maximum one-to-one matching of left items to right items (augmenting paths).
    `edges[i]` lists the right items left item i may take; returns {right item: left item}."""
    owner: dict[int, int] = {}

    def assign(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or assign(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(edges)):
        assign(i, set())
    return owner


def enough_covered(n_covered: int, n_gold: int) -> bool:
    """The event-match threshold: at least min(2, n) of the n gold participants, and half."""
    return n_gold > 0 and n_covered >= min(2, n_gold) and 2 * n_covered >= n_gold


# --------------------------------------------------------------------------- slots


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def location_agrees(gold: Mapping[str, Any] | None, predicted: Mapping[str, Any] | None) -> bool:
    """Null gold wants null; otherwise the same country and overlapping names (a shared word, or
    one name inside the other: 'Miraflores Palace, Caracas' / 'Caracas'; spaces aside: 'Viet Nam'
    / 'Vietnam'). The predicted place's name or its words in the text may overlap."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if gold.get("country") != predicted.get("country"):
        return False
    g_words = _words(str(gold.get("name") or ""))
    g_flat = " ".join(g_words)
    for p_name in (str(predicted.get("name") or ""), str(predicted.get("mention") or "")):
        p_words = _words(p_name)
        p_flat = " ".join(p_words)
        if g_flat and p_flat and (g_flat in p_flat or p_flat in g_flat):
            return True
        if g_flat and g_flat.replace(" ", "") == p_flat.replace(" ", ""):
            return True
        if (set(g_words) & set(p_words)) - _STOPWORDS:
            return True
    return False


def date_agrees(gold_event: Mapping[str, Any], predicted: Mapping[str, Any] | None) -> bool:
    """Null gold wants a null start; day precision wants the same start; week, month and year
    precision want a start inside the gold range; `date_optional` also accepts a null start."""
    start = as_date(predicted.get("start")) if predicted else None
    gold = gold_event.get("date")
    if gold is None:
        return start is None
    if start is None:
        return bool(gold_event.get("date_optional"))
    g_start, g_end = as_date(gold.get("start")), as_date(gold.get("end"))
    if g_start is None:
        return False
    if gold.get("precision") == "day":
        return start == g_start
    return g_start <= start <= (g_end or g_start)


def status_agrees(gold: str | None, predicted: str | None) -> bool:
    return predicted in STATUS_ACCEPTS.get(str(gold), frozenset({gold}))


def type_agrees(gold: str | None, predicted: str | None) -> bool:
    return TYPE_CLASS.get(str(gold), gold) == TYPE_CLASS.get(str(predicted), predicted)


def slot_agreement(gold_event: Mapping[str, Any], predicted: Mapping[str, Any]) -> dict[str, bool]:
    return {
        "location": location_agrees(gold_event.get("location"), predicted.get("location")),
        "date": date_agrees(gold_event, predicted.get("date")),
        "status": status_agrees(gold_event.get("status"), predicted.get("status")),
        "type": type_agrees(gold_event.get("type"), predicted.get("type")),
    }


# --------------------------------------------------------------------------- the report


@dataclass
class SlotCount:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class Match:
    doc_id: str
    gold_index: int
    prediction_index: int
    required: bool
    covered: int
    gold_participants: int


@dataclass
class Miss:
    """A required gold event no prediction matched."""

    doc_id: str
    gold_index: int
    event: str


@dataclass
class Extra:
    """A prediction that matched no gold event."""

    doc_id: str
    prediction_index: int
    event_id: str | None
    event: str


@dataclass
class SlotError:
    doc_id: str
    gold_index: int
    prediction_index: int
    slot: str
    gold: str
    predicted: str


@dataclass
class Report:
    """Counts and findings of one scoring run. Indexes are 0-based positions within the document:
    `gold_index` in its gold `events`, `prediction_index` among its predictions in input order."""

    documents: int = 0
    gold_required: int = 0
    gold_optional: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    unscored: int = 0
    unscored_docs: list[str] = field(default_factory=list)
    participants_covered: int = 0
    participants_gold: int = 0
    participants_predicted: int = 0
    slots: dict[str, SlotCount] = field(default_factory=lambda: {s: SlotCount() for s in SLOTS})
    matches: list[Match] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    extras: list[Extra] = field(default_factory=list)
    slot_errors: list[SlotError] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return f1_of(self.tp, self.fp, self.fn)

    @property
    def participant_precision(self) -> float | None:
        return ratio(self.participants_covered, self.participants_predicted)

    @property
    def participant_recall(self) -> float | None:
        return ratio(self.participants_covered, self.participants_gold)

    @property
    def participant_f1(self) -> float | None:
        hits = self.participants_covered
        return f1_of(hits, self.participants_predicted - hits, self.participants_gold - hits)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view: the raw counts and lists plus the derived ratios (null when 0/0)."""
        data = asdict(self)
        data["events"] = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        data["participants"] = {
            "precision": self.participant_precision,
            "recall": self.participant_recall,
            "f1": self.participant_f1,
        }
        for name, count in self.slots.items():
            data["slots"][name]["accuracy"] = count.accuracy
        return data


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1_of(tp: int, fp: int, fn: int) -> float | None:
    if tp == 0:
        return None if fp == fn == 0 else 0.0
    return 2 * tp / (2 * tp + fp + fn)


# --------------------------------------------------------------------------- scoring


def _as_record(prediction: Any) -> Mapping[str, Any]:
    if isinstance(prediction, Mapping):
        return prediction
    dump = getattr(prediction, "model_dump", None)  # a schema.Event
    if callable(dump):
        return dump(mode="json")
    raise TypeError(f"a prediction must be a dict or an Event, not {type(prediction).__name__}")


def _match_document(
    gold_events: Sequence[Mapping[str, Any]], predictions: Sequence[Mapping[str, Any]]
) -> tuple[dict[int, int], dict[tuple[int, int], int]]:
    """Greedy one-to-one matching: best coverage fraction first, then required before optional,
    then more agreeing slots, then gold order, then prediction order."""
    candidates = []
    coverage: dict[tuple[int, int], int] = {}
    for g, gold in enumerate(gold_events):
        gold_parts = gold.get("participants") or []
        for p, pred in enumerate(predictions):
            hits = covered(gold_parts, pred.get("participants") or [])
            if not enough_covered(hits, len(gold_parts)):
                continue
            coverage[g, p] = hits
            agree = sum(slot_agreement(gold, pred).values())
            key = (-hits / len(gold_parts), bool(gold.get("optional")), -agree, g, p)
            candidates.append((key, g, p))
    candidates.sort()
    gold_to_pred: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in candidates:
        if g not in gold_to_pred and p not in taken:
            gold_to_pred[g] = p
            taken.add(p)
    return gold_to_pred, coverage


def score(gold_docs: Sequence[Mapping[str, Any]], predictions: Iterable[Any]) -> Report:
    """Score `predictions` (Event records as dicts) against `gold_docs` (as from `load_gold`).

    Predictions are grouped by `doc_id` and compared with the gold document of that `id`;
    predictions for documents not in gold are counted as `unscored` and otherwise ignored.
    """
    report = Report(documents=len(gold_docs))
    gold_ids = {str(doc.get("id")) for doc in gold_docs}
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    unscored: set[str] = set()
    for raw in predictions:
        pred = _as_record(raw)
        doc_id = str(pred.get("doc_id"))
        if doc_id in gold_ids:
            by_doc.setdefault(doc_id, []).append(pred)
        else:
            report.unscored += 1
            unscored.add(doc_id)
    report.unscored_docs = sorted(unscored)

    for doc in gold_docs:
        doc_id = str(doc.get("id"))
        gold_events = doc.get("events") or []
        preds = by_doc.get(doc_id, [])
        report.predicted += len(preds)
        matched, coverage = _match_document(gold_events, preds)
        matched_preds = set(matched.values())
        for g, gold in enumerate(gold_events):
            required = not gold.get("optional")
            if required:
                report.gold_required += 1
            else:
                report.gold_optional += 1
            if g not in matched:
                if required:
                    report.fn += 1
                    report.misses.append(Miss(doc_id, g, describe(gold)))
                continue
            p = matched[g]
            n_gold = len(gold.get("participants") or [])
            report.matches.append(Match(doc_id, g, p, required, coverage[g, p], n_gold))
            if not required:
                report.optional_matched += 1
                continue
            report.tp += 1
            pred = preds[p]
            report.participants_covered += coverage[g, p]
            report.participants_gold += n_gold
            report.participants_predicted += len(pred.get("participants") or [])
            for slot, ok in slot_agreement(gold, pred).items():
                report.slots[slot].total += 1
                if ok:
                    report.slots[slot].correct += 1
                else:
                    report.slot_errors.append(
                        SlotError(
                            doc_id, g, p, slot, _slot_text(gold, slot), _slot_text(pred, slot)
                        )
                    )
        for p, pred in enumerate(preds):
            if p not in matched_preds:
                report.fp += 1
                report.extras.append(Extra(doc_id, p, pred.get("event_id"), describe(pred)))
    return report


# --------------------------------------------------------------------------- text output


def _slot_text(event: Mapping[str, Any], slot: str) -> str:
    value = event.get(slot)
    if slot == "location":
        if not value:
            return "-"
        country = value.get("country")
        return f"{value.get('name')} ({country})" if country else str(value.get("name"))
    if slot == "date":
        if not value or not value.get("start"):
            text = "-"
        else:
            start, end = str(value["start"]), str(value.get("end") or value["start"])
            text = start if end == start else f"{start}..{end}"
            if value.get("precision"):
                text += f" ({value['precision']})"
        return text + (" [date optional]" if event.get("date_optional") else "")
    return str(value) if value is not None else "-"


def describe(event: Mapping[str, Any]) -> str:
    """One compact line: 'meeting/planned  Antony Blinken (USA) + Kacer (SVK)  @Bucharest (ROU)
    2022-11-29 (day)'."""
    people = []
    for part in event.get("participants") or []:
        country = part.get("country")
        people.append(f"{part.get('name')} ({country})" if country else str(part.get("name")))
    text = f"{event.get('type')}/{event.get('status')}  {' + '.join(people)}"
    if event.get("location"):
        text += f"  @{_slot_text(event, 'location')}"
    if event.get("date") and event["date"].get("start"):
        text += f"  {_slot_text({'date': event['date']}, 'date')}"
    return text


def figure(value: float | None, digits: int) -> str:
    """A score as printed: `digits` decimals, or "n/a" when it is undefined (no pair, no event)."""
    return "n/a" if value is None else f"{value:.{digits}f}"


def format_report(report: Report, *, verbose: bool = False) -> str:
    """Plain text. With `verbose`, the misses, extras and slot errors come first, one line each;
    the summary is always the last lines so that `| tail` shows it."""
    lines: list[str] = []
    if verbose:
        lines.append(f"misses (required gold events not found): {len(report.misses)}")
        lines += [f"  {m.doc_id}#{m.gold_index}  {m.event}" for m in report.misses]
        lines.append(f"extras (predictions matching no gold event): {len(report.extras)}")
        lines += [f"  {x.doc_id} pred {x.prediction_index}  {x.event}" for x in report.extras]
        lines.append(f"slot errors on matched required events: {len(report.slot_errors)}")
        lines += [
            f"  {e.doc_id}#{e.gold_index} {e.slot}: gold {e.gold} | predicted {e.predicted}"
            for e in report.slot_errors
        ]
        lines.append("")
    header = (
        f"{report.documents} documents, {report.gold_required} required gold events "
        f"({report.gold_optional} optional, {report.optional_matched} of them matched), "
        f"{report.predicted} predicted events"
    )
    if report.unscored:
        header += (
            f", {report.unscored} unscored (doc_id not in gold: "
            f"{len(report.unscored_docs)} documents)"
        )
    lines.append(header)
    lines.append(
        f"events  P {figure(report.precision, 3)}  R {figure(report.recall, 3)}  "
        f"F1 {figure(report.f1, 3)}  (tp {report.tp}, fp {report.fp}, fn {report.fn})"
    )
    lines.append(
        f"participants  P {figure(report.participant_precision, 3)}  "
        f"R {figure(report.participant_recall, 3)}  F1 {figure(report.participant_f1, 3)}  "
        f"(covered {report.participants_covered}, gold {report.participants_gold}, "
        f"predicted {report.participants_predicted})"
    )
    for name, count in report.slots.items():
        lines.append(f"{name:<8} {figure(count.accuracy, 2)} ({count.correct}/{count.total})")
    return "\n".join(lines)


# --------------------------------------------------------------------------- loading


def read_jsonl(
    path: Path, what: str, on_error: Callable[[InputError], None] | None = None
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ('path:line', object) for each non-blank line; lines are decoded one by one so that
    an encoding error names its own line. A line that is no JSON object is raised, or, with
    `on_error`, handed to it and skipped; a file that cannot be opened is always raised."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(
            str(path), f"cannot open the {what} file ({exc.strerror})", "check the path"
        ) from exc
    with handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path}:{number}"
            try:
                record = _json_object(raw, number == 1, where, what)
            except InputError as problem:
                if on_error is None:
                    raise
                on_error(problem)
                continue
            if record is not None:
                yield where, record


def read_checked(
    path: Path,
    what: str,
    check: Callable[[str, dict[str, Any]], None],
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The one reader of the scorers' files: ('path:line', object) for each line that is a JSON
    object and passes `check(where, object)`. A bad line is raised, or, with `on_error`, handed
    to it and skipped, so that a run names every bad line and goes on with the rest
    (event-record.md, "Errors and exit status")."""
    for where, record in read_jsonl(path, what, on_error):
        try:
            check(where, record)
        except InputError as problem:
            if on_error is None:
                raise
            on_error(problem)
            continue
        yield where, record


def _json_object(raw: bytes, first: bool, where: str, what: str) -> dict[str, Any] | None:
    """One line of a JSON Lines file as an object; None for a blank line."""
    one_object = f"each line of a {what} file must be one JSON object"
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(where, "not UTF-8 text", "save the file as UTF-8") from exc
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            where, f"not valid JSON ({exc.msg}, column {exc.colno})", one_object
        ) from exc
    if not isinstance(record, dict):
        raise InputError(where, f"a JSON {type(record).__name__}, not an object", one_object)
    return record


def require(ok: bool, where: str, problem: str, fix: str) -> None:
    if not ok:
        raise InputError(where, problem, fix)


def check_date(value: Any, where: str, field_name: str, fix: str) -> None:
    require(
        value is None or (isinstance(value, dict) and _dates_parse(value)),
        where,
        f"{field_name} is not null or an object with ISO dates: {value!r}",
        fix,
    )


def _dates_parse(value: Mapping[str, Any]) -> bool:
    return all(
        value.get(key) is None or as_date(value.get(key)) is not None for key in ("start", "end")
    )


def check_participants(parts: Any, where: str, fix: str) -> None:
    require(
        isinstance(parts, list)
        and bool(parts)
        and all(isinstance(p, dict) and isinstance(p.get("name"), str) for p in parts),
        where,
        "participants must be a non-empty list of objects with a name",
        fix,
    )


def _check_place(value: Any, where: str, fix: str) -> None:
    require(
        value is None or (isinstance(value, dict) and isinstance(value.get("name"), str)),
        where,
        f"location is not null or an object with a name: {value!r}",
        fix,
    )


def load_gold(
    path: Path,
    *,
    on_warning: Callable[[InputError], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> list[dict[str, Any]]:
    """Read a gold file (one document a line, gold-format.md), checking what scoring relies on.

    A document gives its article as `text`, or as `path`: a page (HTML, or any file diplo
    reads), relative to the gold file's folder, read through `io.readers` as `diplo extract`
    would read it. The article read from it is kept under `"article"` (see `gold_articles`);
    problems that still let it be read (a guessed encoding, no article found) go to
    `on_warning`. A bad line is raised, or, with `on_error`, handed to it and skipped.
    """
    fix = "see the gold format in docs/gold-format.md"
    seen: dict[str, str] = {}

    def check(where: str, doc: dict[str, Any]) -> None:
        doc_id = doc.get("id")
        require(isinstance(doc_id, str) and bool(doc_id), where, "no document id", fix)
        require(
            doc_id not in seen,
            where,
            f"duplicate id {doc_id!r} (first at {seen.get(doc_id)})",
            "give every gold document its own id",
        )
        events = doc.get("events")
        require(isinstance(events, list), where, f"{doc_id}: events must be a list", fix)
        for n, event in enumerate(events):
            _check_gold_event(event, f"{where} ({doc_id}#{n})", fix)
        if "text" in doc:
            require(isinstance(doc["text"], str), where, f"{doc_id}: text must be a string", fix)
        else:
            page = doc.get("path")
            require(
                isinstance(page, str) and bool(page),
                where,
                f"{doc_id}: no text and no path",
                "give the article as text, or its page as path (relative to the gold file)",
            )
            doc["article"] = _read_page(Path(path).parent / page, doc_id, on_warning)
        seen[doc_id] = where

    return [doc for _, doc in read_checked(Path(path), "gold", check, on_error)]


def _check_gold_event(event: Any, at: str, fix: str) -> None:
    require(isinstance(event, dict), at, "an event must be an object", fix)
    check_participants(event.get("participants"), at, fix)
    for key in ("type", "status"):
        require(isinstance(event.get(key), str), at, f"{key} must be a string", fix)
    _check_place(event.get("location"), at, fix)
    date = event.get("date")
    check_date(date, at, "date", fix)
    require(
        date is None or as_date(date.get("start")) is not None,
        at,
        "a gold date needs a start",
        "give start, end and precision, or make the date null",
    )


def _read_page(page: Path, doc_id: str, on_warning: Callable[[InputError], None] | None) -> Article:
    from diplo_extract.io.readers import iter_articles

    problems: list[InputError] = []
    found = list(iter_articles([str(page)], on_error=problems.append))
    for problem in problems:
        if not problem.is_warning:
            raise problem
        if on_warning is not None:
            on_warning(problem)
    if not found:  # no article on the page (warned): its gold events count as missed
        return Article(id=doc_id, text="", source=str(page))
    return found[0].model_copy(update={"id": doc_id})


def gold_articles(gold_docs: Sequence[Mapping[str, Any]]) -> list[Article]:
    """The articles of gold documents, to run the extractor on: the page's article for a
    document read from a page (its title, date and URL as read), else the document's own
    `text`, `title`, `published`, `url` and `source`."""
    articles: list[Article] = []
    for doc in gold_docs:
        article = doc.get("article")
        if isinstance(article, Article):
            articles.append(article)
            continue
        articles.append(
            Article(
                id=doc["id"],
                text=doc["text"],
                title=doc.get("title"),
                published=doc.get("published"),
                url=doc.get("url"),
                source=doc.get("source"),
            )
        )
    return articles


def load_predictions(
    path: Path, *, on_error: Callable[[InputError], None] | None = None
) -> list[dict[str, Any]]:
    """Read predicted events (JSON Lines of Event records), checking the fields scoring uses.
    A bad line is raised, or, with `on_error`, handed to it and skipped."""
    fix = "expected the records `diplo extract` writes (one event a line)"

    def check(where: str, record: dict[str, Any]) -> None:
        require(isinstance(record.get("doc_id"), str), where, "no doc_id", fix)
        check_participants(record.get("participants"), where, fix)
        for key in ("type", "status"):
            require(isinstance(record.get(key), str), where, f"{key} must be a string", fix)
        _check_place(record.get("location"), where, fix)
        check_date(record.get("date"), where, "date", fix)

    return [record for _, record in read_checked(Path(path), "predictions", check, on_error)]
