"""A who-met-whom network drawn as SVG on the server: a force-directed layout
(Fruchterman–Reingold, seeded, so the same network is drawn the same way), nodes sized by
events, edges by meetings, each node a link to its page."""

from __future__ import annotations

import math
from urllib.parse import quote

import numpy as np
from markupsafe import Markup, escape

from nashra.search.browse import Network

WIDTH, HEIGHT, MARGIN = 960, 640, 70


def layout(n: int, edges: list[tuple[int, int, float]], iterations: int = 300) -> np.ndarray:
    """Positions in [0, 1]² for ``n`` nodes joined by weighted ``edges``."""
    if n == 0:
        return np.zeros((0, 2))
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = 0.5 + 0.4 * np.column_stack([np.cos(angle), np.sin(angle)])
    if n == 1:
        return np.array([[0.5, 0.5]])
    k = 1.6 * math.sqrt(1.0 / n)  # the distance at which push and pull balance
    source = np.array([a for a, _, _ in edges], dtype=int)
    target = np.array([b for _, b, _ in edges], dtype=int)
    weight = np.array([w for _, _, w in edges], dtype=float)
    if len(weight):
        weight = 1 + np.log1p(weight)
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        distance = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        push = (k * k / distance**2)[:, :, None] * delta
        move = push.sum(axis=1)
        if len(source):
            d = pos[source] - pos[target]
            length = np.maximum(np.linalg.norm(d, axis=-1), 1e-3)
            pull = (weight * length / k)[:, None] * d
            np.add.at(move, source, -pull)
            np.add.at(move, target, pull)
        # A little gravity keeps parts that meet no one on the page.
        move += (0.5 - pos) * 0.05 * n
        size = np.maximum(np.linalg.norm(move, axis=-1), 1e-9)
        pos += move / size[:, None] * np.minimum(size, temperature)[:, None]
        temperature = max(temperature * 0.985, 0.002)
    low, high = pos.min(axis=0), pos.max(axis=0)
    return (pos - low) / np.maximum(high - low, 1e-9)


def network_svg(
    network: Network, link_base: str = "/entities/", caption: str = "network"
) -> Markup:
    """The network as an inline SVG; nodes with a page link to it. Nodes that met no one
    drawn are left out (the count beside the graph says so); a label goes where it overlaps
    no other label or node, or is left to the node's tooltip."""
    nodes, edges = connected(network)
    if not nodes:
        return Markup("")
    pos = layout(len(nodes), edges)
    xy = [(MARGIN + x * (WIDTH - 2 * MARGIN), MARGIN + y * (HEIGHT - 2 * MARGIN)) for x, y in pos]
    most_events = max(node["events"] for node in nodes)
    most_meetings = max((w for _, _, w in edges), default=1)
    radius = [5 + 20 * math.sqrt(node["events"] / most_events) for node in nodes]
    labels = _place_labels(nodes, xy, radius)
    parts = [
        f'<svg class="network" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
        f'aria-label="{escape(caption)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for a, b, w in edges:
        (x1, y1), (x2, y2) = xy[a], xy[b]
        stroke = 1 + 6 * w / most_meetings
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{stroke:.1f}" data-a="{a}" data-b="{b}">'
            f"<title>{escape(nodes[a]['label'])} — {escape(nodes[b]['label'])}: {w}</title></line>"
        )
    for i, (node, (x, y), r) in enumerate(zip(nodes, xy, radius, strict=True)):
        label = escape(node["label"])
        shape = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="n-{escape(node["kind"])}">'
            f"<title>{label}: {node['events']}</title></circle>"
        )
        if labels[i] is not None:
            lx, ly, anchor = labels[i]
            shape += f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{label}</text>'
        if node["kind"] != "party":
            href = escape(link_base + quote(node["key"], safe=":|"))
            shape = (
                f'<a href="{href}" class="node" data-i="{i}" '
                f'aria-label="{label}: {node["events"]}">{shape}</a>'
            )
        else:
            shape = f'<g class="node" data-i="{i}">{shape}</g>'
        parts.append(shape)
    parts.append("</svg>")
    return Markup("".join(parts))


def connected(network: Network) -> tuple[list[dict], list[tuple[int, int, float]]]:
    """The nodes that have an edge, and the edges between them by node index."""
    linked = {e["source"] for e in network.edges} | {e["target"] for e in network.edges}
    nodes = [node for node in network.nodes if node["key"] in linked]
    index = {node["key"]: i for i, node in enumerate(nodes)}
    edges = [(index[e["source"]], index[e["target"]], e["events"]) for e in network.edges]
    return nodes, edges


_CHAR_WIDTH = 7.5  # of the 12px labels, Arabic and Latin alike, roughly
# a label's box about its baseline: Arabic letters reach 14 px above it and 6 below (the
# browser's boxes of 12 px Arabic text are about 20 px high)
_ABOVE, _BELOW = 14.0, 6.0
_MARGIN = 3.0
# … and above and below it: a label with marks or tall letters drew its box 1.7 px past the
# estimate, into the label under it
_VERTICAL_MARGIN = 1.5


def _place_labels(
    nodes: list[dict], xy: list[tuple[float, float]], radius: list[float]
) -> list[tuple[float, float, str] | None]:
    """Where each node's label goes (x, y, text-anchor), the largest nodes first: below,
    above, beside; None where every place overlaps a label or a node already there."""
    taken: list[tuple[float, float, float, float]] = [
        (x - r, y - r, x + r, y + r) for (x, y), r in zip(xy, radius, strict=True)
    ]
    placed: list[tuple[float, float, str] | None] = [None] * len(nodes)
    for i in sorted(range(len(nodes)), key=lambda k: -nodes[k]["events"]):
        (x, y), r = xy[i], radius[i]
        # a margin on each side: the font's widths are only estimated (a label a browser drew
        # 2 px wider than its estimate touched its neighbour)
        width = _CHAR_WIDTH * len(nodes[i]["label"]) + 2 * _MARGIN
        # centred each time: "start" and "end" swap sides in a right-to-left page
        for lx, ly in (
            (x, y + r + 13),
            (x, y - r - 5),
            (x + r + 4 + width / 2, y + 4),
            (x - r - 4 - width / 2, y + 4),
        ):
            anchor = "middle"
            box = (
                lx - width / 2,
                ly - _ABOVE - _VERTICAL_MARGIN,
                lx + width / 2,
                ly + _BELOW + _VERTICAL_MARGIN,
            )
            inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= HEIGHT
            own = (x - r, y - r, x + r, y + r)
            if inside and not any(_overlap(box, t) for t in taken if t != own):
                placed[i] = (lx, ly, anchor)
                taken.append(box)
                break
    return placed


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
