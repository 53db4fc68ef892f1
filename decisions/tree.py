"""A beslishulp's tree as data: checking it (every node reachable, no
cycles, no dead ends, every answer leads somewhere) and walking a visitor's
path of answers through it.

Reading is defensive: an old revision, saved under an earlier version of the
blocks, may lack a field; it then shows up as a problem, never as an error.
"""

from dataclasses import dataclass, field

MAX_STEPS = 100  # no path is longer; a longer one in a URL is tampered with


class InvalidPath(Exception):
    """The answers in the URL do not lead anywhere in this tree."""


@dataclass
class Node:
    key: str
    kind: str  # "question" or "outcome"
    value: object  # the block's StructValue
    position: int  # its place in the StreamField
    answers: list[tuple[str, str]] = field(default_factory=list)  # (label, next key)

    @property
    def is_outcome(self) -> bool:
        return self.kind == "outcome"


@dataclass
class Step:
    node: Node
    answer: int  # 1-based index of the answer chosen

    @property
    def answer_label(self) -> str:
        return self.node.answers[self.answer - 1][0]


def _text(value, name) -> str:
    try:
        return str(value.get(name) or "").strip()
    except AttributeError:
        return ""


class Tree:
    def __init__(self, stream):
        self.nodes: dict[str, Node] = {}  # the first node with each key
        self.all: list[Node] = []  # every node, duplicates included
        self.start: Node | None = None
        for position, block in enumerate(stream):
            value = block.value
            answers = []
            if block.block_type == "question":
                answers = [
                    (_text(answer, "label"), _text(answer, "next"))
                    for answer in (value.get("answers") or [])
                ]
            node = Node(_text(value, "key"), block.block_type, value, position, answers)
            self.all.append(node)
            self.nodes.setdefault(node.key, node)
            if self.start is None and node.kind == "question":
                self.start = node

    def problems(self) -> list[tuple[int | None, str]]:
        """What is wrong with the tree: (the node's position in the stream, or
        None for the whole tree; a message naming the node). [] when sound."""
        found: list[tuple[int | None, str]] = []
        for node in self.all:
            if self.nodes[node.key] is not node:
                found.append(
                    (node.position, f"De sleutel '{node.key}' komt meer dan eens voor.")
                )
            if not node.is_outcome and len(node.answers) < 2:
                found.append(
                    (
                        node.position,
                        f"Vraag '{node.key}' heeft minder dan twee antwoorden.",
                    )
                )
            for number, (_label, target) in enumerate(node.answers, start=1):
                if target not in self.nodes:
                    found.append(
                        (
                            node.position,
                            f"Vraag '{node.key}', antwoord {number}: de sleutel "
                            f"'{target}' bestaat niet.",
                        )
                    )
        if self.start is None:
            return [*found, (None, "De boom heeft geen vraag om mee te beginnen.")]
        cycles = self._cycles()
        found += cycles
        reachable = self._reachable()
        for node in self.nodes.values():
            if node.key not in reachable:
                found.append(
                    (
                        node.position,
                        f"'{node.key}' is vanaf de eerste vraag niet te bereiken.",
                    )
                )
        if not any(self.nodes[key].is_outcome for key in reachable):
            found.append((None, "Geen enkele uitkomst is te bereiken."))
        if not cycles and self.longest_from(self.start) > MAX_STEPS:
            found.append((None, f"De langste route heeft meer dan {MAX_STEPS} vragen."))
        return list(dict.fromkeys(found))

    def _reachable(self) -> set[str]:
        seen, todo = set(), [self.start.key]
        while todo:
            key = todo.pop()
            if key in seen or key not in self.nodes:
                continue
            seen.add(key)
            todo += [target for _label, target in self.nodes[key].answers]
        return seen

    def _cycles(self) -> list[tuple[int, str]]:
        """A question that can be reached again from itself (iterative DFS)."""
        found = []
        state: dict[str, str] = {}  # key -> "open" (on the path) or "done"
        for root in self.nodes:
            if root in state:
                continue
            stack = [(root, iter(self.nodes[root].answers))]
            state[root] = "open"
            while stack:
                key, answers = stack[-1]
                for _label, target in answers:
                    if target not in self.nodes:
                        continue
                    if state.get(target) == "open":
                        found.append(
                            (
                                self.nodes[key].position,
                                f"Vraag '{key}' leidt terug naar '{target}': dat "
                                "is een kringloop.",
                            )
                        )
                    elif target not in state:
                        state[target] = "open"
                        stack.append((target, iter(self.nodes[target].answers)))
                        break
                else:
                    state[key] = "done"
                    stack.pop()
        return found

    def longest_from(self, node: Node) -> int:
        """The most questions still to answer from `node` (iterative; a cycle,
        only possible in an unsound tree, counts as an end)."""
        memo: dict[str, int] = {}
        on_path: set[str] = set()
        stack = [(node.key, False)]
        while stack:
            key, expanded = stack.pop()
            current = self.nodes.get(key)
            if current is None or current.is_outcome:
                memo[key] = 0
                continue
            if expanded:
                on_path.discard(key)
                memo[key] = 1 + max(
                    (memo.get(target, 0) for _label, target in current.answers),
                    default=0,
                )
                continue
            if key in memo or key in on_path:
                continue
            on_path.add(key)
            stack.append((key, True))
            stack += [
                (target, False)
                for _label, target in current.answers
                if target not in memo and target not in on_path
            ]
        return memo.get(node.key, 0)

    def walk(self, answers: list[int]) -> tuple[list[Step], Node]:
        """The steps taken and the node reached by these 1-based answers."""
        if self.start is None:
            raise InvalidPath("no start")
        if len(answers) > MAX_STEPS:
            raise InvalidPath("too long")
        node, steps = self.start, []
        for number in answers:
            if node.is_outcome or not 1 <= number <= len(node.answers):
                raise InvalidPath(f"no answer {number} at {node.key}")
            steps.append(Step(node, number))
            node = self.nodes.get(node.answers[number - 1][1])
            if node is None:
                raise InvalidPath("dangling answer")
        return steps, node


def parse_answers(text: str) -> list[int]:
    """'1-2-1' -> [1, 2, 1]; raises InvalidPath for anything else."""
    if not text:
        return []
    if len(text) > MAX_STEPS * 4:
        raise InvalidPath("too long")
    parts = text.split("-")
    if not all(part.isascii() and part.isdigit() and len(part) <= 3 for part in parts):
        raise InvalidPath("not numbers")
    return [int(part) for part in parts]
