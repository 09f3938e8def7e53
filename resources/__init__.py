"""Icons (SVG), style sheets and the desktop entry, shipped inside the wheel."""
