#!/usr/bin/env bash
# One entry point for the README's quick start:
#   bash run.sh ingest   install everything, ingest samples/ into warehouse.duckdb, print the summary
#   bash run.sh test     install everything, run the test suite (what .ci/run runs)
# Installs what is missing on a fresh Debian machine (root, Python 3.11): the system
# packages the pipeline uses, then a virtualenv in .venv with the project and its dev tools.
set -euo pipefail
cd "$(dirname "$0")"

# fonts: the variants generator (tools/samples/variants) draws with these families and LibreOffice
# renders them; without them every font falls back to DejaVu and the fonts dimension is lost
SYSTEM_PACKAGES=(tesseract-ocr tesseract-ocr-fin tesseract-ocr-eng poppler-utils libreoffice-impress
                 fontconfig fonts-dejavu-core fonts-liberation2 fonts-urw-base35 fonts-crosextra-carlito
                 fonts-crosextra-caladea)
VENV=.venv

need_apt=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
python3 -c "import ensurepip, venv" 2>/dev/null || need_apt+=(python3-venv)

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing system packages: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "installing Python packages into $VENV (log: $VENV/install.log)" >&2
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  if ! { "$VENV/bin/python" -m pip install -q --upgrade pip &&
         "$VENV/bin/python" -m pip install -q -e '.[dev]'; } > "$VENV/install.log" 2>&1; then
    cat "$VENV/install.log" >&2; exit 1
  fi
  rm -f "$VENV"/.installed-*; touch "$stamp"
fi

case "${1:-}" in
  ingest)
    shift
    exec "$VENV/bin/okr-warehouse" ingest samples/ --db "${OKR_DB:-warehouse.duckdb}" "$@" ;;
  test)
    shift
    "$VENV/bin/ruff" check okr_warehouse extract normalize load tests tools
    "$VENV/bin/mypy"
    exec "$VENV/bin/python" -m pytest "$@" ;;
  *)
    echo "usage: bash run.sh ingest|test [extra arguments]" >&2; exit 2 ;;
esac
