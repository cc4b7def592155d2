#!/usr/bin/env bash
# Times the superposition of the seeded benchmark layers (bench/.../superposition/RandomLayers:
# gaussian, unit, regular) with JMH single shots, and `segmentable analyze` end to end, and prints
# one table per part.
# Usage: bench/run-superposition.sh [D ...]          (default: 100 1000 10000)
# Env:   VARIANTS (default "gaussian unit regular"),
#        PARTS_MAX (largest D for every dim's polygons, default 10000; gaussian uses GAUSS_PARTS_MAX, 1000),
#        COMPLEX_MAX (largest D for the activation complex, default 1000),
#        ANALYZE_MAX (largest D for `analyze` end to end, default 1000), ANALYZE_TIMEOUT (seconds, 900),
#        SLOW_D (from this D on, gaussian gets one shot without warm-up, default 10000).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
ds=${*:-100 1000 10000}
variants=${VARIANTS:-gaussian unit regular}
parts_max=${PARTS_MAX:-10000}
gauss_parts_max=${GAUSS_PARTS_MAX:-1000}
complex_max=${COMPLEX_MAX:-1000}
analyze_max=${ANALYZE_MAX:-1000}
analyze_timeout=${ANALYZE_TIMEOUT:-900}
slow_d=${SLOW_D:-10000}
[ -f bench/target/benchmarks.jar ] || mvn -B -q -pl bench -am package -DskipTests
[ -f cli/target/segmentable.jar ] || mvn -B -q -pl cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
out=$(mktemp -d)
echo "# $(date -u +%FT%TZ) $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg); raw output in $out"
jmh() { # benchmark, variant, d, JMH options...
  local name=$1 v=$2 d=$3; shift 3
  java -Djmh.ignoreLock=true -jar bench/target/benchmarks.jar "SuperpositionBenchmark\.$name\$" -p variant="$v" \
    -p d="$d" -rf json -rff "$out/$name-$v-$d.json" "$@" > "$out/$name-$v-$d.log" 2>&1 \
    || echo "JMH $name $v $d failed, see $out/$name-$v-$d.log" >&2
}
for v in $variants; do
  for d in $ds; do
    opts=(-wi 2 -i 3)
    if [ "$v" = gaussian ] && [ "$d" -ge "$slow_d" ]; then opts=(-wi 0 -i 1); fi
    jmh region "$v" "$d" -wi 2 -i 3
    jmh areas "$v" "$d" "${opts[@]}"
    jmh superposition "$v" "$d" "${opts[@]}"
    pmax=$parts_max; [ "$v" = gaussian ] && pmax=$gauss_parts_max
    [ "$d" -le "$pmax" ] && jmh parts "$v" "$d" "${opts[@]}"
    [ "$d" -le "$complex_max" ] && jmh complex "$v" "$d" -wi 1 -i 2
    if [ "$d" -le "$analyze_max" ]; then
      model="$out/model-$v-$d.json"
      java -cp bench/target/benchmarks.jar org.segmentable.bench.superposition.RandomLayers "$v" "$d" "$model"
      start=$(date +%s.%N)
      if timeout "$analyze_timeout" java -jar cli/target/segmentable.jar analyze "$model" > "$out/analyze-$v-$d.out" 2>&1; then
        echo "$v $d $(echo "$(date +%s.%N) - $start" | bc) $(wc -c < "$out/analyze-$v-$d.out")" >> "$out/analyze.txt"
      else
        echo "$v $d failed $(head -c 200 "$out/analyze-$v-$d.out")" >> "$out/analyze.txt"
      fi
    fi
  done
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" <<'PY'
import json, glob, os, sys
out = sys.argv[1]
score = {}
for f in glob.glob(os.path.join(out, "*.json")):
    if os.path.basename(f).startswith("model-"):
        continue
    try:
        for r in json.load(open(f)):
            p = r["params"]
            score[(r["benchmark"].split(".")[-1], p["variant"], int(p["d"]))] = r["primaryMetric"]["score"]
    except (ValueError, KeyError, TypeError):
        pass
keys = sorted({(v, d) for (_, v, d) in score}, key=lambda k: (k[0], k[1]))
fmt = lambda x: "-" if x is None else ("%.3f" % x if x < 100 else "%.0f" % x)
print("| layer | d | region s | areas s | region + areas s | parts s | complex s |")
print("|---|--:|--:|--:|--:|--:|--:|")
for v, d in keys:
    g = lambda b: score.get((b, v, d))
    print("| %s | %d | %s | %s | %s | %s | %s |" % (v, d, fmt(g("region")), fmt(g("areas")), fmt(g("superposition")),
          fmt(g("parts")), fmt(g("complex"))))
a = os.path.join(out, "analyze.txt")
if os.path.exists(a):
    print("\n| layer | d | `segmentable analyze` wall s (JVM start included) | JSON bytes |")
    print("|---|--:|--:|--:|")
    for line in open(a):
        f = line.split()
        if f[2] == "failed":
            print("| %s | %s | failed: %s | - |" % (f[0], f[1], " ".join(f[3:])))
        else:
            print("| %s | %s | %.2f | %s |" % (f[0], f[1], float(f[2]), f[3]))
PY
