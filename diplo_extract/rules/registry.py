"""Named rules, each with the sentence it exists for.

A rule is a function of the sentence or article rules that makes one decision ("a virtual
meeting is a call", "the chair of a summit takes part"). `@rule` registers it under its module
and name with an example: a short text written for the rule (invented people and states where
the rule does not rest on a gazetteer), the events diplo must give for it, and a counter-example
where the rule could over-fire. tests/test_rules.py runs every example through the pipeline, so a
rule's documentation cannot drift from what it does.

An expected event is written as `summary` prints one:
``"meeting occurred: Ulla Marsk + Teo Vaskin @Kessel 2025-03-11"`` (type and status, the
participants' names in the record's order, then the place and the first day when there are
any).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

# The reference date every example is read against ("on Tuesday" is 2025-03-11).
EXAMPLE_DATE = "2025-03-12"

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Example:
    text: str
    expect: tuple[str, ...]
    url: str | None = None  # where the article was published, for rules that read it


@dataclass(frozen=True)
class Rule:
    name: str  # module.function, e.g. "rules.triggers.refine_type"
    doc: str
    examples: tuple[Example, ...]


RULES: dict[str, Rule] = {}


def rule(
    text: str,
    expect: Sequence[str],
    *,
    counter: tuple[str, Sequence[str]] | None = None,
    also: Sequence[tuple[str, Sequence[str]]] = (),
    url: str | None = None,
) -> Callable[[F], F]:
    """Register the decorated function as a named rule with its example(s); `url` is where all
    its examples are published, for a rule that depends on the publisher."""

    def register(function: F) -> F:
        module = function.__module__.removeprefix("diplo_extract.")
        name = f"{module}.{function.__name__.lstrip('_')}"
        examples = [Example(text, tuple(expect), url)]
        examples += [Example(t, tuple(e), url) for t, e in also]
        if counter is not None:
            examples.append(Example(counter[0], tuple(counter[1]), url))
        if name in RULES:
            raise ValueError(f"two rules are called {name}")
        RULES[name] = Rule(name, (function.__doc__ or "").strip(), tuple(examples))
        return function

    return register


def summary(event: Mapping[str, Any]) -> str:
    """One line for an event record (a dict as the JSON Lines output has it)."""
    names = " + ".join(p["name"] for p in event["participants"])
    line = f"{event['type']} {event['status']}: {names}"
    if event.get("location"):
        line += f" @{event['location']['name']}"
    if event.get("date"):
        line += f" {event['date']['start']}"
    return line
