"""YAML parsing that remembers, for every key path, the line it was written on.

PyYAML's SafeLoader builds plain Python values and forgets where they came from. Here we
compose the node tree with a SafeLoader and build the values ourselves, recording the
1-based line of each mapping key and list item, so a problem can be reported as
`stappen.yaml:42: stappen.2.blokken.0.id: ...`. Duplicate keys, which PyYAML silently
overwrites, are reported too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

#: libyaml's parser when PyYAML was built with it (about ten times faster), else pure Python.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Collections may only carry YAML's own tags; scalars are checked by SafeConstructor.
_STANDAARD_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})

KeyPath = tuple[str | int, ...]
#: (line, key path, Dutch message)
ParseProblem = tuple[int, KeyPath, str]


@dataclass
class ParsedFile:
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, pad: KeyPath) -> int:
        """Line of `pad`, or of its nearest ancestor that exists (e.g. for a missing key)."""
        for eind in range(len(pad), -1, -1):
            regel = self.lines.get(tuple(pad[:eind]))
            if regel is not None:
                return regel
        return 1


def parse_yaml(tekst: str) -> tuple[ParsedFile | None, list[ParseProblem]]:
    """Parse one YAML document; return it with its line map, plus any problems found."""
    loader = _Loader(tekst)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, [(1, (), "bestand is leeg")]
        parsed = ParsedFile(data=None)
        problemen: list[ParseProblem] = []
        parsed.data = _build(node, (), parsed.lines, loader, problemen)
        return parsed, problemen
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        regel = mark.line + 1 if mark else 1
        uitleg = " ".join(filter(None, [exc.context, exc.problem]))
        return None, [(regel, (), f"ongeldige YAML-syntaxis ({uitleg})")]
    except yaml.YAMLError as exc:
        return None, [(1, (), f"ongeldige YAML ({exc})")]
    finally:
        loader.dispose()


def _build(
    node: yaml.Node,
    pad: KeyPath,
    lines: dict[KeyPath, int],
    loader: yaml.SafeLoader,
    problemen: list[ParseProblem],
) -> Any:
    lines.setdefault(pad, node.start_mark.line + 1)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _STANDAARD_TAGS:
        problemen.append((node.start_mark.line + 1, pad, f"onbekende YAML-tag {node.tag}"))
        return None
    if isinstance(node, yaml.MappingNode):
        return _build_mapping(node, pad, lines, loader, problemen)
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*pad, i), lines, loader, problemen) for i, item in enumerate(node.value)
        ]
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problemen.append((node.start_mark.line + 1, pad, f"ongeldige waarde ({exc})"))
        return None


def _build_mapping(
    node: yaml.MappingNode,
    pad: KeyPath,
    lines: dict[KeyPath, int],
    loader: yaml.SafeLoader,
    problemen: list[ParseProblem],
) -> dict[str, Any]:
    loader.flatten_mapping(node)  # resolve YAML merge keys (<<) the way SafeLoader does
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        regel = key_node.start_mark.line + 1
        key = loader.construct_object(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str):
            problemen.append((regel, pad, f"sleutel moet tekst zijn, niet {key!r}"))
            continue
        kind = (*pad, key)
        if key in result:
            eerder = lines.get(kind, regel)
            problemen.append((regel, kind, f"dubbele sleutel (ook op regel {eerder})"))
            continue
        lines[kind] = regel
        result[key] = _build(value_node, kind, lines, loader, problemen)
    return result
