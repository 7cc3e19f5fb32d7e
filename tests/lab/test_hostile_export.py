"""A PDF export must not flood the app's log with fontTools' font-subsetting INFO lines."""

from __future__ import annotations

import logging

from lab.activations.spec import SPEC
from lab.export import ExportOptions, export_figures


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_pdf_export_writes_no_fonttools_info_into_an_info_level_log(tmp_path):
    root = logging.getLogger()
    handler, level = _Collect(), root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)  # what an app log file at INFO would receive
    try:
        figure = SPEC.build(SPEC.params_type())[0]
        (path,) = export_figures("activations", [figure], tmp_path, ExportOptions(formats=("pdf",)))
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    assert path.read_bytes().startswith(b"%PDF")
    assert [r.getMessage() for r in handler.records if r.name.startswith("fontTools")] == []
