"""The main window: article and claims in the middle, countries and the live brief on the left, the
claim inspector, brief editor and sources on the right. Menus, shortcuts, files, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, storage
from ..assets import sample_brief_path
from ..editing import claim_from_span, merge_claims, split_claim
from ..errors import BriefingError, Cancelled
from ..fileio import atomic_write
from ..model import Brief, Claim, Source
from . import article_input
from .app import collect_garbage_on_gui_thread
from .article_view import ArticleView
from .background import Progress, WorkerThread, run_in_background
from .brief_editor import BriefEditor
from .checks_panel import install_tradecraft
from .commands import AddSource, ReplaceClaims
from .country_view import CountryView
from .document import BriefDocument, user_registry
from .geometry import place_window
from .inspector import ClaimInspector
from .keyboard import Keyboard
from .lifecycle import BRIEF_FILTER, DocumentLifecycle
from .models import ClaimIdRole, ClaimsFilterProxy, ClaimsTableModel
from .open_formats import OpenFormats
from .preview import BriefPreview
from .sources_panel import SourcesPanel
from .suggest_actions import install_question_watch, status_line, suggest_imported, suggest_into

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QProgressDialog

    from ..ingest import Article  # the import pipeline and the suggestions load on first use, not at start
    from ..pdf import RenderResult  # ReportLab is imported when a page is first made, not at start

T = TypeVar("T")
ARTICLE_FILTER = "Articles (*.txt *.text *.html *.htm *.xhtml *.pdf *.md);;All files (*)"


def _icon(theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    style = QApplication.style()
    return QIcon.fromTheme(theme, style.standardIcon(fallback))


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        collect_garbage_on_gui_thread()  # never a window freed by the collector on a worker thread
        self.settings = settings or QSettings()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.doc = BriefDocument(registry=lambda: user_registry(self), parent=self)  # made when first needed
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._connect_document()
        install_tradecraft(self)  # the check beside the preview, Brief › Draft, ICD 203 marks in the editor
        install_question_watch(self)  # offers to suggest again when the key question changes
        self.life = DocumentLifecycle(self)  # open, save, journal, recovery, lock, watching the file
        self._workers = WorkerThread("briefing-import")
        self.progress_delay = 0.4  # seconds of work before a progress dialog appears
        self.last_progress = ""
        self._restore_layout()
        self._update_title()
        self.statusBar().showMessage("Ready", 2000)

    # -- construction ---------------------------------------------------------------------

    def _build_views(self) -> None:
        doc = self.doc
        self.article = ArticleView(doc)
        self.claims_model = ClaimsTableModel(doc)
        self.proxy = ClaimsFilterProxy(self.claims_model)
        self.table = QTableView()
        self.table.setObjectName("claimsTable")
        self.table.setAccessibleName("Claims")
        self.table.setModel(self.proxy)
        # Unsorted is reading order already; sorting 10,000 rows through Python costs a second at every
        # open, so the table sorts only when the analyst clicks a column header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 56), (2, 90), (3, 80), (4, 50), (5, 56), (6, 78)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setAccessibleName("Filter claims")
        self.filter_edit.setPlaceholderText("Filter claims (/)")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda t: self.proxy.set_filters(text=t))
        self.country_filter = QComboBox()
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setAccessibleName("Filter by country")
        self.country_filter.activated.connect(self._country_filter_changed)
        self.stance_filter = QComboBox()
        self.stance_filter.setObjectName("stanceFilter")
        self.stance_filter.setAccessibleName("Filter by stance")
        self.stance_filter.activated.connect(lambda i: self.proxy.set_filters(stance=self.stance_filter.itemData(i)))
        self.reviewed_filter = QComboBox()
        self.reviewed_filter.setObjectName("reviewedFilter")
        self.reviewed_filter.setAccessibleName("Filter by review")
        for label, value in (("Reviewed or not", None), ("Unreviewed suggestions", False), ("Reviewed", True)):
            self.reviewed_filter.addItem(label, value)
        self.reviewed_filter.activated.connect(
            lambda i: self.proxy.set_filters(reviewed=self.reviewed_filter.itemData(i))
        )
        self.this_article = QCheckBox("This article only")
        self.this_article.setAccessibleName("Show only the claims of the article shown")
        self.this_article.toggled.connect(self._article_filter_changed)
        self.count_label = QLabel()
        for combo in (self.country_filter, self.stance_filter, self.reviewed_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        first = QHBoxLayout()
        first.addWidget(self.filter_edit, 1)
        first.addWidget(self.count_label)
        second = QHBoxLayout()
        second.addWidget(self.country_filter)
        second.addWidget(self.stance_filter)
        second.addWidget(self.reviewed_filter)
        second.addWidget(self.this_article)
        second.addStretch(1)
        claims_box = QWidget()
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addLayout(first)
        claims_layout.addLayout(second)
        claims_layout.addWidget(self.table)
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.center.setObjectName("centerSplitter")
        self.center.addWidget(self.article)
        self.center.addWidget(claims_box)
        self.center.setStretchFactor(0, 2)
        self.center.setStretchFactor(1, 3)
        self.setCentralWidget(self.center)

        self.inspector = ClaimInspector(doc)
        self.countries = CountryView(doc)
        self.preview = BriefPreview(doc)
        self.brief_editor = BriefEditor(doc)
        self.sources = SourcesPanel(doc)
        self.docks: dict[str, QDockWidget] = {}
        for name, title, widget, area in (
            ("countries", "Who stands where", self.countries, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("preview", "Brief preview", self.preview, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("inspector", "Claim", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea),
            ("brief", "Brief", self.brief_editor, Qt.DockWidgetArea.RightDockWidgetArea),
            ("sources", "Sources", self.sources, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.tabifyDockWidget(self.docks["inspector"], self.docks["brief"])
        self.tabifyDockWidget(self.docks["brief"], self.docks["sources"])
        self.docks["inspector"].raise_()
        self.resizeDocks([self.docks["countries"], self.docks["inspector"]], [370, 380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["countries"], self.docks["preview"]], [300, 460], Qt.Orientation.Vertical)

        self.article.claimActivated.connect(self.select_claim)
        self.article.sourceChanged.connect(self._article_filter_changed)
        self.countries.actorActivated.connect(self.filter_by_country)
        self.sources.sourceActivated.connect(self.article.show_source)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        K = QKeySequence.StandardKey
        a = self._action
        self.act_new = a("&New", self.new_brief, K.New, _icon("document-new", sp.SP_FileIcon))
        self.act_open = a("&Open…", self.open_dialog, K.Open, _icon("document-open", sp.SP_DialogOpenButton))
        self.act_sample = a("Open the Sample &Brief", lambda: self.open_path(str(sample_brief_path())))
        self.act_save = a("&Save", self.save, K.Save, _icon("document-save", sp.SP_DialogSaveButton))
        self.act_save_as = a("Save &As…", self.save_as, K.SaveAs)
        self.act_import = a(
            "&Import Article…",
            self.import_dialog,
            "Ctrl+I",
            _icon("document-import", sp.SP_FileDialogNewFolder),
            "Import articles: text, HTML or PDF",
        )
        self.act_paste = a("&Paste Article…", self.paste_dialog, "Ctrl+Shift+V", tip="Paste an article's text")
        self.act_link = a("Import from &Link…", lambda: article_input.ask_link(self), tip="Fetch one web page")
        self.act_merge_file = a(
            "&Merge Another Brief…", self.merge_dialog, tip="Bring another analyst's brief file into this one"
        )
        self.act_export = a("&Export PDF…", self.export_dialog, "Ctrl+E", _icon("document-export", sp.SP_DriveFDIcon))
        self.act_quit = a("&Quit", self.close, K.Quit)
        self.act_undo = self.doc.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence(K.Undo))
        self.act_undo.setIcon(_icon("edit-undo", sp.SP_ArrowBack))
        self.act_redo = self.doc.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Y")])
        self.act_redo.setIcon(_icon("edit-redo", sp.SP_ArrowForward))
        self.addActions([self.act_undo, self.act_redo])
        self.act_filter = a("&Filter Claims", self.focus_filter, "/")
        self.act_clear_filter = a("C&lear Filters", self.clear_filters, "Ctrl+Shift+L")
        self.act_next = a("&Next Claim", lambda: self.step(1), "J")
        self.act_prev = a("&Previous Claim", lambda: self.step(-1), "K")
        self.act_new_claim = a(
            "New Claim from Selec&tion", self.claim_from_selection, "N", tip="Select text in the article, then press N"
        )
        self.act_split = a("Sp&lit Claim at Cursor", self.split_at_cursor, "Ctrl+Shift+K")
        self.act_merge = a("&Merge with Next Claim", self.merge_with_next, "M")
        self.act_delete_claim = a(
            "&Delete Claim",
            self.delete_claim,
            QKeySequence.StandardKey.Delete,
            tip="Delete the selected claim (a sentence the import should not have kept)",
        )
        self.keys = Keyboard(self)  # panel keys, claim keys that bring the Claim panel forward, Esc, F1
        self.act_key, self.act_accept, self.act_reject, self.act_add_country = self.keys.claim_actions()
        self.act_suggest = a("S&uggest Positions for This Claim", self.suggest_current, "G")
        self.act_suggest_all = a("Suggest P&ositions for All Claims", self.suggest_all, "Ctrl+G")
        self.stance_actions = self.keys.build_stance_actions()
        self.article.text.claim_actions = [self.act_new_claim, self.act_split, self.act_merge]
        self.act_refresh = a("&Refresh Preview", self.preview.render_now, K.Refresh)
        self.act_shortcuts = a("&Keyboard Shortcuts", self.show_shortcuts, K.HelpContents)
        self.act_about = a("&About Briefing", self.about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        file.addActions([self.act_new, self.act_open])
        self.recent_menu = file.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addAction(self.act_sample)
        file.addSeparator()
        file.addActions([self.act_save, self.act_save_as])
        file.addSeparator()
        file.addActions([self.act_import, self.act_link, self.act_paste, self.act_merge_file, self.act_export])
        self.open_formats = OpenFormats(self, lambda: self.doc, file)  # Export As CSV/Markdown/W3C, Import Annotations
        file.addSeparator()
        file.addAction(self.act_quit)
        edit = bar.addMenu("&Edit")
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_filter, self.act_clear_filter])
        claim = bar.addMenu("&Claim")
        claim.addActions([self.act_next, self.act_prev])
        claim.addSeparator()
        claim.addActions([self.act_add_country, self.act_accept, self.act_reject])
        stance = claim.addMenu("Set &Stance")
        stance.addActions(self.stance_actions)
        claim.addAction(self.act_key)
        claim.addSeparator()
        claim.addActions([self.act_suggest, self.act_suggest_all])
        claim.addSeparator()
        claim.addActions([self.act_new_claim, self.act_split, self.act_merge, self.act_delete_claim])
        view = bar.addMenu("&View")
        self.keys.fill_view_menu(view)
        view.addSeparator()
        view.addAction(self.act_refresh)
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.act_shortcuts, self.act_about])
        tools = self.addToolBar("Main")
        tools.setObjectName("mainToolBar")
        tools.addActions([self.act_open, self.act_save, self.act_import, self.act_export])
        tools.addSeparator()
        tools.addActions([self.act_undo, self.act_redo])

    def _connect_document(self) -> None:
        self.doc.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self.doc.pathChanged.connect(self._update_title)
        self.doc.changed.connect(self._refresh_filters_later)
        self.doc.infoChanged.connect(self._fill_stance_filter)
        self._fill_stance_filter()
        self._fill_country_filter()

    # -- files ------------------------------------------------------------------------------

    def recover(self) -> bool:
        """Offer back the work that crashed sessions left unsaved; True when this window got a document."""
        return self.life.offer_recovery()

    def open_path(self, path: str | None) -> bool:
        return self.life.open_path(path)

    def _set_brief(self, brief: Brief, path: Path | None, is_sample: bool = False) -> None:
        self.doc.undo_stack.clear()
        self.doc.path = path
        self.doc.is_sample = is_sample
        self.doc.replace_brief(brief)
        self.doc.undo_stack.setClean()
        self.setWindowModified(False)
        self._update_title()
        self._fill_country_filter()
        self._count()
        # Start where the work is: the first claim with suggestions to review, else the first claim.
        waiting = next((c.id for c in brief.claims if not c.reviewed), "")
        if waiting:
            self.select_claim(waiting)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self.preview.render_now()

    def _update_title(self) -> None:
        if self.doc.is_sample:
            name = "Sample brief"
        else:
            name = self.doc.display_name()
        self.setWindowTitle(f"{name}[*] — Briefing")

    def new_brief(self) -> None:
        self.life.new_brief()

    def open_dialog(self) -> None:
        self.life.open_dialog()

    def save(self) -> bool:
        return self.life.save()

    def save_as(self) -> bool:
        return self.life.save_as()

    def maybe_save(self) -> bool:
        return self.life.maybe_save()

    def _last_dir(self) -> str:
        return self.life.last_dir()

    def _fill_recent(self) -> None:
        self.life.fill_recent()

    # -- importing and exporting --------------------------------------------------------------

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", self._last_dir(), ARTICLE_FILTER)
        for path in paths:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        from ..ingest import read_article  # the import pipeline loads on first use, not on the way to the window

        return self._import(
            lambda stop: read_article(path, cancelled=stop), Path(path).name, "Could not import the article"
        )

    def import_text(self, text: str, url: str = "") -> bool:
        from ..ingest import parse_article

        return self._import(
            lambda stop: parse_article(text, "pasted text", url=url, cancelled=stop),
            "pasted text",
            "Could not import the pasted text",
        )

    def _import(self, read: Callable[[Callable[[], bool]], Article], name: str, failure: str) -> bool:
        """Read, clean, split and suggest off the GUI thread (a long article takes seconds), then add it.
        Cancel stops the work between its steps and between claims; nothing is added then."""
        from ..ingest import article_source

        brief = self.doc.brief
        registry = self.doc.registry

        def work(progress: Progress) -> tuple[Source, list[Claim]]:
            article = read(progress.cancelled)
            source, claims = article_source(brief, article)
            if progress.cancelled():
                raise Cancelled(f"{name}: import cancelled")
            suggest_imported(brief, source, claims, registry, progress, name)
            return source, claims

        try:
            source, claims = self._in_background(work, f"Importing {name}…", cancellable=True)
        except Cancelled:
            self.statusBar().showMessage(f"Import of {name} cancelled; nothing was added.", 6000)
            return False
        except BriefingError as exc:
            self.error(failure, str(exc))
            return False
        self.doc.undo_stack.push(AddSource(self.doc, source, claims, f"Import {name}"))
        self.article.show_source(source.id)
        self._fill_country_filter()
        suggested = sum(1 for c in claims for p in c.positions)
        self.statusBar().showMessage(
            f"Imported {name}: {len(claims)} claims, {suggested} suggested positions to review", 6000
        )
        if claims:
            self.select_claim(claims[0].id)
        return True

    def _in_background(self, work: Callable[[Progress], T], label: str, cancellable: bool = False) -> T:
        """Run ``work`` in a worker thread behind a modal progress dialog (briefing.gui.background)."""

        def shown(dialog: QProgressDialog) -> None:
            self.last_progress = label
            self.progress_shown(dialog)

        return run_in_background(
            self, self._workers, work, label, delay=self.progress_delay, cancellable=cancellable, on_shown=shown
        )

    def progress_shown(self, dialog: QProgressDialog) -> None:
        """Called when a progress dialog appears (tests press its Cancel button here)."""

    def merge_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Merge another brief into this one", self._last_dir(), BRIEF_FILTER)
        if path:
            self.merge_file(path)

    def merge_file(self, path: str) -> bool:
        """Merge another analyst's file, then settle each disagreement in the curation dialog."""
        from . import curation  # the dialog and the team merge load on first use, not on the way to the window
        self.curation_dialog = curation.merge_file(self, self.doc, path)
        if self.curation_dialog is None:
            return False
        self._fill_country_filter()
        self.statusBar().showMessage(f"Merged {Path(path).name}; Undo takes it back.", 6000)
        return True

    def paste_dialog(self) -> None:
        article_input.paste(self)  # the clipboard's HTML when the analyst keeps the pasted text as it is

    def export_dialog(self) -> None:
        base = storage.default_name(self.doc.brief.info.title).replace(storage.SUFFIX, ".pdf")
        if self.doc.path is not None:
            base = str(self.doc.path.with_name(self.doc.path.name.replace(storage.SUFFIX, "") + ".pdf"))
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the brief as PDF", str(Path(self._last_dir()) / base), "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_pdf(self, path: str) -> bool:
        from ..pdf import render_brief

        snapshot, registry = self.doc.snapshot(), self.doc.registry

        def work(_: Progress) -> RenderResult:  # a heavy brief takes seconds: the window keeps repainting
            result = render_brief(snapshot, registry=registry)
            atomic_write(path, result.pdf, backup=False)
            return result

        try:
            result = self._in_background(work, f"Exporting {Path(path).name}…")
        except BriefingError as exc:
            self.error("Could not export the brief", str(exc))
            return False
        cut = result.report.summary()
        self.settings.setValue("files/dir", str(Path(path).resolve().parent))
        self.statusBar().showMessage(f"Exported {path}. {cut}", 8000)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        article_input.drop(self, event.mimeData())  # files, briefs, links, else the page's HTML, else text
        event.acceptProposedAction()

    # -- claims -------------------------------------------------------------------------------

    def current_claim_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(ClaimIdRole)) if index.isValid() else ""

    def select_claim(self, claim_id: str) -> None:
        row = self.doc.row_of(claim_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.claims_model.index(row, 0))
        if not proxy_index.isValid():
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.claims_model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(proxy_index)

    def _table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim_id = str(current.data(ClaimIdRole)) if current.isValid() else ""
        self.inspector.set_claim(claim_id)
        self.article.select_claim(self.doc.claim(claim_id) if claim_id else None)

    def step(self, delta: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))

    def claim_from_selection(self) -> None:
        span = self.article.selected_span()
        if span is None or not self.article.source_id:
            self.statusBar().showMessage("Select text in the article first, then press N.", 4000)
            return
        try:
            claim = claim_from_span(self.doc.brief, self.article.source_id, *span)
        except BriefingError as exc:
            self.error("Cannot make a claim here", str(exc))
            return
        from ..suggest import apply_reading, suggest_text

        apply_reading(claim, suggest_text(claim.text, self._published(claim.source), self.doc.registry))
        self.doc.undo_stack.push(
            ReplaceClaims(self.doc, [], [(self._row_for_new(claim), claim)], f"New claim {claim.id}")
        )
        self.select_claim(claim.id)

    def _row_for_new(self, claim) -> int:
        rows = [i for i, c in enumerate(self.doc.claims) if c.source == claim.source and c.start < claim.start]
        return rows[-1] + 1 if rows else len(self.doc.claims)

    def split_at_cursor(self) -> None:
        claim = self.doc.claim(self.current_claim_id())
        if claim is None:
            return
        try:
            first, second = split_claim(self.doc.brief, claim, self.article.cursor_position())
        except BriefingError as exc:
            self.error("Cannot split the claim", f"{exc}. Click in the article where the claim should be cut.")
            return
        row = self.doc.row_of(claim.id)
        self.doc.undo_stack.push(
            ReplaceClaims(self.doc, [claim.id], [(row, first), (row + 1, second)], f"Split {claim.id}")
        )
        self.select_claim(first.id)

    def merge_with_next(self) -> None:
        claim = self.doc.claim(self.current_claim_id())
        if claim is None:
            return
        following = [c for c in self.doc.brief.claims_of(claim.source) if c.start >= claim.end]
        if not following:
            self.statusBar().showMessage("This is the last claim of its article.", 4000)
            return
        try:
            merged = merge_claims(self.doc.brief, claim, following[0])
        except BriefingError as exc:
            self.error("Cannot merge the claims", str(exc))
            return
        row = self.doc.row_of(claim.id)
        self.doc.undo_stack.push(
            ReplaceClaims(
                self.doc, [claim.id, following[0].id], [(row, merged)], f"Merge {claim.id} and {following[0].id}"
            )
        )
        self.select_claim(merged.id)

    def delete_claim(self) -> None:
        claim = self.doc.claim(self.current_claim_id())
        if claim is None:
            return
        row = self.table.currentIndex().row()
        self.doc.undo_stack.push(ReplaceClaims(self.doc, [claim.id], [], f"Delete {claim.id}"))
        if self.proxy.rowCount():
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        self.statusBar().showMessage(f"Deleted {claim.id}; Undo brings it back.", 4000)

    def _published(self, source_id: str) -> str:
        src = self.doc.brief.source(source_id)
        return src.published if src else ""

    def suggest_current(self) -> None:
        """Suggest again for this claim, toward the key question, learning from the analyst (suggest_actions)."""
        claim = self.doc.claim(self.current_claim_id())
        if claim is not None:
            if suggest_into(self, [claim], f"Suggest positions for {claim.id}") < 0:
                return
            self.statusBar().showMessage(f"Suggestions for {claim.id} read again. {status_line(self.doc.brief)}", 5000)

    def suggest_all(self) -> None:
        n = suggest_into(self, list(self.doc.claims), "Suggest positions for all claims")
        if n < 0:
            return
        self.statusBar().showMessage(
            f"Suggestions updated in {n} claims; your own positions and rejections were kept. "
            + status_line(self.doc.brief),
            8000,
        )

    # -- filters ------------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def filter_by_country(self, actor: str) -> None:
        index = self.country_filter.findData(actor)
        if index < 0:
            self._fill_country_filter(extra=actor)
            index = self.country_filter.findData(actor)
        self.country_filter.setCurrentIndex(index)
        self.proxy.set_filters(actor=actor)

    def _country_filter_changed(self, index: int) -> None:
        self.proxy.set_filters(actor=self.country_filter.itemData(index) or "")

    def _article_filter_changed(self, *_args: object) -> None:
        self.proxy.set_filters(source_id=self.article.source_id if self.this_article.isChecked() else "")

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        self.country_filter.setCurrentIndex(0)
        self.stance_filter.setCurrentIndex(0)
        self.reviewed_filter.setCurrentIndex(0)
        self.this_article.setChecked(False)
        self.proxy.set_filters(text="", actor="", stance=None, reviewed=None, source_id="")

    def _fill_country_filter(self, extra: str = "") -> None:
        current = self.country_filter.currentData() or extra
        found = set(self.doc.brief.actors()) | ({extra} if extra else set())
        actors = sorted(found, key=self.doc.registry.name) if found else []  # no names loaded for an empty brief
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem("All countries", "")
        for actor in actors:
            self.country_filter.addItem(f"{self.doc.registry.name(actor)} ({actor})", actor)
        self.country_filter.setCurrentIndex(max(0, self.country_filter.findData(current)))
        self.country_filter.blockSignals(False)

    def _refresh_filters_later(self) -> None:
        if len(self.doc.brief.actors()) + 1 != self.country_filter.count():
            self._fill_country_filter()

    def _fill_stance_filter(self) -> None:
        current = self.stance_filter.currentData()
        self.stance_filter.clear()
        self.stance_filter.addItem("Any stance", None)
        for level in self.doc.brief.info.stance_scale:
            self.stance_filter.addItem(
                f"{level.value:+d} {level.label}" if level.value else f"0 {level.label}", level.value
            )
        self.stance_filter.setCurrentIndex(max(0, self.stance_filter.findData(current)))

    def _count(self, *_args: object) -> None:
        self.count_label.setText(f"{self.proxy.rowCount()} of {self.claims_model.rowCount()}")

    # -- help, errors, layout -------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        self._shortcuts_dialog = self.keys.show_shortcuts()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Briefing",
            f"<b>Briefing {__version__}</b><p>From news articles to a one-page policy brief: "
            "who stands where, on what evidence, and what follows.</p>"
            "<p>Type: Noto Sans, SIL Open Font License.</p>",
        )

    def error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message.splitlines()[0], 8000)
        QMessageBox.critical(self, title, message)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        place_window(self, geometry if isinstance(geometry, QByteArray) else None)  # inside the screen it opens on
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.life.close()
        self.preview.shutdown()
        self._workers.shutdown(wait=True)
        # Nothing may call back into a closed window: its timers stop, and its parts say nothing more (the undo
        # stack, for one, empties itself and emits cleanChanged while the window is being destroyed).
        for timer in self.findChildren(QTimer):
            timer.stop()
        for part in self.findChildren(QObject):
            part.blockSignals(True)
        event.accept()
