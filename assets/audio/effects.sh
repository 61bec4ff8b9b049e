# The effects: the story's `# sfx:` ids and the interface sounds; sourced by generate.sh.
# Each function is named after the file it writes (public/audio/sfx/<name>.ogg); ticks are ms.

EFFECT_PIECES=(
  chime glitch surge crowd heartbeat pulse static whoosh bell door applause shatter
  ui-choice ui-nudge-unity ui-nudge-individual ui-menu
)

# A struck body: partials given as RATIO:VOLUME:RING_SHARE, each decaying exponentially, so
# inharmonic ratios make metal and glass rather than a plain tone.
struck() { # START VOLUME HERTZ RING_MS PARTIAL...
  local start=$1 volume=$2 hertz=$3 ring=$4
  shift 4
  local partial hertz_of_partial fields
  for partial in "$@"; do
    fields=(${partial//:/ })
    hertz_of_partial=$(awk -v h="$hertz" -v r="${fields[0]}" 'BEGIN { printf "%.2f", h * r }')
    ATTACK=2 RELEASE=$(awk -v m="$ring" -v s="${fields[2]}" 'BEGIN { printf "%d", m * s }') FADE=l \
      note "$start" 0 "$volume" sine "$hertz_of_partial" vol "${fields[1]}"
  done
}

# Sparse, spiky sounds (claps, shards) would be quiet next to the music once their peaks are
# normalised; a fast compressor lifts their body instead (input peaks sit at -10 dBFS here).
DENSER=(compand 0.003,0.12 6:-70,-70,-40,-30,-20,-16,-10,-12 0 -90 0.003)

GLASS_PARTIALS=(1:1:1 2:0.3:0.5 3.01:0.12:0.3)
BELL_PARTIALS=(0.5:0.45:1 1:1:0.8 1.19:0.55:0.6 1.5:0.35:0.5 2:0.45:0.45 2.51:0.2:0.3 2.66:0.22:0.3 3.01:0.12:0.25)

chime() {
  begin_effect 1800
  struck 0 0.4 1318.5 2600 "${GLASS_PARTIALS[@]}"
  struck 140 0.35 1975.5 2400 "${GLASS_PARTIALS[@]}"
  struck 280 0.2 2637 2000 "${GLASS_PARTIALS[@]}"
  finish_effect chime reverb 60 40 80 100 10 0
}

glitch() {
  begin_effect 600
  local position=0 length count
  local pitches=(C6 F#5 C7 G5 D#6 A6 C5 B6)
  RANDOM_STATE=3
  for ((count = 0; count < 9; count++)); do
    random_below 50
    length=$((RANDOM_VALUE + 15))
    random_below 8
    blip "$position" "$length" 0.05 "${pitches[RANDOM_VALUE]}" overdrive 12 vol 0.3
    if ((count % 3 == 1)); then noise_burst "$position" 20 0.25 2000 8000; fi
    position=$((position + length + 5))
    if ((position > 560)); then break; fi
  done
  finish_effect glitch
}

surge() {
  begin_effect 2000
  ATTACK=1100 RELEASE=500 note 0 1500 0.3 sawtooth "55>880" lowpass 2400 tremolo 14 40
  ATTACK=1100 RELEASE=500 note 0 1500 0.25 sine "110>1760" tremolo 14 40
  ATTACK=1300 RELEASE=400 note 0 1500 0.2 pinknoise - sinc 400-5000
  struck 1450 0.25 1760 1400 "${GLASS_PARTIALS[@]}"
  finish_effect surge reverb 50 50 80 100 10 0
}

crowd() {
  begin_effect 2500
  # Murmur: bands of pink noise in the speech range, each pulsing at a syllable-like rate.
  local layer fields
  for layer in 250:900:3.1:70 400:1400:4.3:80 700:2200:5.7:75 1000:3000:6.4:65 300:1100:2.3:60; do
    fields=(${layer//:/ })
    ATTACK=400 RELEASE=600 note 0 1900 0.3 pinknoise - sinc "${fields[0]}-${fields[1]}" \
      tremolo "${fields[2]}" "${fields[3]}"
  done
  # A few voices rising out of it: buzzy glides through a vowel-like band.
  local voice
  for voice in 200:150:600 520:210:500 900:130:700 1300:180:600; do
    fields=(${voice//:/ })
    ATTACK=80 RELEASE=200 note "${fields[0]}" "${fields[2]}" 0.06 sawtooth "${fields[1]}>$((fields[1] * 9 / 10))" \
      sinc 400-1600 tremolo 5 50
  done
  finish_effect crowd reverb 40 50 60 100 0 0
}

heartbeat() {
  begin_effect 1500
  local beat
  for beat in 0 800; do
    ATTACK=3 RELEASE=380 FADE=l note "$beat" 0 0.7 sine "75>38 150>76" lowpass 400
    ATTACK=3 RELEASE=320 FADE=l note $((beat + 240)) 0 0.5 sine "65>36 130>72" lowpass 400
    ATTACK=3 RELEASE=120 FADE=l note "$beat" 0 0.15 brownnoise - lowpass 300
  done
  finish_effect heartbeat
}

pulse() {
  begin_effect 1000
  ATTACK=220 RELEASE=600 FADE=h note 0 100 0.35 sine "E4 B4" tremolo 9 30
  ATTACK=120 RELEASE=700 FADE=h note 0 100 0.4 sine "E2 E3" lowpass 400
  struck 180 0.08 2637 900 "${GLASS_PARTIALS[@]}"
  finish_effect pulse reverb 70 40 90 100 10 0
}

static() {
  begin_effect 1200
  ATTACK=40 RELEASE=220 note 0 950 0.3 whitenoise - sinc 900-9000 tremolo 17 70
  local count start
  RANDOM_STATE=5
  for ((count = 0; count < 24; count++)); do
    random_below 1150
    start=$RANDOM_VALUE
    ATTACK=0 RELEASE=4 FADE=l note "$start" 2 0.2 whitenoise - highpass 1500
  done
  finish_effect static
}

whoosh() {
  begin_effect 900
  # A band of noise sweeping up then down, built from overlapping segments.
  local segment fields start=0
  for segment in 150:450:0.08 250:750:0.14 400:1200:0.22 650:2000:0.3 1000:3200:0.33 \
    800:2600:0.25 550:1700:0.16 350:1000:0.09; do
    fields=(${segment//:/ })
    ATTACK=100 RELEASE=110 FADE=h note "$start" 100 "${fields[2]}" pinknoise - sinc "${fields[0]}-${fields[1]}"
    start=$((start + 90))
  done
  finish_effect whoosh reverb 30 50 50 100 0 0
}

bell() {
  begin_effect 2500
  struck 0 0.3 220 4200 "${BELL_PARTIALS[@]}"
  finish_effect bell reverb 70 50 90 100 10 0
}

door() {
  begin_effect 1000
  ATTACK=10 RELEASE=280 note 0 80 0.3 whitenoise - sinc 2000-7000
  ATTACK=30 RELEASE=120 note 20 280 0.18 sawtooth "190>120" lowpass 1200
  ATTACK=1 RELEASE=320 FADE=l note 420 0 0.7 sine "110>48" lowpass 400
  ATTACK=0 RELEASE=30 FADE=l note 420 0 0.3 whitenoise - lowpass 900
  finish_effect door reverb 25 50 40 100 0 0
}

applause() {
  begin_effect 2500
  # Claps: short noise bursts of four colours at pseudo-random times, denser in the middle,
  # over a low murmur.
  local count start band length volume
  local bands=("800-2200" "1000-2800" "1300-3300" "700-1900")
  RANDOM_STATE=13
  ATTACK=500 RELEASE=700 note 0 1300 0.04 pinknoise - sinc 500-2500
  for ((count = 0; count < 260; count++)); do
    random_below 1100
    start=$RANDOM_VALUE
    random_below 1100
    start=$((start + RANDOM_VALUE))
    random_below 4
    band=${bands[RANDOM_VALUE]}
    random_below 3
    length=$((RANDOM_VALUE * 15 + 25))
    random_below 3
    volume=0.0$((RANDOM_VALUE * 2 + 5))
    ATTACK=1 RELEASE=$length FADE=l note "$start" 0 "$volume" whitenoise - sinc "$band"
  done
  finish_effect applause reverb 35 50 70 100 0 0 fade q 0.3 2.5 0.6 "${DENSER[@]}"
}

shatter() {
  begin_effect 1500
  ATTACK=0 RELEASE=90 FADE=l note 0 10 0.3 whitenoise - highpass 1800
  ATTACK=1 RELEASE=250 FADE=l note 0 0 0.4 sine "140>60" lowpass 500
  # Shards: high glass pings, thickest right after the break.
  local count start hertz ring
  RANDOM_STATE=17
  for ((count = 0; count < 48; count++)); do
    random_below 700
    start=$((RANDOM_VALUE * RANDOM_VALUE / 700 + 10))
    random_below 4500
    hertz=$((2400 + RANDOM_VALUE))
    random_below 400
    ring=$((150 + RANDOM_VALUE))
    struck "$start" 0.1 "$hertz" "$ring" 1:1:1 2.7:0.4:0.5
  done
  finish_effect shatter reverb 40 30 60 100 0 0 "${DENSER[@]}"
}

ui-choice() {
  begin_effect 220
  ATTACK=3 RELEASE=150 FADE=l note 0 0 0.35 sine "E5 E6"
  ATTACK=3 RELEASE=170 FADE=l note 45 0 0.35 sine "B5 B6"
  finish_effect ui-choice
}

# Unity: two tones drawn together into one; individuality: one tone splitting apart and rising.
ui-nudge-unity() {
  begin_effect 450
  ATTACK=25 RELEASE=160 note 0 260 0.3 sine "E4>A4 D5>A4"
  ATTACK=25 RELEASE=160 note 0 260 0.1 triangle "E3>A3"
  ATTACK=3 RELEASE=350 FADE=l note 250 0 0.2 sine "A5"
  finish_effect ui-nudge-unity
}

ui-nudge-individual() {
  begin_effect 450
  ATTACK=25 RELEASE=160 note 0 220 0.3 sine "A4>E4 A4>D5"
  local start note_name
  for start in 200:C#6 260:E6 320:A6; do
    note_name=${start#*:}
    ATTACK=2 RELEASE=120 FADE=l note "${start%%:*}" 0 0.18 sine "$note_name"
  done
  finish_effect ui-nudge-individual
}

ui-menu() {
  begin_effect 150
  ATTACK=2 RELEASE=120 FADE=l note 0 0 0.4 sine "D5"
  ATTACK=2 RELEASE=100 FADE=l note 0 0 0.15 triangle "D4"
  finish_effect ui-menu
}
