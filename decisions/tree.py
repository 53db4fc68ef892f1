"""A beslishulp's tree as data: checking it (every node reachable, no
cycles, no dead ends, every answer leads somewhere) and walking a visitor's
path of answers through it."""

from dataclasses import dataclass, field

MAX_STEPS = 100  # a path longer than this is tampered with, whatever the tree


class InvalidPath(Exception):
    """The answers in the URL do not lead anywhere in this tree."""


@dataclass
class Node:
    key: str
    kind: str  # "question" or "outcome"
    value: object  # the block's StructValue
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


class Tree:
    def __init__(self, stream):
        self.nodes: dict[str, Node] = {}
        self.duplicates: list[str] = []
        self.start: Node | None = None
        for block in stream:
            value = block.value
            key = value["key"]
            answers = (
                [
                    (answer["label"], answer["next"].strip())
                    for answer in value["answers"]
                ]
                if block.block_type == "question"
                else []
            )
            node = Node(key, block.block_type, value, answers)
            if key in self.nodes:
                self.duplicates.append(key)
                continue
            self.nodes[key] = node
            if self.start is None and node.kind == "question":
                self.start = node

    def problems(self) -> list[tuple[str | None, str]]:
        """What is wrong with the tree: (the node's key, or None for the
        whole tree; a message naming the node). [] when sound."""
        found = [
            (key, f"De sleutel '{key}' komt meer dan eens voor.")
            for key in self.duplicates
        ]
        if self.start is None:
            return [*found, (None, "De boom heeft geen vraag om mee te beginnen.")]
        for node in self.nodes.values():
            if not node.is_outcome and len(node.answers) < 2:
                found.append(
                    (node.key, f"Vraag '{node.key}' heeft minder dan twee antwoorden.")
                )
            for number, (_label, target) in enumerate(node.answers, start=1):
                if target not in self.nodes:
                    found.append(
                        (
                            node.key,
                            f"Vraag '{node.key}', antwoord {number}: de sleutel "
                            f"'{target}' bestaat niet.",
                        )
                    )
        found += self._cycles()
        reachable = self._reachable()
        for key in self.nodes:
            if key not in reachable:
                found.append(
                    (key, f"'{key}' is vanaf de eerste vraag niet te bereiken.")
                )
        if not any(self.nodes[key].is_outcome for key in reachable):
            found.append((None, "Geen enkele uitkomst is te bereiken."))
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

    def _cycles(self) -> list[tuple[str, str]]:
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
                                key,
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
        """The most questions still to answer from `node` (a sound tree is
        acyclic; a guard stops runaway recursion on an unsound one)."""
        memo: dict[str, int] = {}

        def depth(key: str, guard: int) -> int:
            if key in memo:
                return memo[key]
            current = self.nodes.get(key)
            if current is None or current.is_outcome or guard > len(self.nodes):
                return 0
            memo[key] = 1 + max(
                (depth(target, guard + 1) for _label, target in current.answers),
                default=0,
            )
            return memo[key]

        return depth(node.key, 0)

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
