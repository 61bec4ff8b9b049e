#!/usr/bin/env bash
# Rerun with `bash assets/audio/generate.sh` from anywhere: it rebuilds every file in public/audio/
# from nothing but sox's synthesiser (Debian: `apt-get install sox libsox-fmt-all`), deterministically.
# `bash assets/audio/generate.sh chime neo-lumen-calm` rebuilds only those; KEEP_WORK=1 keeps the
# scratch WAVs for inspection. A full run takes a minute or two on two idle cores.
#
# Why it is shaped this way:
# - Every loop is rendered for two periods and the second period is kept, so reverb tails, echoes
#   and notes that ring past the loop's end are already sounding when the loop starts again: the
#   seam is a point inside a steady state, not a cut (no click, no gap, no missing tail).
# - Anything that changes over time at loop level (tremolo) must complete whole cycles per loop.
# - `-R` makes sox seed its noise generators and the Ogg stream serial identically on every run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT=$ROOT/public/audio
SOX=${SOX:-sox}
RATE=44100          # synthesis rate: sox's pluck needs 44.1 kHz or more
MUSIC_RATE=22050    # pads and arpeggios carry little above 10 kHz
EFFECT_RATE=32000   # effects keep some air (shatter, static)
MUSIC_QUALITY=2     # Ogg Vorbis quality, -1 (smallest) .. 10: below 2 the coding noise clicks at the seam
EFFECT_QUALITY=1
MUSIC_RMS_DB=-21    # loops are levelled by loudness so crossfades between moods do not jump...
MUSIC_PEAK_DB=-4.5  # ...and kept below the effects, which peak at EFFECT_PEAK_DB
LAYER_RMS_DB=-29    # a theme's second layer (music.sh) sits under its bed...
LAYER_QUALITY=-1    # ...and its sparse line, silent at the seam, codes well at a low quality...
LAYER_RATE=16000    # ...and rate: its highest tones' partials stay under 8 kHz
EFFECT_PEAK_DB=-3

command -v "$SOX" >/dev/null || { echo "sox is required (apt-get install sox libsox-fmt-all)" >&2; exit 1; }
"$SOX" -h | grep -q ' vorbis' || { echo "this sox cannot write Ogg Vorbis (apt-get install libsox-fmt-all)" >&2; exit 1; }

WORK=$(mktemp -d)
if [[ -n ${KEEP_WORK:-} ]]; then
  echo "scratch files kept in $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$OUT/music" "$OUT/sfx"

# ---------------------------------------------------------------------------------------------
# Pitches: note names (C4, F#3, Bb2; `~-12` appended detunes by cents) or plain hertz (440).
# A sweep is written FROM>TO and glides exponentially.

declare -A LETTER_SEMITONES=([C]=-9 [D]=-7 [E]=-5 [F]=-4 [G]=-2 [A]=0 [B]=2)

# Sets PITCH to sox's spelling of one pitch (semitones from A4 as %n.nn, or hertz).
pitch() {
  local token=$1
  if [[ $token =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    PITCH=$token
    return
  fi
  if [[ ! $token =~ ^([A-G])([#b]?)([0-9])(~(-?[0-9]+))?$ ]]; then
    echo "unknown pitch: $token" >&2
    exit 1
  fi
  local cents=$(((LETTER_SEMITONES[${BASH_REMATCH[1]}] + (BASH_REMATCH[3] - 4) * 12) * 100 + ${BASH_REMATCH[5]:-0}))
  case ${BASH_REMATCH[2]} in
    "#") cents=$((cents + 100)) ;;
    b) cents=$((cents - 100)) ;;
  esac
  local sign=""
  if ((cents < 0)); then
    sign=-
    cents=$((-cents))
  fi
  printf -v PITCH '%%%s%d.%02d' "$sign" $((cents / 100)) $((cents % 100))
}

# Sets VOICES (sox synth arguments) and VOICE_COUNT for a wave shape and a list of pitches.
# Noise shapes ignore the pitches.
voices() {
  local wave=$1 notes=$2 token from
  VOICES=()
  case $wave in
    whitenoise | pinknoise | brownnoise)
      VOICES=("$wave")
      VOICE_COUNT=1
      return
      ;;
  esac
  for token in $notes; do
    if [[ $token == *">"* ]]; then
      pitch "${token%%>*}"
      from=$PITCH
      pitch "${token##*>}"
      VOICES+=("$wave" "$from/$PITCH")
    else
      pitch "$token"
      VOICES+=("$wave" "$PITCH")
    fi
  done
  VOICE_COUNT=$((${#VOICES[@]} / 2))
}

# Moves every note name in a list by whole octaves; sets SHIFTED.
shift_octaves() {
  local notes=$1 octaves=$2 token
  SHIFTED=""
  for token in $notes; do
    if [[ $token =~ ^([A-G][#b]?)([0-9])(.*)$ ]]; then
      token=${BASH_REMATCH[1]}$((BASH_REMATCH[2] + octaves))${BASH_REMATCH[3]}
    fi
    SHIFTED+="$token "
  done
}

# Deterministic pseudo-random numbers (a plain LCG) so "random" bursts land in the same place on
# every run; sets RANDOM_VALUE in 0..bound-1.
RANDOM_STATE=1
random_below() {
  RANDOM_STATE=$(((RANDOM_STATE * 1103515245 + 12345) % 2147483648))
  RANDOM_VALUE=$(((RANDOM_STATE / 65536) % $1))
}

# ---------------------------------------------------------------------------------------------
# Rendering one tone. Envelope from the environment: ATTACK and RELEASE in milliseconds, FADE the
# sox fade shape (q quarter sine, h half sine, t linear, l logarithmic: a fast exponential-like decay).

declare -A TONE_CACHE=()
TONE_COUNTER=0

# render_tone TOTAL_SAMPLES RELEASE_SAMPLES VOLUME WAVE NOTES [sox effects...]; sets TONE_FILE.
render_tone() {
  local total=$1 release=$2 volume=$3 wave=$4 notes=$5
  shift 5
  local attack=$((${ATTACK:-10} * RATE / 1000))
  if ((release > total)); then release=$total; fi
  # sox refuses a fade-in that runs into the fade-out, unless the fade-out is the whole tone.
  if ((release < total && attack > total - release)); then attack=$((total - release)); fi
  if ((attack > total)); then attack=$total; fi
  local key="$total|$release|$attack|${FADE:-q}|$volume|$wave|$notes|$*"
  if [[ -n ${TONE_CACHE[$key]:-} ]]; then
    TONE_FILE=${TONE_CACHE[$key]}
    return
  fi
  TONE_COUNTER=$((TONE_COUNTER + 1))
  TONE_FILE=$WORK/tone-$TONE_COUNTER.wav
  if [[ $wave == silence ]]; then
    "$SOX" -R -r $RATE -n -c 1 -e floating-point -b 32 "$TONE_FILE" trim 0 "${total}s"
  else
    voices "$wave" "$notes"
    "$SOX" -R -r $RATE -c "$VOICE_COUNT" -n -c 1 -e floating-point -b 32 "$TONE_FILE" \
      synth "${total}s" "${VOICES[@]}" fade "${FADE:-q}" "${attack}s" "${total}s" "${release}s" \
      vol "$volume" "$@" trim 0 "${total}s"
  fi
  TONE_CACHE[$key]=$TONE_FILE
}

# ---------------------------------------------------------------------------------------------
# A piece (loop or effect) is a list of ENTRIES: file and start sample. Positions are given in
# ticks: the piece is divided into GRID ticks (default: its own tick count), so a second rhythm
# at another tempo only needs another GRID.

begin_piece() { # SAMPLES TICKS
  PIECE_SAMPLES=$1
  PIECE_TICKS=$2
  ENTRIES=()
}

begin_loop() { # SECONDS TICKS
  begin_piece $(($1 * RATE)) "$2"
}

begin_effect() { # MILLISECONDS: ticks are milliseconds
  begin_piece $(($1 * RATE / 1000)) "$1"
}

tick_sample() { # TICK -> TICK_SAMPLE
  TICK_SAMPLE=$(($1 * PIECE_SAMPLES / ${GRID:-$PIECE_TICKS}))
}

# note START LENGTH VOLUME WAVE "NOTES" [effects]: a chord held LENGTH ticks, then RELEASE.
note() {
  local start=$1 length=$2 volume=$3 wave=$4 notes=$5
  shift 5
  tick_sample "$start"
  local from=$TICK_SAMPLE
  tick_sample $((start + length))
  local release=$((${RELEASE:-150} * RATE / 1000))
  render_tone $((TICK_SAMPLE - from + release)) "$release" "$volume" "$wave" "$notes" "$@"
  ENTRIES+=("$TONE_FILE" "$from")
}

# A line is a monophonic sequence of steps that exactly fills the piece (a riff, a drum part).
begin_line() {
  LINE_FILES=()
  LINE_POSITION=0
}

# step LENGTH VOLUME WAVE "NOTES" [effects]: the next LENGTH ticks of the line.
# The step is cut at its end, its RELEASE (capped to its length) fading it out before the cut.
# HIT_MS makes a percussive step sound for that long whatever the gap to the next one.
step() {
  local length=$1
  shift
  tick_sample "$LINE_POSITION"
  local from=$TICK_SAMPLE
  LINE_POSITION=$((LINE_POSITION + length))
  tick_sample "$LINE_POSITION"
  local samples=$((TICK_SAMPLE - from))
  local sounding=$samples
  if [[ -n ${HIT_MS:-} ]] && ((HIT_MS * RATE / 1000 < samples)); then
    sounding=$((HIT_MS * RATE / 1000))
  fi
  render_tone "$sounding" $((${RELEASE:-40} * RATE / 1000)) "$@"
  LINE_FILES+=("$TONE_FILE")
  if ((sounding < samples)); then
    render_tone $((samples - sounding)) 0 0 silence -
    LINE_FILES+=("$TONE_FILE")
  fi
}

rest() { # LENGTH
  step "$1" 0 silence -
}

# end_line [effects]: joins the steps (which must fill the piece) and adds the line at tick 0.
end_line() {
  local grid=${GRID:-$PIECE_TICKS}
  if ((LINE_POSITION != grid)); then
    echo "a line covers $LINE_POSITION of $grid ticks" >&2
    exit 1
  fi
  TONE_COUNTER=$((TONE_COUNTER + 1))
  local file=$WORK/line-$TONE_COUNTER.wav
  "$SOX" -R "${LINE_FILES[@]}" -e floating-point -b 32 "$file" "$@"
  ENTRIES+=("$file" 0)
}

# Peak and RMS level (dBFS) of a file; sets PEAK_DB and RMS_DB.
measure() {
  local stats
  stats=$("$SOX" "$1" -n stats 2>&1)
  PEAK_DB=$(awk '/^Pk lev dB/ {print $4}' <<<"$stats")
  RMS_DB=$(awk '/^RMS lev dB/ {print $4}' <<<"$stats")
}

# High-frequency level (dB) across the seam of a loop played twice in a row; sets SEAM_DB.
# A click shows up here as broadband energy that the music around it does not have.
seam_level() { # FILE SECONDS
  local db
  db=$("$SOX" "$1" "$1" -n trim "$(($2 - 1)).95" 0.1 highpass 4000 highpass 4000 trim 0.048 0.004 stats 2>&1 |
    awk '/^RMS lev dB/ {print $4}')
  SEAM_DB=$(awk -v v="$db" 'BEGIN { if (v + 0 == 0 && v !~ /^0/) v = -200; print v }')
}

SEAM_CANDIDATES=12  # cut points tried, 4 ms apart

# finish_loop NAME [master effects]: two periods mixed, one period kept, levelled and encoded.
finish_loop() {
  local name=$1
  shift
  local inputs=() index file start
  for ((index = 0; index < ${#ENTRIES[@]}; index += 2)); do
    file=${ENTRIES[index]}
    start=${ENTRIES[index + 1]}
    inputs+=(-v 1 "|$SOX -R $file -p pad ${start}s")
    inputs+=(-v 1 "|$SOX -R $file -p pad $((start + PIECE_SAMPLES))s")
  done
  # The kept period ends at the second period's end or up to SEAM_CANDIDATES * 4 ms earlier.
  # Resampling happens before the cut, for the same reason as the reverb: the filter needs
  # what came before.
  local seconds=$((PIECE_SAMPLES / RATE))
  local step=$((MUSIC_RATE / 250)) loop_samples=$((seconds * MUSIC_RATE))
  local lead=$((SEAM_CANDIDATES * step))
  local mixed=$WORK/$name-mixed.wav
  "$SOX" -R -m "${inputs[@]}" -e floating-point -b 32 "$mixed" \
    pad 0 "${PIECE_SAMPLES}s" gain -n -10 "$@" rate -v $MUSIC_RATE \
    trim "$((loop_samples - lead))s" "$((loop_samples + lead))s"
  measure "$mixed"
  local gain
  gain=$(awk -v rms="$RMS_DB" -v peak="$PEAK_DB" -v target="$MUSIC_RMS_DB" -v ceiling="$MUSIC_PEAK_DB" \
    'BEGIN { g = target - rms; if (peak + g > ceiling) g = ceiling - peak; printf "%.2f", g }')
  # Vorbis smears a little coding noise over a stream's first and last block, which can tick
  # at the seam. Where it ticks depends on the exact cut, so try a few cuts a few milliseconds
  # apart and keep the one whose encoded seam adds the least over the unencoded one.
  local candidate best_excess=999 excess cut=$WORK/$name-cut.wav encoded=$WORK/$name-cut.ogg
  for ((candidate = 0; candidate < SEAM_CANDIDATES; candidate++)); do
    "$SOX" -R "$mixed" "$cut" trim "$((lead - candidate * step))s" "${loop_samples}s" gain "$gain"
    "$SOX" -R "$cut" -C $MUSIC_QUALITY "$encoded"
    seam_level "$cut" "$seconds"
    local reference=$SEAM_DB
    seam_level "$encoded" "$seconds"
    excess=$(awk -v e="$SEAM_DB" -v r="$reference" 'BEGIN { printf "%.2f", e - r }')
    if awk -v x="$excess" -v b="$best_excess" 'BEGIN { exit !(x < b) }'; then
      best_excess=$excess
      cp "$encoded" "$OUT/music/$name.ogg"
    fi
  done
  echo "music/$name.ogg  gain ${gain} dB, seam ${best_excess} dB over the unencoded seam"
}

# finish_effect NAME [master effects]: mixed once, cut to length, peak-normalised and encoded.
finish_effect() {
  local name=$1
  shift
  local inputs=() index
  for ((index = 0; index < ${#ENTRIES[@]}; index += 2)); do
    inputs+=(-v 1 "|$SOX -R ${ENTRIES[index]} -p pad ${ENTRIES[index + 1]}s")
  done
  if ((${#ENTRIES[@]} == 2)); then
    inputs+=(-v 1 "|$SOX -R -r $RATE -n -c 1 -p trim 0 1s")
  fi
  local fade_out=$((RATE / 20))
  "$SOX" -R -m "${inputs[@]}" -e floating-point -b 32 "$WORK/$name.wav" \
    pad 0 "${PIECE_SAMPLES}s" gain -n -10 "$@" trim 0 "${PIECE_SAMPLES}s" fade q 0 "${PIECE_SAMPLES}s" "${fade_out}s"
  "$SOX" -R "$WORK/$name.wav" -r $EFFECT_RATE -c 1 -C $EFFECT_QUALITY "$OUT/sfx/$name.ogg" \
    gain -n $EFFECT_PEAK_DB rate -v $EFFECT_RATE
  echo "sfx/$name.ogg"
}

source "$(dirname "${BASH_SOURCE[0]}")/instruments.sh"
source "$(dirname "${BASH_SOURCE[0]}")/music.sh"
source "$(dirname "${BASH_SOURCE[0]}")/effects.sh"

# Each piece renders in its own subshell (its own state, its own scratch folder), JOBS at a time;
# a piece that succeeds leaves a marker, so a failure anywhere stops the script.
run_piece() {
  local name=$1
  (
    WORK=$WORK/$name
    mkdir -p "$WORK"
    if [[ $name == *-layer ]]; then layer "${name%-layer}"; else "$name"; fi
    touch "$WORK/done"
  ) >"$WORK/$name.log" 2>&1
}

LAYER_PIECES=()
for piece in title "${MUSIC_PIECES[@]}"; do LAYER_PIECES+=("$piece-layer"); done
PIECES=(title "${MUSIC_PIECES[@]}" "${LAYER_PIECES[@]}" "${EFFECT_PIECES[@]}")
if (($# > 0)); then PIECES=("$@"); fi
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
for piece in "${PIECES[@]}"; do
  while (($(jobs -rp | wc -l) >= JOBS)); do
    wait -n || true
  done
  run_piece "$piece" &
done
wait || true
failures=0
for piece in "${PIECES[@]}"; do
  if [[ ! -e $WORK/$piece/done ]]; then
    echo "FAILED: $piece" >&2
    failures=$((failures + 1))
  fi
  if [[ ! -e $WORK/$piece/done ]] || grep -qi 'clip\|fail\|error' "$WORK/$piece.log"; then
    echo "--- $piece" >&2
    cat "$WORK/$piece.log" >&2
  fi
done
((failures == 0)) || exit 1
cat "$WORK"/*.log

# A sanity check by measurement (nobody listens to a build): every file decodes, nothing comes
# near clipping, and the music stays under the effects.
echo
printf '%-34s %8s %9s %9s\n' file seconds "peak dB" "RMS dB"
too_hot=0
for file in "$OUT"/music/*.ogg "$OUT"/sfx/*.ogg; do
  measure "$file"
  printf '%-34s %8s %9s %9s\n' "${file#"$OUT"/}" "$("$SOX" --i -D "$file")" "$PEAK_DB" "$RMS_DB"
  if awk -v p="$PEAK_DB" 'BEGIN { exit !(p > -1) }'; then
    echo "  ^ peaks above -1 dBFS" >&2
    too_hot=$((too_hot + 1))
  fi
done
((too_hot == 0)) || exit 1
echo
du -cb "$OUT" | tail -n 1
