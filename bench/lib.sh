# Helpers shared by bench/run.sh and bench/scale.sh (sourced, not run). The caller sets WORK and LOGS, and SEED
# before `generate`.

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { say "error: $*"; exit 1; }

# need_gnu_time: GNU time gives the max RSS; installed with apt-get when missing.
need_gnu_time() {
    [[ -x /usr/bin/time ]] && return
    say "installing GNU time for max RSS: apt-get install -y time"
    apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; } \
        || die "GNU time is missing and could not be installed (apt-get install -y time)"
}

# build_private_copy: builds the jar and the test classpath and copies them to $WORK/bin, so that a build running
# beside the benchmark cannot change what is measured. Sets JAR and CP.
build_private_copy() {
    say "building: mvn -q -DskipTests package"
    mvn -q -DskipTests package
    mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
    mkdir -p "$WORK/bin"
    cp target/taz2rdf.jar "$WORK/bin/taz2rdf.jar"
    cp -r target/classes "$WORK/bin/classes"
    cp -r target/test-classes "$WORK/bin/test-classes"
    JAR=$WORK/bin/taz2rdf.jar
    CP=$WORK/bin/test-classes:$WORK/bin/classes:$(cat target/bench-classpath.txt)
}

# machine_facts: sets COMMIT, DIRTY, DAY, CPU_MODEL, MEM_TOTAL, JAVA_VERSION, LOAD_BEFORE, OTHER_JAVA for the report.
machine_facts() {
    COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    DIRTY=$( [[ -n $(git status --porcelain 2>/dev/null) ]] && echo " (working tree has uncommitted changes)" || true)
    DAY=$(date +%Y-%m-%d)
    CPU_MODEL=$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo)
    MEM_TOTAL=$(awk '/^MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)
    JAVA_VERSION=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')
    LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
    OTHER_JAVA=$(pgrep -c -x java || true)
}

# machine_rows: the report's table of machine, JVM, commit and load average (set LOAD_AFTER first).
machine_rows() {
    echo "| | |"
    echo "|---|---|"
    echo "| machine | $(nproc) cores, $MEM_TOTAL, $CPU_MODEL |"
    echo "| JVM | $JAVA_VERSION |"
    echo "| commit | $COMMIT$DIRTY |"
    echo "| load average before / after | $LOAD_BEFORE / $LOAD_AFTER ($OTHER_JAVA other java processes at start) |"
}
# memory_footnote: what the memory columns of a report mean.
memory_footnote() {
    echo "Max RSS is GNU time's; for \`load\` it includes the store's memory-mapped files. Heap figures come from"
    echo "\`-Xlog:gc,gc+heap+exit\`: the most heap in use before any collection or at exit, and the most left after one."
}

# met VALUE GOAL OP: whether VALUE meets GOAL (OP >= or <=), for the reports' goal columns.
met() { awk -v v="$1" -v g="$2" -v op="$3" 'BEGIN { if (v == "-") print "n/a"; else if (v !~ /^[0-9.]+$/) print "not met"; else if ((op == ">=" && v + 0 >= g + 0) || (op == "<=" && v + 0 <= g + 0)) print "**met**"; else print "not met" }'; }
# query_table N: the table of QueryLatency's $LOGS/queries.tsv (or its failure, exit $QUERY_RC) on a store of N articles.
query_table() {
    echo "| query | parameters | p50 ms | p95 ms | min ms | max ms | result bytes | timed runs | goal p50 ≤ 50 ms (set for 100k) |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
    if [[ $QUERY_RC == 0 ]]; then
        tail -n +2 "$LOGS/queries.tsv" | while IFS=$'\t' read -r q params p50 p95 min max bytes runs; do
            echo "| $q | $params | $p50 | $p95 | $min | $max | $bytes | $runs | $(met "$p50" 50 '<=') at $1 |"
        done
    else
        echo "| (QueryLatency failed, exit $QUERY_RC) | | | | | | | | |"
    fi
}

# timed LABEL STDOUT CMD...: runs CMD under GNU time; sets WALL (s), RSS (MiB), RC. stderr goes to $LOGS/LABEL.log.
timed() {
    local label=$1 out=$2 t0 t1
    shift 2
    RC=0
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$LOGS/$label.time" "$@" > "$out" 2> "$LOGS/$label.log" || RC=$?
    t1=$(date +%s%N)
    WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$LOGS/$label.time")
}
# jvm XMX LABEL: the JVM options of every measured run, in JVM: the heap limit, and a GC log for the heap peak.
jvm() { JVM=("-Xmx$1" "-Xlog:gc,gc+heap+exit:file=$LOGS/$2.gc"); }
# heap LABEL: "peak-used-MiB max-live-after-GC-MiB" from the GC log (peak: heap used before a GC or at exit).
heap() {
    awk 'function mib(v,  u, n) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0;
                                   return u == "K" ? n / 1024 : u == "G" ? n * 1024 : n }
         match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
             split(substr($0, RSTART, RLENGTH), p, /->|\(/); b = mib(p[1]); a = mib(p[2]);
             if (b > peak) peak = b; if (a > live) live = a }
         match($0, /used [0-9]+K/) { u = substr($0, RSTART + 5, RLENGTH - 6) / 1024; if (u > peak) peak = u }
         END { printf "%.0f %.0f\n", peak, live }' "$LOGS/$1.gc"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.0f}" 'BEGIN { if (b + 0 == 0) print "-"; else printf f "\n", a / b }'; }
summary() { grep -h '^taz2rdf:' "$LOGS/$1.log" | tail -1; }
# disk DIR: bytes of disk a folder takes (TDB2 files are sparse, so their apparent size says little)
disk() { du -sk "$1" | awk '{ print $1 * 1024 }'; }

# generate N DIR: a corpus of N articles (seed $SEED) in DIR
generate() {
    say "generating $1 articles into $2"
    java -cp "$CP" org.taz2rdf.bench.CorpusGenerator "$2" "$1" "$SEED" 2> "$LOGS/generate-$1.log" \
        || die "corpus generation failed: $(cat "$LOGS/generate-$1.log")"
}
