"""The Korean catalog (data only): ``EXACT`` entries, then ``TEMPLATES`` for text with numbers.

One module per concern: :mod:`.panels` (figures, params, presets, notes), :mod:`.window`
(ui/ widgets and dialogs), :mod:`.tour`, :mod:`.templates`.

Terms follow the lecture notes (``shared/seed``): 포화, 죽은 ReLU, 가중치 초기화, 화이트닝,
데이터 증강, 평균 이미지, 색상/채도/명도; ReLU, Xavier, Kaiming, PCA, ZCA stay in English.
Add a missing string as one line ``'English': '한국어',`` (``python -m lab.i18n_strings`` prints
the missing ones ready to paste).  A template's ``{field}`` matches any text and is itself
translated (a name) or kept (a number); templates are tried in order, the first that
translates every field wins.
"""

from __future__ import annotations

from lab.i18n_ko import panels, templates, tour, window

EXACT: dict[str, str] = {**panels.EXACT, **tour.EXACT, **window.EXACT}
TEMPLATES = templates.TEMPLATES
