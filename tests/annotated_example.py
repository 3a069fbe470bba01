"""A small annotated source shared by the editing tests: one seed and its annotation file."""

SEED = """\
Troops arrive in Kursk
Oct 28, 2024
Troops have arrived in the region, officials said on Monday.
With thanks to the regional desk team
The officials said the number would rise to “around 12,000” soon.
"""

ANNOTATION = """\
---
title: Troops reach Kursk
outlet: Example News
boilerplate:
  - with thanks to the regional desk
---
The editors checked this report against two others.
"""
