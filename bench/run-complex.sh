#!/usr/bin/env bash
# Runs the activation-complex benchmarks (JMH, -Xmx1g) and the CGAL peer for the same D values and
# prints one table with ratios (ours / CGAL, ours / JTS; below 1.0 means we are faster).
# Usage: bench/run-complex.sh [D ...]            (default: 100 300 1000 3000)
# Env:   FULL_MAX (largest D for the full analysis, default 1000), JTS_MAX (default 300),
#        SUMMARY_MAX (largest D for the summary with exact sums by active count, default 300),
#        CGAL (the peer's run script, default ../shared/peers/cgal-arrangement/run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ds=${*:-100 300 1000 3000}
full_max=${FULL_MAX:-1000}
jts_max=${JTS_MAX:-300}
summary_max=${SUMMARY_MAX:-300}
cgal=${CGAL:-/work/shared/peers/cgal-arrangement/run}
[ -f bench/target/benchmarks.jar ] || mvn -B -q -pl bench -am package -DskipTests
out=$(mktemp -d)
jmh() { # name, D list, JMH options...
  local name=$1 list=$2; shift 2
  [ -n "$list" ] || return 0
  java -jar bench/target/benchmarks.jar "ComplexBenchmark\.$name\$" -p d="$list" -rf json -rff "$out/$name.json" "$@" \
    > "$out/$name.log" 2>&1 || { echo "JMH $name failed, see $out/$name.log" >&2; }
}
csv() { local max=$1 s=""; for d in $ds; do [ "$d" -le "$max" ] && s="$s${s:+,}$d"; done; echo "$s"; }
for d in $ds; do
  "$cgal" "$d" | tee -a "$out/cgal.txt"
done
jmh build "$(csv 1000000)" -wi 1 -i 2
jmh full "$(csv "$full_max")" -wi 0 -i 1
jmh summary "$(csv "$summary_max")" -wi 0 -i 1
jmh jts "$(csv "$jts_max")" -wi 0 -i 1
python3 - "$out" $ds <<'PY'
import json, os, re, sys
out, ds = sys.argv[1], [int(x) for x in sys.argv[2:]]
def load(name):
    p = os.path.join(out, name + ".json")
    if not os.path.exists(p) or os.path.getsize(p) == 0:
        return {}
    return {int(r["params"]["d"]): r["primaryMetric"]["score"] for r in json.load(open(p))}
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
