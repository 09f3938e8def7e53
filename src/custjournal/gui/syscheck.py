"""Checks made before Qt is loaded, so a missing display or library gets a sentence, not an abort.

Without a display, or without some xcb libraries, QApplication aborts the whole process (exit
134, uncatchable) and Qt's message blames the wrong package. We look first and name what to do.
"""

from __future__ import annotations

import os
import sys

# library soname stem -> Debian package that provides it (Qt's xcb platform plugin needs them).
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def problem() -> str | None:
    """A sentence saying why the window can't open here, or None when it can."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None
    if platform.startswith("wayland") or (not platform and os.environ.get("WAYLAND_DISPLAY")):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "Customer Journal needs a graphical desktop, and none was found (DISPLAY is not set). "
            "Start it from your desktop session, or use the command line: 'custjournal --help'."
        )
    import ctypes.util  # here: ctypes, subprocess and tempfile load only where they are asked

    missing = sorted(
        package for lib, package in XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None
    )
    if missing:
        return (
            "The app's window needs system libraries that are missing. On Debian or Ubuntu, "
            f"install them with: sudo apt-get install {' '.join(missing)}"
        )
    return None
