#!/usr/bin/env bash
# System packages the tests need, installed only when missing (CI and fresh machines).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# Chinese text in browser screenshots and printed reports needs a CJK font.
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    echo "Installing system packages: ${need[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# JupyterHub's proxy for tests/server/test_jupyterhub.py (npm's package; skipped when npm is missing:
# the test then skips, saying why).
if ! command -v configurable-http-proxy >/dev/null 2>&1; then
    if command -v npm >/dev/null 2>&1; then
        if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
        echo "Installing configurable-http-proxy (npm)" >&2
        $SUDO npm install -g --silent --no-fund --no-audit configurable-http-proxy >/dev/null \
            || echo "npm could not install configurable-http-proxy: the JupyterHub test will be skipped" >&2
    else
        echo "npm is missing: configurable-http-proxy not installed, the JupyterHub test will be skipped" >&2
    fi
fi
