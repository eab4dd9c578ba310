#!/usr/bin/env bash
# make bench: zonelint against the installed peer validators on generated zones of growing size.
# Zones are generated into a temp folder (never committed) with ../shared/bench/genzone.py.
# Each tool runs RUNS times per size, alternating tools, each run starting one tool further along
# (on a shared virtual machine the first process of a round ran ~10% slower than the same command
# later in it); the table shows the median wall time,
# the median peak RSS (/usr/bin/time), records per second and the ratio to zonelint.
# Peers (when installed): kzonecheck, named-checkzone -i local, nsd-checkzone, validns.
# Then signed zones: a genzone zone of SIGNED_RECORDS records (default 100000; 0 skips them)
# signed with ldns-signzone (KSK + ZSK, NSEC) once with ECDSA P-256 and once with RSA-2048, checked
# by zonelint, kzonecheck and ldns-verify-zone at a fixed time inside the signatures' window, with
# median wall and CPU time, peak RSS and signatures verified per second; SIGNED_RUNS=3 by default.
# Usage: tools/bench.sh [SIZES...]   (default: 10000 100000 1000000; 0: signed zones only);
# RUNS=5 by default.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared="${SHARED:-../shared}"
runs="${RUNS:-5}"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
[[ "${sizes[*]}" != 0 ]] || sizes=()
signed_records="${SIGNED_RECORDS:-100000}"
signed_runs="${SIGNED_RUNS:-3}"
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

# The tools in the order of run r: rotated r places, so that each runs first as often as the others.
rotated() {
  local r=$1
  shift
  local k=$((r % $#))
  echo "${@:k+1}" "${@:1:k}"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

(( ${#sizes[@]} == 0 )) ||
  printf '%-10s %-16s %10s %10s %12s %9s\n' records tool "wall s" "RSS MiB" "records/s" "vs zonelint"
for n in ${sizes[@]+"${sizes[@]}"}; do
  zone="$work/z$n.zone"
  python3 "$shared/bench/genzone.py" --records "$n" --seed 1 > "$zone"
  python3 "$shared/bench/genzone.py" --records "$n" --seed 1 --caa-rfc3597 > "$zone.rfc3597"
  declare -A wall=() rss=()
  for ((r = 0; r < runs; r++)); do
    for t in $(rotated $r "${tools[@]}"); do
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

(( signed_records > 0 )) || exit 0
if ! command -v ldns-signzone >/dev/null || ! command -v ldns-keygen >/dev/null; then
  echo "bench: signed zones skipped: ldns-signzone missing (apt-get install ldnsutils)" >&2
  exit 0
fi
# Fixed signature window and validation time, so every tool sees valid signatures on any date.
inception=20260101000000
expiration=20300101000000
at=20260601000000
signed_tools=(zonelint)
command -v kzonecheck >/dev/null && signed_tools+=(kzonecheck)
command -v ldns-verify-zone >/dev/null && signed_tools+=(ldns-verify-zone)

run_signed() { # tool zonefile -> command line
  case "$1" in
    zonelint) echo "./zonelint check --time $at --origin example.com. --format json $2" ;;
    kzonecheck) echo "kzonecheck -o example.com. -t $at $2" ;;
    ldns-verify-zone) echo "ldns-verify-zone -t $at $2" ;;
  esac
}

python3 "$shared/bench/genzone.py" --records "$signed_records" --seed 1 > "$work/unsigned.zone"
echo
printf '%-12s %-17s %9s %9s %9s %11s %9s\n' zone tool "wall s" "CPU s" "RSS MiB" "sigs/s" "vs zonelint"
for alg in ECDSAP256SHA256 RSASHA256; do
  bits=(); [[ $alg == RSASHA256 ]] && bits=(-b 2048)
  ksk="$(cd "$work" && ldns-keygen -a $alg "${bits[@]}" -k example.com)"
  zsk="$(cd "$work" && ldns-keygen -a $alg "${bits[@]}" example.com)"
  zone="$work/$alg.signed"
  ldns-signzone -i $inception -e $expiration -o example.com. -f "$zone" "$work/unsigned.zone" \
    "$work/$ksk" "$work/$zsk"
  sigs="$(grep -c $'\tRRSIG\t' "$zone")"
  declare -A wall=() cpu=() rss=()
  for ((r = 0; r < signed_runs; r++)); do
    for t in $(rotated $r "${signed_tools[@]}"); do
      /usr/bin/time -f "%e %U %S %M" -o "$work/t" $(run_signed "$t" "$zone") > /dev/null 2>&1 || true
      read -r w u s m < <(tail -n 1 "$work/t") || true
      wall[$t]+="$w "; cpu[$t]+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }') "; rss[$t]+="$m "
    done
  done
  label="$([[ $alg == RSASHA256 ]] && echo RSA-2048 || echo ECDSA-P256)"
  base="$(echo ${cpu[zonelint]} | tr ' ' '\n' | median)"
  for t in "${signed_tools[@]}"; do
    w="$(echo ${wall[$t]} | tr ' ' '\n' | median)"
    c="$(echo ${cpu[$t]} | tr ' ' '\n' | median)"
    m="$(echo ${rss[$t]} | tr ' ' '\n' | median)"
    awk -v z="$label" -v t="$t" -v w="$w" -v c="$c" -v m="$m" -v n="$sigs" -v b="$base" \
      'BEGIN { printf "%-12s %-17s %9.2f %9.2f %9.0f %11.0f %9.2f\n", z, t, w, c, m/1024, (w>0? n/w : 0), (b>0? c/b : 0) }'
  done
  unset wall cpu rss
done
echo "($signed_records records before signing; $sigs RRSIGs; 'vs zonelint' is the ratio of CPU seconds)"
