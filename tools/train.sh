#!/usr/bin/env bash
# make build: the class-data archive (default JDK) and, given a JDK 24+, the AOT cache (JEP
# 483/515: classes loaded and linked, method profiles) that the launcher starts from, each made
# by a training run of the jar. They only know the classes that run loaded, and any other class is
# read from the jar, which a small check otherwise never opens; so there are two of each:
# zonelint.* for checking files, zonelint-git.* for `check --staged` and `--since` (the git hook
# and CI), trained in a scratch repository holding the sample zones.
# Usage: tools/train.sh [AOT_JAVA]   (from the project folder, after the jar is built)
set -euo pipefail
aot_java="${1:-}"
jar="$PWD/target/zonelint.jar"
out="$PWD/target"

train() { # name, then the arguments of `check`
  local name="$1"
  shift
  rm -f "$out/$name.jsa" "$out/$name.aot"
  java -XX:ArchiveClassesAtExit="$out/$name.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$jar" check "$@" > /dev/null 2>&1 || test $? -eq 1
  if [[ -n "$aot_java" ]]; then
    # Started as the launcher starts it (class path, native access), which the cache must match.
    "$aot_java" -XX:AOTCacheOutput="$out/$name.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
      -Xlog:aot=off -Xlog:cds=off --enable-native-access=ALL-UNNAMED \
      -cp "$jar" dev.zonelint.cli.Main check "$@" > /dev/null 2>&1 || test $? -eq 1
  fi
}

# The samples, and one zone of the record types that go through dnsjava (see its header).
train zonelint zones-samples/ tools/training/

command -v git > /dev/null || exit 0
repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT
cp zones-samples/*.zone tools/training/*.zone "$repo/"
cd "$repo"
git init -q
git add .
git -c user.name=zonelint -c user.email=build@zonelint.invalid commit -q -m samples
for zone in clean.example.com.zone types.example.com.zone; do
  echo 'staged TXT "a staged change without a new serial"' >> "$zone"
  git add "$zone"
done
train zonelint-git --staged
