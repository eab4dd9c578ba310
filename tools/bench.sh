#!/usr/bin/env bash
# make bench: zonelint against the installed peer validators on generated zones of growing size.
# Zones are generated into a temp folder (never committed) with ../shared/bench/genzone.py.
# Each tool runs RUNS times per size, alternating tools; the table shows the median wall time,
# the median peak RSS (/usr/bin/time), records per second and the ratio to zonelint.
# Peers (when installed): kzonecheck, named-checkzone -i local, nsd-checkzone, validns.
# Usage: tools/bench.sh [SIZES...]   (default: 10000 100000 1000000); RUNS=5 by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared="${SHARED:-../shared}"
runs="${RUNS:-5}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
[[ -f target/zonelint.jar ]] || make build >/dev/null

tools=(zonelint)
command -v kzonecheck >/dev/null && tools+=(kzonecheck)
command -v named-checkzone >/dev/null && tools+=(named-checkzone)
command -v nsd-checkzone >/dev/null && tools+=(nsd-checkzone)
command -v validns >/dev/null && tools+=(validns)

run_tool() { # tool zonefile -> command line
  case "$1" in
    zonelint) echo "./zonelint check --origin example.com. --format json $2" ;;
    kzonecheck) echo "kzonecheck -o example.com. $2" ;;
    named-checkzone) echo "named-checkzone -i local example.com. $2" ;;
    nsd-checkzone) echo "nsd-checkzone example.com. $2" ;;
    validns) echo "validns -z example.com. -p all $3" ;;
  esac
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-10s %-16s %10s %10s %12s %9s\n' records tool "wall s" "RSS MiB" "records/s" "vs zonelint"
for n in "${sizes[@]}"; do
  zone="$work/z$n.zone"
  python3 "$shared/bench/genzone.py" --records "$n" --seed 1 > "$zone"
  python3 "$shared/bench/genzone.py" --records "$n" --seed 1 --caa-rfc3597 > "$zone.rfc3597"
  declare -A wall=() rss=()
  for ((r = 0; r < runs; r++)); do
    for t in "${tools[@]}"; do
      cmd="$(run_tool "$t" "$zone" "$zone.rfc3597")"
      /usr/bin/time -f "%e %M" -o "$work/t" $cmd > /dev/null 2>&1 || true
      read -r w m < <(tail -n 1 "$work/t") || true
      wall[$t]+="$w "; rss[$t]+="$m "
    done
  done
  base="$(echo ${wall[zonelint]} | tr ' ' '\n' | median)"
  for t in "${tools[@]}"; do
    w="$(echo ${wall[$t]} | tr ' ' '\n' | median)"
    m="$(echo ${rss[$t]} | tr ' ' '\n' | median)"
    awk -v n="$n" -v t="$t" -v w="$w" -v m="$m" -v b="$base" \
      'BEGIN { printf "%-10d %-16s %10.2f %10.0f %12.0f %9.2f\n", n, t, w, m/1024, (w>0? n/w : 0), (b>0? w/b : 0) }'
  done
  unset wall rss
done
