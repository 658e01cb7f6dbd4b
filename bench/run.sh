#!/usr/bin/env bash
# Benchmarks taz2rdf against Jena's own tools on one generated corpus (see bench/README.md).
#
#   bench/run.sh [N] [N2]          N articles (default 10000); N2 for the memory runs (default 2*N, 0 skips them)
#
# Environment: BENCH_ROUNDS (default 3), BENCH_XMX (default 2g), BENCH_SEED (default 42), BENCH_KEEP=1 keeps
# target/bench (corpora, outputs, logs) afterwards, BENCH_STARTUP_RUNS (default 10), BENCH_QUERY_RUNS (timed runs
# per query, default 20, after 5 untimed or fewer), BENCH_RESULTS (folder of the report, default bench/results).
# Writes <date>-<commit>.md and .csv there; exits 1 if any measured run failed.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-10000}
N2=${2:-$((2 * N))}
ROUNDS=${BENCH_ROUNDS:-3}
XMX=${BENCH_XMX:-2g}
SEED=${BENCH_SEED:-42}
SMALL_XMX=256m
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-10}
QUERY_RUNS=${BENCH_QUERY_RUNS:-20}
QUERY_WARMUP=$(( QUERY_RUNS < 5 ? QUERY_RUNS : 5 ))
RESULTS=${BENCH_RESULTS:-bench/results}
WORK=$ROOT/target/bench
LOGS=$WORK/logs

source "$ROOT/bench/lib.sh"

cleanup() {
    rm -rf "$WORK"/store "$WORK"/store-* "$WORK"/tdbloader-store
    if [[ ${BENCH_KEEP:-0} != 1 && ${BENCH_DONE:-0} == 1 ]]; then
        rm -rf "$WORK"/corpus-* "$WORK"/rdf "$WORK"/out
    fi
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------- tools and build
need_gnu_time
rm -rf "$WORK"
mkdir -p "$LOGS" "$WORK/out" "$WORK/rdf"
build_private_copy

# ---------------------------------------------------------------------------------------------- machine
machine_facts
mkdir -p "$RESULTS"
BASE=$RESULTS/$DAY-$COMMIT
run=1
while [[ -e $BASE.md ]]; do
    run=$((run + 1))
    BASE=$RESULTS/$DAY-$COMMIT-run$run
done
[[ $BASE == /* ]] || BASE=$ROOT/$BASE
CSV=$BASE.csv
MD=$BASE.md
echo "section,measurement,n,value,unit,runs,detail" > "$CSV"
csv() { printf '%s,%s,%s,%s,%s,%s,"%s"\n' "$@" >> "$CSV"; }

# ---------------------------------------------------------------------------------------------- helpers
declare -A WALLS RSSES PEAKS LIVES FAILS
record() {  # record KEY: append the last run's numbers
    local key=$1 h
    h=$(heap "$2")
    WALLS[$key]="${WALLS[$key]:-} $WALL"
    RSSES[$key]="${RSSES[$key]:-} $RSS"
    PEAKS[$key]="${PEAKS[$key]:-} ${h% *}"
    LIVES[$key]="${LIVES[$key]:-} ${h#* }"
    if [[ $RC != 0 ]]; then FAILS[$key]="${FAILS[$key]:-} exit $RC"; say "$key failed with exit $RC (see $LOGS/$2.log)"; fi
}

# ---------------------------------------------------------------------------------------------- corpus
CORPUS=$WORK/corpus-$N
TOUCHED=$WORK/corpus-$N-touched
generate "$N" "$CORPUS"
say "copying the corpus with one more byte (a trailing newline) per file, to force replacement"
cp -r "$CORPUS" "$TOUCHED"
find "$TOUCHED" -type f -name '!*' -print0 | xargs -0 sh -c 'for f; do printf "\n" >> "$f"; done' sh
FIRST_FILE=$(find "$CORPUS" -type f -name '!*' | sort | awk 'NR == 1')

say "writing the corpus as N-Triples and N-Quads with convert (not timed)"
java -Xmx"$XMX" -jar "$JAR" convert -q -f nt "$CORPUS" > "$WORK/rdf/corpus.nt" 2> "$LOGS/reference-nt.log" \
    || die "convert -f nt failed"
java -Xmx"$XMX" -jar "$JAR" convert -q -f nq "$CORPUS" > "$WORK/rdf/corpus.nq" 2> "$LOGS/reference-nq.log" \
    || die "convert -f nq failed"
TRIPLES=$(wc -l < "$WORK/rdf/corpus.nt")
QUADS=$(wc -l < "$WORK/rdf/corpus.nq")
[[ $TRIPLES == "$QUADS" ]] || say "warning: $TRIPLES triples but $QUADS quads"
CORPUS_BYTES=$(find "$CORPUS" -type f -name '!*' -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f\n", s }')
say "corpus: $N articles, $CORPUS_BYTES bytes, $TRIPLES triples; $(summary reference-nt)"

# ---------------------------------------------------------------------------------------------- start-up
say "start-up: --help and a one-article convert, $STARTUP_RUNS runs each"
for i in $(seq "$STARTUP_RUNS"); do
    jvm "$XMX" "help-$i"
    timed "help-$i" /dev/null java "${JVM[@]}" -jar "$JAR" --help
    record help "help-$i"
    jvm "$XMX" "one-$i"
    timed "one-$i" /dev/null java "${JVM[@]}" -jar "$JAR" convert -q "$FIRST_FILE"
    record one "one-$i"
done

# ---------------------------------------------------------------------------------------------- rounds
for round in $(seq "$ROUNDS"); do
    say "round $round/$ROUNDS: convert -f ttl"
    jvm "$XMX" "ours-ttl-$round"
    timed "ours-ttl-$round" "$WORK/out/ours.ttl" java "${JVM[@]}" -jar "$JAR" convert -q -f ttl "$CORPUS"
    record ours_ttl "ours-ttl-$round"
    say "round $round/$ROUNDS: riot --stream=turtle"
    jvm "$XMX" "riot-ttl-$round"
    timed "riot-ttl-$round" "$WORK/out/riot.ttl" java "${JVM[@]}" -cp "$CP" riotcmd.riot --stream=turtle "$WORK/rdf/corpus.nt"
    record riot_ttl "riot-ttl-$round"
    say "round $round/$ROUNDS: convert -f nt"
    jvm "$XMX" "ours-nt-$round"
    timed "ours-nt-$round" "$WORK/out/ours.nt" java "${JVM[@]}" -jar "$JAR" convert -q -f nt "$CORPUS"
    record ours_nt "ours-nt-$round"
    say "round $round/$ROUNDS: riot --stream=nt"
    jvm "$XMX" "riot-nt-$round"
    timed "riot-nt-$round" "$WORK/out/riot.nt" java "${JVM[@]}" -cp "$CP" riotcmd.riot --stream=nt "$WORK/rdf/corpus.nt"
    record riot_nt "riot-nt-$round"
    rm -f "$WORK"/out/*

    say "round $round/$ROUNDS: load into an empty store"
    rm -rf "$WORK/store"
    jvm "$XMX" "load-fresh-$round"
    timed "load-fresh-$round" /dev/null java "${JVM[@]}" -jar "$JAR" load -q --loc "$WORK/store" "$CORPUS"
    record load_fresh "load-fresh-$round"
    if [[ $round == 1 ]]; then
        STORE_BYTES=$(disk "$WORK/store")
        cp -r "$WORK/store" "$WORK/store-query"
    fi
    say "round $round/$ROUNDS: load the touched corpus into that store (every article replaced)"
    jvm "$XMX" "load-replace-$round"
    timed "load-replace-$round" /dev/null java "${JVM[@]}" -jar "$JAR" load -q --loc "$WORK/store" "$TOUCHED"
    record load_replace "load-replace-$round"
    grep -q " $N replaced" "$LOGS/load-replace-$round.log" || say "warning: replace run did not replace $N: $(summary "load-replace-$round")"
    rm -rf "$WORK/store"
    say "round $round/$ROUNDS: tdb2.tdbloader --loader=basic"
    rm -rf "$WORK/tdbloader-store"
    jvm "$XMX" "tdbloader-$round"
    timed "tdbloader-$round" /dev/null java "${JVM[@]}" -cp "$CP" tdb2.tdbloader --loader=basic --loc "$WORK/tdbloader-store" "$WORK/rdf/corpus.nq"
    record tdbloader "tdbloader-$round"
    if [[ $round == 1 ]]; then TDB_STORE_BYTES=$(disk "$WORK/tdbloader-store"); fi
    rm -rf "$WORK/tdbloader-store"

    say "round $round/$ROUNDS: load --bulk into an empty store"
    rm -rf "$WORK/store"
    jvm "$XMX" "load-bulk-$round"
    timed "load-bulk-$round" /dev/null java "${JVM[@]}" -jar "$JAR" load -q --bulk --loc "$WORK/store" "$CORPUS"
    record load_bulk "load-bulk-$round"
    if [[ $round == 1 ]]; then BULK_STORE_BYTES=$(disk "$WORK/store"); fi
    rm -rf "$WORK/store"
    say "round $round/$ROUNDS: tdb2.tdbloader --loader=phased"
    rm -rf "$WORK/tdbloader-store"
    jvm "$XMX" "tdbloader-phased-$round"
    timed "tdbloader-phased-$round" /dev/null java "${JVM[@]}" -cp "$CP" tdb2.tdbloader --loader=phased --loc "$WORK/tdbloader-store" "$WORK/rdf/corpus.nq"
    record tdbloader_phased "tdbloader-phased-$round"
    rm -rf "$WORK/tdbloader-store"
done

# ---------------------------------------------------------------------------------------------- memory at N2
if [[ $N2 -gt 0 ]]; then
    CORPUS2=$WORK/corpus-$N2
    generate "$N2" "$CORPUS2"
    for xmx in "$XMX" "$SMALL_XMX"; do
        say "memory at N2=$N2, -Xmx$xmx: convert -f ttl"
        jvm "$xmx" "n2-convert-$xmx"
        timed "n2-convert-$xmx" /dev/null java "${JVM[@]}" -jar "$JAR" convert -q -f ttl "$CORPUS2"
        record "n2_convert_$xmx" "n2-convert-$xmx"
        say "memory at N2=$N2, -Xmx$xmx: load into an empty store"
        rm -rf "$WORK/store"
        jvm "$xmx" "n2-load-$xmx"
        timed "n2-load-$xmx" /dev/null java "${JVM[@]}" -jar "$JAR" load -q --loc "$WORK/store" "$CORPUS2"
        record "n2_load_$xmx" "n2-load-$xmx"
        if [[ $xmx == "$XMX" && $RC == 0 ]]; then
            N2_STORE_BYTES=$(disk "$WORK/store")
            mv "$WORK/store" "$WORK/store-query-n2"   # the queries run on the larger store
        fi
        rm -rf "$WORK/store"
    done
    rm -rf "$CORPUS2"
fi
# ---------------------------------------------------------------------------------------------- queries
QUERY_N=$N
if [[ $N2 -gt 0 && -d $WORK/store-query-n2 ]]; then
    rm -rf "$WORK/store-query"
    mv "$WORK/store-query-n2" "$WORK/store-query"
    QUERY_N=$N2
fi
say "bundled queries on the store of $QUERY_N articles: $QUERY_WARMUP warm-up + $QUERY_RUNS measured runs each (fewer, at least 3, past 60 s)"
QUERY_RC=0
java -Xmx"$XMX" -cp "$CP" org.taz2rdf.bench.QueryLatency "$WORK/store-query" "$QUERY_WARMUP" "$QUERY_RUNS" \
    > "$LOGS/queries.tsv" 2> "$LOGS/queries.log" || QUERY_RC=$?
[[ $QUERY_RC == 0 ]] || say "QueryLatency failed with exit $QUERY_RC (see $LOGS/queries.log)"
rm -rf "$WORK/store-query"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------- report
med() { echo "${WALLS[$1]:-}" | median; }
runs() { echo "${WALLS[$1]:-}" | sed 's/^ //; s/ / · /g'; }
medrss() { echo "${RSSES[$1]:-}" | median; }
medpeak() { echo "${PEAKS[$1]:-}" | median; }
medlive() { echo "${LIVES[$1]:-}" | median; }
ok() { [[ -z ${FAILS[$1]:-} ]] && echo "yes" || echo "no (${FAILS[$1]# })"; }

declare -A TPS
declare -A LABEL=([ours_ttl]="convert -f ttl" [ours_nt]="convert -f nt" [load_fresh]="load, empty store"
    [load_replace]="load, replacing" [riot_ttl]="riot --stream=turtle" [tdbloader]="tdbloader basic"
    [load_bulk]="load --bulk, empty store" [tdbloader_phased]="tdbloader phased")
for key in ours_ttl riot_ttl ours_nt riot_nt load_fresh load_replace tdbloader load_bulk tdbloader_phased; do
    TPS[$key]=$(div "$TRIPLES" "$(med $key)")
done
RATIO_TTL=$(div "${TPS[ours_ttl]}" "${TPS[riot_ttl]}" "%.2f")
RATIO_NT=$(div "${TPS[ours_nt]}" "${TPS[riot_nt]}" "%.2f")
RATIO_LOAD=$(div "${TPS[load_fresh]}" "${TPS[tdbloader]}" "%.2f")
RATIO_REPLACE=$(div "$(med load_replace)" "$(med load_fresh)" "%.2f")
RATIO_BULK=$(div "${TPS[load_bulk]}" "${TPS[tdbloader_phased]}" "%.2f")
HELP=$(med help)
ONE=$(med one)

{
    echo "# taz2rdf benchmark, $DAY, commit $COMMIT"
    echo
    echo "\`bench/run.sh $N $N2\` on a generated corpus (seed $SEED, all four renderings): $N articles, $CORPUS_BYTES bytes,"
    echo "$TRIPLES triples ($(div "$TRIPLES" "$N") per article). Every run is a fresh JVM with \`-Xmx$XMX\`; the tools alternate"
    echo "within each of $ROUNDS rounds; times are wall-clock medians (all runs listed)."
    echo
    machine_rows
    echo "| store on disk after a fresh load | taz2rdf $(div "$STORE_BYTES" 1048576) MiB, tdbloader basic $(div "$TDB_STORE_BYTES" 1048576) MiB, taz2rdf --bulk $(div "$BULK_STORE_BYTES" 1048576) MiB ($N articles)$( [[ -n ${N2_STORE_BYTES:-} ]] && echo "; taz2rdf $(div "$N2_STORE_BYTES" 1048576) MiB ($N2 articles)") |"
    echo
    echo "## Throughput"
    echo
    echo "| run | median s | runs (s) | triples/s | ratio | goal |"
    echo "|---|---:|---|---:|---:|---|"
    echo "| \`taz2rdf convert -f ttl\` (texts → Turtle) | $(med ours_ttl) | $(runs ours_ttl) | ${TPS[ours_ttl]} | **$RATIO_TTL×** riot | ≥ 1.0× riot NT→Turtle: $(met "$RATIO_TTL" 1.0 '>=') |"
    echo "| \`riot --stream=turtle\` (N-Triples → Turtle) | $(med riot_ttl) | $(runs riot_ttl) | ${TPS[riot_ttl]} | | |"
    echo "| \`taz2rdf convert -f nt\` (texts → N-Triples) | $(med ours_nt) | $(runs ours_nt) | ${TPS[ours_nt]} | **$RATIO_NT×** riot | |"
    echo "| \`riot --stream=nt\` (N-Triples → N-Triples) | $(med riot_nt) | $(runs riot_nt) | ${TPS[riot_nt]} | | |"
    echo "| \`taz2rdf load\` into an empty store | $(med load_fresh) | $(runs load_fresh) | ${TPS[load_fresh]} | **$RATIO_LOAD×** tdbloader | ≥ 0.9× tdbloader basic: $(met "$RATIO_LOAD" 0.9 '>=') |"
    echo "| \`taz2rdf load\` replacing every article | $(med load_replace) | $(runs load_replace) | ${TPS[load_replace]} | **$RATIO_REPLACE×** fresh load time | ≤ 2× fresh: $(met "$RATIO_REPLACE" 2.0 '<=') |"
    echo "| \`tdb2.tdbloader --loader=basic\` (N-Quads) | $(med tdbloader) | $(runs tdbloader) | ${TPS[tdbloader]} | | |"
    echo "| \`taz2rdf load --bulk\` into an empty store | $(med load_bulk) | $(runs load_bulk) | ${TPS[load_bulk]} | **$RATIO_BULK×** tdbloader phased | ≥ 0.9× tdbloader phased: $(met "$RATIO_BULK" 0.9 '>=') |"
    echo "| \`tdb2.tdbloader --loader=phased\` (N-Quads) | $(med tdbloader_phased) | $(runs tdbloader_phased) | ${TPS[tdbloader_phased]} | | |"
    echo
    echo "## Bundled queries (warm: $QUERY_WARMUP untimed + $QUERY_RUNS timed runs, store of $QUERY_N articles)"
    echo
    echo "A query stops early once its warm-up passes 15 s or its timed runs pass 60 s (at least 3 timed runs)."
    echo
    query_table "$QUERY_N"
    echo
    echo "## Memory"
    echo
    echo "| run | articles | -Xmx | completed | wall s | max RSS MiB | peak heap used MiB | max heap after GC MiB |"
    echo "|---|---:|---|---|---:|---:|---:|---:|"
    for key in ours_ttl ours_nt load_fresh load_replace load_bulk riot_ttl tdbloader tdbloader_phased; do
        echo "| ${LABEL[$key]} (median of $ROUNDS) | $N | $XMX | $(ok $key) | $(med $key) | $(medrss $key) | $(medpeak $key) | $(medlive $key) |"
    done
    if [[ $N2 -gt 0 ]]; then
        for xmx in "$XMX" "$SMALL_XMX"; do
            for kind in convert load; do
                key=n2_${kind}_$xmx
                echo "| $kind$( [[ $kind == convert ]] && echo ' -f ttl' || echo ', empty store') | $N2 | $xmx | $(ok "$key") | $(med "$key") | $(medrss "$key") | $(medpeak "$key") | $(medlive "$key") |"
            done
        done
    fi
    echo
    memory_footnote
    echo
    echo "## Start-up (median of $STARTUP_RUNS)"
    echo
    echo "| command | median s | runs (s) | goal |"
    echo "|---|---:|---|---|"
    echo "| \`java -jar taz2rdf.jar --help\` | $HELP | $(runs help) | ≤ 0.5 s: $(met "$HELP" 0.5 '<=') |"
    echo "| \`java -jar taz2rdf.jar convert\` of one article | $ONE | $(runs one) | |"
} > "$MD"

for key in ours_ttl riot_ttl ours_nt riot_nt load_fresh load_replace tdbloader load_bulk tdbloader_phased; do
    csv throughput "$key" "$N" "$(med $key)" s "$ROUNDS" "$(echo ${WALLS[$key]})"
    csv throughput "${key}_triples_per_s" "$N" "${TPS[$key]}" triples/s "$ROUNDS" ""
    csv memory "${key}_max_rss" "$N" "$(medrss $key)" MiB "$ROUNDS" "$(echo ${RSSES[$key]})"
    csv memory "${key}_peak_heap" "$N" "$(medpeak $key)" MiB "$ROUNDS" "$(echo ${PEAKS[$key]})"
done
csv ratio convert_ttl_vs_riot "$N" "$RATIO_TTL" x "$ROUNDS" "goal >= 1.0"
csv ratio convert_nt_vs_riot "$N" "$RATIO_NT" x "$ROUNDS" ""
csv ratio load_vs_tdbloader_basic "$N" "$RATIO_LOAD" x "$ROUNDS" "goal >= 0.9"
csv ratio replace_vs_fresh_load "$N" "$RATIO_REPLACE" x "$ROUNDS" "goal <= 2.0"
csv ratio load_bulk_vs_tdbloader_phased "$N" "$RATIO_BULK" x "$ROUNDS" "goal >= 0.9"
if [[ $QUERY_RC == 0 ]]; then
    tail -n +2 "$LOGS/queries.tsv" | while IFS=$'\t' read -r q params p50 p95 min max bytes runs; do
        csv query "${q}_p50" "$QUERY_N" "$p50" ms "$runs" "$params"
        csv query "${q}_p95" "$QUERY_N" "$p95" ms "$runs" "$params"
    done
fi
if [[ $N2 -gt 0 ]]; then
    for xmx in "$XMX" "$SMALL_XMX"; do
        for kind in convert load; do
            key=n2_${kind}_$xmx
            csv memory "${kind}_wall_xmx$xmx" "$N2" "$(med "$key")" s 1 "completed: $(ok "$key")"
            csv memory "${kind}_max_rss_xmx$xmx" "$N2" "$(medrss "$key")" MiB 1 ""
            csv memory "${kind}_peak_heap_xmx$xmx" "$N2" "$(medpeak "$key")" MiB 1 ""
        done
    done
fi
csv startup help 0 "$HELP" s "$STARTUP_RUNS" "$(echo ${WALLS[help]})"
csv startup convert_one_article 1 "$ONE" s "$STARTUP_RUNS" "$(echo ${WALLS[one]})"
csv info machine 0 "$(nproc)" cores 0 "$MEM_TOTAL; $CPU_MODEL"
csv info jvm 0 0 - 0 "$JAVA_VERSION"
csv info commit 0 "$COMMIT" - 0 "${DIRTY# }"

BENCH_DONE=1
say "results: $BASE.md and $BASE.csv"
cat "$MD"
FAILED_RUNS=$(for key in "${!WALLS[@]}"; do [[ -n ${FAILS[$key]:-} ]] && printf ' %s' "$key"; done; true)
if [[ -n $FAILED_RUNS || $QUERY_RC != 0 ]]; then
    say "some runs failed:$FAILED_RUNS$( [[ $QUERY_RC != 0 ]] && echo " queries")"
    exit 1
fi
