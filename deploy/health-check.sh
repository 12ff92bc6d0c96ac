#!/usr/bin/env bash
# Container health check without curl or wget (the .NET runtime images have neither, but they have bash):
# GET PATH (default /health/live) from this node's HTTP endpoint through bash's /dev/tcp, success only on 200.
#
#     bash /app/health-check.sh [/health/live | /health/ready]
#
# The endpoint is VIXSHIELD_HTTP (HOST:PORT, what the node itself reads); an any-address host (0.0.0.0, [::]) is asked
# over loopback. Docker's --timeout ends a check that hangs.
set -u
path=${1:-/health/live}
address=${VIXSHIELD_HTTP:-0.0.0.0:8080}
port=${address##*:}
host=${address%:*}
host=${host#[}
host=${host%]}
case $host in 0.0.0.0 | :: | "") host=127.0.0.1 ;; esac
exec 3<>"/dev/tcp/$host/$port" || exit 1
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
read -r -t 4 _ code _ <&3 || exit 1
[ "$code" = 200 ]
