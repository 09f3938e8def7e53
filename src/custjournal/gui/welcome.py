"""The first-launch panel of an empty journal: add a customer, import contacts, or try a sample."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from custjournal.gui import theme


class WelcomePanel(QWidget):
    add_customer_needed = Signal()
    import_needed = Signal()
    sample_needed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 32, 16, 32)
        layout.setSpacing(14)
        layout.addStretch(1)
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(72, 72))
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(self.tr("Welcome to Customer Journal"))
        title.setObjectName("welcomeTitle")
        # Wraps in a narrow window instead of widening it; centred by its own alignment (an
        # aligned layout item would get one line's height).
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Keep the story of each customer relationship: what you talked about, what delights "
                "and troubles them, what you promised and gave. The journal reminds you whom you are "
                "neglecting and briefs you before a meeting. Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # At most 440 pixels wide, but narrower in a narrow window (half a laptop screen). Not
        # an aligned layout item: that would get one line's height, cutting the paragraph.
        text.setMaximumWidth(440)
        text.setMinimumWidth(260)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text, 100)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button = self._button(
            layout, self.tr("&Add your first customer"), "customer-add", "Ctrl+N"
        )
        self.add_button.clicked.connect(self.add_customer_needed.emit)
        self.import_button = self._button(
            layout,
            self.tr("&Import contacts…"),
            "import",
            self.tr("From vCard, CSV or a journal's JSON export"),
        )
        self.import_button.clicked.connect(self.import_needed.emit)
        self.sample_button = self._button(
            layout,
            self.tr("Open a &sample journal"),
            "brief",
            self.tr("200 made-up customers, in a separate file"),
        )
        self.sample_button.clicked.connect(self.sample_needed.emit)
        layout.addStretch(2)

    @staticmethod
    def _button(layout: QVBoxLayout, label: str, icon_name: str, hint: str) -> QPushButton:
        button = QPushButton(theme.icon(icon_name), label)
        button.setMinimumWidth(260)
        button.setToolTip(hint)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button
