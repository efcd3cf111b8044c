#!/usr/bin/env bash
# One setup script for every machine: creates .venv and installs the pinned stack.
#
# Rasa 3.6 declares Python <3.11 but runs on 3.11. So rasa and rasa-sdk are installed with
# --no-deps --ignore-requires-python, and everything else from requirements/lock.txt, which is
# also passed as a constraints file: without it pip silently upgrades SQLAlchemy, protobuf and
# packaging under Rasa. A stamp file holding the hash of the inputs makes re-runs instant.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
VENV=.venv
LOCK=requirements/lock.txt
RASA_PINS=(rasa==3.6.21 rasa-sdk==3.6.2)
STAMP=$VENV/.helpline-installed

command -v "$PYTHON" >/dev/null || PYTHON=python3
inputs_hash=$(cat "$0" "$LOCK" pyproject.toml | sha256sum | cut -d' ' -f1)

# The web chat's browser test drives the system Chromium (/usr/bin/chromium) through Playwright.
# Checked on every run, also when the stamp says the venv is current: a cheap test when present.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing chromium for the web chat browser test"
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        chromium chromium-driver >/dev/null; } \
      || echo "setup: installing chromium failed; the browser test will fail" >&2
  else
    echo "setup: /usr/bin/chromium is missing, so the web chat browser test will fail;" \
      "install it as root: apt-get install chromium chromium-driver" >&2
  fi
}

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$inputs_hash" ]; then
  ensure_chromium
  exit 0
fi

echo "setup: installing the Helpline environment into $VENV (first time takes a few minutes)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
pip_install() {
  # Some machines list local package mirrors that may be missing; pip warns once per package.
  "$VENV/bin/python" -m pip --disable-pip-version-check --no-input install -q "$@" 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  return "${PIPESTATUS[0]}"
}
pip_install pip==24.3.1
pip_install --no-deps --ignore-requires-python "${RASA_PINS[@]}"
pip_install -r "$LOCK" -c "$LOCK"
pip_install --no-deps --no-build-isolation -e .

# The only accepted complaint is Rasa's matplotlib<3.6 pin (3.5 has no wheels for Python 3.11).
problems=$("$VENV/bin/python" -m pip check 2>&1 | grep -v -E '^rasa 3\.6\.[0-9]+ has requirement matplotlib' || true)
if [ -n "$problems" ] && [ "$problems" != "No broken requirements found." ]; then
  echo "setup: pip check found conflicts:" >&2
  echo "$problems" >&2
  exit 1
fi
echo "$inputs_hash" > "$STAMP"
ensure_chromium
echo "setup: done"
