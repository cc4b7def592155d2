#!/usr/bin/env bash
# Runs the activation-complex benchmarks (JMH, -Xmx1g) and the CGAL peer for the same D values and
# prints one table with ratios (ours / CGAL, ours / JTS; below 1.0 means we are faster).
# Usage: bench/run-complex.sh [D ...]            (default: 100 300 1000 3000)
# Each D is its own JMH run: D <= 1000 gets 5 warm-up and 10 measured single shots, larger D 1 and 3,
# each after a forced GC (build and full alike, so their ratio compares warm code with warm code).
# Env:   FULL_MAX (largest D for the full analysis, default 3000), JTS_MAX (default 300),
#        SUMMARY_MAX (largest D for the summary with exact sums by active count, default 300),
#        CGAL (the peer's run script, default /work/shared/peers/cgal-arrangement/run),
#        CGAL_TXT (reuse the peer's output lines from an earlier run instead of running it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ds=${*:-100 300 1000 3000}
full_max=${FULL_MAX:-3000}
jts_max=${JTS_MAX:-300}
summary_max=${SUMMARY_MAX:-300}
cgal=${CGAL:-/work/shared/peers/cgal-arrangement/run}
[ -f bench/target/benchmarks.jar ] || mvn -B -q -pl bench -am package -DskipTests
out=$(mktemp -d)
jmh() { # name, D list, JMH options...: one JMH run per D, each in $out/$name-D.json
  local name=$1 list=$2 d; shift 2
  [ -n "$list" ] || return 0
  for d in ${list//,/ }; do
    local shots=(-wi 5 -i 10 -gc true)
    [ "$d" -gt 1000 ] && shots=(-wi 1 -i 3 -gc true)
    java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar "ComplexBenchmark\.$name\$" -p d="$d" -rf json \
      -rff "$out/$name-$d.json" "${shots[@]}" "$@" >> "$out/$name.log" 2>&1 \
      || { echo "JMH $name d=$d failed, see $out/$name.log" >&2; }
  done
}
csv() { local max=$1 s=""; for d in $ds; do [ "$d" -le "$max" ] && s="$s${s:+,}$d"; done; echo "$s"; }
if [ -n "${CGAL_TXT:-}" ]; then
  cp "$CGAL_TXT" "$out/cgal.txt"
else
  for d in $ds; do
    "$cgal" "$d" | tee -a "$out/cgal.txt"
  done
fi
echo "# $(date -u +%FT%TZ) $(nproc) cores, load before JMH: $(cut -d' ' -f1-3 /proc/loadavg)"
jmh build "$(csv 1000000)"
jmh full "$(csv "$full_max")"
jmh summary "$(csv "$summary_max")"
jmh jts "$(csv "$jts_max")"
echo "# load after JMH: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" $ds <<'PY'
import json, os, re, sys
out, ds = sys.argv[1], [int(x) for x in sys.argv[2:]]
import glob
def load(name):
    res = {}
    for p in glob.glob(os.path.join(out, name + "-*.json")):
        if os.path.getsize(p) > 0:
            res.update({int(r["params"]["d"]): r["primaryMetric"]["score"] for r in json.load(open(p))})
    return res
cg = {}
for line in open(os.path.join(out, "cgal.txt")):
    m = re.search(r"d=(\d+) faces_in_box=(\d+) seconds=([0-9.]+)", line)
    if m:
        cg[int(m.group(1))] = (int(m.group(2)), float(m.group(3)))
b, f, s, j = load("build"), load("full"), load("summary"), load("jts")
fmt = lambda v: "-" if v is None else "%.3f" % v
ratio = lambda a, c: "-" if a is None or c is None or c == 0 else "%.2f" % (a / c)
print("| d | CGAL faces | CGAL s | JTS s | build s | full s | summary s | build/CGAL | build/JTS | full/CGAL | full/build |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for d in ds:
    faces, cs = cg.get(d, (None, None))
    print("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (d, faces if faces is not None else "-",
          fmt(cs), fmt(j.get(d)), fmt(b.get(d)), fmt(f.get(d)), fmt(s.get(d)), ratio(b.get(d), cs),
          ratio(b.get(d), j.get(d)), ratio(f.get(d), cs), ratio(f.get(d), b.get(d))))
print("\nraw JMH logs and JSON in " + out)
PY
