#!/usr/bin/env bash
# Install Customer Journal for the current user, from the unpacked release tarball:
#   ./install.sh [--prefix DIR]        (default DIR: ~/.local)
# Puts the app in DIR/lib/custjournal, the `custjournal` command in DIR/bin, and its menu entry,
# icons and AppStream metainfo under DIR/share (or $XDG_DATA_HOME when DIR is the default).
# It never reads, moves or changes a journal: journals live in ~/.local/share/custjournal (or
# wherever you chose), which this script does not touch. Run it again to update.
set -euo pipefail

APP_ID=io.github.custjournal.CustomerJournal
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix="$HOME/.local"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
while (($#)); do
  case $1 in
    --prefix) prefix=${2:?--prefix needs a folder}; share="$prefix/share"; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; share="$prefix/share"; shift ;;
    -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option '$1' (see --help)." >&2; exit 2 ;;
  esac
done
prefix=$(mkdir -p "$prefix" && cd "$prefix" && pwd)
bundle="$here/custjournal"
if [[ ! -x "$bundle/custjournal" ]]; then
  echo "install.sh: no app beside this script ($bundle/custjournal): run it from the unpacked tarball." >&2
  exit 1
fi

lib="$prefix/lib/custjournal"
bin="$prefix/bin"
# A fresh copy next to the old one, then swapped in: an update never leaves half an app.
mkdir -p "$prefix/lib" "$bin" "$share/applications" "$share/metainfo"
rm -rf "$lib.new"
cp -a "$bundle" "$lib.new"
cp "$here/uninstall.sh" "$lib.new/uninstall.sh"
# The mark uninstall.sh looks for before it removes this folder, and where the rest went.
printf 'app=%s\nprefix=%s\nshare=%s\n' "$APP_ID" "$prefix" "$share" > "$lib.new/.custjournal-install"
rm -rf "$lib.old"
if [[ -e $lib ]]; then mv "$lib" "$lib.old"; fi
mv "$lib.new" "$lib"
rm -rf "$lib.old"
ln -sfn "$lib/custjournal" "$bin/custjournal"

# The menu entry starts the installed command by its full path: ~/.local/bin is not on every
# desktop session's PATH.
sed "s|^Exec=custjournal|Exec=$lib/custjournal|" "$here/$APP_ID.desktop" \
  > "$share/applications/$APP_ID.desktop"
cp "$here/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
(cd "$here/icons" && find hicolor -type f -name "$APP_ID.*") | while read -r icon; do
  mkdir -p "$share/icons/$(dirname "$icon")"
  cp "$here/icons/$icon" "$share/icons/$icon"
done

# Menus and icon caches pick the entry up at once where these tools exist; optional.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "Customer Journal $("$lib/custjournal" --version | sed 's/^custjournal //') is installed:"
echo "  start it from your application menu, or type 'custjournal' ($bin/custjournal)."
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "  $bin is not on your PATH: add it to type just 'custjournal' in a terminal." ;;
esac
echo "To remove it: $lib/uninstall.sh (your journal stays)."
