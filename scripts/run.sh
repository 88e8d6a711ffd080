#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Leverscope authors
# Installs what is missing (Debian 12), builds, and starts Leverscope. Arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
configure_and_build
exec "$LEVERSCOPE_BUILD/bin/leverscope" "$@"
