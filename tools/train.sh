#!/usr/bin/env bash
# make build: the class-data archive (default JDK) and, given a JDK 24+, the AOT cache (JEP
# 483/515: classes loaded and linked, method profiles) that the launcher starts from, each made
# by a training run of the jar. They only know the classes that run loaded, and any other class is
# read from the jar, which a small check otherwise never opens; so there are several of each:
# zonelint.* for checking files, zonelint-git.* for `check --staged` and `--since` (the git hook
# and CI), trained in a scratch repository holding the sample zones, zonelint-signed.* for
# signed zones, trained on one that tools/SignedTraining.java makes, and zonelint-fix.* for `fix`.
# Usage: tools/train.sh [AOT_JAVA [LIB]]   (from the project folder; LIB, default target, holds
# zonelint.jar and native/, as `make build` and `make install` leave them, and gets the results)
set -euo pipefail
aot_java="${1:-}"
out="$(cd "${2:-target}" && pwd)"
jar="$out/zonelint.jar"
# The AOT caches only fit the JDK that made them, whose path the launcher reads from here.
rm -f "$out"/zonelint*.jsa "$out"/zonelint*.aot "$out/zonelint.aot-java"
if [[ -n "$aot_java" ]]; then
  echo "$aot_java" > "$out/zonelint.aot-java"
fi

# The native crypto library as the launcher loads it (see the Makefile).
native=(-Djava.library.path="$out/native" -Dcom.amazon.corretto.crypto.provider.useExternalLib=true)

train() { # name, then the arguments of zonelint
  local name="$1"
  shift
  java -XX:ArchiveClassesAtExit="$out/$name.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    "${native[@]}" -jar "$jar" "$@" > /dev/null 2>&1 || test $? -eq 1
  if [[ -n "$aot_java" ]]; then
    # Started as the launcher starts it (class path, native access), which the cache must match.
    "$aot_java" -XX:AOTCacheOutput="$out/$name.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
      -Xlog:aot=off -Xlog:cds=off --enable-native-access=ALL-UNNAMED "${native[@]}" \
      -cp "$jar" dev.zonelint.cli.Main "$@" > /dev/null 2>&1 || test $? -eq 1
  fi
}

# The samples, and one zone of the record types that go through dnsjava (see its header).
train zonelint check zones-samples/ tools/training/

# A signed zone loads ~430 classes a plain one does not (the DNSSEC rules, key decoding,
# BouncyCastle, the native crypto provider), read from the jar and verified at each start unless
# cached (a 38-record signed zone 335 -> 208 ms, the signed 100k RSA zone -72 ms). Cached for every
# input they slowed a 20-record zone by 13 ms, so signed zones get a cache of their own, which the
# launcher picks by a file's first lines.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# (A `java` without the compiler cannot run the source file: signed zones then use the plain cache.)
if java "${native[@]}" -cp "$jar" tools/SignedTraining.java "$scratch/training.example.zone"; then
  train zonelint-signed check zones-samples/ tools/training/ "$scratch/"
else
  echo "train.sh: no signed-zone cache (tools/SignedTraining.java did not run)" >&2
fi

# `fix` loads the fixer, its strategies and the diff writer, ~120 classes: 247 ms for a sample
# zone against 157 ms for its check. It only prints diffs here (no --write).
train zonelint-fix fix zones-samples/*.zone

command -v git > /dev/null || exit 0
repo="$scratch/repo"
mkdir "$repo"
cp zones-samples/*.zone tools/training/*.zone "$repo/"
cd "$repo"
git init -q
git add .
git -c user.name=zonelint -c user.email=build@zonelint.invalid commit -q -m samples
for zone in clean.example.com.zone types.example.com.zone; do
  echo 'staged TXT "a staged change without a new serial"' >> "$zone"
  git add "$zone"
done
train zonelint-git check --staged
