#!/usr/bin/env bash
# Builds a free-threaded CPython 3.14 (python3.14t, GIL off) from Debian's source archive, for machines
# where no such interpreter can be installed from a package. Debian 12, root. About 4 minutes on 2 cores.
# Idempotent: exits at once when $PREFIX/bin/python3.14t already runs with the GIL off.
#   PREFIX=/opt/py-ft (default)   ->  $PREFIX/bin/python3.14t
# The same interpreter runs with the GIL on under `-X gil=1` or PYTHON_GIL=1.
# Its last line of output is the interpreter's path (.ci/run reads it).
set -euo pipefail
PREFIX=${PREFIX:-/opt/py-ft}
PY=$PREFIX/bin/python3.14t
if [ -x "$PY" ] && [ "$("$PY" -c 'import sys; print(sys._is_gil_enabled())' 2>/dev/null)" = False ]; then
  echo "$PY"; exit 0
fi
V=${V:-3.14.7}; D=${D:-1}   # a version still present in Debian's pool; newer ones may replace it
POOL=http://deb.debian.org/debian/pool/main/p/python3.14
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; cd "$work"

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends build-essential pkg-config curl gpgv libssl-dev zlib1g-dev \
  libbz2-dev libreadline-dev libsqlite3-dev libffi-dev liblzma-dev libgdbm-dev libgdbm-compat-dev uuid-dev \
  libncurses-dev libzstd-dev libexpat1-dev >/dev/null

# Download the upstream tarball through Debian and check it against the maintainer's signed .dsc.
curl -fsSO "$POOL/python3.14_$V-$D.dsc"
curl -fsSO "$POOL/python3.14_$V.orig.tar.xz"
apt-get download -qq debian-keyring >/dev/null && dpkg-deb -x debian-keyring_*_all.deb keyring
gpgv --keyring keyring/usr/share/keyrings/debian-keyring.gpg "python3.14_$V-$D.dsc" 2>/dev/null
grep -q "$(sha256sum "python3.14_$V.orig.tar.xz" | cut -d' ' -f1)" "python3.14_$V-$D.dsc"

tar xf "python3.14_$V.orig.tar.xz" && cd "Python-$V"
./configure -q --disable-gil --prefix="$PREFIX" --with-ensurepip=install >/dev/null
make -s -j"$(nproc)" >/dev/null 2>&1
make -s install >/dev/null 2>&1
"$PY" -c 'import sys; assert not sys._is_gil_enabled(); print(sys.executable)'
