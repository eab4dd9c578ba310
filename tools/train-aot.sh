#!/usr/bin/env bash
# make build: trains the AOT caches of a JDK 24+ (JEP 483/515: classes loaded and linked, method
# profiles) on the runs the launcher will make. A cache only knows the classes its training run
# used, and any other class is read from the jar, which a small check otherwise never opens, so
# there are two: zonelint.aot for checking files, zonelint-git.aot for `check --staged` and
# `--since` (the git hook and CI), trained in a scratch repository holding the sample zones.
# Usage: tools/train-aot.sh JAVA  (from the project folder, after the jar is built)
set -euo pipefail
java="$1"
jar="$PWD/target/zonelint.jar"

train() {
  local cache="$1"
  shift
  # Started as the launcher starts it (class path, native access), which the cache must match.
  "$java" -XX:AOTCacheOutput="$cache" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Xlog:aot=off -Xlog:cds=off --enable-native-access=ALL-UNNAMED \
    -cp "$jar" dev.zonelint.cli.Main check "$@" > /dev/null 2>&1 || test $? -eq 1
}

rm -f target/zonelint.aot target/zonelint-git.aot
train "$PWD/target/zonelint.aot" zones-samples/

command -v git > /dev/null || exit 0
git_cache="$PWD/target/zonelint-git.aot"
repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT
cp zones-samples/*.zone "$repo/"
cd "$repo"
git init -q
git add .
git -c user.name=zonelint -c user.email=build@zonelint.invalid commit -q -m samples
echo 'staged TXT "a staged change without a new serial"' >> clean.example.com.zone
git add clean.example.com.zone
train "$git_cache" --staged
