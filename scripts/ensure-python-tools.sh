#!/bin/sh
# Installs Debian's python3-networkx and python3-rdflib for the export tests, which parse every
# export with software others wrote (CI runs as root on a fresh Debian machine with apt access).
# Quick and silent when both modules already import. Debian's packages serve Debian's python
# (/usr/bin/python3), which the tests call by that path, whatever else is first on PATH.
set -eu
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import networkx, rdflib' >/dev/null 2>&1; then
  exit 0
fi
# Test workers may call this at the same time; apt must run once at a time.
if [ -z "${KIZUNA_PYTHON_LOCKED:-}" ] && command -v flock >/dev/null 2>&1; then
  KIZUNA_PYTHON_LOCKED=1 exec flock /tmp/kizuna-ensure-python.lock sh "$0" "$@"
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-python-tools: networkx or rdflib is missing; install them with: sudo apt-get install -y python3-networkx python3-rdflib" >&2
  exit 1
fi
echo "ensure-python-tools: installing python3-networkx and python3-rdflib with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends python3 python3-networkx python3-rdflib >&2
