"""Static SVG pictures made at build time: timeline, figure disputes, relation map.

Pure functions from plain values to markup; build_dossier/render/pictures.py feeds them the dossier.
"""

from .figures import FigurePoint, figure_chart_svg
from .relations import Edge, Node, relation_map_svg
from .timeline import TimelineItem, timeline_svg

__all__ = [
    "Edge", "FigurePoint", "Node", "TimelineItem",
    "figure_chart_svg", "relation_map_svg", "timeline_svg",
]
