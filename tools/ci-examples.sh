#!/usr/bin/env bash
# Runs what the README's "Git hooks and CI" examples run, so they stay true: `make install`, the
# pre-commit hook, `check --since` on a branch, and the GitHub (SARIF) and GitLab (Code Quality)
# report steps. Needs git and asciidoctor; never touches the network.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# make install PREFIX=...: launcher, jar, man pages, completion.
make -C "$root" install PREFIX="$tmp/prefix" >/dev/null
export PATH="$tmp/prefix/bin:$PATH"
zonelint --version
# The native crypto library the launcher loads from beside the jar.
test -f "$tmp/prefix/share/zonelint/native/libamazonCorrettoCryptoProvider.so"
grep -q '^\.TH "ZONELINT\\-CHECK"' "$tmp/prefix/share/man/man1/zonelint-check.1"
# The start-up caches are trained where the jar is installed (tools/train.sh), and the launcher
# picks the one for the run: a class of that run comes from it, not from the jar.
loads_from_cache() { # class, then the arguments of zonelint
  local class="$1" classes
  shift
  classes="$(JAVA_TOOL_OPTIONS=-Xlog:class+load zonelint "$@" 2>/dev/null || true)"
  grep -q "$class source: shared objects file" <<< "$classes"
}
# A signed zone (told by its first lines) starts from the cache trained on one, `fix` from its own.
loads_from_cache dev.zonelint.dnssec.SignatureVerifier check \
  "$root/src/test/resources/dev/zonelint/dnssec/example.com.signed"
loads_from_cache dev.zonelint.fix.Fixer fix "$root/zones-samples/mx-to-cname.example.com.zone"
bash -c "source '$tmp/prefix/share/bash-completion/completions/zonelint' && complete -p zonelint" >/dev/null

# A zone repository with the hook installed: a change without a new serial cannot be committed.
repo="$tmp/zones"
mkdir -p "$repo/zones"
cd "$repo"
git init -q -b main
git config user.email ci@example.com
git config user.name ci
cat > zones/example.com.zone <<'ZONE'
$ORIGIN example.com.
$TTL 3600
@    SOA  ns1 hostmaster 2024010101 7200 3600 1209600 3600
@    NS   ns1
@    NS   ns2
ns1  A    192.0.2.1
ns2  A    192.0.2.2
ZONE
git add -A && git commit -q -m zones
zonelint install-hook
echo 'www A 192.0.2.10' >> zones/example.com.zone
git add -A
if git commit -q -m 'no serial' 2>/dev/null; then
  echo "ci-examples: the hook let a change without a new serial through" >&2
  exit 1
fi
sed -i 's/2024010101/2024010102/' zones/example.com.zone
git add -A && git commit -q -m 'www, serial raised'

# CI on a branch: the same command the workflows run.
git checkout -q -b feature
echo 'ftp A 192.0.2.11' >> zones/example.com.zone
git commit -q --no-verify -am 'ftp without a serial'  # the hook would refuse it
status=0; zonelint check --since main >/dev/null || status=$?
test "$status" -eq 1

# The report steps of the GitHub Actions and GitLab CI examples (exit 1: findings).
status=0; zonelint check --format sarif zones/ > zonelint.sarif || status=$?
test "$status" -le 1
test -s zonelint.sarif
status=0; zonelint check --format gitlab zones/ > gl-code-quality-report.json || status=$?
test "$status" -le 1
test -s gl-code-quality-report.json
echo "ci-examples: ok"
