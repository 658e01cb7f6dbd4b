#!/usr/bin/env bash
# The archive-scale run (see bench/README.md): convert and load one large corpus once each, with the memory, disk and
# query figures that matter at that size. Not part of CI; a million articles take hours and tens of GiB.
#
#   bench/scale.sh [N]              N generated articles (default 1000000)
#
# Environment: BENCH_CORPUS=DIR measures an existing folder of articles instead of generating N (your own
# harvest, say; N is then the number of files in it); BENCH_SEED (default 42); BENCH_XMX (heap of the load,
# default 2g; convert always runs with -Xmx256m, the memory goal); BENCH_QUERY_RUNS (timed runs per query after 2
# untimed, default 5); BENCH_LOAD=bulk loads with `load --bulk` (Jena's phased loader; a compact store, so no
# `compact` after it) instead of write transactions; BENCH_RESULTS (folder of the report, default
# bench/results). The load is skipped, with
# the reason in the report, when the disk has less room than the store is expected to need; so is `compact`.
# Writes <date>-<commit>-scale-<N>.md and .csv; exits 1 if a measured run failed.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-1000000}
SEED=${BENCH_SEED:-42}
XMX=${BENCH_XMX:-2g}
SMALL_XMX=256m
QUERY_RUNS=${BENCH_QUERY_RUNS:-5}
RESULTS=${BENCH_RESULTS:-bench/results}
WORK=$ROOT/target/bench-scale
LOGS=$WORK/logs
# Disk per article, measured with the generated corpus (bench/results/2026-11-28-7cc72a7.md and the scale runs):
# a store loaded with the default batches takes ~84 kB per article, a compacted one ~50 kB more while `compact`
# writes it. Kept with a margin, so that a run stops before the disk is full rather than in the middle of a load.
# `load --bulk` builds a store about the size of a compacted one.
LOAD_MODE=${BENCH_LOAD:-transactions}
case $LOAD_MODE in
    transactions) STORE_KB_PER_ARTICLE=100; LOAD_OPTIONS=(); LOAD_LABEL='`load`' ;;
    bulk) STORE_KB_PER_ARTICLE=60; LOAD_OPTIONS=(--bulk); LOAD_LABEL='`load --bulk`' ;;
    *) echo "BENCH_LOAD is transactions or bulk, not $LOAD_MODE" >&2; exit 2 ;;
esac
COMPACT_KB_PER_ARTICLE=60

source "$ROOT/bench/lib.sh"

cleanup() {
    rm -rf "$WORK/store"
    [[ -n ${BENCH_CORPUS:-} ]] || rm -rf "$WORK/corpus"
}
trap cleanup EXIT

need_gnu_time
rm -rf "$WORK"
mkdir -p "$LOGS"
build_private_copy
machine_facts
mkdir -p "$RESULTS"
[[ $RESULTS == /* ]] || RESULTS=$ROOT/$RESULTS
FAILED=0
failed() { FAILED=1; say "$1 failed with exit $RC (see $LOGS/$1.log)"; }

# ---------------------------------------------------------------------------------------------- corpus
if [[ -n ${BENCH_CORPUS:-} ]]; then
    CORPUS=$(cd "$BENCH_CORPUS" && pwd)
    N=$(find "$CORPUS" -type f ! -name '*.tsv' | wc -l)
    ORIGIN="the articles in \`$BENCH_CORPUS\`"
    GENERATED="-"
else
    CORPUS=$WORK/corpus
    timed generate /dev/null java -cp "$CP" org.taz2rdf.bench.CorpusGenerator "$CORPUS" "$N" "$SEED"
    [[ $RC == 0 ]] || die "corpus generation failed (see $LOGS/generate.log)"
    ORIGIN="a generated corpus (seed $SEED, all four renderings)"
    GENERATED=$WALL
fi
CORPUS_BYTES=$(find "$CORPUS" -type f ! -name '*.tsv' -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f\n", s }')
say "corpus: $N articles, $CORPUS_BYTES bytes"

# ---------------------------------------------------------------------------------------------- convert
say "convert -f nt (counted with wc -l), -Xmx$SMALL_XMX"
jvm "$SMALL_XMX" convert-nt
timed convert-nt "$WORK/triples" bash -o pipefail -c 'java "$@" | wc -l' convert "${JVM[@]}" -jar "$JAR" convert -q -f nt "$CORPUS"
[[ $RC == 0 ]] || failed convert-nt
TRIPLES=$(tr -d ' ' < "$WORK/triples")
NT=("$WALL" "$RSS" $(heap convert-nt) "$(summary convert-nt)")
say "convert -f ttl, -Xmx$SMALL_XMX"
jvm "$SMALL_XMX" convert-ttl
timed convert-ttl /dev/null java "${JVM[@]}" -jar "$JAR" convert -q -f ttl "$CORPUS"
[[ $RC == 0 ]] || failed convert-ttl
TTL=("$WALL" "$RSS" $(heap convert-ttl) "$(summary convert-ttl)")

# ---------------------------------------------------------------------------------------------- load
FREE_KB=$(df -Pk "$WORK" | awk 'NR == 2 { print $4 }')
NEED_KB=$((N * STORE_KB_PER_ARTICLE))
LOADED=0
if (( FREE_KB < NEED_KB )); then
    LOAD_NOTE="skipped: the store needs about $((NEED_KB / 1048576)) GiB, the disk has $((FREE_KB / 1048576)) GiB free"
    say "load $LOAD_NOTE"
else
    say "$LOAD_LABEL into an empty store, -Xmx$XMX"
    jvm "$XMX" load
    timed load /dev/null java "${JVM[@]}" -jar "$JAR" load -q "${LOAD_OPTIONS[@]}" --loc "$WORK/store" "$CORPUS"
    [[ $RC == 0 ]] || failed load
    LOAD=("$WALL" "$RSS" $(heap load) "$(summary load)")
    STORE_BYTES=$(disk "$WORK/store")
    LOAD_NOTE="done"
    LOADED=1
fi

# ---------------------------------------------------------------------------------------------- queries and compact
if [[ $LOADED == 1 ]]; then
    say "bundled queries: 2 untimed + $QUERY_RUNS timed runs each"
    QUERY_RC=0
    java -Xmx"$XMX" -cp "$CP" org.taz2rdf.bench.QueryLatency "$WORK/store" 2 "$QUERY_RUNS" 60 \
        > "$LOGS/queries.tsv" 2> "$LOGS/queries.log" || QUERY_RC=$?
    [[ $QUERY_RC == 0 ]] || { FAILED=1; say "QueryLatency failed with exit $QUERY_RC (see $LOGS/queries.log)"; }
    FREE_KB=$(df -Pk "$WORK" | awk 'NR == 2 { print $4 }')
    if [[ $LOAD_MODE == bulk ]]; then
        COMPACT_NOTE="not run: load --bulk built the store compact"
    elif (( FREE_KB < N * COMPACT_KB_PER_ARTICLE )); then
        COMPACT_NOTE="skipped: it needs about $((N * COMPACT_KB_PER_ARTICLE / 1048576)) GiB, the disk has $((FREE_KB / 1048576)) GiB free"
    else
        say "compact"
        jvm "$XMX" compact
        timed compact /dev/null java "${JVM[@]}" -jar "$JAR" compact --loc "$WORK/store"
        [[ $RC == 0 ]] || failed compact
        COMPACT=("$WALL" "$RSS")
        COMPACT_BYTES=$(disk "$WORK/store")
        COMPACT_NOTE="done"
    fi
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------- report
BASE=$RESULTS/$DAY-$COMMIT-scale-$N
MD=$BASE.md
CSV=$BASE.csv
mib() { div "$1" 1048576; }
row() {  # row LABEL XMX WALL RSS PEAK LIVE: a Markdown row with triples/s and articles/s
    echo "| $1 | $2 | $3 | $(div "$TRIPLES" "$3") | $(div "$N" "$3") | $4 | $5 | $6 |"
}
{
    echo "# taz2rdf at scale, $DAY, commit $COMMIT"
    echo
    echo "\`bench/scale.sh\` on $ORIGIN: $N articles, $CORPUS_BYTES bytes ($(mib "$CORPUS_BYTES") MiB), $TRIPLES triples"
    echo "($(div "$TRIPLES" "$N") per article). One fresh JVM per run; times are wall-clock."
    echo
    machine_rows
    echo "| corpus generation | $GENERATED s |"
    echo
    echo "## Convert and load"
    echo
    echo "| run | -Xmx | wall s | triples/s | articles/s | max RSS MiB | peak heap used MiB | max heap after GC MiB |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    row "\`convert -f nt\` (into \`wc -l\`)" "$SMALL_XMX" "${NT[@]:0:4}"
    row "\`convert -f ttl\` (into /dev/null)" "$SMALL_XMX" "${TTL[@]:0:4}"
    if [[ $LOADED == 1 ]]; then
        row "$LOAD_LABEL into an empty store" "$XMX" "${LOAD[@]:0:4}"
    fi
    echo
    echo "- convert: ${NT[4]}"
    echo "- load: $LOAD_NOTE${LOAD:+; ${LOAD[4]}}"
    if [[ $LOADED == 1 ]]; then
        echo "- store on disk after the load: $(mib "$STORE_BYTES") MiB ($(div "$STORE_BYTES" "$((N * 1024))") kB per article)"
        if [[ $COMPACT_NOTE == done ]]; then
            echo "- \`compact\`: ${COMPACT[0]} s (max RSS ${COMPACT[1]} MiB); store after it: $(mib "$COMPACT_BYTES") MiB ($(div "$COMPACT_BYTES" "$((N * 1024))") kB per article)"
        else
            echo "- \`compact\`: $COMPACT_NOTE"
        fi
        echo
        echo "## Bundled queries (warm: 2 untimed + $QUERY_RUNS timed runs; a slow query stops after 60 s of timed runs, at least 3)"
        echo
        query_table "$N"
    fi
    echo
    memory_footnote
} > "$MD"
{
    echo "measurement,n,value,unit"
    echo "triples,$N,$TRIPLES,triples"
    echo "convert_nt,$N,${NT[0]},s"
    echo "convert_nt_heap_after_gc,$N,${NT[3]},MiB"
    echo "convert_ttl,$N,${TTL[0]},s"
    echo "convert_ttl_heap_after_gc,$N,${TTL[3]},MiB"
    if [[ $LOADED == 1 ]]; then
        echo "load,$N,${LOAD[0]},s"
        echo "load_heap_after_gc,$N,${LOAD[3]},MiB"
        echo "store_bytes,$N,$STORE_BYTES,bytes"
        [[ $COMPACT_NOTE != done ]] || echo "compact,$N,${COMPACT[0]},s"
        [[ $COMPACT_NOTE != done ]] || echo "store_bytes_compacted,$N,$COMPACT_BYTES,bytes"
        [[ $QUERY_RC != 0 ]] || tail -n +2 "$LOGS/queries.tsv" | awk -F'\t' -v n="$N" '{ print "\"query_p50 " $1 " " $2 "\"," n "," $3 ",ms" }'
    fi
} > "$CSV"
cat "$MD"
say "report: $MD"
exit $FAILED
