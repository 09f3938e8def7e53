"""Customer Journal: keep the story of each customer relationship, offline."""

__version__ = "0.1.0"
# The name people see: window titles, dialogs, the tray, documents we write.
APP_TITLE = "Customer Journal"
