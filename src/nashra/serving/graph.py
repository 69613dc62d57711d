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


def network_svg(network: Network, link_base: str = "/entities/") -> Markup:
    """The network as an inline SVG; nodes with a page link to it."""
    nodes = network.nodes
    if not nodes:
        return Markup("")
    index = {node["key"]: i for i, node in enumerate(nodes)}
    edges = [(index[e["source"]], index[e["target"]], e["events"]) for e in network.edges]
    pos = layout(len(nodes), edges)
    xy = [(MARGIN + x * (WIDTH - 2 * MARGIN), MARGIN + y * (HEIGHT - 2 * MARGIN)) for x, y in pos]
    most_events = max(node["events"] for node in nodes)
    most_meetings = max((w for _, _, w in edges), default=1)
    parts = [
        f'<svg class="network" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="network" xmlns="http://www.w3.org/2000/svg">'
    ]
    for a, b, w in edges:
        (x1, y1), (x2, y2) = xy[a], xy[b]
        stroke = 1 + 6 * w / most_meetings
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{stroke:.1f}"><title>{escape(nodes[a]["label"])} — '
            f"{escape(nodes[b]['label'])}: {w}</title></line>"
        )
    for node, (x, y) in zip(nodes, xy, strict=True):
        r = 5 + 20 * math.sqrt(node["events"] / most_events)
        label = escape(node["label"])
        shape = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" class="n-{escape(node["kind"])}">'
            f"<title>{label}: {node['events']}</title></circle>"
            f'<text x="{x:.1f}" y="{y + r + 14:.1f}" text-anchor="middle">{label}</text>'
        )
        if node["kind"] != "party":
            href = escape(link_base + quote(node["key"], safe=":|"))
            shape = f'<a href="{href}" class="node">{shape}</a>'
        else:
            shape = f'<g class="node">{shape}</g>'
        parts.append(shape)
    parts.append("</svg>")
    return Markup("".join(parts))
