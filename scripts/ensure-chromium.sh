#!/bin/sh
# Installs Debian's chromium for the browser tests when it is missing (CI runs as root on a
# fresh Debian machine with apt access). Playwright's own browser download is never used.
set -eu
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
# Test workers may call this at the same time; apt must run once at a time.
if [ -z "${KIZUNA_CHROMIUM_LOCKED:-}" ] && command -v flock >/dev/null 2>&1; then
  KIZUNA_CHROMIUM_LOCKED=1 exec flock /tmp/kizuna-ensure-chromium.lock sh "$0" "$@"
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "ensure-chromium: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The IPA Gothic font lets screenshots show Japanese labels instead of empty boxes.
apt-get install -y -qq --no-install-recommends chromium fonts-ipafont-gothic >&2
