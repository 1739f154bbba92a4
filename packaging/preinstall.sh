#!/bin/sh
# Creates the service user the systemd unit runs as.
set -e
if ! getent passwd agnomed >/dev/null; then
  useradd --system --home-dir /var/lib/agnomed --shell /usr/sbin/nologin agnomed
fi
