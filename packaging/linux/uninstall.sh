#!/usr/bin/env bash
# Remove Customer Journal installed by install.sh:
#   ~/.local/lib/custjournal/uninstall.sh      (the installed copy knows where it put things)
#   ./uninstall.sh [--prefix DIR]              (from the tarball; DIR as given to install.sh)
# Removes the app, the `custjournal` command, the menu entry, icons and metainfo. Your journal,
# its backups and your settings are left exactly as they are.
set -euo pipefail

main() {
  local app_id=io.github.custjournal.CustomerJournal
  local here prefix share given=""
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  prefix="$HOME/.local"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
  while (($#)); do
    case $1 in
      --prefix) given=${2:?--prefix needs a folder}; shift 2 ;;
      --prefix=*) given=${1#--prefix=}; shift ;;
      -h|--help) sed -n '2,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; return 0 ;;
      *) echo "uninstall.sh: unknown option '$1' (see --help)." >&2; return 2 ;;
    esac
  done
  if [[ -n $given ]]; then
    prefix=$given
    share="$prefix/share"
  elif [[ -f "$here/.custjournal-install" ]]; then
    # The installed copy: install.sh wrote down where everything went.
    local key value
    while IFS='=' read -r key value; do
      case $key in
        prefix) prefix=$value ;;
        share) share=$value ;;
      esac
    done < "$here/.custjournal-install"
  fi

  local lib="$prefix/lib/custjournal" removed=0
  if [[ -f "$lib/.custjournal-install" ]]; then
    rm -rf "$lib"
    removed=1
  elif [[ -e $lib ]]; then
    echo "uninstall.sh: $lib was not made by install.sh; left as it is." >&2
  fi
  local link="$prefix/bin/custjournal"
  if [[ -L $link && $(readlink "$link") == "$lib/custjournal" ]]; then
    rm -f "$link"
    removed=1
  fi
  local file
  for file in "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
      "$share"/icons/hicolor/*/apps/"$app_id".{png,svg}; do
    if [[ -f $file ]]; then
      rm -f "$file"
      removed=1
    fi
  done
  command -v update-desktop-database >/dev/null \
    && update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

  if ((removed)); then
    echo "Customer Journal was removed."
  else
    echo "Customer Journal was not installed under $prefix; nothing was removed."
  fi
  echo "Your journal was left as it is: it is in ${XDG_DATA_HOME:-$HOME/.local/share}/custjournal" \
    "(or where you chose with --journal or CUSTJOURNAL_JOURNAL), with its backups."
}

# The whole script is read before it runs: the installed copy removes its own folder.
main "$@"
exit
