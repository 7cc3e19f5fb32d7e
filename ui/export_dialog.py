"""Export dialog: formats, page size, theme, a live preview, and errors that lose nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lab.export import ALL_FORMATS, ExportError, ExportOptions, export_figures, planned_files
from lab.figures.render import render_bytes
from lab.figures.sizes import PRESETS, Size
from lab.figures.spec import Figure
from lab.figures.themes import SLIDE, THEMES
from lab.registry import PANEL_TITLES
from ui.i18n import tr
from ui.workers import create_worker

PREVIEW_WIDTH = 560


def default_export_folder(settings: QSettings) -> Path:
    """The folder used last (if it still exists), else the user's Pictures, else Documents, else home."""
    last = str(settings.value("export/folder", "") or "")
    if last and Path(last).expanduser().is_dir():
        return Path(last).expanduser()
    for location in (QStandardPaths.StandardLocation.PicturesLocation,
                     QStandardPaths.StandardLocation.DocumentsLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def offer_open_folder(parent: QWidget | None, paths: list[Path]) -> QMessageBox | None:
    """A non-modal note "Exported N files to …" with an Open folder button (None when nothing was written)."""
    if not paths:
        return None
    folder = paths[0].parent
    text = tr("Exported {n} files to {folder}") if len(paths) != 1 else tr("Exported 1 file to {folder}")
    box = QMessageBox(QMessageBox.Icon.Information, tr("Export done"), text.format(n=len(paths), folder=folder),
                      QMessageBox.StandardButton.Close, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setDefaultButton(open_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class ExportDialog(QDialog):
    """Choose how to export a panel's figures; the preview renders exactly what is written."""

    exported = Signal(list)  # the paths written
    failed = Signal(str)

    def __init__(self, panel_id: str, figures: list[Figure], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export figure — {panel}").format(panel=tr(PANEL_TITLES.get(panel_id, panel_id))))
        self.panel_id = panel_id
        self.figures = figures
        self._settings = settings
        self._preview_generation = 0
        self.done_box: QMessageBox | None = None  # "Export done — Open folder", once files are written

        self.figure_box = QComboBox()
        for fig in figures:
            self.figure_box.addItem(tr(fig.title) or fig.name, fig.name)
        if len(figures) > 1:
            self.figure_box.addItem(tr("All figures"), "")
        self.figure_box.setToolTip(tr("Which of the panel's figures to export"))
        self.format_checks = {fmt: QCheckBox(fmt.upper()) for fmt in ALL_FORMATS}
        tips = {"png": tr("Raster image; the DPI is written into the file"),
                "svg": tr("Vector image; text stays editable text"),
                "pdf": tr("Vector page of exactly the chosen size; text stays text"),
                "csv": tr("The numbers behind the plot, as tidy CSV")}
        formats_row = QHBoxLayout()
        for fmt, box in self.format_checks.items():
            box.setToolTip(tips[fmt])
            formats_row.addWidget(box)
        self.preset_box = QComboBox()
        for name, (w, h) in PRESETS.items():
            self.preset_box.addItem(f"{name}  ({w:g} × {h:g} in)", name)
        self.preset_box.addItem(tr("Custom"), "custom")
        self.preset_box.setToolTip(tr("Slide page presets; Custom takes width and height below"))
        self.width_spin = QDoubleSpinBox(decimals=2, minimum=0.5, maximum=20000)
        self.height_spin = QDoubleSpinBox(decimals=2, minimum=0.5, maximum=20000)
        self.unit_box = QComboBox()
        self.unit_box.addItems(["in", "cm", "px"])
        size_row = QHBoxLayout()
        for w in (self.width_spin, QLabel("×"), self.height_spin, self.unit_box):
            size_row.addWidget(w)
        self.dpi_spin = QDoubleSpinBox(decimals=0, minimum=10, maximum=2400, value=200)
        self.dpi_spin.setToolTip(tr("Dots per inch: 150–300 for slides, 300+ for print"))
        self.theme_box = QComboBox()
        for name in ("slide", "light", "dark"):  # shown translated, stored by name
            self.theme_box.addItem(tr(name), name)
        self.theme_box.setToolTip(tr("Slide: white, large fonts, thick lines, colour-blind-safe palette"))
        self.transparent_check = QCheckBox(tr("Transparent background"))
        self.folder_edit = QLineEdit()
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit)
        folder_row.addWidget(browse)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(tr("Figure"), self.figure_box)
        form.addRow(tr("Formats"), formats_row)
        form.addRow(tr("Page"), self.preset_box)
        form.addRow(tr("Size"), size_row)
        form.addRow("DPI", self.dpi_spin)
        form.addRow(tr("Theme"), self.theme_box)
        form.addRow("", self.transparent_check)
        form.addRow(tr("Folder"), folder_row)
        form.addRow(tr("Writes"), self.files_label)

        self.preview = QLabel(tr("rendering preview…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 9 / 16))
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("QLabel { background: #808080; }")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        left = QWidget()
        left.setLayout(form)
        top.addWidget(left)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._render_preview)
        self._restore()
        for signal in (self.figure_box.currentIndexChanged, self.preset_box.currentIndexChanged,
                       self.unit_box.currentIndexChanged, self.theme_box.currentIndexChanged,
                       self.width_spin.valueChanged, self.height_spin.valueChanged,
                       self.dpi_spin.valueChanged, self.transparent_check.toggled,
                       self.folder_edit.textChanged):
            signal.connect(self._on_changed)
        for box in self.format_checks.values():
            box.toggled.connect(self._on_changed)
        self.preset_box.currentIndexChanged.connect(self._on_preset)
        self._on_preset()
        self._on_changed()

    # --- options -------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self._settings
        chosen = str(s.value("export/formats", "png,csv")).split(",")
        for fmt, box in self.format_checks.items():
            box.setChecked(fmt in chosen)
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(str(s.value("export/preset", "16:9")))))
        self.unit_box.setCurrentText(str(s.value("export/unit", "in")))
        self.width_spin.setValue(_float(s.value("export/width"), 9.6))
        self.height_spin.setValue(_float(s.value("export/height"), 5.4))
        self.dpi_spin.setValue(_float(s.value("export/dpi"), 200.0))
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(str(s.value("export/theme", "slide")))))
        self.transparent_check.setChecked(str(s.value("export/transparent", "false")) == "true")
        self.folder_edit.setText(str(default_export_folder(s)))

    def _remember(self) -> None:
        s = self._settings
        s.setValue("export/formats", ",".join(self.formats()))
        s.setValue("export/preset", self.preset_box.currentData())
        s.setValue("export/unit", self.unit_box.currentText())
        s.setValue("export/width", self.width_spin.value())
        s.setValue("export/height", self.height_spin.value())
        s.setValue("export/dpi", self.dpi_spin.value())
        s.setValue("export/theme", self.theme_box.currentData())
        s.setValue("export/transparent", "true" if self.transparent_check.isChecked() else "false")
        s.setValue("export/folder", self.folder_edit.text())

    def formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in self.format_checks.items() if box.isChecked())

    def options(self) -> ExportOptions:
        """The chosen options (raises ``ValueError`` when none are usable)."""
        size = Size(self.width_spin.value(), self.height_spin.value(), self.unit_box.currentText())
        width_px, height_px = size.pixels(self.dpi_spin.value())
        name = self.figure_box.currentData()
        return ExportOptions(
            formats=self.formats(), theme=THEMES[self.theme_box.currentData()], width_px=width_px,
            height_px=height_px, dpi=self.dpi_spin.value(), transparent=self.transparent_check.isChecked(),
            figure_names=(name,) if name else (),
        )

    def set_folder(self, folder: Path) -> None:
        self.folder_edit.setText(str(folder))

    # --- slots ---------------------------------------------------------------------------
    def _on_preset(self) -> None:
        preset = self.preset_box.currentData()
        custom = preset == "custom"
        for w in (self.width_spin, self.height_spin, self.unit_box):
            w.setEnabled(custom)
        if not custom:
            width, height = PRESETS[preset]
            self.unit_box.setCurrentText("in")
            self.width_spin.setValue(width)
            self.height_spin.setValue(height)

    def _on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Export into folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _on_changed(self, *_: object) -> None:
        try:
            options = self.options()
            files = planned_files(self.panel_id, self.figures, Path(self.folder_edit.text()), options)
            self.files_label.setText("\n".join(p.name for p in files) or tr("(nothing)"))
            self.export_button.setEnabled(bool(files))
            w, h = options.width_px, options.height_px
            self.files_label.setToolTip(tr("{w} × {h} px at {dpi} DPI").format(w=w, h=h, dpi=f"{options.dpi:g}"))
        except ValueError as exc:
            self.files_label.setText(tr(str(exc)))
            self.export_button.setEnabled(False)
        self._preview_timer.start()

    def _render_preview(self) -> None:
        try:
            options = self.options()
        except ValueError:
            return
        figure = next((f for f in self.figures if not options.figure_names or f.name in options.figure_names), None)
        if figure is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        scale = PREVIEW_WIDTH / options.width_px
        dpi = max(10.0, options.dpi * scale)
        width, height = max(16, round(options.width_px * scale)), max(16, round(options.height_px * scale))
        worker = create_worker(_preview_job, generation, figure, theme=options.theme, width_px=width,
                               height_px=height, dpi=dpi, transparent=options.transparent,
                               _ignore_errors=True)  # handled by errored below
        # Bound methods (not lambdas) so Qt drops the connection if the dialog is deleted first.
        worker.returned.connect(self._show_preview)
        worker.errored.connect(self._on_preview_failed)
        worker.start()  # a running worker keeps itself alive until it finishes

    def _on_preview_failed(self, exc: BaseException) -> None:
        self.preview.setText(tr("Preview failed: {error}").format(error=tr(str(exc))))

    def _show_preview(self, result: tuple[int, bytes]) -> None:
        generation, data = result
        if generation != self._preview_generation:
            return  # a newer preview is on its way
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        self.preview.setPixmap(pixmap)

    # --- export --------------------------------------------------------------------------
    def start_export(self) -> None:
        """Write the files in a worker; on failure keep the dialog open and say why."""
        try:
            options = self.options()
        except ValueError as exc:
            self._fail(str(exc))
            return
        folder = Path(self.folder_edit.text()).expanduser()
        self._remember()
        self.export_button.setEnabled(False)
        self.export_button.setText(tr("Exporting…"))
        worker = create_worker(export_figures, self.panel_id, self.figures, folder, options, _ignore_errors=True)
        worker.returned.connect(self._on_exported)
        worker.errored.connect(self._on_export_error)
        worker.start()  # a running worker keeps itself alive until it finishes

    def _on_export_error(self, exc: BaseException) -> None:
        self._fail(str(exc) if isinstance(exc, ExportError | ValueError) else f"{type(exc).__name__}: {exc}")

    def _on_exported(self, paths: list[Path]) -> None:
        self.export_button.setText(tr("Export"))
        self.export_button.setEnabled(True)
        self.exported.emit(paths)
        self.done_box = offer_open_folder(self.parentWidget(), paths)
        self.accept()

    def _fail(self, message: str) -> None:
        message = tr(message)
        self.export_button.setText(tr("Export"))
        self.export_button.setEnabled(True)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Export failed"), message, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(tr("Nothing was lost: choose another folder or format and try again."))
        box.open()

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        self._preview_generation += 1
        super().done(result)


def saved_options(settings: QSettings) -> ExportOptions:
    """The options last used in the dialog (slide theme, 16:9, PNG + CSV when none were saved)."""
    dpi = _float(settings.value("export/dpi"), 200.0)
    unit = str(settings.value("export/unit", "in"))
    size = Size(_float(settings.value("export/width"), 9.6), _float(settings.value("export/height"), 5.4),
                unit if unit in ("in", "cm", "px") else "in")
    width_px, height_px = size.pixels(dpi)
    formats = tuple(f for f in str(settings.value("export/formats", "png,csv")).split(",") if f) or ("png",)
    try:
        return ExportOptions(formats=formats, theme=THEMES.get(str(settings.value("export/theme", "slide")), SLIDE),
                             width_px=width_px, height_px=height_px, dpi=dpi)
    except ValueError:  # a mangled settings file
        return ExportOptions(formats=("png", "csv"))


def _preview_job(generation: int, figure: Figure, **kwargs: Any) -> tuple[int, bytes]:
    return generation, render_bytes(figure, "png", **kwargs)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
