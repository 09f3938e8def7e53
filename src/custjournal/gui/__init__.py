"""Everything Qt: app start, main window, item models, dialogs, widgets, tray.

Nothing outside this package imports Qt at module level.
"""
